// Explanations: the working spans counted, the gaps skipped with their reasons, the days counted.
import {
  composeCalendarSpecs,
  createCalendar,
  explainDeadline,
  explainWorkingTime,
  formatInstant,
} from "@yardstick/calendar";
import { describe, expect, test } from "vitest";
import { HOUR, office, officeSpec } from "./support.js";

describe("explainWorkingTime", () => {
  test("gaps across National Day, each with its reason", () => {
    const why = explainWorkingTime(office, "2025-09-30T16:00:00+08:00", "2025-10-09T09:30:00+08:00");
    expect(why.workingMs).toBe(2.5 * HOUR);
    expect(why.gaps.map((g) => [g.kind, g.reason])).toEqual([
      ["after-hours", "Tue 2025-09-30 17:30-24:00 after hours"],
      ["holiday", "2025-10-01..10-08 National Day and Mid-Autumn Festival (国庆节、中秋节) holiday"],
      ["before-hours", "Thu 2025-10-09 00:00-08:30 before hours"],
    ]);
    expect(why.gaps[1]).toMatchObject({
      set: "cn-mainland",
      date: "2025-10-01",
      lastDate: "2025-10-08",
      name: { zh: "国庆节、中秋节" },
    });
    expect(why.spans.map((s) => [formatInstant(office, s.from), formatInstant(office, s.to)])).toEqual([
      ["2025-09-30T16:00:00+08:00", "2025-09-30T17:30:00+08:00"],
      ["2025-10-09T08:30:00+08:00", "2025-10-09T09:30:00+08:00"],
    ]);
  });

  test("lunch, weekend and the spans and gaps tile the whole stretch", () => {
    const why = explainWorkingTime(office, "2025-09-19T11:00:00+08:00", "2025-09-22T09:00:00+08:00");
    expect(why.gaps.map((g) => g.reason)).toEqual([
      "Fri 2025-09-19 12:00-13:30 break",
      "Fri 2025-09-19 17:30-24:00 after hours",
      "2025-09-20..09-21 weekend",
      "Mon 2025-09-22 00:00-08:30 before hours",
    ]);
    const total = [...why.spans, ...why.gaps].reduce((sum, piece) => sum + piece.ms, 0);
    expect(total).toBe(why.to - why.from);
    expect(why.workingMs).toBe(office.workingTimeBetween(why.from, why.to));
  });
});

describe("explainDeadline", () => {
  test("1 workday: the days counted and skipped", () => {
    const why = explainDeadline(office, "2025-09-30T10:00:00+08:00", { kind: "workdays", workdays: 1 });
    expect(why.summary).toBe("1 workday from Tue 2025-09-30 10:00 +08:00 → Thu 2025-10-09 17:30 +08:00");
    expect(why.days).toHaveLength(9);
    expect(why.days[0]).toEqual({
      date: "Wed 2025-10-01",
      counted: false,
      reason: "2025-10-01..10-08 National Day and Mid-Autumn Festival (国庆节、中秋节) holiday",
    });
    expect(why.days[8]).toEqual({ date: "Thu 2025-10-09", counted: true, reason: "1st working day" });
    expect(why.steps[0]).toBe(
      "the day of the start, Tue 2025-09-30, is not counted; count 1 working day(s) after it (民法典 art. 201)",
    );
  });

  test("a start outside hours says where counting starts", () => {
    const why = explainDeadline(office, "2025-09-27T10:00:00+08:00", { kind: "duration", ms: HOUR, business: true });
    expect(why.steps).toEqual([
      "Sat 2025-09-27 10:00 +08:00 is outside working hours: counting starts at Sun 2025-09-28 08:30 +08:00",
      "add 1h of business time on the calendar `office` → Sun 2025-09-28 09:30 +08:00",
    ]);
    expect(why.gaps.map((g) => g.reason)).toEqual([
      "Sat 2025-09-27 10:00-24:00 weekend",
      "Sun 2025-09-28 00:00-08:30 before hours",
    ]);
  });

  test("business hours on a 24x7 calendar say they are elapsed hours", () => {
    const always = createCalendar({ timezone: "Asia/Shanghai", hours: "24x7" });
    expect(
      explainDeadline(always, "2025-09-27T10:00:00+08:00", { kind: "duration", ms: HOUR, business: true }).steps[0],
    ).toBe("the calendar is 24x7, so business hours are elapsed hours here");
  });

  test("rolling off a rest day is explained", () => {
    const why = explainDeadline(
      office,
      "2025-09-29T10:00:00+08:00",
      { kind: "calendar-days", days: 2 },
      { rollForwardOnRestDay: true },
    );
    expect(why.steps).toContain(
      "2025-10-01..10-08 National Day and Mid-Autumn Festival (国庆节、中秋节) holiday: the last day moves to the next working day, Thu 2025-10-09 (民法典 art. 203)",
    );
  });

  test("by 18:00 after 18:00 is explained", () => {
    const why = explainDeadline(office, "2025-09-29T19:00:00+08:00", {
      kind: "at-time",
      time: "18:00",
      minutes: 1080,
      days: 0,
      workdays: 0,
    });
    expect(why.steps[0]).toBe(
      "Mon 2025-09-29 19:00 +08:00 is at or after 18:00: the next day's 18:00 counts (decision 0014)",
    );
  });
});

describe("holiday data coverage", () => {
  test("a year without data is a warning, never a silent guess", () => {
    const warnings = office.coverageWarnings("2026-12-01T00:00:00+08:00", "2027-01-10T00:00:00+08:00");
    expect(warnings).toEqual([
      {
        code: "holiday-data-missing",
        year: 2027,
        set: "cn-mainland",
        message:
          "holiday set `cn-mainland` has no data for 2027 (it covers 2025, 2026): dates in 2027 follow the weekly hours, without holidays or adjusted working days",
        hint: "add 2027's holidays and adjusted working days to the standard (a holiday set with years: [2027]), or update @yardstick/calendar when the 2027 notice is out",
      },
    ]);
    expect(office.coverageWarnings("2025-01-01T00:00:00+08:00", "2026-12-31T23:59:00+08:00")).toEqual([]);
    expect(
      explainDeadline(office, "2026-12-31T10:00:00+08:00", { kind: "workdays", workdays: 1 }).warnings.map(
        (w) => w.year,
      ),
    ).toEqual([2027]);
  });

  test("the local year counts, not the UTC year", () => {
    // 2027-01-01 01:00 in Shanghai is still 2026 in UTC.
    expect(
      office.coverageWarnings("2027-01-01T01:00:00+08:00", "2027-01-01T01:00:00+08:00").map((w) => w.year),
    ).toEqual([2027]);
  });

  test("strict coverage turns the warning into an error", () => {
    const strict = createCalendar(officeSpec, { holidayCoverage: "error" });
    expect(strict.addWorkdays("2026-12-30T10:00:00+08:00", 1)).toBe(Date.parse("2026-12-31T17:30:00+08:00"));
    expect(() => strict.addWorkdays("2026-12-31T10:00:00+08:00", 1)).toThrow(
      expect.objectContaining({ code: "holiday-data-missing" }),
    );
  });

  test("a calendar without holiday sets, or with additions only, warns about nothing", () => {
    const plain = createCalendar({ timezone: "Asia/Shanghai", hours: "24x7" });
    expect(plain.coverageWarnings(0, Date.UTC(2030, 0, 1))).toEqual([]);
    const local = createCalendar({
      timezone: "Asia/Shanghai",
      hours: "24x7",
      holidays: [{ id: "site", years: [], additions: true, holidays: [], workdays: [] }],
    });
    expect(local.coverageWarnings(0, Date.UTC(2030, 0, 1))).toEqual([]);
  });
});

describe("composeCalendarSpecs: a site calendar = the national set + local additions", () => {
  test("layers add holiday sets and overrides", () => {
    const site = createCalendar(
      composeCalendarSpecs(officeSpec, {
        id: "harbour-view",
        holidays: [
          {
            id: "harbour-view-closures",
            years: [],
            additions: true,
            holidays: [{ from: "2025-09-29", to: "2025-09-29", name: { en: "anniversary" } }],
            workdays: [],
          },
        ],
        overrides: [{ date: "2025-09-30", hours: [{ start: "08:30", end: "12:00" }] }],
      }),
    );
    expect(site.id).toBe("harbour-view");
    expect(site.spec.holidays?.map((s) => s.id)).toEqual(["cn-mainland", "harbour-view-closures"]);
    expect(site.isWorkday("2025-09-29")).toBe(false);
    expect(formatInstant(site, site.addWorkdays("2025-09-26T10:00:00+08:00", 2))).toBe("2025-09-30T12:00:00+08:00");
  });
});
