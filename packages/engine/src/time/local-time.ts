/**
 * Instants from what people and hosts write: epoch ms, ISO 8601 with an offset, or a local time
 * (`2026-03-06 17:55`, `2026-03-06T17:55`) read in the standard's time zone. A local time in a
 * gap of a clock change moves forward (luxon's rule); an ambiguous one takes the earlier offset.
 */
import { parseInstant } from "@yardstick/calendar";
import { DateTime } from "luxon";

const LOCAL = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?))?$/;

/** The instant of `text`, or undefined when it is not one of the forms above. */
export function instantFrom(value: unknown, timezone: string): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const local = LOCAL.exec(text);
  if (local !== null) {
    const dt = DateTime.fromISO(`${local[1]}T${local[2] ?? "00:00"}`, { zone: timezone });
    return dt.isValid ? dt.toMillis() : undefined;
  }
  try {
    return parseInstant(text);
  } catch {
    return undefined;
  }
}

/** An instant as local ISO 8601 with its offset in `timezone` (`2026-03-06T18:10:00+08:00`). */
export function formatLocal(t: number, timezone: string): string {
  return DateTime.fromMillis(t, { zone: timezone }).toISO({ suppressMilliseconds: true }) ?? String(t);
}

/** `2026-03-06 18:10` in `timezone`: how scenarios and the CLI show an instant. */
export function formatShort(t: number, timezone: string): string {
  return DateTime.fromMillis(t, { zone: timezone }).toFormat("yyyy-MM-dd HH:mm");
}
