/**
 * The only place clock time is computed (on @yardstick/calendar). A clock counts working time on
 * its calendar and not while paused. For a cycle:
 *   elapsed(t)  working time from the start to t, pauses excluded;
 *   at(x)       the instant elapsed reaches x (undefined while an open pause holds it below x);
 *   deadline    the target's deadline, moved on by the working time of every pause that began
 *               before it (a pause after the deadline does not undo a breach); null while paused
 *               before it, or when the cycle has no target.
 */
import type { Calendar } from "@yardstick/calendar";
import type { ClockCycle } from "../state/working-ticket.js";

export function elapsedAt(cal: Calendar, c: ClockCycle, t: number): number {
  const end = c.endedAt !== undefined && c.endedAt < t ? c.endedAt : t;
  if (end <= c.startedAt) return 0;
  let total = cal.workingTimeBetween(c.startedAt, end);
  for (const [a, b] of c.pauses) {
    if (a >= end) break;
    total -= cal.workingTimeBetween(a, Math.min(b, end));
  }
  if (c.pausedAt !== undefined && c.pausedAt < end) total -= cal.workingTimeBetween(c.pausedAt, end);
  return total;
}

export function instantAtElapsed(cal: Calendar, c: ClockCycle, x: number): number | undefined {
  let cursor = c.startedAt;
  let acc = 0;
  for (const [a, b] of c.pauses) {
    const seg = cal.workingTimeBetween(cursor, a);
    if (acc + seg >= x) return cal.addWorkingTime(cursor, x - acc);
    acc += seg;
    cursor = b;
  }
  if (c.pausedAt !== undefined) {
    const seg = cal.workingTimeBetween(cursor, c.pausedAt);
    return acc + seg >= x ? cal.addWorkingTime(cursor, x - acc) : undefined;
  }
  return cal.addWorkingTime(cursor, x - acc);
}

export function effectiveDeadline(cal: Calendar, c: ClockCycle): number | null {
  const d = closedPausesDeadline(cal, c);
  if (d !== null && c.pausedAt !== undefined && c.pausedAt < d) return null;
  return d;
}

/** The deadline moved on by the closed pauses only: what `effectiveDeadline` is once the open one ends now. */
export function closedPausesDeadline(cal: Calendar, c: ClockCycle): number | null {
  if (c.base === null) return null;
  let d = c.base;
  for (const [a, b] of c.pauses) {
    if (a >= d) continue;
    d = cal.addWorkingTime(d, cal.workingTimeBetween(a, b));
  }
  return d;
}

/** The working time the target allows: from the start to the deadline before pauses. */
export function budgetOf(cal: Calendar, c: ClockCycle): number | null {
  return c.base === null ? null : Math.max(0, cal.workingTimeBetween(c.startedAt, c.base));
}
