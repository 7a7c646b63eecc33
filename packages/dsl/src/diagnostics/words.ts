/**
 * The two languages a diagnostic is written in, and templates that fill in the same parameters in
 * each. A template names its parameters as `{{name}}`; single braces are left alone, so a hint can
 * quote a YAML flow map (`on: { some_event: {{state}} }`).
 */

/** A language diagnostics are written in. */
export type Lang = "en" | "zh";

export const LANGS: readonly Lang[] = ["en", "zh"];

/** A text in both languages. */
export interface Words {
  en: string;
  zh: string;
}

/** A message and its hint, in one language: `[message, hint]`. */
export type Template = readonly [message: string, hint: string];

/** One way a code is phrased, in both languages. */
export interface Bilingual {
  en: Template;
  zh: Template;
}

/** A parameter's value: the same in both languages (a name, a number), or words of its own. */
export type Arg = string | number | Words;

/** The `{{name}}` parameters of a template, as a union of names. */
export type ParamsOf<S extends string> = S extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | ParamsOf<Rest>
  : never;

/** The parameters a bilingual phrasing takes (those of its English message and hint). */
export type ArgsFor<B> = B extends { en: readonly [infer M extends string, infer H extends string] }
  ? { [Name in ParamsOf<M> | ParamsOf<H>]: Arg }
  : never;

const PARAM = /\{\{(\w+)\}\}/g;

/** The parameter names a template uses, sorted (for the test that both languages use the same). */
export function templateParams(template: string): string[] {
  return [...new Set([...template.matchAll(PARAM)].map((m) => m[1]!))].sort();
}

/** Fills a template in one language; a missing parameter is a programming error and throws. */
export function fill(template: string, args: Readonly<Record<string, Arg>>, lang: Lang): string {
  return template.replace(PARAM, (_, name: string) => {
    const value = args[name];
    if (value === undefined) throw new Error(`template parameter {{${name}}} not given: ${template}`);
    return typeof value === "object" ? value[lang] : String(value);
  });
}

/** Both languages of a template pair, filled in. */
export function fillBoth(text: Bilingual, args: Readonly<Record<string, Arg>>): { message: Words; hint: Words } {
  return {
    message: { en: fill(text.en[0], args, "en"), zh: fill(text.zh[0], args, "zh") },
    hint: { en: fill(text.en[1], args, "en"), zh: fill(text.zh[1], args, "zh") },
  };
}

/**
 * Phrases another package prints in both languages — a command's result lines, its usage
 * mistakes' words — written with `say(…)` as the registry's are (the hint `""` where there is none).
 */
export type PhraseTable = Readonly<Record<string, Bilingual>>;

/**
 * Checks a phrase table and keeps its template literals, so `phraseOf` checks each call's parameters.
 *
 * @example
 * const lines = definePhrases({ passed: say("{{count}} passed", "", "{{count}} 个通过", "") });
 * phraseOf(lines, "passed", { count: 3 }, "zh"); // "3 个通过"
 */
export function definePhrases<const Table extends PhraseTable>(table: Table): Table {
  return table;
}

/** A phrase of a table (its message part), filled in, in one language. */
export function phraseOf<Table extends PhraseTable, Key extends keyof Table & string>(
  table: Table,
  key: Key,
  args: ArgsFor<Table[Key]>,
  lang: Lang,
): string {
  return fill(table[key]![lang][0], args as Readonly<Record<string, Arg>>, lang);
}

/**
 * `phraseOf` with the table and the language fixed: what a command prints its lines with.
 *
 * @example
 * const say = phrasesIn(testWords, lang);
 * io.stdout(say("totals", { tests, failed, notRun }));
 */
export function phrasesIn<Table extends PhraseTable>(
  table: Table,
  lang: Lang,
): <Key extends keyof Table & string>(key: Key, args: ArgsFor<Table[Key]>) => string {
  return (key, args) => phraseOf(table, key, args, lang);
}

/** The same text in both languages: a name, code or value quoted as written. */
export function same(text: string): Words {
  return { en: text, zh: text };
}

/** A text in one language: as written when it is the same in both, else the chosen side. */
export function inLang(text: string | Words, lang: Lang): string {
  return typeof text === "string" ? text : text[lang];
}

/** `a`, `a or b`, `a, b or c` — and `a`、`b` 或 `c`: names joined as each language lists them. */
export function listOf(items: readonly (string | Words)[], join: "or" | "and" = "or"): Words {
  const en = items.map((i) => inLang(i, "en"));
  const zh = items.map((i) => inLang(i, "zh"));
  if (items.length <= 1) return { en: en[0] ?? "", zh: zh[0] ?? "" };
  return {
    en: `${en.slice(0, -1).join(", ")} ${join} ${en.at(-1)!}`,
    zh: `${zh.slice(0, -1).join("、")}${join === "or" ? " 或 " : " 和 "}${zh.at(-1)!}`,
  };
}

/**
 * The language a process's locale asks for: `zh` when `LC_ALL`, `LC_MESSAGES` or `LANG` (the
 * first one set, as POSIX reads them) starts with `zh`, else `en`.
 *
 * @example
 * langFromLocale({ LANG: "zh_CN.UTF-8" }); // "zh"
 */
export function langFromLocale(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh\b|^zh[_-]/i.test(locale) ? "zh" : "en";
}
