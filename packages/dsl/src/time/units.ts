/**
 * The units a time expression may name, in English and Chinese. Each unit says what kind of
 * time it counts: elapsed milliseconds, business-hour milliseconds, calendar days, calendar
 * months or working days. `个` before a Chinese unit (`2个小时`, `3个工作日`) is optional
 * everywhere except `个月`, because `3月` is March.
 */

export type UnitKind = "elapsed" | "business-hours" | "calendar-days" | "calendar-months" | "workdays";

export interface TimeUnit {
  kind: UnitKind;
  /** Milliseconds for elapsed and business hours; days, months or workdays for the others. */
  size: number;
  /** The plain English name, used in hints. */
  name: string;
}

export const SECOND_MS = 1_000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Nothing in a service standard runs longer than 10 years; bigger numbers are typos. */
export const limits = {
  days: 3653,
  ms: 3653 * DAY_MS,
  months: 120,
  workdays: 2610,
} as const;

const second: TimeUnit = { kind: "elapsed", size: SECOND_MS, name: "seconds" };
const minute: TimeUnit = { kind: "elapsed", size: MINUTE_MS, name: "minutes" };
const hour: TimeUnit = { kind: "elapsed", size: HOUR_MS, name: "hours" };
const businessHour: TimeUnit = { kind: "business-hours", size: HOUR_MS, name: "business hours" };
const businessMinute: TimeUnit = { kind: "business-hours", size: MINUTE_MS, name: "business minutes" };
const day: TimeUnit = { kind: "calendar-days", size: 1, name: "days" };
const week: TimeUnit = { kind: "calendar-days", size: 7, name: "weeks" };
const month: TimeUnit = { kind: "calendar-months", size: 1, name: "months" };
const year: TimeUnit = { kind: "calendar-months", size: 12, name: "years" };
const workday: TimeUnit = { kind: "workdays", size: 1, name: "workdays" };

const spellings: readonly (readonly [TimeUnit, readonly string[]])[] = [
  [second, ["s", "sec", "secs", "second", "seconds", "秒", "秒钟"]],
  [minute, ["m", "min", "mins", "minute", "minutes", "分钟", "分", "分鐘"]],
  [hour, ["h", "hr", "hrs", "hour", "hours", "小时", "小時", "钟头", "鐘頭"]],
  [
    businessHour,
    [
      "business hours",
      "business hour",
      "working hours",
      "working hour",
      "work hours",
      "work hour",
      "工作小时",
      "工作時",
      "工作时",
    ],
  ],
  [
    businessMinute,
    ["business minutes", "business minute", "working minutes", "working minute", "work minutes", "工作分钟"],
  ],
  [day, ["d", "day", "days", "calendar day", "calendar days", "天", "日", "自然日"]],
  [week, ["w", "wk", "wks", "week", "weeks", "周", "週", "星期", "礼拜", "禮拜"]],
  [month, ["mo", "mos", "month", "months", "个月", "個月"]],
  [year, ["y", "yr", "yrs", "year", "years", "年"]],
  [
    workday,
    [
      "workday",
      "workdays",
      "work day",
      "work days",
      "working day",
      "working days",
      "business day",
      "business days",
      "工作日",
      "工作天",
    ],
  ],
];

const byName = new Map<string, TimeUnit>(spellings.flatMap(([unit, names]) => names.map((n) => [n, unit] as const)));

/** The unit a (normalized) unit word names, with an optional leading `个`. */
export function lookupUnit(word: string): TimeUnit | undefined {
  return byName.get(word) ?? (word.startsWith("个") || word.startsWith("個") ? byName.get(word.slice(1)) : undefined);
}

/** Unit names offered for a typo: one plain spelling per unit, so suggestions stay short. */
export const suggestableUnitNames: readonly string[] = [
  "seconds",
  "minutes",
  "hours",
  "business hours",
  "working hours",
  "days",
  "weeks",
  "months",
  "years",
  "workdays",
  "working days",
  "business days",
  "秒",
  "分钟",
  "小时",
  "工作小时",
  "天",
  "周",
  "星期",
  "个月",
  "年",
  "工作日",
];

/** One line naming the units, for hints. */
export const unitList =
  "m/min/minutes, h/hours, s, d/days, w/weeks, months, years, workdays, business hours; 分钟, 小时, 天, 周, 个月, 年, 工作日, 工作小时";

const chineseDigits: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A Chinese numeral characters pattern, for building regexes. */
export const chineseNumeralChars = "〇零一二两兩三四五六七八九十百";

/**
 * Reads `15`, `1.5`, `.5` or a Chinese numeral below 1000 (`一`, `两`, `十五`, `二十四`, `一百零五`).
 * `undefined` when it is neither.
 */
export function readNumber(text: string): number | undefined {
  if (/^(?:\d+(?:\.\d+)?|\.\d+)$/u.test(text)) return Number(text);
  const match =
    /^(?:([一二两兩三四五六七八九])?百)?(?:([一二两兩三四五六七八九])?十)?[〇零]?([〇零一二两兩三四五六七八九])?$/u.exec(
      text,
    );
  if (match === null || text === "") return undefined;
  const [, hundreds, tens, ones] = match;
  const hasHundred = text.includes("百");
  const hasTen = text.includes("十");
  if (!hasHundred && !hasTen && text.length > 1) return undefined;
  const digit = (c: string | undefined, fallback: number): number =>
    c === undefined ? fallback : (chineseDigits[c] ?? 0);
  return (hasHundred ? digit(hundreds, 1) * 100 : 0) + (hasTen ? digit(tens, 1) * 10 : 0) + digit(ones, 0);
}
