/** Questions about a clock that rules, the engine and the CLI ask: which priorities it applies to, on which calendar. */
import type { ClockModel, EscalationLevel, TicketKindModel } from "./standard-model.js";

/** Whether a clock (or one of its escalation levels) applies to a ticket of `priority` (null: the kind has none). */
export function appliesToPriority(scoped: ClockModel | EscalationLevel, priority: string | null): boolean {
  return scoped.priorities === undefined || (priority !== null && scoped.priorities.includes(priority));
}

/** The priorities of the kind a clock applies to, in evaluation order. */
export function clockPriorities(kind: TicketKindModel, clock: ClockModel): string[] {
  return kind.priorities.map((p) => p.id).filter((p) => appliesToPriority(clock, p));
}

/** The calendar id a clock counts on for a ticket of `priority`. */
export function clockCalendarOf(clock: ClockModel, priority: string | null): string {
  return (
    (priority !== null && clock.calendars !== undefined && Object.hasOwn(clock.calendars, priority)
      ? clock.calendars[priority]
      : undefined) ?? clock.calendar
  );
}

/** The warning thresholds (percentages, ascending) of a clock for a ticket of `priority`. */
export function clockWarningsOf(clock: ClockModel, priority: string | null): number[] {
  if (clock.warnByPriority === undefined) return clock.warn;
  return (
    (priority !== null && Object.hasOwn(clock.warnByPriority, priority) ? clock.warnByPriority[priority] : undefined) ??
    []
  );
}
