import { normalizeTimeText } from "./normalize.js";
import { fail, ok, show } from "./result.js";
import type { ParseResult } from "./result.js";

/** A share of a clock's target time: `80%` → `{ percent: 80 }`. */
export interface Percent {
  percent: number;
}

export interface PercentOptions {
  /** Accept more than 100% (escalation at `150%` of the target). Default `false`. */
  allowAbove100?: boolean;
}

const expected = "expected a percentage like 80% or 95.5%";

/**
 * Parses a percentage of a clock's target (`warn: 80%`). It must be greater than 0 and, unless
 * `allowAbove100`, at most 100. A bare number is rejected: `0.8` and `80` would both be guesses.
 *
 * @example
 * parsePercent("95.5%"); // { ok: true, value: { percent: 95.5 } }
 * parsePercent("150%", { allowAbove100: true }); // { ok: true, value: { percent: 150 } }
 */
export function parsePercent(input: string | number, options: PercentOptions = {}): ParseResult<Percent> {
  const shown = show(input);
  if (typeof input === "number") {
    const guess = input > 0 && input <= 1 ? `${Math.round(input * 1000) / 10}%` : `${input}%`;
    return fail(
      `a percentage needs a % sign, got the number ${shown}`,
      `write "${guess}" (quoted or not, with the % sign)`,
    );
  }
  const text = normalizeTimeText(input);
  if (text === "") return fail(`${expected}, got an empty value`, "write e.g. 80%");
  const match = /^(-?\s*(?:\d+(?:\.\d+)?|\.\d+))\s*%$/u.exec(text);
  if (!match) {
    const bare = /^\d+(?:\.\d+)?$/u.test(text)
      ? `write ${text}% with the % sign`
      : "write a number followed by %, e.g. 80% or 95.5%";
    return fail(`${expected}, got ${shown}`, bare);
  }
  const percent = Number((match[1] ?? "").replace(/\s+/gu, ""));
  if (!(percent > 0))
    return fail(
      `${shown} must be greater than zero`,
      "a threshold of 0% would fire as soon as the clock starts; write e.g. 80%",
    );
  if (percent > 100 && !options.allowAbove100) {
    return fail(
      `${shown} is more than 100%`,
      "a threshold here is a share of the target time, at most 100%; only escalation points may go past the target (e.g. at: 150%)",
    );
  }
  if (percent > 10_000)
    return fail(`${shown} is more than 10000%`, "check the number: 150% is one and a half times the target");
  return ok({ percent });
}
