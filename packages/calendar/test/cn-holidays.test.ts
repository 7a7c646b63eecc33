// The built-in cn-mainland data against the State Council notices (corpus file), written out by hand.
import {
  builtinHolidaySetIds,
  builtinHolidaySets,
  deadlineFrom,
  getBuiltinHolidaySet,
  validateCalendarSpec,
} from "@yardstick/calendar";
import { describe, expect, test } from "vitest";
import { HOUR, iso, office } from "./support.js";

const cn = getBuiltinHolidaySet("cn-mainland")!;

/** Every holiday block of 2025 and 2026: first day, last day, length (国办发明电〔2024〕12号 and the 2026 notice). */
const blocks = [
  ["元旦 2025", "2025-01-01", "2025-01-01", 1],
  ["春节 2025", "2025-01-28", "2025-02-04", 8],
  ["清明节 2025", "2025-04-04", "2025-04-06", 3],
  ["劳动节 2025", "2025-05-01", "2025-05-05", 5],
  ["端午节 2025", "2025-05-31", "2025-06-02", 3],
  ["国庆节、中秋节 2025", "2025-10-01", "2025-10-08", 8],
  ["元旦 2026", "2026-01-01", "2026-01-03", 3],
  ["春节 2026", "2026-02-15", "2026-02-23", 9],
  ["清明节 2026", "2026-04-04", "2026-04-06", 3],
  ["劳动节 2026", "2026-05-01", "2026-05-05", 5],
  ["端午节 2026", "2026-06-19", "2026-06-21", 3],
  ["中秋节 2026", "2026-09-25", "2026-09-27", 3],
  ["国庆节 2026", "2026-10-01", "2026-10-07", 7],
] as const;

/** Every adjusted working day (调休上班), each a weekend day. */
const adjusted = [
  ["2025-01-26", "sun"],
  ["2025-02-08", "sat"],
  ["2025-04-27", "sun"],
  ["2025-09-28", "sun"],
  ["2025-10-11", "sat"],
  ["2026-01-04", "sun"],
  ["2026-02-14", "sat"],
  ["2026-02-28", "sat"],
  ["2026-05-09", "sat"],
  ["2026-09-20", "sun"],
  ["2026-10-10", "sat"],
] as const;

const addDays = (date: string, n: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday

describe("the cn-mainland data", () => {
  test("is listed as a built-in set, covers 2025 and 2026, and names its sources", () => {
    expect(builtinHolidaySetIds).toContain("cn-mainland");
    expect(builtinHolidaySets["cn-mainland"]).toBe(cn);
    expect(cn.years).toEqual([2025, 2026]);
    expect(cn.sources?.join(" ")).toContain("国办发明电〔2024〕12号");
    expect(cn.sources?.join(" ")).toContain("politics.gmw.cn/2025-11/04");
    expect(getBuiltinHolidaySet("cn-mainlnd")).toBeUndefined();
  });

  test("is a valid holiday set", () => {
    expect(validateCalendarSpec({ timezone: "Asia/Shanghai", hours: "24x7", holidays: [cn] })).toEqual([]);
  });

  test("every adjusted working day is a weekend day", () => {
    for (const { date } of cn.workdays) expect([0, 6], date).toContain(weekday(date));
  });

  test("no date is both a holiday and an adjusted working day", () => {
    const holidays = new Set(
      cn.holidays.flatMap(({ from, to }) => {
        const days: string[] = [];
        for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
        return days;
      }),
    );
    for (const { date } of cn.workdays) expect(holidays.has(date), date).toBe(false);
  });

  test("matches the notices: holiday blocks and adjusted working days", () => {
    expect(cn.holidays.map((h) => [h.from, h.to])).toEqual(blocks.map(([, from, to]) => [from, to]));
    expect(cn.workdays.map((w) => w.date)).toEqual(adjusted.map(([date]) => date));
    for (const h of cn.holidays) expect(h.name?.zh, h.from).toBeTruthy();
  });

  test("is frozen, so a host cannot change the shared data", () => {
    expect(() => (cn.holidays as unknown[]).push({})).toThrow(TypeError);
  });
});

describe.each(blocks)("%s (%s..%s)", (_name, from, to, length) => {
  test(`all ${length} days are rest days, on weekdays too`, () => {
    let count = 0;
    for (let d = from as string; d <= to; d = addDays(d, 1), count++) {
      expect(office.isWorkday(d), d).toBe(false);
      expect(office.describeDay(d).kind, d).toBe("holiday");
    }
    expect(count).toBe(length);
  });

  test("a start inside the block gets its first hour of work on the first working day after it", () => {
    const after = firstWorkdayAfter(to);
    expect(iso(office, office.addWorkingTime(`${from}T10:00:00+08:00`, HOUR))).toBe(`${after}T09:30:00+08:00`);
  });

  test("1 workday from the day before the block ends on the first working day after it", () => {
    const before = addDays(from, -1);
    const expected = firstWorkdayAfter(before);
    expect(iso(office, deadlineFrom(office, `${before}T10:00:00+08:00`, { kind: "workdays", workdays: 1 }))).toBe(
      `${expected}T17:30:00+08:00`,
    );
  });
});

/** The first working day after a date, by the notices' rule: Mon–Fri not in a block, or an adjusted day. */
function firstWorkdayAfter(date: string): string {
  for (let d = addDays(date, 1); ; d = addDays(d, 1)) {
    const inBlock = blocks.some(([, from, to]) => d >= from && d <= to);
    const isAdjusted = adjusted.some(([a]) => a === d);
    if (isAdjusted || (!inBlock && weekday(d) >= 1 && weekday(d) <= 5)) return d;
  }
}

describe.each(adjusted)("adjusted working day %s (%s)", (date, day) => {
  test("is a working day with Monday's hours", () => {
    const description = office.describeDay(date);
    expect(description.weekday).toBe(day);
    expect(description.working).toBe(true);
    expect(description.kind).toBe("adjusted-workday");
    expect(description.windows.map((w) => `${w.start}-${w.end}`)).toEqual(["08:30-12:00", "13:30-17:30"]);
  });

  test("working time counts on it: 1 hour from 08:30 ends at 09:30", () => {
    expect(iso(office, office.addWorkingTime(`${date}T08:30:00+08:00`, HOUR))).toBe(`${date}T09:30:00+08:00`);
    expect(office.isWorkingTime(`${date}T10:00:00+08:00`)).toBe(true);
  });

  test("the previous day's 1 workday ends on it when nothing works in between", () => {
    const previous = addDays(date, -1);
    const expected = firstWorkdayAfter(previous);
    expect(iso(office, office.addWorkdays(`${previous}T12:30:00+08:00`, 1))).toBe(`${expected}T17:30:00+08:00`);
  });
});

describe("worked examples around the holidays (each checked by hand against the notices)", () => {
  test.each([
    // start, deadline, expected
    ["2025-01-24T10:00:00+08:00", 1, "2025-01-26T17:30:00+08:00"], // Fri → Sun 01-26 is a 调休 working day
    ["2025-01-27T10:00:00+08:00", 1, "2025-02-05T17:30:00+08:00"], // Mon before 春节 → Wed after it
    ["2025-02-07T10:00:00+08:00", 1, "2025-02-08T17:30:00+08:00"], // Fri → Sat 02-08 adjusted
    ["2025-04-03T10:00:00+08:00", 1, "2025-04-07T17:30:00+08:00"], // 清明 Fri-Sun
    ["2025-04-26T10:00:00+08:00", 1, "2025-04-27T17:30:00+08:00"], // Sat → Sun 04-27 adjusted
    ["2025-04-30T10:00:00+08:00", 1, "2025-05-06T17:30:00+08:00"], // 劳动节
    ["2025-05-30T10:00:00+08:00", 1, "2025-06-03T17:30:00+08:00"], // 端午 Sat-Mon
    ["2025-09-26T10:00:00+08:00", 1, "2025-09-28T17:30:00+08:00"], // Sat rests, Sun 09-28 works
    ["2025-09-30T10:00:00+08:00", 1, "2025-10-09T17:30:00+08:00"], // 国庆/中秋
    ["2025-09-30T10:00:00+08:00", 3, "2025-10-11T17:30:00+08:00"], // Thu 10-09, Fri 10-10, Sat 10-11 adjusted
    ["2025-12-31T10:00:00+08:00", 1, "2026-01-04T17:30:00+08:00"], // 元旦 2026 then Sun 01-04 adjusted
    ["2026-02-13T10:00:00+08:00", 1, "2026-02-14T17:30:00+08:00"], // Fri → Sat 02-14 adjusted
    ["2026-02-14T10:00:00+08:00", 1, "2026-02-24T17:30:00+08:00"], // 春节 02-15..02-23
    ["2026-04-03T10:00:00+08:00", 1, "2026-04-07T17:30:00+08:00"], // 清明 Sat-Mon
    ["2026-05-08T10:00:00+08:00", 1, "2026-05-09T17:30:00+08:00"], // Sat 05-09 adjusted
    ["2026-06-18T10:00:00+08:00", 1, "2026-06-22T17:30:00+08:00"], // 端午 Fri-Sun
    ["2026-09-24T10:00:00+08:00", 1, "2026-09-28T17:30:00+08:00"], // 中秋 Fri-Sun
    ["2026-09-19T10:00:00+08:00", 1, "2026-09-20T17:30:00+08:00"], // Sat → Sun 09-20 adjusted
    ["2026-09-30T10:00:00+08:00", 1, "2026-10-08T17:30:00+08:00"], // 国庆 10-01..10-07
    ["2026-10-09T10:00:00+08:00", 1, "2026-10-10T17:30:00+08:00"], // Fri → Sat 10-10 adjusted
  ] as const)("%s + %i workday(s) → %s", (start, n, expected) => {
    expect(iso(office, office.addWorkdays(start, n))).toBe(expected);
  });

  test("8 business hours across National Day: 1.5 h on 09-30, 6.5 h on 10-09", () => {
    expect(iso(office, office.addWorkingTime("2025-09-30T16:00:00+08:00", 8 * HOUR))).toBe("2025-10-09T16:30:00+08:00");
  });
});
