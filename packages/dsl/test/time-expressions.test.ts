import type { Deadline } from "@yardstick/calendar";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { deadlineForms, parseDeadline } from "../src/time/index.js";

const minutes = (n: number): Deadline => ({ kind: "duration", ms: n * 60_000, business: false });
const hours = (n: number): Deadline => ({ kind: "duration", ms: n * 3_600_000, business: false });
const businessHours = (n: number): Deadline => ({ kind: "duration", ms: n * 3_600_000, business: true });
const days = (n: number): Deadline => ({ kind: "calendar-days", days: n });
const months = (n: number): Deadline => ({ kind: "calendar-months", months: n });
const workdays = (n: number): Deadline => ({ kind: "workdays", workdays: n });
const endOfDay = (n: number): Deadline => ({ kind: "end-of-day", days: n });
const endOfWorkday = (n: number): Deadline => ({ kind: "end-of-workday", workdays: n });
const at = (time: string, day: { days?: number; workdays?: number } = {}): Deadline => {
  const [h = 0, m = 0] = time.split(":").map(Number);
  return { kind: "at-time", time, minutes: h * 60 + m, days: day.days ?? 0, workdays: day.workdays ?? 0 };
};

describe("parseDeadline accepts", () => {
  test.each<[string, Deadline]>([
    // elapsed
    ["15m", minutes(15)],
    ["15 min", minutes(15)],
    ["15 mins", minutes(15)],
    ["15 minutes", minutes(15)],
    ["1 minute", minutes(1)],
    ["4h", hours(4)],
    ["4 hr", hours(4)],
    ["4 hrs", hours(4)],
    ["4 hours", hours(4)],
    ["1.5h", hours(1.5)],
    [".5h", minutes(30)],
    ["90s", { kind: "duration", ms: 90_000, business: false }],
    ["90 sec", { kind: "duration", ms: 90_000, business: false }],
    ["1h30m", minutes(90)],
    ["1h 30m", minutes(90)],
    ["2小时30分钟", minutes(150)],
    ["PT15M", minutes(15)],
    ["pt15m", minutes(15)],
    ["PT1H30M", minutes(90)],
    ["PT24H", hours(24)],
    ["PT1.5H", minutes(90)],
    ["PT90S", { kind: "duration", ms: 90_000, business: false }],
    ["15分钟", minutes(15)],
    ["15分", minutes(15)],
    ["2小时", hours(2)],
    ["2个小时", hours(2)],
    ["两小时", hours(2)],
    ["一小时", hours(1)],
    ["十五分钟", minutes(15)],
    ["半小时", minutes(30)],
    ["半个小时", minutes(30)],
    ["1个半小时", minutes(90)],
    ["一个半小时", minutes(90)],
    ["两个半小时", minutes(150)],
    ["24小时", hours(24)],
    ["2小时内", hours(2)],
    ["2小时以内", hours(2)],
    ["2小时之内", hours(2)],
    ["15分钟内", minutes(15)],
    // business hours
    ["8 business hours", businessHours(8)],
    ["8 working hours", businessHours(8)],
    ["1 business hour", businessHours(1)],
    ["8工作小时", businessHours(8)],
    ["8个工作小时", businessHours(8)],
    // calendar days
    ["2d", days(2)],
    ["2 days", days(2)],
    ["1 day", days(1)],
    ["1w", days(7)],
    ["1 week", days(7)],
    ["2 weeks", days(14)],
    ["P2D", days(2)],
    ["P1W", days(7)],
    ["3天", days(3)],
    ["3日", days(3)],
    ["一天", days(1)],
    ["1周", days(7)],
    ["一周内", days(7)],
    ["1个星期", days(7)],
    ["30天内", days(30)],
    ["2日内", days(2)],
    // calendar months
    ["1 month", months(1)],
    ["2 months", months(2)],
    ["1 year", months(12)],
    ["P1M", months(1)],
    ["P1Y", months(12)],
    ["P1Y6M", months(18)],
    ["1个月", months(1)],
    ["一个月", months(1)],
    ["1年", months(12)],
    // workdays
    ["1 workday", workdays(1)],
    ["3 workdays", workdays(3)],
    ["1 working day", workdays(1)],
    ["2 business days", workdays(2)],
    ["1个工作日", workdays(1)],
    ["3个工作日", workdays(3)],
    ["3工作日", workdays(3)],
    ["一个工作日内", workdays(1)],
    // end of day
    ["end of day", endOfDay(0)],
    ["eod", endOfDay(0)],
    ["same day", endOfDay(0)],
    ["today", endOfDay(0)],
    ["by end of day", endOfDay(0)],
    ["当天", endOfDay(0)],
    ["当日", endOfDay(0)],
    ["当天内", endOfDay(0)],
    ["end of tomorrow", endOfDay(1)],
    ["end of next day", endOfDay(1)],
    ["next day", endOfDay(1)],
    ["次日", endOfDay(1)],
    ["第二天", endOfDay(1)],
    // end of workday
    ["end of workday", endOfWorkday(0)],
    ["end of business day", endOfWorkday(0)],
    ["end of working day", endOfWorkday(0)],
    ["end of next workday", endOfWorkday(1)],
    ["end of next business day", endOfWorkday(1)],
    ["next workday", endOfWorkday(1)],
    ["次个工作日", endOfWorkday(1)],
    ["下一个工作日", endOfWorkday(1)],
    // at a time
    ["by 18:00", at("18:00")],
    ["by 9:00", at("09:00")],
    ["by 6pm", at("18:00")],
    ["today by 18:00", at("18:00")],
    ["next day by 09:00", at("09:00", { days: 1 })],
    ["tomorrow by 09:00", at("09:00", { days: 1 })],
    ["by 09:00 tomorrow", at("09:00", { days: 1 })],
    ["next workday by 16:00", at("16:00", { workdays: 1 })],
    ["by 16:00 next business day", at("16:00", { workdays: 1 })],
    ["次日09:00前", at("09:00", { days: 1 })],
    ["次日9点前", at("09:00", { days: 1 })],
    ["下一个工作日16:00前", at("16:00", { workdays: 1 })],
    ["当天18:00前", at("18:00")],
    ["18点前", at("18:00")],
    ["下午6点前", at("18:00")],
    ["当天17点半前", at("17:30")],
    // case, spacing, full-width characters
    ["  END  OF   DAY ", endOfDay(0)],
    ["15 Minutes", minutes(15)],
    ["1 Workday", workdays(1)],
    ["By 18:00", at("18:00")],
    ["ＰＴ１５Ｍ", minutes(15)],
    ["次日９：００前", at("09:00", { days: 1 })],
  ])("%j", (input, expected) => {
    expect(parseDeadline(input)).toEqual({ ok: true, value: expected });
  });
});

describe("parseDeadline rejects", () => {
  test.each<[string | number, string, string]>([
    [
      "15 minuets",
      'expected a time like 15m, 4h, 1 workday, end of next workday, by 18:00 or PT15M, got "15 minuets"',
      "did you mean `minutes`?",
    ],
    ["4 hous", 'got "4 hous"', "did you mean `hours`?"],
    ["2 wrokdays", 'got "2 wrokdays"', "did you mean `workdays`"],
    ["end of next wokday", 'got "end of next wokday"', "did you mean `end of next workday`"],
    ["tomorow", 'got "tomorow"', "did you mean `tomorrow`?"],
    ["15 parsecs", 'got "15 parsecs"', "units:"],
    ["soon", 'got "soon"', "end of next workday"],
    ["30", "a duration needs a unit: write `30m` (minutes) or `30h`", "units:"],
    [30, "a duration needs a unit: write `30m` (minutes) or `30h`", "15m"],
    ["0m", "must be greater than zero", "positive"],
    ["0 workdays", "must be greater than zero", "positive"],
    ["-5m", "must be greater than zero", "positive"],
    [0, "must be greater than zero", "15m"],
    [-3, "must be greater than zero", "15m"],
    ["PT0S", "must be greater than zero", "positive"],
    ["P1DT2H", '"P1DT2H" mixes calendar days with hours', "write 26h for elapsed time or 1d for calendar days"],
    ["P1DT2H", "mixes", "days are calendar days"],
    ["1d 2h", "mixes calendar days with hours", "26h"],
    ["P1M2D", "mixes calendar months with days", "P1M"],
    ["PT", "not a valid ISO 8601 duration", "PT15M"],
    ["P1.5D", "not a valid ISO 8601 duration", "P2D"],
    ["11 years", "is longer than 10 years", "at most 10 years"],
    ["P11Y", "is longer than 10 years", "at most 10 years"],
    ["100000h", "is longer than 10 years", "at most 10 years"],
    ["4000d", "is longer than 10 years", "at most 10 years"],
    ["99999999999999999999999999999999999m", "is longer than 10 years", "at most 10 years"],
    ["by 25:00", '"25:00" is not a valid time of day', "hours go from 00 to 23"],
    ["by 18:60", "not a valid time of day", "minutes from 00 to 59"],
    ["次日25点前", "not a valid time of day", "hours go from 00 to 23"],
    ["by 24:00", "not allowed here", "end of day"],
    ["by noonish", "expected a time of day after `by`", "by 18:00"],
    ["18:00", '"18:00" is a time of day, not a deadline', "write `by 18:00`"],
    ["9点", "is a time of day, not a deadline", "by 09:00"],
    ["24:00", "is a time of day, not a deadline", "end of day"],
    ["25:00", "not a valid time of day", "hours go from 00 to 23"],
    ["", "got an empty value", "15m"],
    ["   ", "got an empty value", "15m"],
    ["1.5d", "days must be a whole number", "36h"],
    ["1.5 workdays", "workdays must be a whole number", "business hours"],
    ["1.5 months", "months must be a whole number", "45d"],
    ["1.5w", "weeks must be a whole number", "252h"],
    ["半天", "is ambiguous", "12小时"],
    ["3月", 'got "3月"', "3个月"],
    ["1h 1d", "mixes calendar days", "1d"],
    ["1 workday 2h", "do not add up", "only elapsed units combine"],
    ["1e3m", 'got "1e3m"', "units:"],
    [Number.NaN, "got NaN", "15m"],
  ])("%j", (input, message, hint) => {
    const result = parseDeadline(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(message);
    expect(result.hint).toContain(hint);
  });
});

test("every documented form parses", () => {
  for (const form of deadlineForms) expect(parseDeadline(form), form).toMatchObject({ ok: true });
});

describe("properties", () => {
  const elapsedUnits: readonly [string, number][] = [
    ["s", 1_000],
    ["sec", 1_000],
    ["seconds", 1_000],
    ["秒", 1_000],
    ["m", 60_000],
    ["min", 60_000],
    ["mins", 60_000],
    ["minutes", 60_000],
    ["分钟", 60_000],
    ["分", 60_000],
    ["h", 3_600_000],
    ["hr", 3_600_000],
    ["hours", 3_600_000],
    ["小时", 3_600_000],
    ["个小时", 3_600_000],
  ];
  const calendarUnits: readonly [string, Deadline["kind"], number][] = [
    ["d", "calendar-days", 1],
    ["days", "calendar-days", 1],
    ["天", "calendar-days", 1],
    ["w", "calendar-days", 7],
    ["周", "calendar-days", 7],
    ["months", "calendar-months", 1],
    ["个月", "calendar-months", 1],
    ["years", "calendar-months", 12],
    ["workdays", "workdays", 1],
    ["个工作日", "workdays", 1],
  ];

  test("n + elapsed unit parses back to n × the unit in ms", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }).map((hundredths) => hundredths / 100),
        fc.constantFrom(...elapsedUnits),
        fc.constantFrom("", " "),
        (n, [unit, unitMs], space) => {
          expect(parseDeadline(`${n}${space}${unit}`)).toEqual({
            ok: true,
            value: { kind: "duration", ms: Math.round(n * unitMs), business: false },
          });
        },
      ),
    );
  });

  test("n + calendar unit parses back to n × the unit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.constantFrom(...calendarUnits), (n, [unit, kind, size]) => {
        const field = kind === "calendar-days" ? "days" : kind === "calendar-months" ? "months" : "workdays";
        expect(parseDeadline(`${n} ${unit}`)).toEqual({ ok: true, value: { kind, [field]: n * size } });
      }),
    );
  });

  test("ISO PTnHnM equals the same hours and minutes written plainly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        fc.pre(h + m > 0);
        expect(parseDeadline(`PT${h}H${m}M`)).toEqual(parseDeadline(`${h}h${m}m`));
      }),
    );
  });

  test("any text gives a value or a message with a hint, never a throw", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.double()), (input) => {
        const result = parseDeadline(input);
        if (!result.ok) {
          expect(result.message.length).toBeGreaterThan(0);
          expect(result.hint.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
