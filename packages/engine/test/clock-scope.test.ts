// Clocks scoped by priority (issue 7): a calendar per priority, elapsed hours on a working-hours
// clock, clocks, warnings and escalation levels for some priorities only, day counts to midnight.
import { advance, openTicket, status, type Effect, type TicketResult } from "@yardstick/engine";
import { describe, expect, test } from "vitest";
import { at, compileText } from "./helpers/compile.js";

const program = compileText(`
standard: scoped
version: 1
title: { en: Scoped clocks }
timezone: Asia/Shanghai
calendars:
  office: { hours: { mon-fri: 08:30-17:30 }, holidays: cn-mainland }
roles:
  officer: { title: { en: Officer }, reportsTo: manager }
  manager: { title: { en: Manager } }
tickets:
  repair:
    title: { en: Repair }
    states:
      reported: { on: { attend: attended } }
      attended: { on: { complete: completed } }
      completed: {}
    priorities:
      emergency: { when: { category: [gas, flood] } }
      routine: {}
    clocks:
      attend:
        title: { en: Attend }
        start: reported
        stop: attended
        target: { emergency: 24 elapsed hours, routine: 3 workdays }
        calendar: office
        warn: { emergency: [50%, 80%] }
        escalate:
          - { at: warning, notify: officer, priorities: [emergency] }
          - { at: breach, notify: manager }
      office-hours:
        title: { en: Attend (plain hours on the office calendar) }
        start: reported
        stop: attended
        target: 24h
        calendar: office
      make-safe:
        title: { en: Make safe }
        priorities: [emergency]
        start: reported
        stop: attended
        target: 4h
      by-priority:
        title: { en: Reply }
        start: reported
        stop: completed
        target: { emergency: 24h, routine: 1 workday }
        calendar: { routine: office }
      reply:
        title: { en: Written reply }
        start: reported
        stop: completed
        target: 2d
        calendar: office
        daysEndAtMidnight: true
        rollForwardOnRestDay: true
`);

const open = (when: string, category: string): TicketResult =>
  openTicket(program, { id: "R-1", kind: "repair", at: at(when), data: { category } });
const clock = (r: TicketResult, id: string, when?: string) =>
  status(program, r.ticket, when === undefined ? undefined : at(when)).clocks.find((c) => c.clock === id)!;
const started = (r: TicketResult) =>
  Object.fromEntries(r.effects.filter((e) => e.kind === "clock-started").map((e) => [e.clock, e.deadline]));
const kinds = (effects: Effect[]) => effects.map((e) => `${e.clock}:${e.kind}${e.level ? `#${e.level}` : ""}`);

describe("a Friday 16:40 emergency on a clock whose calendar is office hours", () => {
  const r = open("2026-03-06 16:40", "gas");

  test("`24 elapsed hours` falls due on Saturday 16:40; a plain `24h` counts office time into Wednesday", () => {
    expect(started(r).attend).toBe(at("2026-03-07 16:40"));
    // 50 minutes on Friday, then 9 hours on Monday and Tuesday: 24h of office time runs out on Wednesday 13:40.
    expect(started(r)["office-hours"]).toBe(at("2026-03-11 13:40"));
  });

  test("a routine repair on the same clock counts working days on the office calendar", () => {
    expect(started(open("2026-03-06 16:40", "leak")).attend).toBe(at("2026-03-11 17:30"));
  });

  test("a calendar per priority: the emergency's counts round the clock, the routine one's office days", () => {
    expect(started(r)["by-priority"]).toBe(at("2026-03-07 16:40"));
    expect(started(open("2026-03-06 16:40", "leak"))["by-priority"]).toBe(at("2026-03-09 17:30"));
  });

  test("the warnings and the level for emergencies fire round the clock, at 50% and 80% of 24 hours", () => {
    const later = advance(program, r.ticket, at("2026-03-07 16:40")).effects.filter((e) => e.clock === "attend");
    expect(kinds(later)).toEqual([
      "attend:warning#1",
      "attend:escalation#1",
      "attend:warning#2",
      "attend:breach",
      "attend:escalation#2",
    ]);
    expect(later.map((e) => e.at)).toEqual([
      at("2026-03-07 04:40"),
      at("2026-03-07 04:40"),
      at("2026-03-07 11:52"),
      at("2026-03-07 16:40"),
      at("2026-03-07 16:40"),
    ]);
    expect(later[1]!.roles).toEqual(["officer"]);
  });
});

describe("clocks, warnings and levels for some priorities only", () => {
  test("a clock limited to emergencies does not start for a routine repair", () => {
    const routine = open("2026-03-06 16:40", "leak");
    expect(Object.keys(started(routine))).not.toContain("make-safe");
    expect(clock(routine, "make-safe").status).toBe("not-started");
    expect(started(open("2026-03-06 16:40", "flood"))["make-safe"]).toBe(at("2026-03-06 20:40"));
  });

  test("a routine repair has no warnings and only the level every priority has", () => {
    const routine = advance(program, open("2026-03-06 16:40", "leak").ticket, at("2026-03-12 09:00"));
    expect(kinds(routine.effects.filter((e) => e.clock === "attend"))).toEqual([
      "attend:breach",
      "attend:escalation#2",
    ]);
    expect(routine.effects.find((e) => e.kind === "escalation" && e.clock === "attend")?.roles).toEqual(["manager"]);
  });
});

describe("day counts that end at midnight (民法典 art. 201, 203)", () => {
  test("`2d` from Thursday 10:00 ends at 24:00 of Saturday, a rest day, so on Monday's 24:00", () => {
    expect(started(open("2026-03-05 10:00", "leak")).reply).toBe(at("2026-03-10 00:00"));
  });

  test("from Monday 10:00 it ends at 24:00 of Wednesday, a working day: no roll", () => {
    expect(started(open("2026-03-02 10:00", "leak")).reply).toBe(at("2026-03-05 00:00"));
  });
});
