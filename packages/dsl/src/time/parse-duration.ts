import type { Deadline } from "@yardstick/calendar";
import { normalizeTimeText, stripWithin } from "./normalize.js";
import { parseDeadline } from "./parse-deadline.js";
import { parseQuantity } from "./parse-quantity.js";
import { fail, ok, show, w } from "./result.js";
import type { ParseResult } from "./result.js";
import { suggestSpelling } from "./suggest.js";
import { suggestableUnitNames } from "./units.js";

/**
 * A plain length of time: the subset of {@link Deadline} that is an amount, not a day boundary.
 *
 * - `{ kind: "duration", ms, business }`: elapsed time (`2h`, `15m`), or business hours
 *   (`8 business hours`, which only means something on a calendar with working hours);
 * - `{ kind: "calendar-days", days }`: `30d`, `1w`, the same wall-clock time N days later;
 * - `{ kind: "calendar-months", months }`: `1 month`, `1 year`.
 *
 * Days and months are not converted to milliseconds: a calendar day is not always 24h (DST),
 * a month is 28–31 days. Reusing the `Deadline` variants lets the calendar add a duration
 * exactly the way it adds a deadline.
 */
export type Duration = Extract<Deadline, { kind: "duration" | "calendar-days" | "calendar-months" }>;

/** The example forms of a duration, for docs and hints. */
export const durationForms: readonly string[] = [
  "15m",
  "2h",
  "1.5h",
  "1h30m",
  "PT15M",
  "30d",
  "1w",
  "1 month",
  "1 year",
  "8 business hours",
  "2小时",
  "30天",
  "1个月",
];

const expected = w("a duration like 15m, 2h, 30d, 1 month or PT15M", "15m、2h、30d、1个月或 PT15M 这样的时长");
const deadlineOnly = w(
  "here write a length of time, e.g. 24h, 1d or 8 business hours",
  "这里要写一段时长，如 24h、1d 或 8工作小时",
);
const forms = w(`write e.g. ${durationForms.join(", ")}`, `写法如 ${durationForms.join("、")}`);

/**
 * Parses a plain length of time: a duty's `every` and `within`, tolerances, escalation offsets,
 * rework windows, reminders (`1 month before warrantyEnd`).
 *
 * Accepts the amount forms of {@link parseDeadline} (elapsed, business hours, calendar days and
 * months, ISO 8601, Chinese) and rejects the forms that only make sense as a deadline
 * (`1 workday`, `end of day`, `by 18:00`) with a hint.
 *
 * @example
 * parseDuration("30d"); // { ok: true, value: { kind: "calendar-days", days: 30 } }
 * parseDuration("2h");  // { ok: true, value: { kind: "duration", ms: 7200000, business: false } }
 */
export function parseDuration(input: string | number): ParseResult<Duration> {
  const shown = show(input);
  if (typeof input === "number") {
    const asDeadline = parseDeadline(input);
    return asDeadline.ok
      ? fail(w(`expected ${expected.en}, got ${shown}`, `这里应是${expected.zh}，却是 ${shown}`), deadlineOnly)
      : asDeadline;
  }
  const text = stripWithin(normalizeTimeText(input));
  if (text === "")
    return fail(w(`expected ${expected.en}, got an empty value`, `这里应是${expected.zh}，却是空值`), forms);
  const quantity = parseQuantity(text, { expected, shown });
  if (quantity) {
    if (!quantity.ok) return quantity;
    if (quantity.value.kind !== "workdays") return ok(quantity.value);
    return fail(
      w(
        `${shown} is a deadline (the end of a working day), not a length of time`,
        `${shown} 是期限（某个工作日下班时），不是一段时长`,
      ),
      w(`${deadlineOnly.en}; working days count only in SLA targets`, `${deadlineOnly.zh}；工作日只能用在时钟的时限里`),
    );
  }
  const asDeadline = parseDeadline(input);
  if (asDeadline.ok)
    return fail(w(`${shown} is a deadline, not a length of time`, `${shown} 是期限，不是一段时长`), deadlineOnly);
  const hint = suggestSpelling(text, suggestableUnitNames) ?? forms;
  return fail(w(`expected ${expected.en}, got ${shown}`, `这里应是${expected.zh}，却是 ${shown}`), hint);
}
