/**
 * Calendar dates as day numbers (days since 1970-01-01) and wall-clock times as "local
 * milliseconds" (the wall clock read as if it were UTC). Plain numbers, no zone involved.
 */
import { WEEKDAYS } from "../vocabulary.js";

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Years the package accepts; outside them results would be meaningless for a service standard. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/** The weekday names, Monday first: index `i` is ISO weekday `i + 1`. */
export const weekdayNames = WEEKDAYS;
const weekdayTitles = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

export function dayFromCivil(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDay(dayNumber: number): CivilDate {
  const date = new Date(dayNumber * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayIndex(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` → day number, or `undefined` when malformed or not a real date (`2025-02-30`). */
export function parseDate(text: unknown): number | undefined {
  if (typeof text !== "string") return undefined;
  const m = DATE_RE.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromCivil(year, month, day);
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

export function formatDate(dayNumber: number): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** `Sat 2025-09-27`. */
export function formatDayTitle(dayNumber: number): string {
  return `${weekdayTitles[weekdayIndex(dayNumber)]} ${formatDate(dayNumber)}`;
}

/** `2025-10-01..10-08`, `2025-12-31..2026-01-01`, or one date. */
export function formatDateRange(first: number, last: number): string {
  if (first === last) return formatDayTitle(first);
  const a = civilFromDay(first);
  const b = civilFromDay(last);
  const tail = a.year === b.year ? `${pad2(b.month)}-${pad2(b.day)}` : formatDate(last);
  return `${formatDate(first)}..${tail}`;
}

/** Minutes after midnight → `HH:MM` (`24:00` for 1440). */
export function formatMinutes(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** Local ms → `HH:MM` or `HH:MM:SS(.mmm)` within its day; `24:00` when asked for the day's end. */
export function formatLocalClock(localMs: number, dayNumber: number): string {
  const within = localMs - dayNumber * DAY_MS;
  if (within >= DAY_MS) return "24:00";
  const minutes = Math.floor(within / MINUTE_MS);
  const rest = within - minutes * MINUTE_MS;
  if (rest === 0) return formatMinutes(minutes);
  const seconds = Math.floor(rest / 1000);
  const ms = rest - seconds * 1000;
  return `${formatMinutes(minutes)}:${pad2(seconds)}${ms === 0 ? "" : `.${String(ms).padStart(3, "0")}`}`;
}
