// Clock changes: Europe/London 2025 (spring 03-30 01:00 GMT → 02:00 BST; autumn 10-26 02:00 BST → 01:00 GMT)
// and America/Santiago, whose spring change skips midnight itself.
import { createCalendar, deadlineFrom, formatInstant } from "@yardstick/calendar";
import { describe, expect, test } from "vitest";
import { HOUR, MINUTE, iso } from "./support.js";

const always = createCalendar({ timezone: "Europe/London", hours: "24x7" });
const nine5 = [{ start: "09:00", end: "17:00" }];
const londonOffice = createCalendar({
  timezone: "Europe/London",
  hours: { mon: nine5, tue: nine5, wed: nine5, thu: nine5, fri: nine5 },
});

describe("elapsed time is real time", () => {
  test.each([
    ["spring: 24 h after Saturday 12:00 is Sunday 13:00", "2025-03-29T12:00:00+00:00", "2025-03-30T13:00:00+01:00"],
    ["autumn: 24 h after Saturday 12:00 is Sunday 11:00", "2025-10-25T12:00:00+01:00", "2025-10-26T11:00:00+00:00"],
    ["spring: 2 h from 00:30 is 03:30 BST", "2025-03-30T00:30:00+00:00", "2025-03-30T03:30:00+01:00"],
    ["autumn: 2 h from 00:30 BST is 01:30 GMT", "2025-10-26T00:30:00+01:00", "2025-10-26T01:30:00+00:00"],
  ] as const)("%s", (_label, start, expected) => {
    const ms = _label.includes("24 h") ? 24 * HOUR : 2 * HOUR;
    expect(iso(always, always.addWorkingTime(start, ms))).toBe(expected);
    expect(always.workingTimeBetween(start, expected)).toBe(ms);
  });

  test("1 calendar day is the same wall-clock time: 23 h in spring, 25 h in autumn", () => {
    const spring = deadlineFrom(always, "2025-03-29T12:00:00+00:00", { kind: "calendar-days", days: 1 });
    expect(iso(always, spring)).toBe("2025-03-30T12:00:00+01:00");
    expect(always.workingTimeBetween("2025-03-29T12:00:00+00:00", spring)).toBe(23 * HOUR);
    const autumn = deadlineFrom(always, "2025-10-25T12:00:00+01:00", { kind: "calendar-days", days: 1 });
    expect(iso(always, autumn)).toBe("2025-10-26T12:00:00+00:00");
    expect(always.workingTimeBetween("2025-10-25T12:00:00+01:00", autumn)).toBe(25 * HOUR);
  });
});

describe("a day's windows are what the wall clock says", () => {
  test("00:00-24:00 is 23 hours on the spring day and 25 on the autumn day", () => {
    const spring = always.describeDay("2025-03-30").windows[0]!;
    expect(spring.to - spring.from).toBe(23 * HOUR);
    expect(always.workingTimeBetween("2025-03-30T00:00:00+00:00", always.endOfDay("2025-03-30T12:00:00+01:00"))).toBe(
      23 * HOUR,
    );
    const autumn = always.describeDay("2025-10-26").windows[0]!;
    expect(autumn.to - autumn.from).toBe(25 * HOUR);
    expect(iso(always, always.endOfDay("2025-10-26T12:00:00+00:00"))).toBe("2025-10-27T00:00:00+00:00");
  });

  test.each([
    ["Friday before spring + 2 h → Monday 10:00 BST", "2025-03-28T16:00:00+00:00", "2025-03-31T10:00:00+01:00"],
    ["Friday before autumn + 2 h → Monday 10:00 GMT", "2025-10-24T16:00:00+01:00", "2025-10-27T10:00:00+00:00"],
  ] as const)("office hours: %s", (_label, start, expected) => {
    expect(iso(londonOffice, londonOffice.addWorkingTime(start, 2 * HOUR))).toBe(expected);
  });

  test("1 workday and end of day across both changes", () => {
    expect(iso(londonOffice, londonOffice.addWorkdays("2025-03-28T10:00:00+00:00", 1))).toBe(
      "2025-03-31T17:00:00+01:00",
    );
    expect(iso(londonOffice, londonOffice.addWorkdays("2025-10-24T10:00:00+01:00", 1))).toBe(
      "2025-10-27T17:00:00+00:00",
    );
  });
});

describe("times that do not exist or happen twice have one resolution", () => {
  const special = createCalendar({
    timezone: "Europe/London",
    hours: {},
    overrides: [
      { date: "2025-03-30", hours: [{ start: "01:30", end: "03:00" }] }, // 01:30 is skipped
      { date: "2025-03-29", hours: [{ start: "01:00", end: "01:30" }] },
      { date: "2025-10-26", hours: [{ start: "01:30", end: "03:00" }] }, // 01:30 happens twice
    ],
  });

  test("a skipped time moves forward by the gap: 01:30 → 02:30 BST", () => {
    const window = special.describeDay("2025-03-30").windows[0]!;
    expect(formatInstant(special, window.from)).toBe("2025-03-30T02:30:00+01:00");
    expect(window.to - window.from).toBe(30 * MINUTE);
    expect(iso(always, deadlineFrom(always, "2025-03-29T01:30:00+00:00", { kind: "calendar-days", days: 1 }))).toBe(
      "2025-03-30T02:30:00+01:00",
    );
  });

  test("a repeated time is its first occurrence: 01:30 BST", () => {
    const window = special.describeDay("2025-10-26").windows[0]!;
    expect(formatInstant(special, window.from)).toBe("2025-10-26T01:30:00+01:00");
    expect(window.to - window.from).toBe(2.5 * HOUR);
    expect(iso(always, deadlineFrom(always, "2025-10-25T01:30:00+01:00", { kind: "calendar-days", days: 1 }))).toBe(
      "2025-10-26T01:30:00+01:00",
    );
    const at = (start: string): string =>
      iso(always, deadlineFrom(always, start, { kind: "at-time", time: "01:30", minutes: 90, days: 0, workdays: 0 }));
    expect(at("2025-10-26T00:10:00+01:00")).toBe("2025-10-26T01:30:00+01:00");
  });

  test("a window wholly inside the skipped hour has no working time", () => {
    const gap = createCalendar({ timezone: "Europe/London", hours: { sun: [{ start: "01:00", end: "02:00" }] } });
    expect(gap.isWorkday("2025-03-30")).toBe(false);
    expect(gap.isWorkday("2025-04-06")).toBe(true);
    expect(iso(gap, gap.nextWorkingInstant("2025-03-29T12:00:00+00:00"))).toBe("2025-04-06T01:00:00+01:00");
  });

  test("the working time of the special days adds up", () => {
    expect(special.workingTimeBetween("2025-03-28T00:00:00Z", "2025-10-27T00:00:00Z")).toBe(
      30 * MINUTE + 30 * MINUTE + 2.5 * HOUR,
    );
    expect(iso(special, special.addWorkingTime("2025-03-29T00:00:00Z", 45 * MINUTE))).toBe("2025-03-30T02:45:00+01:00");
  });
});

describe("a zone whose clock change skips midnight (America/Santiago, 2025-09-07 00:00 → 01:00)", () => {
  const santiago = createCalendar({ timezone: "America/Santiago", hours: "24x7" });

  test("the day starts at 01:00, and is 23 hours long", () => {
    expect(iso(santiago, santiago.endOfDay("2025-09-06T12:00:00-04:00"))).toBe("2025-09-07T01:00:00-03:00");
    const day = santiago.describeDay("2025-09-07").windows[0]!;
    expect(formatInstant(santiago, day.from)).toBe("2025-09-07T01:00:00-03:00");
    expect(day.to - day.from).toBe(23 * HOUR);
    expect(santiago.localDate("2025-09-07T04:00:00Z")).toBe("2025-09-07");
  });
});
