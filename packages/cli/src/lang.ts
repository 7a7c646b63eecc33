import { type Lang, langFromLocale, LANGS } from "@yardstick/dsl";
import type { CliIo } from "./io.js";
import { notOneOf } from "./user-error.js";

/** The `--lang` option every command that prints diagnostics takes. */
export const langOption = { lang: { type: "string" } } as const;

/** The help line of `--lang`. */
export const langHelp = "  --lang zh|en         the language of messages and hints (default: from LANG, else en)";

/** `--lang` when given, else the locale (`LANG=zh_CN.UTF-8` → zh), else English. */
export function chooseLang(option: string | undefined, io: CliIo): Lang {
  if (option === undefined) return langFromLocale(io.env ?? {});
  const lang = option.toLowerCase().split(/[-_]/)[0];
  if (!LANGS.includes(lang as Lang)) throw notOneOf("--lang", option, ["zh", "en"]);
  return lang as Lang;
}
