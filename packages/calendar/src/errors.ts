/**
 * One error type for the whole package, with a stable `code`, a message that says what is wrong
 * and a hint that says what to do. `validateCalendarSpec` returns the same shape as plain data.
 */

/** Stable codes: hosts and the DSL switch on these, so they never change meaning. */
export type CalendarErrorCode =
  // the spec
  | "invalid-spec"
  | "invalid-timezone"
  | "invalid-hours"
  | "invalid-weekday"
  | "invalid-time"
  | "empty-window"
  | "overlapping-windows"
  | "invalid-date"
  | "invalid-date-span"
  | "date-outside-years"
  | "holiday-and-workday"
  | "duplicate-override"
  | "invalid-holiday-set"
  // the operations
  | "invalid-instant"
  | "instant-without-offset"
  | "invalid-duration"
  | "invalid-count"
  | "invalid-deadline"
  | "no-working-time"
  | "out-of-range"
  | "holiday-data-missing";

/** Where in a `CalendarSpec` a problem is: `["hours", "mon", 1, "end"]`. */
export type SpecPath = (string | number)[];

/** A problem in a `CalendarSpec`, as data (what `validateCalendarSpec` returns). */
export interface CalendarProblem {
  code: CalendarErrorCode;
  message: string;
  hint: string;
  path: SpecPath;
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
