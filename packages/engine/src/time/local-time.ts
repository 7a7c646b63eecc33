/**
 * Instants from what people and hosts write: epoch ms, ISO 8601 with an offset, or a local time
 * (`2026-03-06 17:55`, `2026-03-06T17:55`) read in the standard's time zone. A local time in a
 * gap of a clock change moves forward (luxon's rule); an ambiguous one takes the earlier offset.
 */
import { parseInstant } from "@yardstick/calendar";
import { DateTime, IANAZone } from "luxon";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;
const DAY_MS = 86_400_000;

/**
 * The instant of a wall-clock time in `timezone`, by offsets alone. Not luxon's `fromISO` with a
 * zone: that guesses the offset from `Date.now()`, so an ambiguous time's answer depended on the
 * season the host ran in.
 */
function zoned(fields: number[], timezone: string): number | undefined {
  const [y, mo, d, h, mi, s, ms] = fields as [number, number, number, number, number, number, number];
  const zone = IANAZone.create(timezone);
  // 24:00 is the next midnight (as ISO 8601 and luxon read it); nothing else past the day.
  if (!zone.isValid || mi > 59 || s > 59 || h > 24 || (h === 24 && mi + s + ms > 0)) return undefined;
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return undefined;
  const local = day.getTime() + ((h * 60 + mi) * 60 + s) * 1000 + ms;
  const offset = (t: number) => Math.round(zone.offset(t) * 60_000);
  const before = offset(local - DAY_MS);
  const after = offset(local + DAY_MS);
  const early = local - before;
  const late = local - after;
  if (before === after) return early;
  const earlyValid = offset(early) === before;
  const lateValid = offset(late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  return lateValid ? late : early; // a skipped time, read with the offset before the change, moves forward
}

/**
 * Texts already read, per zone: an agreed time (`appointment_at`) is read again at every event
 * that retargets its clock, and a luxon parse costs more than the rest of the event. Bounded, and
 * the answer depends on nothing but the text and the zone, so the engine stays pure.
 */
const readTexts = new Map<string, Map<string, number | undefined>>();
const MAX_REMEMBERED = 4096;

/** The instant of `text`, or undefined when it is not one of the forms above. */
export function instantFrom(value: unknown, timezone: string): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  let zone = readTexts.get(timezone);
  if (zone === undefined) readTexts.set(timezone, (zone = new Map()));
  if (zone.has(value)) return zone.get(value);
  if (zone.size >= MAX_REMEMBERED) zone.clear();
  const t = readInstant(value, timezone);
  zone.set(value, t);
  return t;
}

function readInstant(value: string, timezone: string): number | undefined {
  const text = value.trim();
  const local = LOCAL.exec(text);
  if (local !== null) {
    const fields = [1, 2, 3, 4, 5, 6].map((i) => Number(local[i] ?? 0));
    return zoned([...fields, Number((local[7] ?? "0").padEnd(3, "0"))], timezone);
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
