/** A clock cycle's outcome for the audit: late, met or pending at `asOf`, or why it does not count. */
import { calendarOf } from "../clocks/clock-scope.js";
import { closedPausesDeadline } from "../clocks/clock-time.js";
import type { CompiledClock } from "../compile/program.js";
import type { ClockCycle } from "../state/working-ticket.js";

/** The deadline as the closed pauses moved it. */
export function cycleDeadline(clock: CompiledClock, c: ClockCycle): number | null {
  return c.pauses.length === 0 ? c.base : closedPausesDeadline(calendarOf(clock, c.priority), c);
}

/** Whether a cycle was late, on time, or is still pending at `asOf`; or why it does not count. */
export function judgeCycle(clock: CompiledClock, c: ClockCycle, asOf: number): string {
  if (c.status === "cancelled") return "cancelled";
  if (c.status === "reset") return "reset";
  if (c.base === null) return "no-target";
  // An open pause that began before the deadline keeps the cycle pending.
  const deadline = cycleDeadline(clock, c)!;
  if (c.endedAt !== undefined) return c.endedAt > deadline ? "late" : "met";
  if (c.pausedAt !== undefined) return c.pausedAt >= deadline ? "late" : "pending";
  return asOf >= deadline ? "late" : "pending";
}
