// Mainland China's holidays and 调休 adjusted working days, explanations, coverage warnings, site calendars.
// Run: pnpm tsx --conditions=@yardstick/source examples/calendar-china.ts
import {
  composeCalendarSpecs,
  createCalendar,
  explainDeadline,
  explainWorkingTime,
  getBuiltinHolidaySet,
} from "@yardstick/calendar";
import type { CalendarSpec } from "@yardstick/calendar";

const day = [
  { start: "08:30", end: "12:00" },
  { start: "13:30", end: "17:30" },
];
const group: CalendarSpec = {
  id: "office",
  timezone: "Asia/Shanghai",
  hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
  holidays: [getBuiltinHolidaySet("cn-mainland")!],
};
const office = createCalendar(group);

for (const date of ["2025-09-27", "2025-09-28", "2025-10-01", "2025-10-11"]) {
  const d = office.describeDay(date);
  console.log(`${d.date} ${d.weekday}: ${d.working ? "works" : "rests"} — ${d.reason}`);
}

// 一个工作日内回访: a repair completed on the eve of National Day.
const why = explainDeadline(office, "2025-09-30T15:00:00+08:00", { kind: "workdays", workdays: 1 });
console.log(`\n${why.summary}`);
for (const step of why.steps) console.log(`  step: ${step}`);
console.log(`  days: ${why.days.map((d) => `${d.date.slice(4)} ${d.counted ? "✓" : "✗"}`).join(", ")}`);

const gaps = explainWorkingTime(office, "2025-09-26T16:00:00+08:00", "2025-10-09T10:00:00+08:00").gaps;
console.log("\ngaps skipped from Fri 09-26 16:00 to Thu 10-09 10:00:");
for (const gap of gaps) console.log(`  ${gap.kind.padEnd(12)} ${gap.reason}`);

// A year without data is a warning, never a silent Mon-Fri guess.
for (const warning of office.coverageWarnings("2026-12-28T00:00:00+08:00", "2027-01-05T00:00:00+08:00")) {
  console.log(`\nwarning ${warning.code}: ${warning.message}\n  hint: ${warning.hint}`);
}

// A site calendar: the group's calendar plus a local closure and a short day.
const site = createCalendar(
  composeCalendarSpecs(group, {
    id: "harbour-view",
    holidays: [
      {
        id: "harbour-view-closures",
        years: [],
        additions: true,
        holidays: [{ from: "2025-12-26", to: "2025-12-26", name: { zh: "社区周年庆", en: "community anniversary" } }],
        workdays: [],
      },
    ],
    overrides: [
      { date: "2025-12-31", hours: [{ start: "08:30", end: "12:00" }], reason: { zh: "年末半天", en: "half day" } },
    ],
  }),
);
console.log(`\n${site.describeDay("2025-12-26").reason}`);
console.log(site.describeDay("2025-12-31").reason);
console.log(explainDeadline(site, "2025-12-25T10:00:00+08:00", { kind: "workdays", workdays: 2 }).summary);
