import { normalizeTimeText } from "./normalize.js";
import { fail, ok, show, w } from "./result.js";
import type { ParseResult } from "./result.js";

/** A share of a clock's target time: `80%` → `{ percent: 80 }`. */
export interface Percent {
  percent: number;
}

export interface PercentOptions {
  /** Accept more than 100% (escalation at `150%` of the target). Default `false`. */
  allowAbove100?: boolean;
}

const expected = w("expected a percentage like 80% or 95.5%", "这里应是 80% 或 95.5% 这样的百分比");

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
      w(`a percentage needs a % sign, got the number ${shown}`, `百分比要带 % 号，这里却是数字 ${shown}`),
      w(`write "${guess}" (quoted or not, with the % sign)`, `写 "${guess}"（加不加引号都行，但要有 % 号）`),
    );
  }
  const text = normalizeTimeText(input);
  if (text === "")
    return fail(w(`${expected.en}, got an empty value`, `${expected.zh}，却是空值`), w("write e.g. 80%", "写法如 80%"));
  const match = /^(-?\s*(?:\d+(?:\.\d+)?|\.\d+))\s*%$/u.exec(text);
  if (!match) {
    const bare = /^\d+(?:\.\d+)?$/u.test(text)
      ? w(`write ${text}% with the % sign`, `写 ${text}%，带上 % 号`)
      : w("write a number followed by %, e.g. 80% or 95.5%", "数字后面跟 %，如 80% 或 95.5%");
    return fail(w(`${expected.en}, got ${shown}`, `${expected.zh}，却是 ${shown}`), bare);
  }
  const percent = Number((match[1] ?? "").replace(/\s+/gu, ""));
  if (!(percent > 0))
    return fail(
      w(`${shown} must be greater than zero`, `${shown} 必须大于零`),
      w(
        "a threshold of 0% would fire as soon as the clock starts; write e.g. 80%",
        "0% 的阈值一开始计时就会触发；请写 80% 这样的值",
      ),
    );
  if (percent > 100 && !options.allowAbove100) {
    return fail(
      w(`${shown} is more than 100%`, `${shown} 超过了 100%`),
      w(
        "a threshold here is a share of the target time, at most 100%; only escalation points may go past the target (e.g. at: 150%)",
        "这里的阈值是时限的一部分，最多 100%；只有升级时间点可以超过时限（如 at: 150%）",
      ),
    );
  }
  if (percent > 10_000)
    return fail(
      w(`${shown} is more than 10000%`, `${shown} 超过了 10000%`),
      w("check the number: 150% is one and a half times the target", "核对一下数字：150% 是时限的一倍半"),
    );
  return ok({ percent });
}
