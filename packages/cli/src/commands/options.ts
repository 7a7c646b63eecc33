/** Options several commands share, read one way. */
import type { CliIo } from "../io.js";
/** Colour on a terminal, `--color` / `--no-color` to choose, and never with NO_COLOR. */
export function chooseColor(values: { color?: boolean; "no-color"?: boolean }, io: CliIo): boolean {
  if (io.noColor || values["no-color"]) return false;
  return values.color ?? io.isTTY ?? false;
}
