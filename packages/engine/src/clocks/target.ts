import { type Calendar, type Deadline, deadlineFrom } from "@yardstick/calendar";
import type { Timed } from "@yardstick/dsl";
import type { Data } from "../compile/matcher.js";
import type { CompiledClock } from "../compile/program.js";
import { instantFrom } from "../time/local-time.js";
import { planOf, type ClockPlan } from "./clock-plan.js";

/**
 * The deadline of a cycle before pauses: the agreed time from the ticket's data (`dueAt`), or the
 * target of the priority (else the `*` target) counted from the start on the clock's calendar.
 * null when there is none: the clock then measures without a deadline.
 */
export function baseDeadline(
  clock: CompiledClock,
  priority: string | null,
  startedAt: number,
  data: Data,
  timezone: string,
): number | null {
  const field = clock.model.dueAt;
  if (field !== undefined) {
    const value = Object.prototype.hasOwnProperty.call(data, field) ? data[field] : undefined;
    return instantFrom(value, timezone) ?? null;
  }
  const plan = planOf(clock, priority);
  // A clock limited to some priorities has no deadline for another (a ticket whose priority changed).
  if (!plan.applies) return null;
  const target = targetOf(plan, startedAt);
  if (target === undefined) return null;
  const calendar = plan.calendar;
  const deadline = countedDeadline(clock, target.value);
  // A duration is working time added from the start, as deadlineFrom counts it — without its checks
  // and trace, once the model has given a whole, non-negative number of milliseconds.
  if (deadline.kind === "duration" && Number.isSafeInteger(deadline.ms) && deadline.ms >= 0)
    return calendar.addWorkingTime(startedAt, deadline.ms);
  return deadlineFrom(calendar, dayCountedFrom(clock, calendar, startedAt, deadline), deadline, {
    rollForwardOnRestDay: clock.model.rollForwardOnRestDay === true,
  });
}

/** Targets that pick a day from the start's day (`end of day`, `next day by 09:00`, `1 workday`). */
const DAY_BASED: ReadonlySet<Deadline["kind"]> = new Set(["end-of-day", "end-of-workday", "workdays", "at-time"]);

/**
 * The instant a day-based target of a follow-on counts its day from: a breach at local midnight is
 * 24:00 of the day it ends (an `end of day` deadline), so a follow-on started there counts from that
 * day, as a reader of the standard does — Monday 24:00 + `next day by 09:00` is Tuesday 09:00, not
 * Wednesday (docs/reference/dsl.md, "Things to know"). The last instant of that day stands in for
 * the start; the deadline of a duration or a day count (`4h`, `2d`) does not depend on it.
 */
export function dayCountedFrom(
  clock: CompiledClock,
  calendar: Calendar,
  startedAt: number,
  deadline: Deadline,
): number {
  if (!DAY_BASED.has(deadline.kind) || !clock.model.start.some((c) => c.kind === "breach")) return startedAt;
  // `end of day` would be the breach itself: like `by 18:00` at 18:00 (decision 0014), it is the
  // end of the day that begins there.
  if (deadline.kind === "end-of-day" && deadline.days === 0) return startedAt;
  return calendar.endOfDay(startedAt - 1) === startedAt ? startedAt - 1 : startedAt;
}

/**
 * The deadline as the clock counts it: with `daysEndAtMidnight`, `N days` (N日内) ends at 24:00 of
 * the N-th day after the start's day (民法典 art. 201: the start's day is not counted; art. 203:
 * the last day ends at 24:00), not at the start's wall-clock time N days later.
 */
export function countedDeadline(clock: CompiledClock, deadline: Deadline): Deadline {
  if (clock.model.daysEndAtMidnight === true && deadline.kind === "calendar-days")
    return { kind: "end-of-day", days: deadline.days };
  return deadline;
}

/**
 * The target of a cycle of `priority` that starts at `startedAt`: the priority's own (or the `*`
 * one), a fixed target or the first of its choices that holds at the start (a season, office
 * hours, the clause in force). undefined: none, the cycle measures only.
 */
export function chosenTarget(
  clock: CompiledClock,
  priority: string | null,
  startedAt: number,
): Timed<Deadline> | undefined {
  return targetOf(planOf(clock, priority), startedAt);
}

function targetOf(plan: ClockPlan, startedAt: number): Timed<Deadline> | undefined {
  if (plan.target !== undefined) return plan.target ?? undefined;
  return plan.choices?.find((c) => c.holds(startedAt))?.target;
}

/** The target as written, for reasons (`15m`, `1个工作日`), or the agreed-time field. */
export function targetText(clock: CompiledClock, priority: string | null, startedAt: number): string | undefined {
  if (clock.model.dueAt !== undefined) return `the agreed time (${clock.model.dueAt})`;
  return chosenTarget(clock, priority, startedAt)?.text;
}
