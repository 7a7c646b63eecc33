/** Options several commands share, read one way. */
import type { CliIo } from "../io.js";
import { UserError } from "../user-error.js";

export type Lang = "zh" | "en";

/** `--lang zh|en`; the default is Chinese, the language the standards are written for. */
export function chooseLang(value: string | undefined): Lang {
  if (value === undefined) return "zh";
  if (value !== "zh" && value !== "en") throw new UserError(`--lang must be zh or en, got \`${value}\``);
  return value;
}

/** Colour on a terminal, `--color` / `--no-color` to choose, and never with NO_COLOR. */
export function chooseColor(values: { color?: boolean; "no-color"?: boolean }, io: CliIo): boolean {
  if (io.noColor || values["no-color"]) return false;
  return values.color ?? io.isTTY ?? false;
}
