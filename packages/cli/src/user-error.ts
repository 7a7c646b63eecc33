import { type ArgsFor, type Lang, phraseIn, type Phrased, type Words } from "@yardstick/dsl";
import { type UsageCode, usageCodes } from "./words/usage-codes.js";

/**
 * A mistake in how the command was called (as changesets' UserError): printed without a stack, with
 * its code, message and hint in the language the command runs in; exit code 2. An engine error
 * the command hands on keeps its own code and words, and exits 1.
 */
export class UserError extends Error {
  readonly words: Phrased;

  constructor(
    readonly code: string,
    words: { message: Words | string; hint: Words | string },
    readonly exitCode = 2,
  ) {
    const both = (w: Words | string): Words => (typeof w === "string" ? { en: w, zh: w } : w);
    super(both(words.message).en);
    this.name = "UserError";
    this.words = { message: both(words.message), hint: both(words.hint) };
  }

  /** The hint, in English. */
  get hint(): string {
    return this.words.hint.en;
  }

  /** The mistake as printed: `yardstick <command>: error <code>: <message>` and its hint. */
  format(lang: Lang, command?: string): string {
    const [error, hint] = lang === "zh" ? ["错误", "建议"] : ["error", "hint"];
    const where = command === undefined ? "yardstick" : `yardstick ${command}`;
    const hintLine = this.words.hint[lang] ? `  ${hint}: ${this.words.hint[lang]}\n` : "";
    return `${where}: ${error} ${this.code}: ${this.words.message[lang]}\n${hintLine}`;
  }
}

type TextOf<Code extends UsageCode> = (typeof usageCodes)[Code] extends { text: infer T } ? T : never;

/**
 * A usage mistake from the registry (`words/usage-codes.ts`), its parameters checked.
 *
 * @example
 * throw usageError("missing-option", "period", {});
 */
export function usageError<Code extends UsageCode, Variant extends keyof TextOf<Code> & string>(
  code: Code,
  variant: Variant,
  args: ArgsFor<TextOf<Code>[Variant]>,
): UserError {
  return new UserError(code, phraseIn(usageCodes, code, variant as never, args as never));
}

/** `--format must be html, json or csv, got `pdf``: a value that is not one of the choices. */
export function notOneOf(
  option: string,
  value: string | undefined,
  choices: readonly [string, ...string[]],
): UserError {
  const last = choices.at(-1)!;
  const rest = choices.slice(0, -1);
  const listed =
    rest.length === 0
      ? { en: last, zh: last }
      : { en: `${rest.join(", ")} or ${last}`, zh: `${rest.join("、")} 或 ${last}` };
  return usageError("invalid-option-value", "oneOf", {
    option,
    choices: listed,
    value: value ?? "",
    first: choices[0],
  });
}
