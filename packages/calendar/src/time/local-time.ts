import { IANAZone } from "luxon";
import { CalendarError } from "../errors.js";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;
const DAY_MS = 86_400_000;

/**
 * The instant (epoch ms) of a wall-clock time in a time zone: `2026-03-06 17:55`,
 * `2026-03-06T17:55:30`, or a date alone (its midnight); `24:00` is the next midnight. Worked out
 * from the zone's offsets alone, never from the machine's clock or zone. A time skipped by a
 * clock change moves forward by the change (02:30 on a spring-forward night is 03:30); a time that
 * happens twice takes the first.
 *
 * @example
 * instantFromLocal("2026-03-06 17:55", "Asia/Shanghai"); // Date.parse("2026-03-06T17:55:00+08:00")
 * instantFromLocal("2026-03-29 01:30", "Europe/London"); // 02:30 BST: 01:30 does not exist that night
 */
export function instantFromLocal(local: string, timezone: string): number {
  const zone = IANAZone.create(timezone);
  if (!zone.isValid)
    throw new CalendarError(
      "invalid-timezone",
      `unknown time zone "${timezone}"`,
      "use an IANA zone name such as Asia/Shanghai",
    );
  const match = LOCAL.exec(local.trim());
  const fields = match?.slice(1).map((f) => Number(f ?? 0));
  const [y, mo, d, h, mi, s, ms] = (fields ?? []) as number[];
  const day = match ? new Date(Date.UTC(y!, mo! - 1, d!)) : undefined;
  const exists =
    day !== undefined &&
    day.getUTCFullYear() === y &&
    day.getUTCMonth() === mo! - 1 &&
    day.getUTCDate() === d &&
    mi! <= 59 &&
    s! <= 59 &&
    (h! < 24 || (h === 24 && mi! + s! + ms! === 0));
  if (!exists)
    throw new CalendarError(
      "invalid-instant",
      `"${local}" is not a local time like 2026-03-06 17:55`,
      'write the date and the time of day, e.g. "2026-03-06 17:55" (or a date alone for its midnight)',
    );
  const wall = day!.getTime() + ((h! * 60 + mi!) * 60 + s!) * 1000 + ms!;
  const offset = (t: number) => Math.round(zone.offset(t) * 60_000);
  const before = offset(wall - DAY_MS);
  const after = offset(wall + DAY_MS);
  const early = wall - before;
  const late = wall - after;
  if (before === after) return early;
  const earlyValid = offset(early) === before;
  const lateValid = offset(late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  // Skipped by the change: read with the offset before it, which lands the same distance after.
  return lateValid ? late : early;
}
