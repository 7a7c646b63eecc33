/** Instants in and out: epoch ms, or ISO 8601 with an offset. */
import { DateTime } from "luxon";
import { CalendarError } from "../errors.js";
import { MAX_YEAR, MIN_YEAR } from "./civil.js";

/** An instant: epoch milliseconds, or an ISO 8601 string with an offset (`2025-10-09T17:30+08:00`). */
export type Instant = number | string;

const MIN_MS = Date.UTC(MIN_YEAR, 0, 2);
const MAX_MS = Date.UTC(MAX_YEAR, 11, 30);
const OFFSET_RE = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/iu;

/**
 * Reads an instant. Numbers are epoch ms (whole, within years 1000–9999); strings must be
 * ISO 8601 with an offset or `Z`, because a wall-clock time alone names no instant.
 *
 * @example
 * parseInstant("2025-10-09T17:30:00+08:00"); // 1760002200000
 */
export function parseInstant(input: Instant, what = "instant"): number {
  if (typeof input === "number") {
    if (Number.isInteger(input) && input >= MIN_MS && input <= MAX_MS) return input;
    throw new CalendarError(
      "invalid-instant",
      `${what} ${String(input)} is not a whole number of epoch milliseconds within years ${MIN_YEAR}–${MAX_YEAR}`,
      'pass epoch milliseconds such as Date.parse("2025-10-09T17:30:00+08:00"), or an ISO 8601 string with an offset',
    );
  }
  if (typeof input !== "string") {
    throw new CalendarError(
      "invalid-instant",
      `${what} must be epoch milliseconds or an ISO 8601 string, got ${typeof input}`,
      'pass a number such as 1760002200000 or a string such as "2025-10-09T17:30:00+08:00"',
    );
  }
  const text = input.trim();
  const parsed = DateTime.fromISO(text, { setZone: true });
  if (!parsed.isValid) {
    throw new CalendarError(
      "invalid-instant",
      `${what} "${input}" is not an ISO 8601 date-time (${parsed.invalidExplanation ?? parsed.invalidReason ?? "unreadable"})`,
      'write it like "2025-10-09T17:30:00+08:00" or "2025-10-09T09:30:00Z"',
    );
  }
  if (!text.includes("T") || !OFFSET_RE.test(text)) {
    throw new CalendarError(
      "instant-without-offset",
      `${what} "${input}" has no offset, so it names a wall-clock time, not an instant`,
      `add the offset of the zone it was read in, e.g. "${text.includes("T") ? text : `${text}T00:00`}+08:00", or "Z" for UTC`,
    );
  }
  return parseInstant(parsed.toMillis(), what);
}
