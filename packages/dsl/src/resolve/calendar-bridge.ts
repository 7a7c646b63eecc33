/**
 * What the language needs from @yardstick/calendar: the built-in holiday data, zone names, and
 * the calendar's own checks of a spec (so their problems are reported at a YAML line and column).
 *
 * TEMPORARY: @yardstick/calendar is being built in parallel; until it exports its holiday data
 * and spec validation this file answers from Intl and an empty cn-mainland set.
 */
import type { CalendarSpec, HolidaySet } from "@yardstick/calendar";

export const builtinHolidaySetIds: readonly string[] = ["cn-mainland"];

export function builtinHolidaySet(id: string): HolidaySet | undefined {
  return id === "cn-mainland" ? { id, years: [2025, 2026], holidays: [], workdays: [] } : undefined;
}

export function validTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export interface CalendarProblem {
  code: string;
  message: string;
  hint: string;
  path: (string | number)[];
}

export function calendarProblems(_spec: CalendarSpec): CalendarProblem[] {
  return [];
}
