import type { Deadline } from "@yardstick/calendar";
import { readTimeOfDay } from "./parse-clock.js";
import { parseQuantity } from "./parse-quantity.js";
import { normalizeTimeText, stripWithin } from "./normalize.js";
import { dayChoices, lookupDayEnd, ordinalDayChoice, suggestablePhrases } from "./phrases.js";
import type { DayChoice } from "./phrases.js";
import { fail, ok, show } from "./result.js";
import type { ParseResult } from "./result.js";
import { suggestSpelling } from "./suggest.js";
import { suggestableUnitNames } from "./units.js";

/** The example forms of a deadline, for docs, editor completion and hints. */
export const deadlineForms: readonly string[] = [
  "15m",
  "4h",
  "1.5h",
  "PT15M",
  "15分钟",
  "半小时",
  "2小时内",
  "8 business hours",
  "8工作小时",
  "2d",
  "1w",
  "P2D",
  "3天",
  "1周",
  "1 month",
  "1 year",
  "1个月",
  "1 workday",
  "3 workdays",
  "1个工作日",
  "end of day",
  "end of tomorrow",
  "当天",
  "次日",
  "end of workday",
  "end of next workday",
  "下一个工作日",
  "by 18:00",
  "next day by 09:00",
  "next workday by 16:00",
  "当天18:00前",
  "次日9点前",
];

const expected = "a time like 15m, 4h, 1 workday, end of next workday, by 18:00 or PT15M";

const englishDays =
  "today|the same day|same day|the next day|next day|tomorrow|the next workday|next workday|next business day|next working day";
const byBefore = new RegExp(`^(?:(${englishDays}) )?by (.+)$`, "u");
const byAfter = new RegExp(`^by (.+?) (${englishDays})$`, "u");
const chineseBy =
  /^(当天|当日|今天|今日|次日|第二天|明天|翌日|下一个工作日|下个工作日|下一工作日|次个工作日|次一工作日|次一个工作日)?\s*(.+?)\s*(?:之前|以前|前)$/u;

function atTime(timeText: string, day: DayChoice, shown: string, strict: boolean): ParseResult<Deadline> | undefined {
  const time = readTimeOfDay(timeText);
  if (time === undefined) {
    return strict
      ? fail(
          `expected a time of day after \`by\`, got ${shown}`,
          "write e.g. by 18:00, next day by 09:00 or next workday by 16:00",
        )
      : undefined;
  }
  if (!time.ok) {
    const hint = timeText.startsWith("24") ? "write `end of day` for 24:00" : time.hint;
    return fail(`${shown}: ${time.message}`, hint);
  }
  return ok({
    kind: "at-time",
    time: time.value.time,
    minutes: time.value.minutes,
    days: day.days,
    workdays: day.workdays,
  });
}

/** `by 18:00`, `next day by 09:00`, `by 16:00 next workday`, `当天18:00前`, `次日9点前`, `18点前`. */
function parseAtTime(text: string, shown: string): ParseResult<Deadline> | undefined {
  const nth = /^(\d+(?:st|nd|rd|th) (?:day|workday) after) by (.+)$/u.exec(text);
  const further = nth ? ordinalDayChoice(nth[1]!) : undefined;
  if (further) return atTime(nth![2]!, further, shown, true);
  const after = byAfter.exec(text);
  if (after)
    return atTime(after[1] ?? "", dayChoices.get(after[2] ?? "today") ?? { days: 0, workdays: 0 }, shown, true);
  const before = byBefore.exec(text);
  if (before)
    return atTime(before[2] ?? "", dayChoices.get(before[1] ?? "today") ?? { days: 0, workdays: 0 }, shown, true);
  const chinese = chineseBy.exec(text);
  if (chinese)
    return atTime(chinese[2] ?? "", dayChoices.get(chinese[1] ?? "当天") ?? { days: 0, workdays: 0 }, shown, false);
  return undefined;
}

/**
 * Parses the target of an SLA clock, as quality staff write it, into a {@link Deadline}.
 *
 * - elapsed: `15m`, `15 minutes`, `4h`, `1.5h`, `90s`, `1h30m`, `PT1H30M`, `15分钟`, `2个小时`, `半小时`, `1个半小时`
 * - business hours: `8 business hours`, `8 working hours`, `8工作小时`
 * - calendar days: `2d`, `2 days`, `1w`, `P2D`, `P1W`, `3天`, `3日`, `1周`, `1个星期`
 * - calendar months: `1 month`, `1 year`, `P1M`, `P1Y`, `1个月`, `1年`
 * - workdays: `1 workday`, `2 business days`, `3个工作日`
 * - end of day: `end of day`, `eod`, `today`, `当天` (0); `end of tomorrow`, `next day`, `次日` (1)
 * - end of workday: `end of workday` (0); `end of next workday`, `下一个工作日` (1)
 * - at a time: `by 18:00`, `next day by 09:00`, `next workday by 16:00`, `当天18:00前`, `次日9点前`, `18点前`
 *
 * Case and extra spaces do not matter; a trailing `内` / `以内` / `之内` is dropped (以内 includes
 * the bound). Chinese numerals work (`一个工作日`, `两小时`). Which instant a deadline lands on
 * (e.g. `by 18:00` for a ticket reported at 19:00) is the calendar's concern, not the parser's.
 *
 * @example
 * parseDeadline("15分钟"); // { ok: true, value: { kind: "duration", ms: 900000, business: false } }
 * parseDeadline("end of next workday"); // { ok: true, value: { kind: "end-of-workday", workdays: 1 } }
 * parseDeadline("15 minuets"); // { ok: false, message: 'expected a time like …, got "15 minuets"', hint: "did you mean `minutes`?" }
 */
export function parseDeadline(input: string | number): ParseResult<Deadline> {
  const shown = show(input);
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      return fail(`expected ${expected}, got ${shown}`, `write e.g. ${deadlineForms.slice(0, 8).join(", ")}`);
    if (!(input > 0))
      return fail(`${shown} must be greater than zero`, "write a positive amount with a unit, like 15m or 1 workday");
    return fail(
      `a duration needs a unit: write \`${input}m\` (minutes) or \`${input}h\``,
      "a bare number has no unit; write e.g. 15m, 4h, 2d or 1 workday",
    );
  }
  const text = stripWithin(normalizeTimeText(input));
  if (text === "")
    return fail(`expected ${expected}, got an empty value`, `write e.g. ${deadlineForms.slice(0, 8).join(", ")}`);

  const dayEnd = lookupDayEnd(text);
  if (dayEnd) return ok(dayEnd);

  const at = parseAtTime(text, shown);
  if (at) return at;

  const bareTime = readTimeOfDay(text, { allowEndOfDay: true });
  if (bareTime) {
    if (!bareTime.ok) return fail(`${shown} is not a valid time of day`, bareTime.hint);
    const time = bareTime.value.time;
    if (time === "24:00")
      return fail(
        `${shown} is a time of day, not a deadline`,
        "write `end of day` (24:00 of the day the clock starts)",
      );
    return fail(
      `${shown} is a time of day, not a deadline`,
      `write \`by ${time}\` (that day at ${time}), \`next day by ${time}\` or \`${time}前\``,
    );
  }

  const quantity = parseQuantity(text, { expected, shown });
  if (quantity) return quantity;

  const words = text.replace(/^by /u, "");
  const hint =
    suggestSpelling(words, suggestablePhrases) ??
    suggestSpelling(words, suggestableUnitNames) ??
    `write e.g. ${deadlineForms.join(", ")}`;
  return fail(`expected ${expected}, got ${shown}`, hint);
}
