import type { Deadline } from "@yardstick/calendar";
import type { Words } from "../diagnostics/words.js";
import { fail, ok, w } from "./result.js";
import type { ParseResult } from "./result.js";
import { suggestSpelling } from "./suggest.js";
import {
  chineseNumeralChars,
  DAY_MS,
  HOUR_MS,
  limits,
  lookupUnit,
  MINUTE_MS,
  readNumber,
  SECOND_MS,
  suggestableUnitNames,
  unitList,
} from "./units.js";
import type { TimeUnit } from "./units.js";

const halfDay = w(
  "half a day could be 12 hours or half a working day: write 12小时 for elapsed time or 4工作小时 for business hours",
  "半天可能是 12 小时，也可能是半个工作日：按经过的时间写 12小时，按工作时间写 4工作小时",
);
const units = w(`units: ${unitList}`, `可用的单位：${unitList}`);

/** The deadlines that are an amount of some unit: `15m`, `8 business hours`, `2d`, `1 month`, `3 workdays`. */
export type Quantity = Extract<Deadline, { kind: "duration" | "calendar-days" | "calendar-months" | "workdays" }>;

/** How the caller describes what it wanted, for "expected …, got …" messages. */
export interface Expectation {
  /** e.g. `a time like 15m, 4h, 1 workday, end of next workday, by 18:00 or PT15M`, in both languages */
  expected: Words;
  /** The input as the message quotes it. */
  shown: string;
}

const mixedDaysAndHours = (shown: string, days: number, ms: number): ParseResult<never> =>
  fail(
    w(`${shown} mixes calendar days with hours or minutes`, `${shown} 把自然日和小时、分钟混在了一起`),
    w(
      `days are calendar days (the same wall-clock time N days later, which is not always N×24h across a clock change) while hours and minutes are elapsed time, so they do not add up; write ${formatHours(days * DAY_MS + ms)} for elapsed time or ${days}d for calendar days`,
      `天是自然日（N 天后的同一钟点，遇到夏令时切换时不一定是 N×24 小时），而小时和分钟是经过的时间，二者不能相加；按经过的时间写 ${formatHours(days * DAY_MS + ms)}，按自然日写 ${days}d`,
    ),
  );

function formatHours(ms: number): string {
  return ms % HOUR_MS === 0 ? `${ms / HOUR_MS}h` : `${ms / MINUTE_MS}m`;
}

const tooLong = (shown: string): ParseResult<never> =>
  fail(
    w(`${shown} is longer than 10 years`, `${shown} 超过了 10 年`),
    w(
      "time limits in a standard are at most 10 years; check the number and the unit",
      "标准里的时限最长 10 年；核对一下数字和单位",
    ),
  );

const notPositive = (shown: string): ParseResult<never> =>
  fail(
    w(`${shown} must be greater than zero`, `${shown} 必须大于零`),
    w(
      "a time limit of zero or less would be missed at once; write a positive amount like 15m or 1 workday",
      "零或负数的时限一开始就超时了；请写一个正数，如 15分钟 或 1个工作日",
    ),
  );

/** The quantity for `count` of `unit`, or why it is not one. */
function quantityOf(count: number, unit: TimeUnit, shown: string): ParseResult<Quantity> {
  if (!(count > 0)) return notPositive(shown);
  if (unit.kind === "elapsed" || unit.kind === "business-hours") {
    const ms = Math.round(count * unit.size);
    if (ms > limits.ms) return tooLong(shown);
    if (ms < 1) return notPositive(shown);
    return ok({ kind: "duration", ms, business: unit.kind === "business-hours" });
  }
  if (!Number.isInteger(count)) {
    const hint =
      unit.kind === "calendar-days"
        ? w(
            `${unit.name} count whole calendar days; write ${formatHours(count * unit.size * DAY_MS)} for elapsed time, or a whole number of ${unit.name}`,
            `${unit.name} 按整自然日计；按经过的时间写 ${formatHours(count * unit.size * DAY_MS)}，或写整数个 ${unit.name}`,
          )
        : unit.kind === "workdays"
          ? w(
              `workdays count whole working days; write ${count * 8} business hours, or a whole number of workdays`,
              `工作日按整天计；写 ${count * 8}工作小时，或整数个工作日`,
            )
          : w(
              `${unit.name} count whole calendar months; write ${Math.round(count * unit.size * 30)}d, or a whole number of ${unit.name}`,
              `${unit.name} 按整月计；写 ${Math.round(count * unit.size * 30)}d，或整数个 ${unit.name}`,
            );
    return fail(
      w(`${unit.name} must be a whole number, got ${shown}`, `${unit.name} 必须是整数，这里是 ${shown}`),
      hint,
    );
  }
  const amount = count * unit.size;
  switch (unit.kind) {
    case "calendar-days":
      return amount > limits.days ? tooLong(shown) : ok({ kind: "calendar-days", days: amount });
    case "calendar-months":
      return amount > limits.months ? tooLong(shown) : ok({ kind: "calendar-months", months: amount });
    case "workdays":
      return amount > limits.workdays ? tooLong(shown) : ok({ kind: "workdays", workdays: amount });
  }
}

const iso =
  /^p(?:(\d+)y)?(?:(\d+)m)?(?:(\d+)w)?(?:(\d+)d)?(?:t(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?)?$/u;

/** ISO 8601 durations: `PT15M`, `PT1H30M`, `P2D`, `P1W`, `P1M`, `P1Y`. Date and time parts may not mix. */
function parseIso(text: string, shown: string): ParseResult<Quantity> {
  const match = iso.exec(text);
  const [, y, mo, wk, d, h, mi, s] = match ?? [];
  const num = (part: string | undefined): number => (part === undefined ? 0 : Number(part));
  if (!match || [y, mo, wk, d, h, mi, s].every((part) => part === undefined) || text.endsWith("t")) {
    return fail(
      w(`${shown} is not a valid ISO 8601 duration`, `${shown} 不是有效的 ISO 8601 时长`),
      w(
        "write e.g. PT15M, PT1H30M, PT24H, P2D, P1W or P1M (or plain 15m, 2d)",
        "写法如 PT15M、PT1H30M、PT24H、P2D、P1W 或 P1M（或直接写 15分钟、2天）",
      ),
    );
  }
  const months = num(y) * 12 + num(mo);
  const days = num(wk) * 7 + num(d);
  const ms = num(h) * HOUR_MS + num(mi) * MINUTE_MS + num(s) * SECOND_MS;
  const hasMonths = y !== undefined || mo !== undefined;
  const hasDays = wk !== undefined || d !== undefined;
  const hasTime = h !== undefined || mi !== undefined || s !== undefined;
  if (hasDays && hasTime) return mixedDaysAndHours(shown, days, ms);
  if (hasMonths && (hasDays || hasTime)) {
    return fail(
      w(`${shown} mixes calendar months with days or hours`, `${shown} 把月和天、小时混在了一起`),
      w(
        `months vary in length, so they do not add up with days; write P${months}M, or the whole period in days like P${months * 30 + days}D`,
        `每个月长短不一，不能与天相加；写 P${months}M，或把整段时间换成天数，如 P${months * 30 + days}D`,
      ),
    );
  }
  if (hasMonths) return quantityOf(months, { kind: "calendar-months", size: 1, name: "months" }, shown);
  if (hasDays) return quantityOf(days, { kind: "calendar-days", size: 1, name: "days" }, shown);
  return quantityOf(ms, { kind: "elapsed", size: 1, name: "milliseconds" }, shown);
}

const number = `-?\\s*(?:\\d+(?:\\.\\d+)?|\\.\\d+|[${chineseNumeralChars}]+)`;
const segment = new RegExp(`\\s*(${number})\\s*([^\\d.${chineseNumeralChars}+-]*)`, "uy");

interface Segment {
  count: number;
  unitText: string;
  unit: TimeUnit | undefined;
}

function readSegments(text: string): Segment[] | undefined {
  const segments: Segment[] = [];
  let position = 0;
  while (position < text.length) {
    segment.lastIndex = position;
    const match = segment.exec(text);
    if (!match || match[0].length === 0) return undefined;
    position += match[0].length;
    const raw = (match[1] ?? "").replace(/\s+/gu, "");
    const negative = raw.startsWith("-");
    const magnitude = readNumber(negative ? raw.slice(1) : raw);
    if (magnitude === undefined) return undefined;
    // `1个半小时`, `两个半小时`: the 半 (half) sits between the number and the unit.
    let unitText = (match[2] ?? "").trim().replace(/^(?:and|,)\s*|\s*(?:and|,)$/gu, "");
    let half = 0;
    const halfMatch = /^(个|個)?半(?!天|日)/u.exec(unitText);
    if (halfMatch) {
      half = 0.5;
      unitText = (halfMatch[1] ?? "") + unitText.slice(halfMatch[0].length);
    }
    const count = (magnitude + half) * (negative ? -1 : 1);
    segments.push({ count, unitText, unit: lookupUnit(unitText) });
  }
  return segments;
}

/**
 * Reads a quantity: a number and a unit (`15m`, `1.5h`, `3个工作日`, `一周`), several elapsed
 * parts (`1h30m`, `2小时30分钟`), a half (`半小时`, `1个半小时`) or ISO 8601 (`PT15M`).
 * `undefined` when the text does not start with a number, so the caller can try other forms.
 */
export function parseQuantity(text: string, expectation: Expectation): ParseResult<Quantity> | undefined {
  const { expected, shown } = expectation;
  if (/^p[\dt]/u.test(text)) return parseIso(text, shown);
  if (/^(?:半天|半日)$/u.test(text)) {
    return fail(w(`${shown} is ambiguous`, `${shown} 意思不明确`), halfDay);
  }
  const segments = readSegments(text.replace(/^半/u, "0.5"));
  if (segments === undefined) {
    return /^-?\s*[\d.]/u.test(text)
      ? fail(
          w(`expected ${expected.en}, got ${shown}`, `这里应是${expected.zh}，却是 ${shown}`),
          w(`write a number and one unit: ${unitList}`, `写一个数字加一个单位：${unitList}`),
        )
      : undefined;
  }
  const [first, ...rest] = segments;
  if (first === undefined) return undefined;
  if (rest.length === 0 && first.unitText === "") {
    if (!(first.count > 0)) return notPositive(shown);
    return fail(
      w(
        `a duration needs a unit: write \`${first.count}m\` (minutes) or \`${first.count}h\``,
        `时长要带单位：写 \`${first.count}分钟\` 或 \`${first.count}小时\``,
      ),
      units,
    );
  }
  for (const part of segments) {
    if (part.unit === undefined) {
      const hint =
        part.unitText === "月" || part.unitText === "月份"
          ? w(
              `write ${part.count}个月 for months: ${part.count}月 reads as a month of the year`,
              `几个月请写 ${part.count}个月：${part.count}月 会读成一年中的某个月份`,
            )
          : part.unitText === "半天" || part.unitText.endsWith("半天")
            ? halfDay
            : (suggestSpelling(part.unitText, suggestableUnitNames) ?? units);
      return fail(w(`expected ${expected.en}, got ${shown}`, `这里应是${expected.zh}，却是 ${shown}`), hint);
    }
  }
  if (rest.length === 0) return quantityOf(first.count, first.unit as TimeUnit, shown);
  // Several parts add up only when they are all elapsed time (`1h30m`).
  if (segments.some((part) => part.count < 0)) return notPositive(shown);
  if (segments.every((part) => part.unit?.kind === "elapsed")) {
    const total = segments.reduce((sum, part) => sum + part.count * (part.unit as TimeUnit).size, 0);
    return quantityOf(total, { kind: "elapsed", size: 1, name: "milliseconds" }, shown);
  }
  const days = segments
    .filter((p) => p.unit?.kind === "calendar-days")
    .reduce((sum, p) => sum + p.count * (p.unit as TimeUnit).size, 0);
  const ms = segments
    .filter((p) => p.unit?.kind === "elapsed")
    .reduce((sum, p) => sum + p.count * (p.unit as TimeUnit).size, 0);
  if (days > 0 && ms > 0 && segments.every((p) => p.unit?.kind === "elapsed" || p.unit?.kind === "calendar-days")) {
    return mixedDaysAndHours(shown, days, ms);
  }
  return fail(
    w(`${shown} combines units that do not add up`, `${shown} 组合了不能相加的单位`),
    w(
      "write one amount with one unit (e.g. 2d, 3 workdays, 8 business hours); only elapsed units combine, as in 1h30m",
      "一个数字配一个单位（如 2天、3个工作日、8工作小时）；只有经过的时间可以组合，如 1小时30分钟",
    ),
  );
}
