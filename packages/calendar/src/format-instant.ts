/** Instants out, as ISO 8601 in a calendar's zone. */
import type { Calendar } from "./calendar/calendar.js";
import { internals } from "./calendar/calendar.js";
import { isoInZone } from "./time/format.js";
import { type Instant, parseInstant } from "./time/instant.js";

/**
 * An instant as ISO 8601 with the calendar zone's offset at that instant (milliseconds only when
 * not zero).
 *
 * @example
 * formatInstant(office, 1760002200000); // "2025-10-09T17:30:00+08:00"
 */
export function formatInstant(calendar: Calendar, t: Instant): string {
  return isoInZone(internals(calendar).zone, parseInstant(t));
}
