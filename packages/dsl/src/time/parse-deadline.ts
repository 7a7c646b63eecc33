import type { Deadline } from "@yardstick/calendar";
import { readTimeOfDay } from "./parse-clock.js";
import { parseQuantity } from "./parse-quantity.js";
import { normalizeTimeText, stripWithin } from "./normalize.js";
import { dayChoices, lookupDayEnd, ordinalDayChoice, suggestablePhrases } from "./phrases.js";
import type { DayChoice } from "./phrases.js";
import { fail, ok, show, w, wordsOf } from "./result.js";
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

const expected = w(
  "a time like 15m, 4h, 1 workday, end of next workday, by 18:00 or PT15M",
  "15分钟、4小时、1个工作日、下一个工作日、18:00前或 PT15M 这样的时限",
);
const got = (shown: string) => w(`expected ${expected.en}, got ${shown}`, `这里应是${expected.zh}，却是 ${shown}`);
const someForms = w(
  `write e.g. ${deadlineForms.slice(0, 8).join(", ")}`,
  `写法如 ${deadlineForms.slice(0, 8).join("、")}`,
);

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
          w(`expected a time of day after \`by\`, got ${shown}`, `\`by\` 后面应是一个时刻，这里是 ${shown}`),
          w(
            "write e.g. by 18:00, next day by 09:00 or next workday by 16:00",
            "写法如 18:00前、次日9点前或下一个工作日16:00前",
          ),
        )
      : undefined;
  }
  if (!time.ok) {
    const why = wordsOf(time);
    const hint = timeText.startsWith("24")
      ? w("write `end of day` for 24:00", "24:00 请写 `当天`（或 `end of day`）")
      : why.hint;
    return fail(w(`${shown}: ${why.message.en}`, `${shown}：${why.message.zh}`), hint);
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
    if (!Number.isFinite(input)) return fail(got(shown), someForms);
    if (!(input > 0))
      return fail(
        w(`${shown} must be greater than zero`, `${shown} 必须大于零`),
        w("write a positive amount with a unit, like 15m or 1 workday", "写一个带单位的正数，如 15分钟 或 1个工作日"),
      );
    return fail(
      w(
        `a duration needs a unit: write \`${input}m\` (minutes) or \`${input}h\``,
        `时长要带单位：写 \`${input}分钟\` 或 \`${input}小时\``,
      ),
      w(
        "a bare number has no unit; write e.g. 15m, 4h, 2d or 1 workday",
        "光写数字没有单位；写法如 15分钟、4小时、2天或 1个工作日",
      ),
    );
  }
  const text = stripWithin(normalizeTimeText(input));
  if (text === "")
    return fail(w(`expected ${expected.en}, got an empty value`, `这里应是${expected.zh}，却是空值`), someForms);

  const dayEnd = lookupDayEnd(text);
  if (dayEnd) return ok(dayEnd);

  const at = parseAtTime(text, shown);
  if (at) return at;

  const bareTime = readTimeOfDay(text, { allowEndOfDay: true });
  if (bareTime) {
    if (!bareTime.ok)
      return fail(w(`${shown} is not a valid time of day`, `${shown} 不是有效的时刻`), wordsOf(bareTime).hint);
    const time = bareTime.value.time;
    const notDeadline = w(`${shown} is a time of day, not a deadline`, `${shown} 是一个时刻，不是期限`);
    if (time === "24:00")
      return fail(
        notDeadline,
        w("write `end of day` (24:00 of the day the clock starts)", "写 `当天`（时钟开始当天的 24:00）"),
      );
    return fail(
      notDeadline,
      w(
        `write \`by ${time}\` (that day at ${time}), \`next day by ${time}\` or \`${time}前\``,
        `写 \`${time}前\`（当天 ${time}）或 \`次日${time}前\``,
      ),
    );
  }

  const quantity = parseQuantity(text, { expected, shown });
  if (quantity) return quantity;

  const words = text.replace(/^by /u, "");
  const hint =
    suggestSpelling(words, suggestablePhrases) ??
    suggestSpelling(words, suggestableUnitNames) ??
    w(`write e.g. ${deadlineForms.join(", ")}`, `写法如 ${deadlineForms.join("、")}`);
  return fail(got(shown), hint);
}
