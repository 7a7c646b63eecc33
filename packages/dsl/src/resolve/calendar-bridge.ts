/**
 * What the language needs from @yardstick/calendar: the built-in holiday data, zone names, and
 * the calendar's own checks of a spec, whose problems the DSL reports at a YAML line and column
 * under the calendar's codes (`overlapping-windows`, `holiday-and-workday`, …).
 */
import type { CalendarProblem, CalendarSpec, HolidaySet } from "@yardstick/calendar";
import {
  builtinHolidaySetIds as ids,
  getBuiltinHolidaySet,
  isValidTimeZone,
  validateCalendarSpec,
} from "@yardstick/calendar";

export type { CalendarProblem } from "@yardstick/calendar";

export const builtinHolidaySetIds: readonly string[] = ids;

export function builtinHolidaySet(id: string): HolidaySet | undefined {
  return getBuiltinHolidaySet(id);
}

export function validTimeZone(name: string): boolean {
  return isValidTimeZone(name);
}

export function calendarProblems(spec: CalendarSpec): CalendarProblem[] {
  return validateCalendarSpec(spec);
}
