/**
 * One error type for the whole package, with a stable `code`, a message that says what is wrong
 * and a hint that says what to do. `validateCalendarSpec` returns the same shape as plain data.
 */
import type { Path } from "./vocabulary.js";

/**
 * Every code the package gives, with what it is about: `spec` codes are problems in a
 * `CalendarSpec` (what `validateCalendarSpec` returns, and what the DSL reports at a line and
 * column), `operation` codes are bad arguments to an operation. Hosts and the DSL switch on
 * these, so a code never changes meaning; the DSL's diagnostic registry lists the spec codes too.
 */
export const calendarErrorCodes = {
  // the spec
  "invalid-spec": { kind: "spec", summary: "the spec is not a calendar: not a map, or a key unknown" },
  "invalid-timezone": { kind: "spec", summary: "the time zone is not an IANA zone name" },
  "invalid-hours": { kind: "spec", summary: "weekly hours or a day's windows are not a list of windows" },
  "invalid-weekday": { kind: "spec", summary: "a key of `hours` is not a weekday" },
  "invalid-time": { kind: "spec", summary: "a window's start or end is not `HH:MM`" },
  "empty-window": { kind: "spec", summary: "a window starts and ends at the same time" },
  "overlapping-windows": { kind: "spec", summary: "two windows of one day overlap" },
  "invalid-date": { kind: "spec", summary: "a date is not an existing `YYYY-MM-DD`" },
  "invalid-date-span": { kind: "spec", summary: "a span of dates ends before it starts, or is not a span" },
  "date-outside-years": { kind: "spec", summary: "a holiday set's date is outside the years it covers" },
  "holiday-and-workday": { kind: "spec", summary: "a holiday set makes one date both a holiday and a working day" },
  "duplicate-override": { kind: "spec", summary: "two overrides for one date" },
  "invalid-holiday-set": { kind: "spec", summary: "a holiday set is not a holiday set: keys or types wrong" },
  // the operations
  "invalid-instant": { kind: "operation", summary: "an instant is not an ISO 8601 date-time" },
  "instant-without-offset": { kind: "operation", summary: "a date-time has no offset and no zone to read it in" },
  "invalid-duration": { kind: "operation", summary: "a duration is negative or not a number" },
  "invalid-count": { kind: "operation", summary: "a count of days is not a whole number" },
  "invalid-deadline": { kind: "operation", summary: "a deadline is not one of the deadline kinds" },
  "no-working-time": { kind: "operation", summary: "the calendar has no working time to count in" },
  "out-of-range": { kind: "operation", summary: "an answer would lie beyond the years the calendar can count" },
  "holiday-data-missing": { kind: "operation", summary: "the holiday sets do not cover a year the answer needs" },
} as const satisfies Record<string, { kind: "spec" | "operation"; summary: string }>;

/** Stable codes: hosts and the DSL switch on these, so they never change meaning. */
export type CalendarErrorCode = keyof typeof calendarErrorCodes;

/** The codes of problems in a spec, as `validateCalendarSpec` returns them. */
export type CalendarSpecCode = {
  [C in CalendarErrorCode]: (typeof calendarErrorCodes)[C]["kind"] extends "spec" ? C : never;
}[CalendarErrorCode];

/** Where in a `CalendarSpec` a problem is: `["hours", "mon", 1, "end"]`. */
export type SpecPath = Path;

/** A problem in a `CalendarSpec`, as data (what `validateCalendarSpec` returns). */
export interface CalendarProblem<Code extends CalendarErrorCode = CalendarErrorCode> {
  code: Code;
  message: string;
  hint: string;
  path: SpecPath;
  /**
   * The names closest to a wrong one, best first (an unknown key, weekday or time zone), for the
   * caller to phrase: the standards language turns them into its "did you mean" hint.
   */
  suggestions?: string[];
  /** The values the message names, for a host that writes the message in another language. */
  args?: Readonly<Record<string, string | number>>;
}

/** Thrown by `createCalendar` and the operations on bad input. Never thrown for valid input. */
export class CalendarError extends Error {
  override readonly name = "CalendarError";
  readonly code: CalendarErrorCode;
  readonly hint: string;
  readonly path: SpecPath;
  /** Every problem found when a spec is rejected; otherwise this error alone. */
  readonly problems: CalendarProblem[];

  constructor(
    code: CalendarErrorCode,
    message: string,
    hint: string,
    path: SpecPath = [],
    problems?: CalendarProblem[],
  ) {
    super(message);
    this.code = code;
    this.hint = hint;
    this.path = path;
    this.problems = problems ?? [{ code, message, hint, path }];
  }

  /** The error for a rejected spec: the first problem's text, all problems attached. */
  static fromProblems(problems: CalendarProblem[]): CalendarError {
    const first = problems[0];
    if (first === undefined) throw new TypeError("CalendarError.fromProblems needs at least one problem");
    const more =
      problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
    const where = first.path.length > 0 ? ` at ${first.path.join(".")}` : "";
    return new CalendarError(first.code, `${first.message}${where}${more}`, first.hint, first.path, problems);
  }
}
