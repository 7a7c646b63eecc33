import type { Calendar } from "@yardstick/calendar";
import type { Duration } from "@yardstick/dsl";
import { DateTime } from "luxon";

/** `t` moved by a duration as the standard reads it: elapsed ms, business ms on a calendar, or wall-clock days/months. */
export function addDuration(
  t: number,
  d: Duration,
  timezone: string,
  calendar: Calendar | undefined,
  sign = 1,
): number {
  if (d.kind === "duration")
    return d.business && calendar !== undefined && sign > 0 ? calendar.addWorkingTime(t, d.ms) : t + sign * d.ms;
  const dt = DateTime.fromMillis(t, { zone: timezone });
  return (
    d.kind === "calendar-days" ? dt.plus({ days: sign * d.days }) : dt.plus({ months: sign * d.months })
  ).toMillis();
}
