// Shared calendars for the tests: the seed's office hours (08:30-12:00, 13:30-17:30, Mon-Fri) on cn-mainland.
import {
  type Calendar,
  type CalendarSpec,
  type ClockWindow,
  createCalendar,
  formatInstant,
  getBuiltinHolidaySet,
} from "@yardstick/calendar";

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

export const officeDay: ClockWindow[] = [
  { start: "08:30", end: "12:00" },
  { start: "13:30", end: "17:30" },
];

export const officeSpec: CalendarSpec = {
  id: "office",
  timezone: "Asia/Shanghai",
  hours: { mon: officeDay, tue: officeDay, wed: officeDay, thu: officeDay, fri: officeDay },
  holidays: [getBuiltinHolidaySet("cn-mainland")!],
};

export const office: Calendar = createCalendar(officeSpec);

/** ISO with the calendar's offset, so expectations read as local times. */
export function iso(calendar: Calendar, t: number): string {
  return formatInstant(calendar, t);
}
