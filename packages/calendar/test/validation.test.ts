// Bad input gets a clear error: a stable code, a message, a hint and a path.
import {
  CalendarError,
  type CalendarSpec,
  createCalendar,
  isValidTimeZone,
  parseInstant,
  validateCalendarSpec,
} from "@yardstick/calendar";
import { Settings } from "luxon";
import { describe, expect, test } from "vitest";
import { office } from "./support.js";

const valid: CalendarSpec = { timezone: "Asia/Shanghai", hours: { mon: [{ start: "08:30", end: "12:00" }] } };
const problemsOf = (spec: unknown) => validateCalendarSpec(spec).map((p) => [p.code, p.path.join(".")]);

describe("validateCalendarSpec", () => {
  test("a valid spec has no problems", () => {
    expect(validateCalendarSpec(valid)).toEqual([]);
    expect(validateCalendarSpec({ ...valid, id: "office", title: { zh: "办公时间", en: "Office hours" } })).toEqual([]);
    expect(validateCalendarSpec({ timezone: "UTC", hours: "24x7" })).toEqual([]);
  });

  test.each([
    ["not an object", "24x7", [["invalid-spec", ""]]],
    ["a misspelt zone", { ...valid, timezone: "Asia/Shangai" }, [["invalid-timezone", "timezone"]]],
    ["a zone in the wrong case", { ...valid, timezone: "asia/shanghai" }, [["invalid-timezone", "timezone"]]],
    ["an offset instead of a zone", { ...valid, timezone: "+08:00" }, [["invalid-timezone", "timezone"]]],
    ["no zone", { hours: "24x7" }, [["invalid-timezone", "timezone"]]],
    ["hours neither 24x7 nor weekdays", { ...valid, hours: "9-5" }, [["invalid-hours", "hours"]]],
    ["an unknown weekday", { ...valid, hours: { monday: [] } }, [["invalid-weekday", "hours.monday"]]],
    [
      "a malformed time",
      { ...valid, hours: { mon: [{ start: "8:30", end: "12:00" }] } },
      [["invalid-time", "hours.mon.0.start"]],
    ],
    [
      "24:00 as a start",
      { ...valid, hours: { mon: [{ start: "24:00", end: "12:00" }] } },
      [["invalid-time", "hours.mon.0.start"]],
    ],
    [
      "25:00 as an end",
      { ...valid, hours: { mon: [{ start: "08:00", end: "25:00" }] } },
      [["invalid-time", "hours.mon.0.end"]],
    ],
    [
      "an empty window",
      { ...valid, hours: { mon: [{ start: "08:00", end: "08:00" }] } },
      [["empty-window", "hours.mon.0"]],
    ],
    [
      "overlapping windows",
      {
        ...valid,
        hours: {
          mon: [
            { start: "08:00", end: "12:00" },
            { start: "11:00", end: "13:00" },
          ],
        },
      },
      [["overlapping-windows", "hours.mon.1"]],
    ],
    [
      "a night window over the next day's first",
      { ...valid, hours: { mon: [{ start: "22:00", end: "08:00" }], tue: [{ start: "07:00", end: "12:00" }] } },
      [["overlapping-windows", "hours.mon"]],
    ],
    ["an unknown key", { ...valid, timezon: "UTC" }, [["invalid-spec", "timezon"]]],
    [
      "a date that does not exist",
      { ...valid, overrides: [{ date: "2025-02-30", hours: "closed" }] },
      [["invalid-date", "overrides.0.date"]],
    ],
    [
      "an override with no windows",
      { ...valid, overrides: [{ date: "2025-02-03", hours: [] }] },
      [["invalid-hours", "overrides.0.hours"]],
    ],
    ["a title that is not a label", { ...valid, title: "Office" }, [["invalid-spec", "title"]]],
    [
      "two overrides for one date",
      {
        ...valid,
        overrides: [
          { date: "2025-02-03", hours: "closed" },
          { date: "2025-02-03", hours: "closed" },
        ],
      },
      [["duplicate-override", "overrides.1.date"]],
    ],
    [
      "a holiday ending before it starts",
      {
        ...valid,
        holidays: [{ id: "x", years: [2025], holidays: [{ from: "2025-10-08", to: "2025-10-01" }], workdays: [] }],
      },
      [["invalid-date-span", "holidays.0.holidays.0"]],
    ],
    [
      "a date outside the set's years",
      {
        ...valid,
        holidays: [{ id: "x", years: [2025], holidays: [{ from: "2026-01-01", to: "2026-01-01" }], workdays: [] }],
      },
      [
        ["date-outside-years", "holidays.0.holidays.0.from"],
        ["date-outside-years", "holidays.0.holidays.0.to"],
      ],
    ],
    [
      "a date both holiday and working day",
      {
        ...valid,
        holidays: [
          {
            id: "x",
            years: [2025],
            holidays: [{ from: "2025-10-01", to: "2025-10-08" }],
            workdays: [{ date: "2025-10-04" }],
          },
        ],
      },
      [["holiday-and-workday", "holidays.0.workdays.0.date"]],
    ],
    [
      "a set without years",
      { ...valid, holidays: [{ id: "x", years: [], holidays: [], workdays: [] }] },
      [["invalid-holiday-set", "holidays.0.years"]],
    ],
    [
      "the same set twice",
      {
        ...valid,
        holidays: [
          { id: "x", years: [2025], holidays: [], workdays: [] },
          { id: "x", years: [2025], holidays: [], workdays: [] },
        ],
      },
      [["invalid-holiday-set", "holidays.1.id"]],
    ],
  ] as const)("%s", (_label, spec, expected) => {
    expect(problemsOf(spec)).toEqual(expected);
  });

  test("every problem is reported, not only the first", () => {
    const problems = validateCalendarSpec({
      timezone: "Mars/Olympus",
      hours: { mon: [{ start: "8", end: "9" }], sunday: [] },
    });
    expect(problems.map((p) => p.code)).toEqual([
      "invalid-timezone",
      "invalid-weekday",
      "invalid-time",
      "invalid-time",
    ]);
  });

  test("messages say what is wrong and hints say what to do", () => {
    const [zone] = validateCalendarSpec({ ...valid, timezone: "Asia/Shangai" });
    expect(zone?.message).toBe('unknown time zone "Asia/Shangai"');
    expect(zone?.hint).toContain("IANA zone name");
    const [weekday] = validateCalendarSpec({ ...valid, hours: { tues: [] } });
    expect(weekday?.message).toBe("unknown weekday `tues`");
  });

  test("the names closest to a wrong one come back as data, for the caller to phrase", () => {
    const [zone] = validateCalendarSpec({ ...valid, timezone: "Asia/Shangai" });
    expect(zone?.suggestions?.[0]).toBe("Asia/Shanghai"); // best first; others within the threshold follow
    // As docs/reference/calendar.md shows it:
    expect(validateCalendarSpec({ timezone: "Asia/Shanghai", hours: { tues: [] } })).toEqual([
      {
        code: "invalid-weekday",
        path: ["hours", "tues"],
        message: "unknown weekday `tues`",
        hint: "weekdays are mon, tue, wed, thu, fri, sat, sun",
        suggestions: ["tue"],
      },
    ]);
    const [cased] = validateCalendarSpec({ ...valid, timezone: "europe/london" });
    expect(cased?.suggestions).toEqual(["Europe/London"]); // a zone in the wrong case: only its own spelling
    const [key] = validateCalendarSpec({ ...valid, timezon: "Asia/Shanghai" });
    expect(key).toMatchObject({ code: "invalid-spec", path: ["timezon"], suggestions: ["timezone"] });
    // Nothing close: no `suggestions` at all.
    const [far] = validateCalendarSpec({ ...valid, hours: { someday: [] } });
    expect(far).not.toHaveProperty("suggestions");
  });

  test("local additions need no years", () => {
    expect(
      validateCalendarSpec({
        ...valid,
        holidays: [
          {
            id: "site",
            years: [],
            additions: true,
            holidays: [{ from: "2031-05-01", to: "2031-05-01" }],
            workdays: [],
          },
        ],
      }),
    ).toEqual([]);
  });
});

describe("createCalendar throws the same problems as a CalendarError", () => {
  test("with code, hint, path and every problem", () => {
    let error: unknown;
    try {
      createCalendar({ timezone: "Asia/Shangai", hours: { mon: [{ start: "08:00", end: "08:00" }] } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CalendarError);
    const e = error as CalendarError;
    expect(e.code).toBe("invalid-timezone");
    expect(e.message).toBe('unknown time zone "Asia/Shangai" at timezone (and 1 more problem)');
    expect(e.path).toEqual(["timezone"]);
    expect(e.problems.map((p) => p.code)).toEqual(["invalid-timezone", "empty-window"]);
  });

  test("the calendar keeps a frozen copy of its spec", () => {
    const spec: CalendarSpec = { timezone: "UTC", hours: { mon: [{ start: "09:00", end: "17:00" }] } };
    const calendar = createCalendar(spec);
    (spec.hours as { mon: unknown[] }).mon.push({ start: "18:00", end: "19:00" });
    expect(calendar.describeDay("2025-09-29").windows).toHaveLength(1);
    expect(Object.isFrozen(calendar.spec)).toBe(true);
  });
});

describe("instants", () => {
  test.each([
    ["2025-10-09T17:30:00+08:00", Date.UTC(2025, 9, 9, 9, 30)],
    ["2025-10-09T09:30:00Z", Date.UTC(2025, 9, 9, 9, 30)],
    ["2025-10-09T17:30+08:00", Date.UTC(2025, 9, 9, 9, 30)],
    ["2025-10-09T17:30:00.250+0800", Date.UTC(2025, 9, 9, 9, 30, 0, 250)],
    [1760002200000, 1760002200000],
  ] as const)("%s is read", (input, expected) => {
    expect(parseInstant(input)).toBe(expected);
  });

  test.each([
    ["2025-10-09T17:30:00", "instant-without-offset"],
    ["2025-10-09", "instant-without-offset"],
    ["yesterday", "invalid-instant"],
    ["2025-13-09T17:30:00Z", "invalid-instant"],
    [1.5, "invalid-instant"],
    [Number.NaN, "invalid-instant"],
    [Number.MAX_SAFE_INTEGER, "invalid-instant"],
  ] as const)("%s is rejected as %s", (input, code) => {
    expect(() => office.isWorkingTime(input)).toThrow(expect.objectContaining({ code, hint: expect.any(String) }));
  });

  test("the offset error says how to fix it", () => {
    expect(() => parseInstant("2025-10-09T17:30:00")).toThrow(
      'instant "2025-10-09T17:30:00" has no offset, so it names a wall-clock time, not an instant',
    );
  });

  test("bad amounts are rejected", () => {
    expect(() => office.addWorkingTime(0, -1)).toThrow(expect.objectContaining({ code: "invalid-duration" }));
    expect(() => office.addWorkingTime(Date.UTC(2025, 0, 1), 0.5)).toThrow(
      expect.objectContaining({ code: "invalid-duration" }),
    );
    expect(() => office.addWorkdays(Date.UTC(2025, 0, 1), -1)).toThrow(
      expect.objectContaining({ code: "invalid-count" }),
    );
    expect(() => office.nextWorkdayAt(Date.UTC(2025, 0, 1), "4pm")).toThrow(
      expect.objectContaining({ code: "invalid-time" }),
    );
    expect(() => office.isWorkday("2025-02-29")).toThrow(expect.objectContaining({ code: "invalid-date" }));
  });
});

describe("isValidTimeZone", () => {
  test.each([
    ["Asia/Shanghai", true],
    ["Europe/London", true],
    ["UTC", true],
    ["America/Argentina/Buenos_Aires", true],
    ["Asia/Shangai", false],
    ["asia/shanghai", false],
    ["+08:00", false],
    ["", false],
    [42, false],
  ] as const)("%s → %s", (name, expected) => {
    expect(isValidTimeZone(name)).toBe(expected);
  });
});

describe("a calendar without enough working time", () => {
  test("dated working days only: past the last one is an error, not a hang", () => {
    const once = createCalendar({
      timezone: "UTC",
      hours: {},
      overrides: [{ date: "2025-06-02", hours: [{ start: "09:00", end: "10:00" }] }],
    });
    expect(once.addWorkingTime("2025-01-01T00:00:00Z", 30 * 60_000)).toBe(Date.UTC(2025, 5, 2, 9, 30));
    expect(() => once.addWorkingTime("2025-01-01T00:00:00Z", 2 * 3_600_000)).toThrow(
      expect.objectContaining({ code: "no-working-time" }),
    );
    expect(() => once.addWorkdays("2025-06-02T12:00:00Z", 1)).toThrow(
      expect.objectContaining({ code: "no-working-time" }),
    );
  });
});

describe("luxon's global Settings", () => {
  test("are never changed", () => {
    const before = {
      zone: Settings.defaultZone.name,
      locale: Settings.defaultLocale,
      throwOnInvalid: Settings.throwOnInvalid,
    };
    const calendar = createCalendar({ timezone: "Europe/London", hours: "24x7" });
    calendar.addWorkingTime("2025-03-29T12:00:00Z", 86_400_000);
    calendar.describeDay("2025-10-26");
    expect({
      zone: Settings.defaultZone.name,
      locale: Settings.defaultLocale,
      throwOnInvalid: Settings.throwOnInvalid,
    }).toEqual(before);
  });
});
