/** Wall-clock times written `HH:MM`, as minutes after midnight. */

const CLOCK_RE = /^([01]\d|2[0-4]):([0-5]\d)$/;

/**
 * `08:30` → 510. `24:00` → 1440 only when `allowEndOfDay` (a window's end, `by 24:00`).
 * `undefined` when malformed.
 */
export function parseClock(text: unknown, allowEndOfDay: boolean): number | undefined {
  if (typeof text !== "string") return undefined;
  const m = CLOCK_RE.exec(text);
  if (m === null) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if (minutes > 1440 || (minutes === 1440 && !allowEndOfDay)) return undefined;
  return minutes;
}
