// Working time on the office calendar: lunch breaks, starts outside hours, gap boundaries, split shifts, night windows.
import { createCalendar, explainWorkingTime } from "@yardstick/calendar";
import { describe, expect, test } from "vitest";
import { HOUR, MINUTE, iso, office } from "./support.js";

describe("addWorkingTime on 08:30-12:00, 13:30-17:30", () => {
  test.each<[start: string, ms: number, expected: string, why: string]>([
    // start (local), working time, expected (local), why
    ["2025-09-29T09:00:00+08:00", 1 * HOUR, "2025-09-29T10:00:00+08:00", "inside a window"],
    ["2025-09-29T11:00:00+08:00", 2 * HOUR, "2025-09-29T14:30:00+08:00", "across lunch"],
    ["2025-09-29T12:30:00+08:00", 1 * HOUR, "2025-09-29T14:30:00+08:00", "start in lunch: counting starts at 13:30"],
    ["2025-09-29T07:00:00+08:00", 1 * HOUR, "2025-09-29T09:30:00+08:00", "start before opening"],
    ["2025-09-29T20:00:00+08:00", 1 * HOUR, "2025-09-30T09:30:00+08:00", "start after closing"],
    ["2025-09-20T10:00:00+08:00", 1 * HOUR, "2025-09-22T09:30:00+08:00", "start on a Saturday"],
    ["2025-09-29T10:00:00+08:00", 2 * HOUR, "2025-09-29T12:00:00+08:00", "lands on a window end: stays at 12:00"],
    ["2025-09-29T16:30:00+08:00", 1 * HOUR, "2025-09-29T17:30:00+08:00", "lands on the close: stays at 17:30"],
    ["2025-09-29T12:00:00+08:00", 30 * MINUTE, "2025-09-29T14:00:00+08:00", "start at a window end"],
    ["2025-09-29T13:30:00+08:00", 0, "2025-09-29T13:30:00+08:00", "zero is the start"],
    ["2025-09-29T12:30:00+08:00", 0, "2025-09-29T12:30:00+08:00", "zero is the start, even outside hours"],
    ["2025-09-29T08:30:00+08:00", 7.5 * HOUR, "2025-09-29T17:30:00+08:00", "a whole working day"],
    [
      "2025-09-29T08:30:00+08:00",
      7.5 * HOUR + 1,
      "2025-09-30T08:30:00.001+08:00",
      "one ms more spills into the next day",
    ],
    ["2025-09-22T08:30:00+08:00", 5 * 7.5 * HOUR, "2025-09-26T17:30:00+08:00", "a working week Mon-Fri"],
  ])("%s + %d ms → %s (%s)", (start, ms, expected) => {
    expect(iso(office, office.addWorkingTime(start, ms))).toBe(expected);
  });
});

describe("isWorkingTime and nextWorkingInstant: windows include their start, not their end", () => {
  test.each([
    ["2025-09-29T08:29:59+08:00", false, "2025-09-29T08:30:00+08:00"],
    ["2025-09-29T08:30:00+08:00", true, "2025-09-29T08:30:00+08:00"],
    ["2025-09-29T11:59:59.999+08:00", true, "2025-09-29T11:59:59.999+08:00"],
    ["2025-09-29T12:00:00+08:00", false, "2025-09-29T13:30:00+08:00"],
    ["2025-09-29T17:30:00+08:00", false, "2025-09-30T08:30:00+08:00"],
    ["2025-09-30T17:30:00+08:00", false, "2025-10-09T08:30:00+08:00"],
    ["2025-09-27T10:00:00+08:00", false, "2025-09-28T08:30:00+08:00"],
  ] as const)("%s: working %s, next working instant %s", (t, working, next) => {
    expect(office.isWorkingTime(t)).toBe(working);
    expect(iso(office, office.nextWorkingInstant(t))).toBe(next);
  });
});

describe("workingTimeBetween", () => {
  test.each([
    ["2025-09-29T08:00:00+08:00", "2025-09-29T18:00:00+08:00", 7.5 * HOUR],
    ["2025-09-29T11:00:00+08:00", "2025-09-29T14:00:00+08:00", 1.5 * HOUR],
    ["2025-09-26T17:00:00+08:00", "2025-09-29T09:00:00+08:00", 0.5 * HOUR + 7.5 * HOUR + 0.5 * HOUR], // Sun 09-28 is an adjusted working day
    ["2025-09-30T00:00:00+08:00", "2025-10-09T00:00:00+08:00", 7.5 * HOUR],
    ["2025-01-01T00:00:00+08:00", "2026-01-01T00:00:00+08:00", 248 * 7.5 * HOUR], // 248 working days in 2025
    ["2025-09-29T10:00:00+08:00", "2025-09-29T10:00:00+08:00", 0],
  ] as const)("%s → %s: %d ms", (a, b, ms) => {
    expect(office.workingTimeBetween(a, b)).toBe(ms);
    expect(office.workingTimeBetween(b, a)).toBe(-ms || 0);
  });

  test("agrees with addWorkingTime across a year boundary", () => {
    const start = "2025-12-30T15:00:00+08:00";
    const end = office.addWorkingTime(start, 40 * HOUR);
    expect(iso(office, end)).toBe("2026-01-07T17:30:00+08:00"); // 2.5 + 7.5 (12-31), 元旦 01-01..03, Sun 01-04 adjusted, Mon-Wed
    expect(office.workingTimeBetween(start, end)).toBe(40 * HOUR);
  });
});

describe("split shifts and night windows", () => {
  const security = createCalendar({
    id: "night",
    timezone: "Asia/Shanghai",
    hours: {
      mon: [
        { start: "07:00", end: "11:00" },
        { start: "22:00", end: "06:00" },
      ],
      tue: [{ start: "07:00", end: "11:00" }],
    },
  });

  test("a window crossing midnight belongs to the day it starts on", () => {
    expect(security.isWorkingTime("2025-09-30T03:00:00+08:00")).toBe(true); // Monday's night window
    expect(iso(security, security.addWorkingTime("2025-09-29T21:00:00+08:00", 3 * HOUR))).toBe(
      "2025-09-30T01:00:00+08:00",
    );
    expect(iso(security, security.addWorkingTime("2025-09-30T05:00:00+08:00", 2 * HOUR))).toBe(
      "2025-09-30T08:00:00+08:00",
    );
    expect(security.describeDay("2025-09-29").windows.map((w) => `${w.start}-${w.end}`)).toEqual([
      "07:00-11:00",
      "22:00-06:00",
    ]);
  });

  test("end of workday inside the night window is that night's end", () => {
    expect(iso(security, security.endOfWorkday("2025-09-30T03:00:00+08:00"))).toBe("2025-09-30T06:00:00+08:00");
    expect(iso(security, security.endOfWorkday("2025-09-30T06:30:00+08:00"))).toBe("2025-09-30T11:00:00+08:00");
  });

  test("24x7 counts elapsed time", () => {
    const always = createCalendar({ timezone: "Asia/Shanghai", hours: "24x7" });
    expect(always.addWorkingTime(0, 123_456_789)).toBe(123_456_789);
    expect(always.workingTimeBetween(5, 1_000_000)).toBe(999_995);
  });
});

describe("overrides and local closures", () => {
  const site = createCalendar({
    timezone: "Asia/Shanghai",
    hours: {
      mon: [{ start: "09:00", end: "17:00" }],
      tue: [{ start: "09:00", end: "17:00" }],
      sat: [{ start: "09:00", end: "12:00" }],
    },
    adjustedWorkdayHours: [{ start: "10:00", end: "16:00" }],
    holidays: [
      {
        id: "national",
        years: [2025],
        holidays: [{ from: "2025-09-29", to: "2025-09-29" }],
        workdays: [{ date: "2025-10-05" }],
      },
      {
        id: "site",
        years: [2025],
        additions: true,
        holidays: [],
        workdays: [{ date: "2025-09-29", name: { en: "stock-take" } }],
      },
    ],
    overrides: [
      { date: "2025-09-30", hours: [{ start: "09:00", end: "10:00" }], reason: { en: "half-day" } },
      { date: "2025-10-06", hours: "closed", reason: { en: "flood" } },
    ],
  });

  test("a later set wins over an earlier one for the same date", () => {
    expect(site.describeDay("2025-09-29").kind).toBe("adjusted-workday");
    expect(site.describeDay("2025-09-29").windows.map((w) => w.start)).toEqual(["10:00"]);
  });

  test("an adjusted working day takes adjustedWorkdayHours, even on a day with its own hours", () => {
    expect(site.describeDay("2025-10-05").windows.map((w) => `${w.start}-${w.end}`)).toEqual(["10:00-16:00"]);
  });

  test("overrides win: special hours and closed days", () => {
    expect(site.workingTimeBetween("2025-09-30T00:00:00+08:00", "2025-10-01T00:00:00+08:00")).toBe(HOUR);
    expect(site.isWorkday("2025-10-06")).toBe(false);
    expect(site.describeDay("2025-10-06").reason).toBe("Mon 2025-10-06 closed (flood)");
    const why = explainWorkingTime(site, "2025-10-05T15:00:00+08:00", "2025-10-07T10:00:00+08:00");
    expect(why.gaps.map((g) => [g.kind, g.reason])).toEqual([
      ["after-hours", "Sun 2025-10-05 16:00-24:00 after hours"],
      ["closed", "Mon 2025-10-06 closed (flood)"],
      ["before-hours", "Tue 2025-10-07 00:00-09:00 before hours"],
    ]);
  });
});
