import { deadlineFrom } from "@yardstick/calendar";
import type { Data } from "../compile/matcher.js";
import type { CompiledClock } from "../compile/program.js";
import { instantFrom } from "../time/local-time.js";

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
  const targets = clock.model.targets;
  const target =
    (priority !== null && Object.prototype.hasOwnProperty.call(targets, priority) ? targets[priority] : undefined) ??
    (Object.prototype.hasOwnProperty.call(targets, "*") ? targets["*"] : undefined);
  if (target === undefined) return null;
  return deadlineFrom(clock.calendar, startedAt, target.value);
}

/** The target as written, for reasons (`15m`, `1个工作日`), or the agreed-time field. */
export function targetText(clock: CompiledClock, priority: string | null): string | undefined {
  if (clock.model.dueAt !== undefined) return `the agreed time (${clock.model.dueAt})`;
  const targets = clock.model.targets;
  const key = priority !== null && Object.prototype.hasOwnProperty.call(targets, priority) ? priority : "*";
  return Object.prototype.hasOwnProperty.call(targets, key) ? targets[key]!.text : undefined;
}
