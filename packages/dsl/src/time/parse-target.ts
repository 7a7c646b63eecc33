/**
 * A clock's target: a deadline, which may say that its hours run round the clock — `24 elapsed
 * hours`, `24h elapsed`, `24自然小时` — whatever calendar the clock counts on. A plain `24h` on a
 * calendar with working hours counts working time (decision 0060); `elapsed` says the other reading.
 */
import type { Deadline } from "@yardstick/calendar";
import { normalizeTimeText } from "./normalize.js";
import { parseDeadline } from "./parse-deadline.js";
import { fail, show, w } from "./result.js";
import type { ParseResult } from "./result.js";

/** `24 elapsed hours`, `24h elapsed`, `24自然小时`, `24个自然小时`: each marker and what replaces it. */
const MARKERS: readonly (readonly [RegExp, string])[] = [
  [/\s*\belapsed\s+(?=[a-z])/u, " "],
  [/\s+elapsed$/u, ""],
  [/自然(?=小时|小時|分钟|分鐘|秒)/u, ""],
];

/** The target's text without its `elapsed` word, and whether it had one. */
export function splitElapsed(input: string | number): { text: string | number; elapsed: boolean } {
  if (typeof input !== "string") return { text: input, elapsed: false };
  const text = normalizeTimeText(input);
  for (const [marker, by] of MARKERS)
    if (marker.test(text)) return { text: text.replace(marker, by).trim(), elapsed: true };
  return { text: input, elapsed: false };
}

/** Parses a target; `elapsed` is allowed with hours, minutes and seconds only. */
export function parseTarget(input: string | number): ParseResult<Deadline> {
  const { text, elapsed } = splitElapsed(input);
  const result = parseDeadline(text);
  if (!elapsed || !result.ok) return result;
  if (result.value.kind === "duration" && !result.value.business) return result;
  return fail(
    w(
      `${show(input)}: \`elapsed\` goes with hours, minutes or seconds`,
      `${show(input)}：\`elapsed\`（自然）只能配小时、分钟或秒`,
    ),
    w(
      "write `24 elapsed hours` (round the clock) or `24 working hours` (working time only); days, workdays and day ends are not elapsed amounts",
      "写 `24自然小时`（昼夜连续计时）或 `24工作小时`（只计工作时间）；天、工作日和“当天”这类期限都不是经过的时间",
    ),
  );
}
