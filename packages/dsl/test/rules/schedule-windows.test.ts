import { loadStandard } from "@yardstick/dsl";
import { describe, expect, test } from "vitest";
import { codesOf, diagnosticsOf } from "../helpers/diagnostics.js";
import { HEADER_LINES, minimalStandard } from "../helpers/minimal-standard.js";
import { yaml } from "../helpers/yaml.js";

const line = (n: number) => HEADER_LINES + n;
/** One duty `patrol` from its keys, one `key: value` per line (body lines 4…). */
const duty = (...keys: string[]) =>
  minimalStandard(yaml`
    duties:
      patrol:
        title: { en: Patrol }
        ${keys.join("\n")}
  `);

describe("schedule-windows", () => {
  test("an interval longer than its window", () => {
    expect(diagnosticsOf(duty("every: 9h", "between: 22:00-06:00"))).toEqual([
      {
        code: "impossible-schedule",
        severity: "error",
        line: line(4),
        column: 12,
        message: "every 9h does not fit in the window 22:00-06:00 (480 minutes)",
      },
    ]);
  });

  test("near miss: an interval that fits a window across midnight, and an interval as long as the window", () => {
    expect(codesOf(duty("every: 2h", "between: 22:00-06:00"))).toEqual([]);
    expect(codesOf(duty("every: 8h", "between: 22:00-06:00"))).toEqual([]);
  });

  test("a time outside its window; near miss: times inside a window across midnight", () => {
    const text = minimal("at: [21:00, 23:00]");
    expect(diagnosticsOf(text)).toMatchObject([
      { code: "impossible-schedule", line: line(5), column: 10, message: "21:00 is outside the window 22:00-06:00" },
    ]);
    expect(codesOf(minimal("at: [23:00, 05:30]"))).toEqual([]);

    function minimal(at: string) {
      return minimalStandard(yaml`
        duties:
          patrol:
            title: { en: Patrol }
            between: 22:00-06:00
            ${at}
      `);
    }
  });

  test("`between` alone, `every` with `at`, and days counted in a daily window", () => {
    expect(codesOf(duty("between: 08:00-18:00"))).toEqual(["impossible-schedule"]);
    expect(diagnosticsOf(duty("every: 2h", "at: 09:00")).map((d) => d.message)).toEqual([
      "`every` and `at` both say when the duty is due",
    ]);
    expect(diagnosticsOf(duty("every: 1d", "between: 18:00-23:00")).map((d) => d.message)).toEqual([
      "every 1d is counted in days, so a daily window `between` cannot hold it",
    ]);
  });

  test("an RRULE with simple keys, and `monthly` with `days`", () => {
    expect(codesOf(duty("rrule: FREQ=WEEKLY;BYDAY=MO", "days: mon"))).toEqual(["impossible-schedule"]);
    expect(codesOf(duty("monthly: [1, 15]", "days: weekdays", "at: 10:00"))).toEqual(["impossible-schedule"]);
  });

  test("near miss: an RRULE alone, and days of the month with times", () => {
    expect(codesOf(duty("rrule: FREQ=MONTHLY;BYMONTHDAY=-1"))).toEqual([]);
    expect(codesOf(duty("monthly: [1, 28]", "at: 10:00"))).toEqual([]);
  });

  test("day 31 is a warning (some months skip the duty); the model keeps it", () => {
    const { standard, diagnostics } = loadStandard(duty("monthly: [31]", "at: 10:00"));
    expect(diagnostics).toMatchObject([
      { code: "short-month", severity: "warning", message: "day 31 does not exist in every month" },
    ]);
    expect(standard?.duties.patrol?.schedule).toMatchObject({ kind: "recurring", monthly: [31] });
  });

  test("a tolerance as long as the interval warns; near miss: a shorter one", () => {
    expect(diagnosticsOf(duty("every: 2h", "between: 22:00-06:00", "tolerance: 120m"))).toMatchObject([
      {
        code: "overlapping-occurrences",
        severity: "warning",
        line: line(6),
        message: "a tolerance of 120m is not shorter than the interval 2h",
      },
    ]);
    expect(codesOf(duty("every: 2h", "between: 22:00-06:00", "tolerance: 119m"))).toEqual([]);
  });

  test("near miss: triggered and date-relative duties have no window to check", () => {
    expect(codesOf(duty("on: rain_stopped", "within: 1h"))).toEqual([]);
    expect(codesOf(duty("before: 1 month", "of: unit.warrantyEnd"))).toEqual([]);
  });
});
