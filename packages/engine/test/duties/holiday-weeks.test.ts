// Per-week duties over the weeks of the shipped cn-mainland calendar (2025-2026): a week with a
// holiday (its Friday skipped, its deadline rolled back, an adjusted working weekend) still has
// exactly its occurrences — none lost, none doubled.
import { builtinHolidaySets } from "@yardstick/calendar";
import { planDuties, showOccurrence } from "@yardstick/engine";
import { describe, expect, it } from "vitest";
import { compileText } from "../helpers/compile.js";

const program = compileText(`
standard: holiday-weeks
version: "1"
title: { en: Holiday weeks }
timezone: Asia/Shanghai
calendars:
  office: { hours: { mon-fri: 08:30-17:30 }, holidays: cn-mainland }
duties:
  by-friday:
    title: { en: By Friday }
    by: fri
    calendar: office
  by-friday-time:
    title: { en: By Friday 17:00 }
    per: week
    by: fri 17:00
    calendar: office
  twice-by-friday:
    title: { en: Twice a week by Friday 17:00 }
    times: 2
    per: week
    by: fri 17:00
    calendar: office
  weekly-by-time:
    title: { en: Weekly by 18:00 }
    per: week
    by: 18:00
    calendar: office
  thrice-between:
    title: { en: Three times a week within hours }
    times: 3
    per: week
    between: 09:00-17:00
    calendar: office
  weekly-night:
    title: { en: Weekly night round }
    per: week
    between: 22:00-06:00
    calendar: office
  weekly:
    title: { en: Weekly }
    per: week
    calendar: office
`);

const DAY = 86_400_000;
const ZONE = "Asia/Shanghai";
const set = builtinHolidaySets["cn-mainland"]!;
const isoDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
const off = new Set<string>();
for (const h of set.holidays)
  for (let d = Date.parse(h.from); d <= Date.parse(h.to); d += DAY) off.add(new Date(d).toISOString().slice(0, 10));
const worked = new Set(set.workdays.map((a) => a.date));
const isWorkday = (day: string) => {
  const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
  return worked.has(day) || (wd !== 0 && wd !== 6 && !off.has(day));
};

// Every Monday of 2025 and 2026 (2024-12-30 is the Monday of 2025's first week).
const mondays: number[] = [];
for (let m = Date.parse("2024-12-30T00:00:00+08:00"); m < Date.parse("2026-12-28T00:00:00+08:00"); m += 7 * DAY)
  mondays.push(m);
const holidayWeeks = mondays.filter((m) => [0, 1, 2, 3, 4, 5, 6].some((i) => off.has(isoDay(m + i * DAY))));

describe("per-week duties in holiday weeks (shipped cn-mainland)", () => {
  it("the shipped data has holiday weeks to test", () => {
    expect(holidayWeeks.length).toBeGreaterThan(10);
  });

  const forms = ["by-friday", "by-friday-time", "twice-by-friday", "weekly-by-time", "thrice-between", "weekly-night"];
  for (const duty of forms) {
    it(`${duty}: each week with a working day has its occurrences, planned week by week or all at once`, () => {
      const times = duty === "twice-by-friday" ? 2 : duty === "thrice-between" ? 3 : 1;
      const whole = [...planDuties(program, { from: mondays[0]!, to: mondays.at(-1)! + 7 * DAY, duties: [duty] })];
      for (const monday of holidayWeeks) {
        const week = [...planDuties(program, { from: monday, to: monday + 7 * DAY, duties: [duty] })];
        const days = [0, 1, 2, 3, 4, 5, 6].map((i) => isoDay(monday + i * DAY)).filter(isWorkday);
        const label = `${duty} week of ${isoDay(monday)}`;
        expect(week.length, label).toBe(days.length > 0 ? times : 0);
        // The same occurrences when the week is part of a longer plan.
        const inWhole = whole.filter((o) => o.at >= monday && o.at < monday + 7 * DAY).map((o) => o.id);
        expect(inWhole, label).toEqual(week.map((o) => o.id));
        // Open on a working day of that week, and due on one (a night window the morning after it).
        for (const o of week) {
          expect(days, label).toContain(showOccurrence({ ...o, at: o.start }, ZONE).slice(0, 10));
          const night = duty === "weekly-night" ? DAY : 0;
          expect(days, label).toContain(showOccurrence({ ...o, at: o.due - 1 - night }, ZONE).slice(0, 10));
          expect(o.start).toBeLessThanOrEqual(o.due);
        }
      }
    });
  }
});
