// Time zones with clock changes: elapsed hours are real hours; a day's windows follow the wall clock.
// Run: pnpm tsx --conditions=@yardstick/source examples/calendar-dst.ts
import { createCalendar, deadlineFrom, formatInstant } from "@yardstick/calendar";

const HOUR = 3_600_000;
const london = createCalendar({ id: "london-24x7", timezone: "Europe/London", hours: "24x7" });
const show = (t: number): string => formatInstant(london, t);

// Clocks go forward on Sun 2025-03-30 (01:00 GMT → 02:00 BST) and back on Sun 2025-10-26 (02:00 BST → 01:00 GMT).
for (const start of ["2025-03-29T12:00:00+00:00", "2025-10-25T12:00:00+01:00"]) {
  const elapsed = london.addWorkingTime(start, 24 * HOUR);
  const nextDay = deadlineFrom(london, start, { kind: "calendar-days", days: 1 });
  console.log(
    `${start}: 24h → ${show(elapsed)}; 1 day → ${show(nextDay)} (${london.workingTimeBetween(start, nextDay) / HOUR} real hours)`,
  );
}

for (const date of ["2025-03-30", "2025-10-26"]) {
  const [window] = london.describeDay(date).windows;
  console.log(`${date} 00:00-24:00 lasts ${(window!.to - window!.from) / HOUR} hours`);
}

// A wall-clock time that does not exist moves forward; one that happens twice is its first occurrence.
const at = (start: string, time: string): string =>
  show(
    deadlineFrom(london, start, {
      kind: "at-time",
      time,
      minutes: Number(time.slice(0, 2)) * 60 + Number(time.slice(3)),
      days: 1,
      workdays: 0,
    }),
  );
console.log(`next day at 01:30 from 2025-03-29: ${at("2025-03-29T10:00:00+00:00", "01:30")} (01:30 was skipped)`);
console.log(`next day at 01:30 from 2025-10-25: ${at("2025-10-25T10:00:00+01:00", "01:30")} (01:30 happened twice)`);
