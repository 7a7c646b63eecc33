import { loadStandard } from "@yardstick/dsl";
import { describe, expect, test } from "vitest";
import { codesOf, diagnosticsOf } from "../helpers/diagnostics.js";
import { HEADER_LINES, minimalStandard, repairTicket } from "../helpers/minimal-standard.js";
import { yaml } from "../helpers/yaml.js";

const line = (n: number) => HEADER_LINES + n;
const office = `
  calendars:
    office: { hours: { mon-fri: 08:30-17:30 } }
`;
const standard = (clock: string) =>
  minimalStandard(yaml`
    ${office}
    ${repairTicket(`
      priorities:
        urgent: { when: { category: water_leak } }
        normal: {}
      clocks:
        arrival: { title: { en: On site }, start: reported, stop: on_site, ${clock} }
    `)}
  `);

describe("clock-targets", () => {
  test("a per-priority target that leaves a priority out", () => {
    expect(diagnosticsOf(standard("target: { urgent: 15m }"))).toEqual([
      {
        code: "missing-target",
        severity: "error",
        line: line(17),
        column: 82,
        message: "clock `arrival` has no target for priority `normal`",
      },
    ]);
  });

  test("a misspelt priority in `target` is one mistake: the unknown key, at the key, not also a missing target", () => {
    // `target: { ` ends at column 82: the key `urgnet` starts at 84.
    expect(diagnosticsOf(standard("target: { urgnet: 15m, normal: 2h }"))).toEqual([
      {
        code: "unknown-priority",
        severity: "error",
        line: line(17),
        column: 84,
        message: "unknown priority `urgnet` in ticket kind `repair`",
      },
    ]);
    const [typo] = loadStandard(standard("target: { urgnet: 15m, normal: 2h }")).diagnostics;
    expect(typo!.hint).toBe("did you mean `urgent`?");
    expect(typo!.path).toEqual(["tickets", "repair", "clocks", "arrival", "target", "urgnet"]);
    // The typo stands for `urgent`; `normal` is still missing.
    expect(diagnosticsOf(standard("target: { urgnet: 15m }")).map((d) => [d.code, d.message])).toEqual([
      ["missing-target", "clock `arrival` has no target for priority `normal`"],
      ["unknown-priority", "unknown priority `urgnet` in ticket kind `repair`"],
    ]);
  });

  test("near miss: a key close to no priority without a target leaves the missing target reported", () => {
    const unrelated = loadStandard(standard("target: { emergency: 15m, normal: 2h }")).diagnostics;
    expect(unrelated.map((d) => [d.code, d.message, d.hint])).toEqual([
      ["missing-target", "clock `arrival` has no target for priority `urgent`", expect.any(String)],
      [
        "unknown-priority",
        "unknown priority `emergency` in ticket kind `repair`",
        "declared priorities in ticket kind `repair`: `urgent`, `normal`",
      ],
    ]);
    // `urgnet` is close to `urgent`, which has its target: the missing one is `normal`, not taken.
    expect(codesOf(standard("target: { urgent: 15m, urgnet: 2h }"))).toEqual(["missing-target", "unknown-priority"]);
  });

  test("near miss: one target for every priority, or one per priority", () => {
    expect(codesOf(standard("target: 2h"))).toEqual([]);
    expect(codesOf(standard("target: { urgent: 15m, normal: 2h }"))).toEqual([]);
  });

  test("near miss: a target written but unparsable is an invalid deadline, not also a missing target", () => {
    expect(codesOf(standard("target: { urgent: 15m, normal: 2 hourz }"))).toEqual(["invalid-deadline"]);
  });

  test("working time on the 24x7 calendar, for each form that counts working time", () => {
    for (const target of ["8 business hours", "1 workday", "end of next workday", "下一个工作日16:00前"]) {
      expect(codesOf(standard(`target: ${target}`)), target).toEqual(["business-time-without-calendar"]);
    }
    expect(diagnosticsOf(standard("target: { urgent: 2h, normal: 1 workday }"))).toMatchObject([
      {
        code: "business-time-without-calendar",
        message: "`1 workday` counts working time, but clock `arrival` runs on the 24x7 calendar",
      },
    ]);
  });

  test("near miss: working time on a calendar with hours, and elapsed or wall-clock time on 24x7", () => {
    expect(codesOf(standard("target: 1 workday, calendar: office"))).toEqual([]);
    for (const target of ["24h", "end of day", "by 18:00", "次日9点前", "3d"]) {
      expect(codesOf(standard(`target: ${target}`)), target).toEqual([]);
    }
  });
});
