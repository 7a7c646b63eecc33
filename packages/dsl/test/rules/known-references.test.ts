import { loadStandard } from "@yardstick/dsl";
import { describe, expect, test } from "vitest";
import { codesOf, diagnosticsOf } from "../helpers/diagnostics.js";
import { HEADER_LINES, minimalStandard, repairTicket } from "../helpers/minimal-standard.js";
import { yaml } from "../helpers/yaml.js";

const line = (n: number) => HEADER_LINES + n;

describe("known-references", () => {
  test("an unknown calendar is reported where it is used, with the closest declared name", () => {
    const text = minimalStandard(yaml`
      calendars:
        office: { hours: { mon-fri: 08:30-17:30 } }
      ${repairTicket(`
        clocks:
          callback: { title: { en: Callback }, start: completed, stop: closed, target: 1 workday, calendar: ofice }
      `)}
    `);
    const found = loadStandard(text).diagnostics;
    expect(found).toMatchObject([
      { code: "unknown-calendar", severity: "error", line: line(14), hint: "did you mean `office`?" },
    ]);
    expect(found[0]!.path).toEqual(["tickets", "repair", "clocks", "callback", "calendar"]);
  });

  test("near miss: a clock without `calendar` runs on the built-in 24x7 calendar, which needs no declaration", () => {
    const text = minimalStandard(
      repairTicket(`
      clocks:
        arrival: { title: { en: On site }, start: reported, stop: on_site, target: 2h }
    `),
    );
    const { standard, diagnostics } = loadStandard(text);
    expect(diagnostics).toEqual([]);
    expect(standard?.tickets.repair?.clocks.arrival?.calendar).toBe("24x7");
    expect(standard?.calendars["24x7"]).toEqual({ id: "24x7", timezone: "Asia/Shanghai", hours: "24x7" });
  });

  test("near miss: the built-in `24x7` calendar may be named explicitly", () => {
    const text = minimalStandard(
      repairTicket(`
      clocks:
        arrival: { title: { en: On site }, start: reported, stop: on_site, target: 2h, calendar: 24x7 }
    `),
    );
    expect(codesOf(text)).toEqual([]);
  });

  test("unknown roles in reportsTo, notify and escalation levels; declared ones pass", () => {
    const text = minimalStandard(yaml`
      roles:
        technician: { title: { en: Technician }, reportsTo: foreman }
        foreman: { title: { en: Foreman }, reportsTo: boss }
      duties:
        garbage: { title: { en: Garbage }, at: 09:00, role: technician, notify: [foreman, formen] }
    `);
    expect(diagnosticsOf(text)).toMatchObject([
      { code: "unknown-role", line: line(3), message: "unknown role `boss`" },
      { code: "unknown-role", line: line(5), message: "unknown role `formen`" },
    ]);
  });

  test("a bare event name where a state is expected says how to write an event", () => {
    const text = minimalStandard(
      repairTicket(`
      clocks:
        arrival: { title: { en: On site }, start: reported, stop: arrive, target: 2h }
    `),
    );
    const [found] = loadStandard(text).diagnostics;
    expect(found).toMatchObject({
      code: "unknown-state",
      message: expect.stringContaining("`arrive` is an event, not a state"),
      hint: expect.stringContaining("{ event: arrive }"),
    });
  });

  test("near miss: the same name written as `{ event: arrive }` is an event", () => {
    const text = minimalStandard(
      repairTicket(`
      clocks:
        arrival: { title: { en: On site }, start: reported, stop: { event: arrive }, target: 2h }
    `),
    );
    expect(codesOf(text)).toEqual([]);
  });

  test("ticket fields are checked only when the kind declares `fields`", () => {
    const declared = minimalStandard(
      repairTicket(`
      fields: { category: { type: string } }
      priorities:
        urgent: { when: { categroy: water_leak } }
        normal: {}
    `),
    );
    expect(codesOf(declared)).toEqual(["unknown-field"]);

    const undeclared = minimalStandard(
      repairTicket(`
      priorities:
        urgent: { when: { categroy: water_leak } }
        normal: {}
    `),
    );
    expect(codesOf(undeclared)).toEqual([]);
  });

  test("a nested field path is checked by its first segment", () => {
    const text = minimalStandard(
      repairTicket(`
      fields: { unit: { type: string } }
      priorities:
        high: { when: { unit.floor: { gte: 30 } } }
        normal: {}
    `),
    );
    expect(codesOf(text)).toEqual([]);
  });

  test("KPIs, duties, tickets and clocks named in audits and tests must exist", () => {
    const text = minimalStandard(yaml`
      ${repairTicket(`
        clocks:
          arrival: { title: { en: On site }, start: reported, stop: on_site, target: 2h }
      `)}
      duties:
        night-patrol: { title: { en: Night patrol }, every: 2h, between: 22:00-06:00 }
      audits:
        monthly:
          title: { en: Monthly }
          period: month
          kpis:
            on-time: { title: { en: On time }, measure: clock-met-rate, ticket: repair, clock: arrival, target: { min: 95% } }
            patrols: { title: { en: Patrols }, measure: duty-completion-rate, duty: night-patrol, target: { min: 95% } }
          rules:
            late: { title: { en: Late }, when: { all: [{ kpi: on-time, met: false }, { kpi: ontime, met: false }] }, severity: minor, points: 1 }
      tests:
        arrival:
          ticket: repair
          steps: [{ at: "2026-03-06 17:55", event: arrive }]
          expect: [{ state: on_site, clock: arrival }, { clock: arival }]
    `);
    expect(diagnosticsOf(text).map((d) => [d.code, d.message])).toEqual([
      ["unknown-kpi", "unknown kpi `ontime` in audit `monthly`"],
      ["unknown-clock", "unknown clock `arival` in ticket kind `repair`"],
    ]);
  });

  test("an unknown escalation chain; a declared one expands", () => {
    const body = (chain: string) => `
      roles:
        technician: { title: { en: Technician }, reportsTo: foreman }
        foreman: { title: { en: Foreman } }
      escalations:
        engineering: { levels: [technician, foreman] }
      duties:
        garbage: { title: { en: Garbage }, at: 09:00, escalate: { chain: ${chain}, every: 30m } }
    `;
    expect(codesOf(minimalStandard(body("enginering")))).toEqual(["unknown-escalation-chain"]);
    const { standard } = loadStandard(minimalStandard(body("engineering")));
    expect(standard?.duties.garbage?.escalation.map((l) => [l.at.text, l.notify])).toEqual([
      ["breach", ["technician"]],
      ["breach + 30m", ["foreman"]],
    ]);
  });

  test("an unknown holiday set lists the sets there are; a local set is known", () => {
    const text = (sets: string) =>
      minimalStandard(yaml`
        holidaySets:
          company: { years: [2026], holidays: [2026-05-20] }
        calendars:
          office: { hours: { mon-fri: 09:00-17:00 }, holidays: ${sets} }
      `);
    expect(loadStandard(text("[company, hk-2026]")).diagnostics).toMatchObject([
      {
        code: "unknown-holiday-set",
        message: "unknown holiday set `hk-2026`",
        hint: expect.stringContaining("known sets: cn-mainland, company"),
      },
    ]);
    expect(codesOf(text("[company, cn-mainland]"))).toEqual([]);
  });

  test("near miss: a name declared in the standard it extends is known", () => {
    const parent = minimalStandard(
      yaml`
      calendars:
        office: { hours: { mon-fri: 08:30-17:30 } }
    `,
      { id: "group" },
    );
    const child = yaml`
      standard: site
      version: "1"
      title: { en: Site }
      extends: group
      ${repairTicket(`
        clocks:
          callback: { title: { en: Callback }, start: completed, stop: closed, target: 1 workday, calendar: office }
      `)}
    `;
    const resolve = (id: string) => (id === "group" ? { file: "group.yaml", text: parent } : undefined);
    expect(codesOf(child, { resolve })).toEqual([]);
  });
});
