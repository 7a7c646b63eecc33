export type { Deadline } from "./deadline.js";
export { deadlineKinds } from "./deadline.js";
export type { AdjustedWorkday, CalendarSpec, ClockWindow, DateOverride, DateSpan, HolidaySet, Weekday } from "./spec.js";
