/**
 * Months of the year and dates of the year, as duties write them: a season `jun-sep` (or
 * `June to September`, `6月-9月`), a date `12-31` (or `12月31日`). Months are 1–12.
 */
import { normalizeTimeText } from "./normalize.js";
import { fail, ok, type ParseResult, show, w } from "./result.js";

const NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const CHINESE_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const MONTHS_HINT = w(
  "write months as `jun-sep`, `[dec, jan, feb]`, `6-9` or `6月-9月` (a range may wrap: `nov-feb`)",
  "月份写作 `jun-sep`、`[dec, jan, feb]`、`6-9` 或 `6月-9月`（范围可以跨年：`nov-feb`）",
);
const notMonths = (input: string | number) =>
  fail<number[]>(
    w(`${show(input)} is not a month or a range of months`, `${show(input)} 不是月份，也不是月份范围`),
    MONTHS_HINT,
  );

function oneMonth(text: string): number | undefined {
  const t = text.trim().replace(/月$/u, "");
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  const chinese = CHINESE_NUMBERS.indexOf(t);
  if (chinese >= 0) return chinese + 1;
  // `jun`, `june`, `sept`: a month's name or its first three letters or more.
  const index = t.length >= 3 ? NAMES.findIndex((n) => n.startsWith(t)) : -1;
  return index < 0 ? undefined : index + 1;
}

/** `jun-sep` → [6, 7, 8, 9]; `nov-feb` → [11, 12, 1, 2]; a number 1–12 is that month. */
export function parseMonths(input: string | number): ParseResult<number[]> {
  const text = normalizeTimeText(String(input));
  const months = new Set<number>();
  for (const part of text.split(/\s*(?:,|、)\s*/u)) {
    const ends = part.split(/\s*(?:-|–|~|to|至|到)\s*/u);
    if (ends.length > 2 || ends.some((e) => e === "")) return notMonths(input);
    const from = oneMonth(ends[0]!);
    const to = ends.length === 2 ? oneMonth(ends[1]!) : from;
    if (from === undefined || to === undefined) return notMonths(input);
    for (let m = from; ; m = (m % 12) + 1) {
      months.add(m);
      if (m === to) break;
    }
  }
  return ok([...months].sort((a, b) => a - b));
}

/** A date of the year, `MM-DD`: `12-31`, `12月31日`, `1-1` → `01-01`. 02-29 is allowed (leap years only). */
export function parseYearDate(input: string | number): ParseResult<string> {
  const text = normalizeTimeText(String(input));
  const match = /^(\d{1,2})(?:-|\/|月)(\d{1,2})日?$/u.exec(text);
  const hint = w(
    "write a date of the year as `MM-DD`: `12-31`, `01-01` (or `12月31日`)",
    "每年的日期写作 `MM-DD`：`12-31`、`01-01`（或 `12月31日`）",
  );
  if (!match) return fail(w(`${show(input)} is not a date of the year`, `${show(input)} 不是每年的某个日期`), hint);
  const m = Number(match[1]);
  const d = Number(match[2]);
  if (m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m - 1]!)
    return fail(w(`${show(input)} is not a date in any year`, `${show(input)} 在任何一年里都不存在`), hint);
  return ok(`${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
}
