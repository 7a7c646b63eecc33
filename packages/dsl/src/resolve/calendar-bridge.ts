/**
 * What the language needs from @yardstick/calendar: the built-in holiday data, zone names, and
 * the calendar's own checks of a spec (so their problems are reported at a YAML line and column).
 */
import type { CalendarSpec, HolidaySet } from "@yardstick/calendar";
import { getBuiltinHolidaySet, builtinHolidaySetIds as ids, isValidTimeZone, validateCalendarSpec } from "@yardstick/calendar";

export const builtinHolidaySetIds: readonly string[] = ids;

export function builtinHolidaySet(id: string): HolidaySet | undefined {
  return getBuiltinHolidaySet(id);
}

export function validTimeZone(name: string): boolean {
  return isValidTimeZone(name);
}

export interface CalendarProblem {
  code: string;
  message: string;
  hint: string;
  path: (string | number)[];
}

export function calendarProblems(spec: CalendarSpec): CalendarProblem[] {
  return validateCalendarSpec(spec).map((p) => ({ code: p.code, message: p.message, hint: p.hint, path: p.path ?? [] }));
}
