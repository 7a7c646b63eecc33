import { describe, expect, test } from "vitest";
import { codesOf, diagnosticsOf } from "../helpers/diagnostics.js";
import { HEADER_LINES, minimalStandard, repairTicket } from "../helpers/minimal-standard.js";
import { yaml } from "../helpers/yaml.js";

const line = (n: number) => HEADER_LINES + n;
// The pyramid: technician → foreman → manager; the cleaner reports to the manager too.
const roles = `
  roles:
    technician: { title: { en: Technician }, reportsTo: foreman }
    foreman: { title: { en: Foreman }, reportsTo: manager }
    manager: { title: { en: Manager } }
    cleaner: { title: { en: Cleaner }, reportsTo: manager }
`;
/** A repair clock escalating through `levels` (`{ at, notify }` flow maps, one per line). */
const clock = (target: string, levels: string[], extra = "# no warn") => {
  const escalate = levels.map((l) => `- ${l}`).join("\n");
  return minimalStandard(yaml`
    ${roles}
    ${repairTicket(yaml`
      clocks:
        arrival:
          title: { en: On site }
          start: reported
          stop: on_site
          target: ${target}
          ${extra}
          escalate:
            ${escalate}
    `)}
  `);
};
/** The body line of the first level. */
const firstLevel = 24;

describe("escalation-order", () => {
  test("a level that fires before the one above it", () => {
    const text = clock("2h", ["{ at: breach + 30m, notify: foreman }", "{ at: breach, notify: manager }"]);
    expect(diagnosticsOf(text)).toEqual([
      {
        code: "escalation-out-of-order",
        severity: "error",
        line: line(firstLevel + 1),
        column: 19,
        message: "level 2 (`breach`) fires before level 1 (`breach + 30m`)",
      },
    ]);
  });

  test("times at different anchors compare through the target: `breach + 30m` of a 30m target is 200%", () => {
    expect(codesOf(clock("30m", ["{ at: breach + 30m, notify: foreman }", "{ at: 150%, notify: manager }"]))).toEqual([
      "escalation-out-of-order",
    ]);
  });

  test("near miss: the same levels with a 2h target (`breach + 30m` is 125%)", () => {
    expect(codesOf(clock("2h", ["{ at: breach + 30m, notify: foreman }", "{ at: 150%, notify: manager }"]))).toEqual(
      [],
    );
  });

  test("`warning` compares through the clock's first threshold", () => {
    expect(
      codesOf(clock("2h", ["{ at: warning, notify: technician }", "{ at: 50%, notify: foreman }"], "warn: 80%")),
    ).toEqual(["escalation-out-of-order"]);
    expect(
      codesOf(clock("2h", ["{ at: 50%, notify: technician }", "{ at: warning, notify: foreman }"], "warn: 80%")),
    ).toEqual([]);
  });

  test("near miss: when the order cannot be known (targets in working days), nothing is reported", () => {
    const text = minimalStandard(yaml`
      calendars:
        office: { hours: { mon-fri: 08:30-17:30 } }
      ${roles}
      ${repairTicket(`
        clocks:
          callback:
            title: { en: Callback }
            start: completed
            stop: closed
            target: 1 workday
            calendar: office
            escalate: [{ at: breach + 30m, notify: foreman }, { at: 110%, notify: manager }]
      `)}
    `);
    expect(codesOf(text)).toEqual([]);
  });

  test("a level that notifies someone below a role already notified", () => {
    const text = clock("2h", [
      "{ at: breach, notify: foreman }",
      "{ at: breach + 30m, notify: [manager, technician] }",
    ]);
    expect(diagnosticsOf(text)).toMatchObject([
      {
        code: "escalation-out-of-order",
        line: line(firstLevel + 1),
        message: "level 2 notifies `technician`, who reports to `foreman`, already notified at an earlier level",
      },
    ]);
  });

  test("near miss: upwards, sideways (the cleaner is in no line with the technician), and the same role again", () => {
    expect(
      codesOf(
        clock("2h", [
          "{ at: breach, notify: technician }",
          "{ at: breach + 30m, notify: foreman }",
          "{ at: breach + 1h, notify: manager }",
        ]),
      ),
    ).toEqual([]);
    expect(
      codesOf(clock("2h", ["{ at: breach, notify: technician }", "{ at: breach + 30m, notify: cleaner }"])),
    ).toEqual([]);
    expect(codesOf(clock("2h", ["{ at: breach, notify: foreman }", "{ at: breach + 30m, notify: foreman }"]))).toEqual(
      [],
    );
  });

  test("a chain listed from the top down", () => {
    const text = minimalStandard(yaml`
      ${roles}
      escalations:
        engineering: { levels: [manager, foreman] }
        facilities: { levels: [cleaner, manager] }
    `);
    expect(diagnosticsOf(text)).toMatchObject([
      {
        code: "escalation-out-of-order",
        line: line(7),
        column: 36,
        message: "`foreman` reports to `manager`, yet comes after it in the chain",
      },
    ]);
  });

  test("a level at `warning` on a clock without `warn`", () => {
    expect(diagnosticsOf(clock("2h", ["{ at: warning, notify: technician }"]))).toMatchObject([
      {
        code: "escalation-without-warning",
        line: line(firstLevel),
        message: "level 1 fires at `warning`, but clock `arrival` has no `warn` threshold",
      },
    ]);
    expect(codesOf(clock("2h", ["{ at: warning, notify: technician }"], "warn: 80%"))).toEqual([]);
  });

  test("duty escalations are ordered too", () => {
    const text = minimalStandard(yaml`
      ${roles}
      duties:
        garbage:
          title: { en: Garbage }
          at: 09:00
          escalate: [{ at: breach + 1h, notify: foreman }, { at: breach + 30m, notify: manager }]
    `);
    expect(codesOf(text)).toEqual(["escalation-out-of-order"]);
  });
});
