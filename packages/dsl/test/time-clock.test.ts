import { describe, expect, test } from "vitest";
import { parseClockRange, parseTimeOfDay } from "../src/time/index.js";
import type { ClockRange, TimeOfDay } from "../src/time/index.js";

const t = (time: string): TimeOfDay => {
  const [h = 0, m = 0] = time.split(":").map(Number);
  return { time, minutes: h * 60 + m };
};

describe("parseTimeOfDay", () => {
  test.each<[string, TimeOfDay]>([
    ["09:00", t("09:00")],
    ["9:00", t("09:00")],
    ["18:30", t("18:30")],
    ["00:00", t("00:00")],
    ["23:59", t("23:59")],
    [" 7:05 ", t("07:05")],
    ["６：３０", t("06:30")],
    ["6pm", t("18:00")],
    ["6:30 PM", t("18:30")],
    ["12am", t("00:00")],
    ["12pm", t("12:00")],
    ["18点", t("18:00")],
    ["9点半", t("09:30")],
    ["9点30分", t("09:30")],
    ["下午6点", t("18:00")],
    ["晚上10点", t("22:00")],
    ["上午9点", t("09:00")],
  ])("%j", (input, expected) => {
    expect(parseTimeOfDay(input)).toEqual({ ok: true, value: expected });
  });

  test("24:00 only where allowed", () => {
    expect(parseTimeOfDay("24:00", { allowEndOfDay: true })).toEqual({
      ok: true,
      value: { time: "24:00", minutes: 1440 },
    });
    expect(parseTimeOfDay("24:00")).toMatchObject({
      ok: false,
      message: '"24:00" is not allowed here',
      hint: expect.stringContaining("00:00"),
    });
  });

  test.each<[string | number, string, string]>([
    ["25:00", '"25:00" is not a valid time of day', "hours go from 00 to 23"],
    ["12:60", "not a valid time of day", "minutes from 00 to 59"],
    ["24:30", "not a valid time of day", "00 to 23"],
    ["13pm", "not a valid time of day", "1 to 12"],
    ["0900", 'got "0900"', "09:00"],
    ["noon", 'got "noon"', "09:00"],
    ["9:5", 'got "9:5"', "09:00"],
    ["", "got an empty value", "09:00"],
    [540, "got the number 540", "write hours and minutes with a colon: 05:40"],
    [900, "got the number 900", "write hours and minutes with a colon: 09:00"],
  ])("rejects %j", (input, message, hint) => {
    const result = parseTimeOfDay(input);
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining(message),
      hint: expect.stringContaining(hint),
    });
  });
});

describe("parseClockRange", () => {
  const range = (start: string, end: string, crossesMidnight: boolean, minutes: number): ClockRange => ({
    start: t(start),
    end: t(end),
    crossesMidnight,
    minutes,
  });

  test.each<[string, ClockRange]>([
    ["08:30-12:00", range("08:30", "12:00", false, 210)],
    ["8:30-12:00", range("08:30", "12:00", false, 210)],
    ["08:30 - 12:00", range("08:30", "12:00", false, 210)],
    ["08:30–12:00", range("08:30", "12:00", false, 210)],
    ["08:30—12:00", range("08:30", "12:00", false, 210)],
    ["08:30~12:00", range("08:30", "12:00", false, 210)],
    ["08:30～12:00", range("08:30", "12:00", false, 210)],
    ["8:30 to 12:00", range("08:30", "12:00", false, 210)],
    ["8:30至12:00", range("08:30", "12:00", false, 210)],
    ["22:00-06:00", range("22:00", "06:00", true, 480)],
    ["23:30-00:30", range("23:30", "00:30", true, 60)],
    ["00:00-24:00", range("00:00", "24:00", false, 1440)],
    ["22:00-24:00", range("22:00", "24:00", false, 120)],
  ])("%j", (input, expected) => {
    expect(parseClockRange(input)).toEqual({ ok: true, value: expected });
  });

  test.each<[string | number, string, string]>([
    ["08:00-08:00", "ends where it starts", "00:00-24:00"],
    ["00:00-00:00", "ends where it starts", "00:00-24:00"],
    ["24:00-06:00", "invalid start of range", "cannot start at 24:00"],
    ["08:30-25:00", "invalid end of range", "hours go from 00 to 23"],
    ["08:30", 'got "08:30"', "08:30-18:00"],
    ["morning", 'got "morning"', "08:30-12:00"],
    ["08:30-noon", 'got "08:30-noon"', "time of day"],
    ["", "got an empty value", "08:30-12:00"],
    [830, "got the number 830", "08:30-12:00"],
  ])("rejects %j", (input, message, hint) => {
    expect(parseClockRange(input)).toMatchObject({
      ok: false,
      message: expect.stringContaining(message),
      hint: expect.stringContaining(hint),
    });
  });
});
