import { describe, expect, test } from "vitest";
import { durationForms, parseDuration } from "../src/time/index.js";
import type { Duration } from "../src/time/index.js";

describe("parseDuration accepts amounts", () => {
  test.each<[string, Duration]>([
    ["2h", { kind: "duration", ms: 7_200_000, business: false }],
    ["15m", { kind: "duration", ms: 900_000, business: false }],
    ["1h30m", { kind: "duration", ms: 5_400_000, business: false }],
    ["PT15M", { kind: "duration", ms: 900_000, business: false }],
    ["1小时内", { kind: "duration", ms: 3_600_000, business: false }],
    ["8 business hours", { kind: "duration", ms: 28_800_000, business: true }],
    ["30d", { kind: "calendar-days", days: 30 }],
    ["30天", { kind: "calendar-days", days: 30 }],
    ["1w", { kind: "calendar-days", days: 7 }],
    ["1 month", { kind: "calendar-months", months: 1 }],
    ["一个月", { kind: "calendar-months", months: 1 }],
    ["1 year", { kind: "calendar-months", months: 12 }],
  ])("%j", (input, expected) => {
    expect(parseDuration(input)).toEqual({ ok: true, value: expected });
  });

  test("every documented form parses", () => {
    for (const form of durationForms) expect(parseDuration(form), form).toMatchObject({ ok: true });
  });
});

describe("parseDuration rejects", () => {
  test.each<[string | number, string, string]>([
    [
      "1 workday",
      '"1 workday" is a deadline (the end of a working day), not a length of time',
      "24h, 1d or 8 business hours",
    ],
    ["3个工作日", "is a deadline", "8 business hours"],
    ["end of day", '"end of day" is a deadline, not a length of time', "24h"],
    ["end of next workday", "is a deadline", "24h"],
    ["by 18:00", "is a deadline", "24h"],
    ["次日", "is a deadline", "24h"],
    ["2 hous", 'expected a duration like 15m, 2h, 30d, 1 month or PT15M, got "2 hous"', "did you mean `hours`?"],
    ["often", 'got "often"', "15m"],
    ["30", "a duration needs a unit: write `30m` (minutes) or `30h`", "units:"],
    [30, "a duration needs a unit", "15m"],
    ["0h", "must be greater than zero", "positive"],
    ["P1DT2H", "mixes calendar days with hours", "26h"],
    ["1.5d", "whole number", "36h"],
    ["", "got an empty value", "15m"],
  ])("%j", (input, message, hint) => {
    expect(parseDuration(input)).toMatchObject({
      ok: false,
      message: expect.stringContaining(message),
      hint: expect.stringContaining(hint),
    });
  });
});
