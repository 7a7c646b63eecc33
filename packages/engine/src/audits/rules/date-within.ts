/**
 * Date arithmetic in rule conditions: `{ fact: repairedAt, within: 12 months, after: incidentAt }`
 * holds when repairedAt is at or after incidentAt and at most 12 months later (`before`: at or
 * before it, at most that long earlier). Dates are epoch milliseconds or ISO 8601 text
 * (`2026-03-01`, `2026-03-01T09:30:00+08:00`); a date without an offset is local time in the
 * standard's zone, and months and days are counted on its wall clock. A fact that is not a date
 * makes the condition false. Both rule paths call `withinHolds`, so they agree by construction.
 */
import type { Duration } from "@yardstick/dsl";
import { DateTime } from "luxon";

export interface DateWithin {
  /** The other date's fact. */
  of: string;
  side: "after" | "before";
  /** The duration as written, for findings. */
  text: string;
  ms: number;
  days: number;
  months: number;
  timezone: string;
}

export function dateWithinOf(
  d: Duration,
  side: "after" | "before",
  of: string,
  text: string,
  timezone: string,
): DateWithin {
  return {
    of,
    side,
    text,
    ms: d.kind === "duration" ? d.ms : 0,
    days: d.kind === "calendar-days" ? d.days : 0,
    months: d.kind === "calendar-months" ? d.months : 0,
    timezone,
  };
}

function instantOf(v: unknown, zone: string): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string" || v.length < 10) return undefined;
  const d = DateTime.fromISO(v, { zone, setZone: false });
  return d.isValid ? d.toMillis() : undefined;
}

/** Whether `a` lies within the duration after (or before) `b`, bounds included. */
export function withinHolds(w: DateWithin, a: unknown, b: unknown): boolean {
  const x = instantOf(a, w.timezone);
  const y = instantOf(b, w.timezone);
  if (x === undefined || y === undefined) return false;
  const sign = w.side === "after" ? 1 : -1;
  if (sign * (x - y) < 0) return false;
  const bound =
    w.months === 0 && w.days === 0
      ? y + sign * w.ms
      : DateTime.fromMillis(y, { zone: w.timezone })
          .plus({ months: sign * w.months, days: sign * w.days })
          .toMillis();
  return sign * (bound - x) >= 0;
}
