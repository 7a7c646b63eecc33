/**
 * Calendar dates as whole day numbers (days since 1970-01-01), with the proleptic Gregorian
 * arithmetic done in integers: the planner walks days without making a DateTime per day.
 * Algorithms after H. Hinnant's `days_from_civil` / `civil_from_days`.
 */

/** Days since 1970-01-01 of a date. */
export function dayFromYmd(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function ymdFromDay(day: number): Ymd {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * `day` moved by whole months; a day past the end of the target month becomes its last day
 * (01-31 + 1 month = 02-28, or 02-29 in a leap year; 03-31 − 1 month = 02-28), as 民法典 art. 202
 * and RFC 5545's month arithmetic read it.
 */
export function addMonthsClamped(day: number, months: number): number {
  const { y, m, d } = ymdFromDay(day);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return dayFromYmd(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** `YYYY-MM-DD`. */
export function formatDay(day: number): string {
  const { y, m, d } = ymdFromDay(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** `YYYYMMDD` (ids and iCalendar dates). */
export function compactDay(day: number): string {
  const { y, m, d } = ymdFromDay(day);
  return `${pad(y, 4)}${pad(m)}${pad(d)}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of `YYYY-MM-DD`, or undefined when it is not a real date. */
export function parseDay(text: string): number | undefined {
  const match = DATE.exec(text.trim());
  if (match === null) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return dayFromYmd(y, m, d);
}
