import { describe, expect, test } from "vitest";
import { parseEscalationTrigger, parsePercent } from "../src/time/index.js";
import type { EscalationTrigger } from "../src/time/index.js";

describe("parsePercent", () => {
  test.each<[string, number]>([
    ["80%", 80],
    ["80 %", 80],
    ["95.5%", 95.5],
    ["100%", 100],
    ["0.5%", 0.5],
    ["８０％", 80],
  ])("%j", (input, percent) => {
    expect(parsePercent(input)).toEqual({ ok: true, value: { percent } });
  });

  test("more than 100% only with allowAbove100", () => {
    expect(parsePercent("150%", { allowAbove100: true })).toEqual({ ok: true, value: { percent: 150 } });
    expect(parsePercent("150%")).toMatchObject({
      ok: false,
      message: '"150%" is more than 100%',
      hint: expect.stringContaining("at most 100%"),
    });
  });

  test.each<[string | number, string, string]>([
    ["0%", "must be greater than zero", "80%"],
    ["-5%", "must be greater than zero", "80%"],
    ["80", 'expected a percentage like 80% or 95.5%, got "80"', "write 80% with the % sign"],
    ["eighty percent", 'got "eighty percent"', "80%"],
    ["", "got an empty value", "80%"],
    [80, "a percentage needs a % sign, got the number 80", '"80%"'],
    [0.8, "got the number 0.8", '"80%"'],
  ])("rejects %j", (input, message, hint) => {
    expect(parsePercent(input)).toMatchObject({
      ok: false,
      message: expect.stringContaining(message),
      hint: expect.stringContaining(hint),
    });
  });
});

describe("parseEscalationTrigger", () => {
  test.each<[string, EscalationTrigger]>([
    ["warning", { anchor: "warning", offsetMs: 0 }],
    ["breach", { anchor: "breach", offsetMs: 0 }],
    ["Breach", { anchor: "breach", offsetMs: 0 }],
    ["start", { anchor: "start", offsetMs: 0 }],
    ["breach + 30m", { anchor: "breach", offsetMs: 1_800_000 }],
    ["breach+1h", { anchor: "breach", offsetMs: 3_600_000 }],
    ["breach + 1.5h", { anchor: "breach", offsetMs: 5_400_000 }],
    ["breach + PT30M", { anchor: "breach", offsetMs: 1_800_000 }],
    ["start + 2h", { anchor: "start", offsetMs: 7_200_000 }],
    ["warning + 10 minutes", { anchor: "warning", offsetMs: 600_000 }],
    ["30m after breach", { anchor: "breach", offsetMs: 1_800_000 }],
    ["超时", { anchor: "breach", offsetMs: 0 }],
    ["预警", { anchor: "warning", offsetMs: 0 }],
    ["超时后30分钟", { anchor: "breach", offsetMs: 1_800_000 }],
    ["超时30分钟后", { anchor: "breach", offsetMs: 1_800_000 }],
    ["150%", { anchor: "elapsed-percent", percent: 150 }],
    ["80%", { anchor: "elapsed-percent", percent: 80 }],
  ])("%j", (input, expected) => {
    expect(parseEscalationTrigger(input)).toEqual({ ok: true, value: expected });
  });

  test.each<[string | number, string, string]>([
    [
      "breech",
      'expected an escalation point like warning, breach, breach + 30m, start + 2h or 150%, got "breech"',
      "did you mean `breach`?",
    ],
    ["warnign + 5m", 'got "warnign + 5m"', "did you mean `warning`?"],
    ["breach - 10m", "is before its anchor", "90%"],
    ["breach + 1d", "must be elapsed time", "breach + 24h"],
    ["breach + 8 business hours", "must be elapsed time", "minutes or hours"],
    ["breach + 30", "a duration needs a unit: write `30m`", "units:"],
    ["breach + 0m", "must be greater than zero", "positive"],
    ["breach + soon", 'got "breach + soon"', "30m"],
    ["0%", "must be greater than zero", "80%"],
    ["", "got an empty value", "breach + 30m"],
    [150, "got the number 150", "150%"],
  ])("rejects %j", (input, message, hint) => {
    expect(parseEscalationTrigger(input)).toMatchObject({
      ok: false,
      message: expect.stringContaining(message),
      hint: expect.stringContaining(hint),
    });
  });
});
