import { loadStandard } from "@yardstick/dsl";
import { describe, expect, test } from "vitest";
import { codesOf, diagnosticsOf } from "../helpers/diagnostics.js";
import { HEADER_LINES, minimalStandard, repairTicket } from "../helpers/minimal-standard.js";
import { yaml } from "../helpers/yaml.js";

const line = (n: number) => HEADER_LINES + n;
/** Repair priorities from `priorities` (YAML, one per line); the first is on body line 12. */
const withPriorities = (priorities: string) =>
  minimalStandard(
    repairTicket(yaml`
  priorities:
    ${priorities}
`),
  );
const first = 12;

describe("priority-matchers", () => {
  test("a priority shadowed by an earlier, wider one can never be chosen", () => {
    const text = withPriorities(`
      urgent: { when: { category: [water_leak, power_cut, lift_trapped] } }
      lift: { when: { category: lift_trapped } }
      normal: {}
    `);
    expect(diagnosticsOf(text)).toEqual([
      {
        code: "ambiguous-priority",
        severity: "error",
        line: line(first + 1),
        column: 7,
        message: "priority `lift` can never be chosen: every ticket it matches is matched first by `urgent`",
      },
    ]);
  });

  test("near miss: the narrower priority listed first", () => {
    const text = withPriorities(`
      lift: { when: { category: lift_trapped } }
      urgent: { when: { category: [water_leak, power_cut, lift_trapped] } }
      normal: {}
    `);
    expect(codesOf(text)).toEqual([]);
  });

  test("a priority after a catch-all is shadowed; two catch-alls are reported once", () => {
    expect(
      diagnosticsOf(
        withPriorities(`
      normal: {}
      urgent: { when: { category: water_leak } }
    `),
      ),
    ).toMatchObject([
      {
        code: "ambiguous-priority",
        line: line(first + 1),
        message: "priority `urgent` can never be chosen: `normal` matches every ticket",
      },
    ]);
    expect(
      diagnosticsOf(
        withPriorities(`
      urgent: { when: { category: water_leak } }
      normal: {}
      routine: {}
    `),
      ),
    ).toMatchObject([
      { code: "ambiguous-priority", line: line(first + 2), message: "`normal` and `routine` both match every ticket" },
    ]);
  });

  test("two priorities sharing a value warn that the order decides, and the model is still given", () => {
    const text = withPriorities(`
      urgent: { when: { category: [water_leak, power_cut] } }
      electrical: { when: { category: [power_cut, socket] } }
      normal: {}
    `);
    const { standard, diagnostics } = loadStandard(text);
    expect(diagnostics).toMatchObject([
      {
        code: "ambiguous-priority",
        severity: "warning",
        line: line(first + 1),
        message: expect.stringContaining("both match tickets with category = power_cut; `urgent`, listed first, wins"),
      },
    ]);
    expect(standard?.tickets.repair?.priorities.map((p) => p.id)).toEqual(["urgent", "electrical", "normal"]);
  });

  test("no overlap warning when another field keeps the matchers apart", () => {
    const disjoint = [
      // the same category, but floors that cannot both hold
      `high: { when: { category: water_leak, floor: { gte: 10 } } }
      low: { when: { category: water_leak, floor: { lt: 10 } } }`,
      // the same category, two buildings
      `east: { when: { category: [water_leak, power_cut], building: A } }
      west: { when: { category: [power_cut], building: [B, C] } }`,
      // one excludes what the other needs
      `vip: { when: { category: water_leak, tier: vip } }
      other: { when: { category: water_leak, tier: { ne: vip } } }`,
      // one needs a field the other says is absent
      `booked: { when: { category: water_leak, appointmentAt: { exists: true } } }
      walkin: { when: { category: water_leak, appointmentAt: { exists: false } } }`,
    ];
    for (const pair of disjoint)
      expect(codesOf(withPriorities(`\n      ${pair}\n      normal: {}\n    `)), pair).toEqual([]);
    // near miss: bounds that meet at 10 overlap there
    expect(
      codesOf(
        withPriorities(`
      high: { when: { category: water_leak, floor: { gte: 10 } } }
      low: { when: { category: water_leak, floor: { lte: 10 } } }
      normal: {}
    `),
      ),
    ).toEqual(["ambiguous-priority"]);
  });

  test("near miss: disjoint values, and tests on different fields", () => {
    expect(
      codesOf(
        withPriorities(`
      urgent: { when: { category: [water_leak, power_cut] } }
      electrical: { when: { category: [socket, switch] } }
      high: { when: { floor: { gte: 30 } } }
      normal: {}
    `),
      ),
    ).toEqual([]);
  });

  test("two defaults, and a default with a `when` that is not last", () => {
    const text = withPriorities(`
      urgent: { when: { category: water_leak }, default: true }
      normal: { when: { category: door }, default: true }
    `);
    expect(diagnosticsOf(text).map((d) => [d.severity, d.message])).toEqual([
      ["warning", "default priority `urgent` has a `when` and is not listed last"],
      ["error", "`urgent` and `normal` are both marked `default`"],
    ]);
  });

  test("near miss: one default, listed last, without `when`", () => {
    expect(
      codesOf(
        withPriorities(`
      urgent: { when: { category: water_leak } }
      normal: { default: true }
    `),
      ),
    ).toEqual([]);
  });
});
