// The basics of @yardstick/calendar: an office calendar, working time, working days, deadlines.
// Run: pnpm tsx --conditions=@yardstick/source examples/calendar-basics.ts
import { type Deadline, createCalendar, deadlineFrom, formatInstant, getBuiltinHolidaySet } from "@yardstick/calendar";

const HOUR = 3_600_000;
const day = [
  { start: "08:30", end: "12:00" },
  { start: "13:30", end: "17:30" },
];
const office = createCalendar({
  id: "office",
  timezone: "Asia/Shanghai",
  hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
  holidays: [getBuiltinHolidaySet("cn-mainland")!],
});
const show = (t: number): string => formatInstant(office, t);

console.log("isWorkingTime Mon 12:00 (lunch):  ", office.isWorkingTime("2025-09-29T12:00:00+08:00"));
console.log("nextWorkingInstant Tue 18:00:     ", show(office.nextWorkingInstant("2025-09-30T18:00:00+08:00")));
console.log("addWorkingTime Mon 11:00 + 2h:    ", show(office.addWorkingTime("2025-09-29T11:00:00+08:00", 2 * HOUR)));
console.log("addWorkingTime Mon 10:00 + 2h:    ", show(office.addWorkingTime("2025-09-29T10:00:00+08:00", 2 * HOUR)));
console.log(
  "workingTimeBetween Mon 08:00-18:00:",
  office.workingTimeBetween("2025-09-29T08:00:00+08:00", "2025-09-29T18:00:00+08:00") / HOUR,
  "h",
);
console.log("addWorkdays Tue 10:00 + 1:        ", show(office.addWorkdays("2025-09-30T10:00:00+08:00", 1)));
console.log("endOfWorkday Mon 20:00:           ", show(office.endOfWorkday("2025-09-29T20:00:00+08:00")));
console.log("nextWorkdayAt Fri 10:00, 16:00:   ", show(office.nextWorkdayAt("2025-09-26T10:00:00+08:00", "16:00")));
console.log("endOfDay Mon 10:00:               ", show(office.endOfDay("2025-09-29T10:00:00+08:00")));

// Every kind of Deadline the DSL produces, from Tue 2025-09-30 10:00, the day before National Day.
const start = "2025-09-30T10:00:00+08:00";
const deadlines: [string, Deadline][] = [
  ["15m (working time on this calendar)", { kind: "duration", ms: 15 * 60_000, business: false }],
  ["8 business hours", { kind: "duration", ms: 8 * HOUR, business: true }],
  ["2d", { kind: "calendar-days", days: 2 }],
  ["1 month", { kind: "calendar-months", months: 1 }],
  ["1 workday", { kind: "workdays", workdays: 1 }],
  ["end of day", { kind: "end-of-day", days: 0 }],
  ["end of next workday", { kind: "end-of-workday", workdays: 1 }],
  ["by 18:00", { kind: "at-time", time: "18:00", minutes: 1080, days: 0, workdays: 0 }],
  ["next workday by 16:00", { kind: "at-time", time: "16:00", minutes: 960, days: 0, workdays: 1 }],
];
console.log(`\nfrom ${start}:`);
for (const [text, deadline] of deadlines)
  console.log(`  ${text.padEnd(40)} → ${show(deadlineFrom(office, start, deadline))}`);
console.log(
  `  ${"2d, rolled off rest days (民法典 203)".padEnd(40)} → ${show(deadlineFrom(office, start, { kind: "calendar-days", days: 2 }, { rollForwardOnRestDay: true }))}`,
);
