// deadlineFrom over every Deadline kind, with the decided meanings (docs/decisions/0010–0015).
import { type Deadline, createCalendar, deadlineFrom, deadlineKinds, isOnTime } from "@yardstick/calendar";
import { describe, expect, test } from "vitest";
import { HOUR, MINUTE, iso, office } from "./support.js";

const always = createCalendar({ id: "24x7", timezone: "Asia/Shanghai", hours: "24x7" });
const roll = { rollForwardOnRestDay: true };

const at = (time: string, days: number, workdays: number): Deadline => {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return { kind: "at-time", time, minutes: h * 60 + m, days, workdays };
};

type Row = readonly [
  label: string,
  start: string,
  deadline: Deadline,
  expected: string,
  options?: { rollForwardOnRestDay: boolean },
];

const officeRows: readonly Row[] = [
  // duration: working time on the calendar
  [
    "8 business hours across National Day",
    "2025-09-30T16:00:00+08:00",
    { kind: "duration", ms: 8 * HOUR, business: true },
    "2025-10-09T16:30:00+08:00",
  ],
  [
    "2h from Friday 16:00 (Sunday 09-28 is an adjusted working day)",
    "2025-09-26T16:00:00+08:00",
    { kind: "duration", ms: 2 * HOUR, business: true },
    "2025-09-28T09:00:00+08:00",
  ],
  // calendar-days: same wall-clock time N days later; rest days count unless rolled (民法典 203)
  [
    "2d from Monday lands in the holiday",
    "2025-09-29T10:00:00+08:00",
    { kind: "calendar-days", days: 2 },
    "2025-10-01T10:00:00+08:00",
  ],
  [
    "2d rolled off the holiday to 10-09",
    "2025-09-29T10:00:00+08:00",
    { kind: "calendar-days", days: 2 },
    "2025-10-09T10:00:00+08:00",
    roll,
  ],
  [
    "1d rolled from Saturday to the adjusted Sunday",
    "2025-09-26T10:00:00+08:00",
    { kind: "calendar-days", days: 1 },
    "2025-09-28T10:00:00+08:00",
    roll,
  ],
  [
    "1d on a working day does not roll",
    "2025-09-22T10:00:00+08:00",
    { kind: "calendar-days", days: 1 },
    "2025-09-23T10:00:00+08:00",
    roll,
  ],
  ["0d is the start", "2025-09-22T10:00:00+08:00", { kind: "calendar-days", days: 0 }, "2025-09-22T10:00:00+08:00"],
  // calendar-months: the corresponding day, clamped to the month's end (民法典 202)
  [
    "1 month from 01-31 clamps to 02-28",
    "2025-01-31T10:00:00+08:00",
    { kind: "calendar-months", months: 1 },
    "2025-02-28T10:00:00+08:00",
  ],
  [
    "1 month from 2024-01-31 clamps to 02-29",
    "2024-01-31T10:00:00+08:00",
    { kind: "calendar-months", months: 1 },
    "2024-02-29T10:00:00+08:00",
  ],
  [
    "12 months from 2024-02-29 clamps to 2025-02-28",
    "2024-02-29T10:00:00+08:00",
    { kind: "calendar-months", months: 12 },
    "2025-02-28T10:00:00+08:00",
  ],
  [
    "1 month onto National Day, rolled",
    "2025-09-01T10:00:00+08:00",
    { kind: "calendar-months", months: 1 },
    "2025-10-09T10:00:00+08:00",
    roll,
  ],
  // workdays: by the end of the N-th working day after the day of the start
  [
    "1 workday from Monday 10:00",
    "2025-09-22T10:00:00+08:00",
    { kind: "workdays", workdays: 1 },
    "2025-09-23T17:30:00+08:00",
  ],
  [
    "1 workday from Monday 07:00 (before opening)",
    "2025-09-22T07:00:00+08:00",
    { kind: "workdays", workdays: 1 },
    "2025-09-23T17:30:00+08:00",
  ],
  [
    "1 workday from Monday 20:00 (after closing)",
    "2025-09-22T20:00:00+08:00",
    { kind: "workdays", workdays: 1 },
    "2025-09-23T17:30:00+08:00",
  ],
  [
    "1 workday from Saturday: Monday",
    "2025-09-20T10:00:00+08:00",
    { kind: "workdays", workdays: 1 },
    "2025-09-22T17:30:00+08:00",
  ],
  [
    "1 workday from inside National Day",
    "2025-10-03T10:00:00+08:00",
    { kind: "workdays", workdays: 1 },
    "2025-10-09T17:30:00+08:00",
  ],
  [
    "3 workdays from Thursday",
    "2025-09-18T10:00:00+08:00",
    { kind: "workdays", workdays: 3 },
    "2025-09-23T17:30:00+08:00",
  ],
  [
    "0 workdays: the close today",
    "2025-09-22T10:00:00+08:00",
    { kind: "workdays", workdays: 0 },
    "2025-09-22T17:30:00+08:00",
  ],
  // end-of-day: 24:00 of that calendar day
  ["end of day", "2025-09-29T10:00:00+08:00", { kind: "end-of-day", days: 0 }, "2025-09-30T00:00:00+08:00"],
  ["end of next day", "2025-09-29T23:59:00+08:00", { kind: "end-of-day", days: 1 }, "2025-10-01T00:00:00+08:00"],
  [
    "end of next day, rolled off the holiday",
    "2025-09-30T10:00:00+08:00",
    { kind: "end-of-day", days: 1 },
    "2025-10-10T00:00:00+08:00",
    roll,
  ],
  [
    "same day on a Saturday, rolled to the adjusted Sunday",
    "2025-09-27T10:00:00+08:00",
    { kind: "end-of-day", days: 0 },
    "2025-09-29T00:00:00+08:00",
    roll,
  ],
  // end-of-workday: the close of business of that working day
  [
    "end of workday, during the day",
    "2025-09-29T10:00:00+08:00",
    { kind: "end-of-workday", workdays: 0 },
    "2025-09-29T17:30:00+08:00",
  ],
  [
    "end of workday, before opening",
    "2025-09-29T07:00:00+08:00",
    { kind: "end-of-workday", workdays: 0 },
    "2025-09-29T17:30:00+08:00",
  ],
  [
    "end of workday, at the close: the next day's close",
    "2025-09-29T17:30:00+08:00",
    { kind: "end-of-workday", workdays: 0 },
    "2025-09-30T17:30:00+08:00",
  ],
  [
    "end of workday, on a Saturday",
    "2025-09-27T10:00:00+08:00",
    { kind: "end-of-workday", workdays: 0 },
    "2025-09-28T17:30:00+08:00",
  ],
  [
    "end of next workday",
    "2025-09-29T10:00:00+08:00",
    { kind: "end-of-workday", workdays: 1 },
    "2025-09-30T17:30:00+08:00",
  ],
  [
    "end of next workday across National Day",
    "2025-09-30T10:00:00+08:00",
    { kind: "end-of-workday", workdays: 1 },
    "2025-10-09T17:30:00+08:00",
  ],
  // at-time
  ["by 18:00, before 18:00", "2025-09-29T10:00:00+08:00", at("18:00", 0, 0), "2025-09-29T18:00:00+08:00"],
  [
    "by 18:00, exactly at 18:00: tomorrow's",
    "2025-09-29T18:00:00+08:00",
    at("18:00", 0, 0),
    "2025-09-30T18:00:00+08:00",
  ],
  ["by 18:00, after 18:00: tomorrow's", "2025-09-29T19:00:00+08:00", at("18:00", 0, 0), "2025-09-30T18:00:00+08:00"],
  [
    "by 18:00 on a holiday: a wall-clock time, not rolled",
    "2025-10-01T10:00:00+08:00",
    at("18:00", 0, 0),
    "2025-10-01T18:00:00+08:00",
  ],
  ["by 18:00 on a holiday, rolled", "2025-10-01T10:00:00+08:00", at("18:00", 0, 0), "2025-10-09T18:00:00+08:00", roll],
  ["next day by 09:00", "2025-09-29T23:00:00+08:00", at("09:00", 1, 0), "2025-09-30T09:00:00+08:00"],
  [
    "next workday by 16:00 across National Day",
    "2025-09-30T10:00:00+08:00",
    at("16:00", 0, 1),
    "2025-10-09T16:00:00+08:00",
  ],
  [
    "next workday by 16:00 from Friday: the adjusted Sunday",
    "2025-09-26T10:00:00+08:00",
    at("16:00", 0, 1),
    "2025-09-28T16:00:00+08:00",
  ],
  ["by 24:00 is the end of the day", "2025-09-29T10:00:00+08:00", at("24:00", 0, 0), "2025-09-30T00:00:00+08:00"],
];

describe("deadlineFrom on the office calendar (08:30-12:00, 13:30-17:30, cn-mainland)", () => {
  test.each(officeRows.map((row) => ({ label: row[0], row })))(
    "$label",
    ({ row: [, start, deadline, expected, options] }) => {
      expect(iso(office, deadlineFrom(office, start, deadline, options))).toBe(expected);
    },
  );

  test("the table covers every Deadline kind", () => {
    expect(new Set(officeRows.map(([, , d]) => d.kind))).toEqual(new Set(deadlineKinds));
  });

  test("a deadline is never before its start", () => {
    for (const [, start, deadline, , options] of officeRows) {
      expect(deadlineFrom(office, start, deadline, options)).toBeGreaterThanOrEqual(Date.parse(start));
    }
  });
});

describe("deadlineFrom on a 24x7 calendar", () => {
  test.each([
    [
      "15m",
      "2025-09-30T23:50:00+08:00",
      { kind: "duration", ms: 15 * MINUTE, business: false },
      "2025-10-01T00:05:00+08:00",
    ],
    [
      "1 workday is the end of tomorrow",
      "2025-09-30T23:50:00+08:00",
      { kind: "workdays", workdays: 1 },
      "2025-10-02T00:00:00+08:00",
    ],
    [
      "end of workday is midnight",
      "2025-09-30T10:00:00+08:00",
      { kind: "end-of-workday", workdays: 0 },
      "2025-10-01T00:00:00+08:00",
    ],
    [
      "rolling never moves a 24x7 deadline",
      "2025-09-30T10:00:00+08:00",
      { kind: "calendar-days", days: 1 },
      "2025-10-01T10:00:00+08:00",
    ],
  ] as const)("%s", (_label, start, deadline, expected) => {
    expect(iso(always, deadlineFrom(always, start, deadline as Deadline, roll))).toBe(expected);
  });
});

describe("1 workday compared with 7.5 business hours (one working day's length)", () => {
  test.each([
    // start, 1 workday, 7.5 business hours
    ["2025-09-22T08:30:00+08:00", "2025-09-23T17:30:00+08:00", "2025-09-22T17:30:00+08:00"],
    ["2025-09-22T17:00:00+08:00", "2025-09-23T17:30:00+08:00", "2025-09-23T17:00:00+08:00"],
    ["2025-09-20T10:00:00+08:00", "2025-09-22T17:30:00+08:00", "2025-09-22T17:30:00+08:00"],
  ] as const)("from %s: %s vs %s", (start, workday, business) => {
    expect(iso(office, deadlineFrom(office, start, { kind: "workdays", workdays: 1 }))).toBe(workday);
    expect(iso(office, deadlineFrom(office, start, { kind: "duration", ms: 7.5 * HOUR, business: true }))).toBe(
      business,
    );
  });
});

describe("bounds and bad deadlines", () => {
  test("done exactly at the deadline is on time (以内 includes the bound); a millisecond later is not", () => {
    const due = deadlineFrom(office, "2025-09-22T10:00:00+08:00", { kind: "workdays", workdays: 1 });
    expect(isOnTime("2025-09-23T17:30:00+08:00", due)).toBe(true);
    expect(isOnTime(due + 1, due)).toBe(false);
  });

  test.each([
    ["days and workdays together", { kind: "at-time", time: "18:00", minutes: 1080, days: 1, workdays: 1 }],
    ["minutes not matching time", { kind: "at-time", time: "18:00", minutes: 1000, days: 0, workdays: 0 }],
    ["a malformed time", { kind: "at-time", time: "6pm", minutes: 1080, days: 0, workdays: 0 }],
    ["a negative duration", { kind: "duration", ms: -1, business: false }],
    ["a fractional workday count", { kind: "workdays", workdays: 1.5 }],
    ["an unknown kind", { kind: "fortnight", n: 1 }],
  ])("%s is an invalid-deadline error", (_label, deadline) => {
    expect(() => deadlineFrom(office, "2025-09-22T10:00:00+08:00", deadline as unknown as Deadline)).toThrow(
      expect.objectContaining({ code: "invalid-deadline" }),
    );
  });
});

describe("the operations behind the deadlines", () => {
  test("nextWorkdayAt counts working days after the day of the start; n = 0 may use today", () => {
    expect(iso(office, office.nextWorkdayAt("2025-09-29T10:00:00+08:00", "16:00"))).toBe("2025-09-30T16:00:00+08:00");
    expect(iso(office, office.nextWorkdayAt("2025-09-29T10:00:00+08:00", "16:00", 0))).toBe(
      "2025-09-29T16:00:00+08:00",
    );
    expect(iso(office, office.nextWorkdayAt("2025-09-29T16:00:00+08:00", "16:00", 0))).toBe(
      "2025-09-30T16:00:00+08:00",
    );
    expect(iso(office, office.nextWorkdayAt("2025-09-27T10:00:00+08:00", "16:00", 0))).toBe(
      "2025-09-28T16:00:00+08:00",
    );
    expect(iso(office, office.nextWorkdayAt("2025-09-29T10:00:00+08:00", "09:00", 2))).toBe(
      "2025-10-09T09:00:00+08:00",
    );
  });

  test("endOfDay and localDate use the calendar's zone, not UTC", () => {
    expect(office.localDate("2025-09-29T23:30:00Z")).toBe("2025-09-30");
    expect(iso(office, office.endOfDay("2025-09-29T23:30:00Z"))).toBe("2025-10-01T00:00:00+08:00");
    expect(iso(office, office.endOfDay("2025-09-29T10:00:00+08:00", 2))).toBe("2025-10-02T00:00:00+08:00");
  });
});
