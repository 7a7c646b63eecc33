/** `explainDeadline`: a deadline, the steps that chose it, and the working time and gaps up to it. */
import type { CoverageWarning } from "../calendar/calendar.js";
import type { Calendar } from "../calendar/calendar.js";
import { internals } from "../calendar/calendar.js";
import type { Deadline } from "../deadline.js";
import {
  type CountedDay,
  type DeadlineOptions,
  type DeadlineTrace,
  evaluateDeadline,
} from "../deadline/deadline-from.js";
import { humanInZone } from "../time/format.js";
import { ordinal } from "./ordinal.js";
import { type Instant, parseInstant } from "../time/instant.js";
import { type Gap, type WorkingSpan, explainWorkingTime } from "./explain-working-time.js";

export interface DeadlineExplanation {
  start: number;
  deadline: number;
  kind: Deadline["kind"];
  /** One line: `1 workday from Tue 2025-09-30 10:00 +08:00 → Thu 2025-10-09 17:30 +08:00`. */
  summary: string;
  /** How the deadline was found, step by step. */
  steps: string[];
  /** For deadlines counted in working days: every date looked at, counted or skipped, and why. */
  days: CountedDay[];
  /** Working time between the start and the deadline, the spans counted and the gaps skipped. */
  workingMs: number;
  spans: WorkingSpan[];
  gaps: Gap[];
  /** Years between the start and the deadline the holiday data does not cover. */
  warnings: CoverageWarning[];
}

/**
 * A deadline as people write it, in English: `1 workday`, `8 business hours`, `by 18:00` — in
 * words the standards language reads back as the same deadline (a property test checks it).
 *
 * @example
 * describeDeadline({ kind: "at-time", time: "16:00", minutes: 960, days: 0, workdays: 1 }); // "next workday by 16:00"
 */
export function describeDeadline(deadline: Deadline): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  switch (deadline.kind) {
    case "duration": {
      const ms = deadline.ms;
      // Working time is counted in hours (the language has no business minutes): 1.5 business hours.
      if (deadline.business) return `${ms / 3_600_000} business ${ms === 3_600_000 ? "hour" : "hours"}`;
      return ms % 3_600_000 === 0
        ? plural(ms / 3_600_000, "hour")
        : ms % 60_000 === 0
          ? plural(ms / 60_000, "minute")
          : ms % 1000 === 0
            ? plural(ms / 1000, "second")
            : `${ms / 1000} seconds`;
    }
    case "calendar-days":
      return plural(deadline.days, "calendar day");
    case "calendar-months":
      return plural(deadline.months, "month");
    case "workdays":
      return plural(deadline.workdays, "workday");
    case "end-of-day":
      return deadline.days === 0
        ? "end of day"
        : deadline.days === 1
          ? "end of next day"
          : `end of the ${ordinal(deadline.days)} day after`;
    case "end-of-workday":
      return deadline.workdays === 0
        ? "end of workday"
        : deadline.workdays === 1
          ? "end of next workday"
          : `end of the ${ordinal(deadline.workdays)} workday after`;
    case "at-time":
      if (deadline.workdays > 0)
        return deadline.workdays === 1
          ? `next workday by ${deadline.time}`
          : `${ordinal(deadline.workdays)} workday after by ${deadline.time}`;
      return deadline.days === 0
        ? `by ${deadline.time}`
        : deadline.days === 1
          ? `next day by ${deadline.time}`
          : `${ordinal(deadline.days)} day after by ${deadline.time}`;
  }
}

/**
 * `deadlineFrom` with its reasons: the steps taken, the working days counted and skipped, and the
 * working spans and gaps (holidays, weekends, breaks) between the start and the deadline.
 *
 * @example
 * const why = explainDeadline(office, "2025-09-30T10:00:00+08:00", { kind: "workdays", workdays: 1 });
 * why.summary; // "1 workday from Tue 2025-09-30 10:00 +08:00 → Thu 2025-10-09 17:30 +08:00"
 * why.days[0]; // { date: "Wed 2025-10-01", counted: false, reason: "2025-10-01..10-08 National Day … holiday" }
 */
export function explainDeadline(
  calendar: Calendar,
  start: Instant,
  deadline: Deadline,
  options?: DeadlineOptions,
): DeadlineExplanation {
  const cal = internals(calendar);
  const t = parseInstant(start, "start");
  const trace: DeadlineTrace = { steps: [], days: [] };
  const result = evaluateDeadline(cal, t, deadline, options, trace);
  const between = explainWorkingTime(cal, t, result);
  return {
    start: t,
    deadline: result,
    kind: deadline.kind,
    summary: `${describeDeadline(deadline)} from ${humanInZone(cal.zone, t)} → ${humanInZone(cal.zone, result)}`,
    steps: trace.steps,
    days: trace.days,
    workingMs: between.workingMs,
    spans: between.spans,
    gaps: between.gaps,
    warnings: between.warnings,
  };
}
