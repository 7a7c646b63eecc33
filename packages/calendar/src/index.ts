// @yardstick/calendar — business time: working hours, holidays, 调休, time zones, DST.
export type { Deadline } from "./deadline.js";
export { deadlineKinds } from "./deadline.js";
export type { AdjustedWorkday, CalendarSpec, ClockWindow, DateOverride, DateSpan, HolidaySet } from "./spec.js";
export type { Label, Path, Weekday } from "./vocabulary.js";
export { WEEKDAYS } from "./vocabulary.js";
export { suggestionList } from "./suggestions.js";

export type { CalendarErrorCode, CalendarProblem, CalendarSpecCode, SpecPath } from "./errors.js";
export { CalendarError, calendarErrorCodes } from "./errors.js";
export { validateCalendarSpec } from "./validate/validate-spec.js";

export type { Calendar, CalendarOptions, CoverageWarning, DayDescription } from "./calendar/calendar.js";
export { createCalendar } from "./calendar/calendar.js";
export type { DayKind } from "./calendar/day-rules.js";
export { composeCalendarSpecs } from "./compose.js";

export type { Instant } from "./time/instant.js";
export { parseInstant } from "./time/instant.js";
export { instantFromLocal } from "./time/local-time.js";
export { formatInstant } from "./format-instant.js";
export { isValidTimeZone } from "./time/zone.js";

export type { DeadlineOptions, CountedDay } from "./deadline/deadline-from.js";
export { deadlineFrom, isOnTime } from "./deadline/deadline-from.js";
export type { DeadlineExplanation } from "./explain/explain-deadline.js";
export { describeDeadline, explainDeadline } from "./explain/explain-deadline.js";
export type { Gap, GapKind, WorkingSpan, WorkingTimeExplanation } from "./explain/explain-working-time.js";
export { explainWorkingTime } from "./explain/explain-working-time.js";

export { builtinHolidaySetIds, builtinHolidaySets, getBuiltinHolidaySet } from "./holidays/builtin.js";
