/**
 * `deadlineFrom`: a typed `Deadline` ("1 workday", "by 18:00", …) and a start → an instant on a
 * calendar. The meanings are decided in docs/decisions/0010–0015; each case below names its decision.
 */
import type { Calendar } from "../calendar/calendar.js";
import { type CalendarImpl, internals } from "../calendar/calendar.js";
import type { Deadline } from "../deadline.js";
import { deadlineKinds } from "../deadline.js";
import { CalendarError } from "../errors.js";
import {
  DAY_MS,
  MINUTE_MS,
  civilFromDay,
  dayFromCivil,
  daysInMonth,
  formatDayTitle,
  formatMinutes,
} from "../time/civil.js";
import { parseClock } from "../time/clock.js";
import { ordinal } from "../explain/ordinal.js";
import { humanInZone } from "../time/format.js";
import { type Instant, parseInstant } from "../time/instant.js";

export interface DeadlineOptions {
  /**
   * 民法典 art. 203: when the last day of a day-based deadline (`calendar-days`, `calendar-months`,
   * `end-of-day`, `at-time` counted in days) is not a working day of the calendar, the deadline
   * moves to the same time on the next working day (24:00 of it for `end-of-day`). Default `false`:
   * the parties may agree otherwise (art. 204), and a 24x7 service rarely wants it. See decision 0012.
   */
  rollForwardOnRestDay?: boolean;
}

/** Working days looked at while counting, for explanations. */
export interface CountedDay {
  date: string;
  counted: boolean;
  reason: string;
}

/** What evaluating a deadline did, in words; collected only when explaining. */
export interface DeadlineTrace {
  steps: string[];
  days: CountedDay[];
}

function invalid(message: string, hint: string): CalendarError {
  return new CalendarError("invalid-deadline", message, hint);
}

function wholeCount(value: unknown, field: string, kind: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 100_000) {
    throw invalid(
      `deadline \`${kind}\` needs \`${field}\` as a whole number ≥ 0, got ${String(value)}`,
      `write e.g. { kind: "${kind}", ${field}: 1 }`,
    );
  }
  return value;
}

/** The `n`-th working day after `day`, recording each day looked at. */
function countWorkdays(cal: CalendarImpl, day: number, n: number, trace: DeadlineTrace | undefined): number {
  const last = cal.nthWorkdayAfter(day, n);
  if (trace === undefined) return last;
  let count = 0;
  for (let x = day + 1; x <= last; x++) {
    const working = cal.isWorkingDay(x);
    if (working) count++;
    const plan = cal.rules.plan(x);
    trace.days.push({
      date: formatDayTitle(x),
      counted: working,
      reason: working
        ? `${ordinal(count)} working day${plan.kind === "adjusted-workday" ? " (adjusted working day)" : ""}`
        : cal.dayReason(x, plan, false),
    });
  }
  return last;
}

/** Moves a day-based deadline's last day off a rest day when asked to (decision 0012). */
function rollDay(
  cal: CalendarImpl,
  day: number,
  options: DeadlineOptions | undefined,
  trace: DeadlineTrace | undefined,
): number {
  if (options?.rollForwardOnRestDay !== true || cal.isWorkingDay(day)) return day;
  const next = cal.workdayOnOrAfter(day);
  trace?.steps.push(
    `${cal.dayReason(day, cal.rules.plan(day), false)}: the last day moves to the next working day, ${formatDayTitle(next)} (民法典 art. 203)`,
  );
  return next;
}

export function evaluateDeadline(
  calendar: Calendar,
  start: Instant,
  deadline: Deadline,
  options: DeadlineOptions | undefined,
  trace: DeadlineTrace | undefined,
): number {
  const cal = internals(calendar);
  const t = parseInstant(start, "start");
  const show = (x: number): string => humanInZone(cal.zone, x);
  if (
    typeof deadline !== "object" ||
    deadline === null ||
    !(deadlineKinds as readonly string[]).includes((deadline as { kind?: unknown }).kind as string)
  ) {
    throw invalid(
      `unknown deadline ${JSON.stringify(deadline)}`,
      `a deadline's kind is one of ${deadlineKinds.join(", ")}`,
    );
  }
  switch (deadline.kind) {
    case "duration": {
      const ms = deadline.ms;
      if (typeof ms !== "number" || !Number.isSafeInteger(ms) || ms < 0)
        throw invalid(
          `duration needs \`ms\` as a whole number ≥ 0, got ${String(ms)}`,
          'write e.g. { kind: "duration", ms: 900000, business: false } for 15 minutes',
        );
      const result = cal.addWorkingTime(t, ms);
      if (trace !== undefined) {
        const next = cal.nextWorkingInstant(t);
        if (next > t) trace.steps.push(`${show(t)} is outside working hours: counting starts at ${show(next)}`);
        if (deadline.business && cal.spec.hours === "24x7")
          trace.steps.push("the calendar is 24x7, so business hours are elapsed hours here");
        trace.steps.push(
          `add ${formatDuration(ms)} of ${deadline.business ? "business" : "working"} time on the calendar${cal.id !== undefined ? ` \`${cal.id}\`` : ""} → ${show(result)}`,
        );
      }
      return result;
    }
    case "calendar-days":
    case "calendar-months": {
      const local = cal.zone.localOf(t);
      const day = Math.floor(local / DAY_MS);
      const timeOfDay = local - day * DAY_MS;
      let target: number;
      if (deadline.kind === "calendar-days") {
        target = day + wholeCount(deadline.days, "days", deadline.kind);
      } else {
        const months = wholeCount(deadline.months, "months", deadline.kind);
        const { year, month, day: dom } = civilFromDay(day);
        const index = year * 12 + (month - 1) + months;
        const y = Math.floor(index / 12);
        const m = (index % 12) + 1;
        const clamped = Math.min(dom, daysInMonth(y, m));
        target = dayFromCivil(y, m, clamped);
        if (clamped !== dom)
          trace?.steps.push(
            `${y}-${String(m).padStart(2, "0")} has no day ${dom}: the period ends on its last day (民法典 art. 202)`,
          );
      }
      trace?.steps.push(
        `the same wall-clock time ${deadline.kind === "calendar-days" ? `${target - day} calendar day(s)` : `${deadline.months} month(s)`} later: ${formatDayTitle(target)}`,
      );
      const rolled = rollDay(cal, target, options, trace);
      const result = cal.zone.instantOf(rolled * DAY_MS + timeOfDay);
      trace?.steps.push(`→ ${show(result)}`);
      return result;
    }
    case "workdays": {
      const n = wholeCount(deadline.workdays, "workdays", deadline.kind);
      if (n === 0) return evaluateDeadline(cal, t, { kind: "end-of-workday", workdays: 0 }, options, trace);
      const from = cal.workdayOf(t);
      trace?.steps.push(
        `the day of the start, ${formatDayTitle(from)}, is not counted; count ${n} working day(s) after it (民法典 art. 201)`,
      );
      const last = countWorkdays(cal, from, n, trace);
      const result = cal.closeOf(last);
      trace?.steps.push(
        `by the end of the ${ordinal(n)} working day, ${formatDayTitle(last)}: its close of business → ${show(result)}`,
      );
      return result;
    }
    case "end-of-day": {
      const days = wholeCount(deadline.days, "days", deadline.kind);
      const target = cal.dayOf(t) + days;
      const rolled = rollDay(cal, target, options, trace);
      const result = cal.dayStartOf(rolled + 1);
      trace?.steps.push(`24:00 of ${formatDayTitle(rolled)} → ${show(result)}`);
      return result;
    }
    case "end-of-workday": {
      const n = wholeCount(deadline.workdays, "workdays", deadline.kind);
      const from = cal.workdayOf(t);
      if (n === 0) {
        const close = cal.closeOf(from);
        if (close > t) {
          trace?.steps.push(`${formatDayTitle(from)} is a working day that closes at ${show(close)}`);
          return close;
        }
        trace?.steps.push(
          Number.isNaN(close)
            ? `${cal.dayReason(from, cal.rules.plan(from), false)}: the next working day's close counts`
            : `${show(t)} is after the close of ${formatDayTitle(from)}: the next working day's close counts`,
        );
      }
      const last = countWorkdays(cal, from, Math.max(1, n), trace);
      const result = cal.closeOf(last);
      trace?.steps.push(`close of business of ${formatDayTitle(last)} → ${show(result)}`);
      return result;
    }
    case "at-time": {
      const minutes = parseClock(deadline.time, true);
      if (minutes === undefined)
        throw invalid(
          `at-time needs \`time\` as HH:MM, got ${JSON.stringify(deadline.time)}`,
          'write e.g. { kind: "at-time", time: "18:00", minutes: 1080, days: 0, workdays: 0 }',
        );
      if (deadline.minutes !== minutes)
        throw invalid(
          `at-time \`minutes\` (${String(deadline.minutes)}) does not match \`time\` ${deadline.time} (${minutes})`,
          "set minutes to the time's minutes after midnight",
        );
      const days = wholeCount(deadline.days, "days", deadline.kind);
      const workdays = wholeCount(deadline.workdays, "workdays", deadline.kind);
      if (days > 0 && workdays > 0)
        throw invalid(
          "at-time counts either `days` or `workdays`, not both",
          "write { days: 1, workdays: 0 } for `next day by 09:00`, or { days: 0, workdays: 1 } for `next workday by 16:00`",
        );
      const at = (day: number): number => cal.zone.instantOf(day * DAY_MS + minutes * MINUTE_MS);
      if (workdays > 0) {
        const from = cal.workdayOf(t);
        const last = countWorkdays(cal, from, workdays, trace);
        const result = at(last);
        trace?.steps.push(
          `${deadline.time} on the ${ordinal(workdays)} working day after ${formatDayTitle(from)} → ${show(result)}`,
        );
        return result;
      }
      let day = cal.dayOf(t) + days;
      if (days === 0 && at(day) <= t) {
        trace?.steps.push(
          `${show(t)} is at or after ${deadline.time}: the next day's ${deadline.time} counts (decision 0014)`,
        );
        day++;
      }
      const rolled = rollDay(cal, day, options, trace);
      const result = at(rolled);
      trace?.steps.push(`${formatMinutes(minutes)} on ${formatDayTitle(rolled)} → ${show(result)}`);
      return result;
    }
  }
}

function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

/**
 * The instant a deadline falls on, counted from `start` on `calendar`. Covers every `Deadline`
 * kind; see docs/reference/calendar.md for what each means. Meeting a deadline includes its bound
 * (以内 includes the bound): work done exactly at the instant is on time (`isOnTime`).
 *
 * @example
 * deadlineFrom(office, "2025-09-30T10:00:00+08:00", { kind: "workdays", workdays: 1 });
 * // 2025-10-09T17:30:00+08:00: National Day runs 10-01..10-08
 */
export function deadlineFrom(
  calendar: Calendar,
  start: Instant,
  deadline: Deadline,
  options?: DeadlineOptions,
): number {
  return evaluateDeadline(calendar, start, deadline, options, undefined);
}

/**
 * Whether something done at `at` meets `deadline`: the bound is included (民法典 art. 1259:
 * 以内 includes the bound), so done exactly at the deadline is on time.
 *
 * @example
 * isOnTime("2025-10-09T17:30:00+08:00", deadline); // true when deadline is 17:30 that day
 */
export function isOnTime(at: Instant, deadline: Instant): boolean {
  return parseInstant(at, "at") <= parseInstant(deadline, "deadline");
}
