// Every way a time expression can fail is worded in Chinese too: the diagnostic a standard loaded
// with `lang: "zh"` gives for a bad time is Chinese through and through, not an English detail.
import {
  loadStandard,
  parseClockRange,
  parseDeadline,
  parseDuration,
  parseEscalationTrigger,
  parsePercent,
  parseTimeOfDay,
  type ParseResult,
} from "@yardstick/dsl";
import { describe, expect, test } from "vitest";
import { checkRrule } from "../src/time/check-rrule.js";
import { parseMonths, parseYearDate } from "../src/time/parse-months.js";
import { parseTarget } from "../src/time/parse-target.js";

const HAN = /\p{Script=Han}/u;
/** The words of a text that are its own: without quoted code and values. */
const own = (text: string) => text.replace(/`[^`]*`|"[^"]*"/g, "");

const bad: [string, (input: string | number) => ParseResult<unknown>, (string | number)[]][] = [
  [
    "deadline",
    parseDeadline,
    [
      15,
      0,
      Infinity,
      "",
      "15 minuets",
      "18:00",
      "24:00",
      "25:00",
      "by noon",
      "半天",
      "3月",
      "1d 2h",
      "P1M2D",
      "PT",
      "0m",
      "-5m",
      "11 years",
      "1.5 workdays",
      "2 months 3 days",
      "xyz",
    ],
  ],
  ["target", parseTarget, ["2 workdays elapsed", "1d elapsed"]],
  ["duration", parseDuration, [15, "", "1 workday", "end of day", "2 hourz", "1个半天"]],
  ["time of day", (i) => parseTimeOfDay(i), [930, "", "930", "13pm", "24:00", "9:75", "noon"]],
  ["clock range", parseClockRange, [800, "", "08:30", "24:00-06:00", "08:00-08:00", "08:00-25:00", "a-b"]],
  ["percent", (i) => parsePercent(i), [0.8, "", "80", "0%", "120%", "abc"]],
  [
    "escalation point",
    parseEscalationTrigger,
    [30, "", "breach - 30m", "breach + 1 workday", "breach + xyz", "braech", "0%"],
  ],
  ["months", parseMonths, ["jun-", "smarch", "1-2-3"]],
  ["date of the year", parseYearDate, ["12/32", "2-30", "christmas"]],
  [
    "rrule",
    (i) => checkRrule(String(i)),
    [
      "FREQ=WEEKLY\nBYDAY=MO",
      "FRQ=DAILY",
      "FREQ=DAYLY",
      "FREQ=WEEKLY;BYDAY=XX",
      "FREQ=DAILY;BYHOUR=25",
      "FREQ=DAILY;INTERVAL=0",
      "BYDAY=MO",
      "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
    ],
  ],
];

describe.each(bad)("a bad %s", (_what, parse, inputs) => {
  test.each(inputs.map((i) => [JSON.stringify(i), i] as const))("%s fails in both languages", (_shown, input) => {
    const result = parse(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).not.toMatch(HAN.test(String(input)) ? /^$/ : HAN);
    expect(own(result.zh.message), result.zh.message).toMatch(HAN);
    expect(own(result.zh.hint), result.zh.hint).toMatch(HAN);
  });
});

test("a standard loaded in Chinese words a bad target in Chinese, its English unchanged", () => {
  const text = [
    "standard: s",
    "version: '1'",
    "title: { en: S }",
    "timezone: Asia/Shanghai",
    "tickets:",
    "  repair:",
    "    title: { en: Repair }",
    "    states: { open: { on: { fix: done } }, done: { final: true } }",
    "    clocks:",
    "      fix: { title: { en: Fix }, start: open, stop: done, target: 18:00 }",
    "",
  ].join("\n");
  const [en] = loadStandard(text).diagnostics;
  const [zh] = loadStandard(text, { lang: "zh" }).diagnostics;
  expect(en).toMatchObject({ code: "invalid-deadline", message: '"18:00" is a time of day, not a deadline' });
  expect(zh).toMatchObject({ code: "invalid-deadline", line: en!.line, column: en!.column });
  expect(zh!.message).toBe('期限写法有误："18:00" 是一个时刻，不是期限');
  expect(zh!.hint).toBe("写 `18:00前`（当天 18:00）或 `次日18:00前`");
});
