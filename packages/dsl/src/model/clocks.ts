/** Questions about a clock that rules, the engine and the CLI ask: which priorities it applies to, on which calendar. */
import type { ClockModel, EscalationLevel, TargetChoiceModel, TicketKindModel } from "./standard-model.js";

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

/** What a clock promises a ticket of one priority: its target or its choices by start, and its calendar. */
export interface ClockPromise {
  /** null: the kind has no priorities. */
  priority: string | null;
  /** A fixed target (absent with choices, with `dueAt`, or when the priority has none). */
  target?: ClockModel["targets"][string];
  /** Targets chosen by when the clock starts, the first that holds (decision 0061). */
  choices?: TargetChoiceModel[];
  /** The calendar the priority counts on (decision 0060). */
  calendar: string;
}

/**
 * The clock's promise per priority it applies to, in evaluation order, as the engine reads it: the
 * priority's own target (or choices), else the one for every priority (`*`).
 * @example clockPromises(kind, kind.clocks.attend!); // [{ priority: "emergency", target: …, calendar: "24x7" }, …]
 */
export function clockPromises(kind: TicketKindModel, clock: ClockModel): ClockPromise[] {
  const priorities = kind.priorities.length > 0 ? clockPriorities(kind, clock) : [null];
  return priorities.map((priority) => {
    const promise: ClockPromise = { priority, calendar: clockCalendarOf(clock, priority) };
    if (clock.dueAt !== undefined) return promise;
    for (const key of priority !== null ? [priority, "*"] : ["*"]) {
      if (Object.hasOwn(clock.targets, key)) {
        promise.target = clock.targets[key]!;
        break;
      }
      const choices =
        clock.targetChoices !== undefined && Object.hasOwn(clock.targetChoices, key)
          ? clock.targetChoices[key]
          : undefined;
      if (choices !== undefined) {
        promise.choices = choices;
        break;
      }
    }
    return promise;
  });
}
