/**
 * Months of the year and dates of the year, as duties write them: a season `jun-sep` (or
 * `June to September`, `6月-9月`), a date `12-31` (or `12月31日`). Months are 1–12.
 */
import { normalizeTimeText } from "./normalize.js";
import { fail, ok, type ParseResult, show } from "./result.js";

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

const MONTHS_HINT = "write months as `jun-sep`, `[dec, jan, feb]`, `6-9` or `6月-9月` (a range may wrap: `nov-feb`)";

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
    if (ends.length > 2 || ends.some((e) => e === ""))
      return fail(`${show(input)} is not a month or a range of months`, MONTHS_HINT);
    const from = oneMonth(ends[0]!);
    const to = ends.length === 2 ? oneMonth(ends[1]!) : from;
    if (from === undefined || to === undefined)
      return fail(`${show(input)} is not a month or a range of months`, MONTHS_HINT);
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
  const hint = "write a date of the year as `MM-DD`: `12-31`, `01-01` (or `12月31日`)";
  if (!match) return fail(`${show(input)} is not a date of the year`, hint);
  const m = Number(match[1]);
  const d = Number(match[2]);
  if (m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m - 1]!)
    return fail(`${show(input)} is not a date in any year`, hint);
  return ok(`${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
}
