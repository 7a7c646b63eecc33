/**
 * What a clock is for a ticket of one priority: the calendar it counts on, its warnings, whether
 * it applies at all. A cycle keeps its priority, so these are read from `cycle.priority`; a priority
 * change moves a running cycle onto the new priority's calendar and warnings with its deadline.
 */
import type { Calendar } from "@yardstick/calendar";
import type { EscalationLevel } from "@yardstick/dsl";
import type { CompiledClock } from "../compile/program.js";

/** The calendar a clock counts on for a ticket of `priority`. */
export function calendarOf(clock: CompiledClock, priority: string | null): Calendar {
  return (priority !== null ? clock.calendarByPriority.get(priority) : undefined) ?? clock.calendar;
}

/** The warning thresholds (fractions of the budget, ascending) for a ticket of `priority`. */
export function warnOf(clock: CompiledClock, priority: string | null): readonly number[] {
  if (clock.warnByPriority === undefined) return clock.warn;
  return (priority !== null ? clock.warnByPriority.get(priority) : undefined) ?? NONE;
}

const NONE: readonly number[] = [];

/** Whether a clock applies to a ticket of `priority` (`priorities:` limits it to some). */
export function clockApplies(clock: CompiledClock, priority: string | null): boolean {
  return clock.priorities === undefined || (priority !== null && clock.priorities.has(priority));
}

/** Whether a clock starts at `at` for a ticket of `priority`: it applies, and it is in force that day. */
export function clockStarts(clock: CompiledClock, priority: string | null, at: number): boolean {
  return clockApplies(clock, priority) && (clock.inForce === undefined || clock.inForce(at));
}

/** Whether an escalation level fires for a ticket of `priority`. */
export function levelApplies(level: EscalationLevel, priority: string | null): boolean {
  return level.priorities === undefined || (priority !== null && level.priorities.includes(priority));
}
