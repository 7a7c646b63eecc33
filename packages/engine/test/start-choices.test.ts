// Targets chosen by when the clock starts, and clauses in force from a date (issue 7, decision
// 0061): a season, office hours or not, a revised pledge, a standard and a clock in force only
// between dates; the start decides once.
import { applyEvent, openTicket, status, type TicketResult } from "@yardstick/engine";
import { describe, expect, test } from "vitest";
import { at, compileText } from "./helpers/compile.js";

const program = compileText(`
standard: choices
version: 1
title: { en: Targets chosen by the start }
timezone: Asia/Shanghai
effective: { until: 2026-12-31 }
calendars:
  office: { hours: { mon-fri: 08:30-17:30 }, holidays: cn-mainland }
tickets:
  repair:
    title: { en: Repair }
    priorities:
      urgent: { when: { urgent: true } }
      routine: {}
    states:
      reported: { on: { fix: fixed, note: reported } }
      fixed: {}
    clocks:
      heating:
        title: { en: Heating restored }
        start: reported
        stop: fixed
        calendar: office
        target:
          - { months: nov-apr, target: 1 workday }
          - { months: may-oct, target: 3 workdays }
      first-call:
        title: { en: First call back }
        start: reported
        stop: fixed
        target:
          urgent:
            - { outside: office, target: next day by 09:00 }
            - { target: 1h }
          routine:
            - { between: 17:00-08:30, target: next day by 10:00 }
            - { inside: office, target: 2h }
      pledge:
        title: { en: Reply (pledge revised from 1 July 2026) }
        start: reported
        stop: fixed
        target:
          - { until: 2026-06-30, target: 3d }
          - { from: 2026-07-01, target: 2d }
      night-only:
        title: { en: Night callback (measured only by day) }
        start: reported
        stop: fixed
        target: [{ between: 22:00-06:00, target: 30m }]
      new-clause:
        title: { en: Clause in force from 2026-04-01 }
        effective: { from: 2026-04-01 }
        start: reported
        stop: fixed
        target: 4h
`);

const open = (local: string, data = {}) => openTicket(program, { id: "T-1", kind: "repair", at: at(local), data });
const clock = (r: TicketResult, id: string) => status(program, r.ticket).clocks.find((c) => c.clock === id)!;

describe("a target chosen by the start", () => {
  test("by season: 1 workday from November to April, 3 from May to October", () => {
    expect(clock(open("2026-03-02 10:00"), "heating").deadline).toBe(at("2026-03-03 17:30"));
    expect(clock(open("2026-06-01 10:00"), "heating").deadline).toBe(at("2026-06-04 17:30"));
  });

  test("the start decides once: a winter repair still open in May keeps its winter period", () => {
    const r = open("2026-04-30 16:00");
    // 1 May–5 May is the Labour Day holiday: the one working day is Wednesday 6 May.
    expect(clock(r, "heating").deadline).toBe(at("2026-05-06 17:30"));
    const later = applyEvent(program, r.ticket, { type: "fix", at: at("2026-05-06 17:00") });
    expect(clock(later, "heating")).toMatchObject({ status: "stopped", met: true });
  });

  test("by office hours, per priority; a priority change re-chooses at the same start", () => {
    // Friday 18:00 is outside office hours: urgent → next day by 09:00; routine → between 17:00-08:30.
    const urgent = open("2026-03-06 18:00", { urgent: true });
    expect(clock(urgent, "first-call").deadline).toBe(at("2026-03-07 09:00"));
    const routine = open("2026-03-06 18:00");
    expect(clock(routine, "first-call").deadline).toBe(at("2026-03-07 10:00"));
    // Inside office hours the routine call is due within 2 hours; made urgent, within 1 hour of the same start.
    const day = open("2026-03-06 10:00");
    expect(clock(day, "first-call").deadline).toBe(at("2026-03-06 12:00"));
    const changed = applyEvent(program, day.ticket, {
      type: "note",
      at: at("2026-03-06 10:20"),
      data: { urgent: true },
    });
    expect(changed.effects.find((e) => e.kind === "deadline-changed")).toMatchObject({
      clock: "first-call",
      deadline: at("2026-03-06 11:00"),
      previousDeadline: at("2026-03-06 12:00"),
    });
  });

  test("a pledge revised from a date: the clause in force when the clock started", () => {
    expect(clock(open("2026-06-30 23:59"), "pledge").deadline).toBe(at("2026-07-03 23:59"));
    expect(clock(open("2026-07-01 00:00"), "pledge").deadline).toBe(at("2026-07-03 00:00"));
  });

  test("a start no choice fits has no target: the cycle measures only", () => {
    const r = open("2026-03-02 10:00");
    expect(clock(r, "night-only")).toMatchObject({ status: "running", deadline: null });
    expect(clock(open("2026-03-02 23:00"), "night-only").deadline).toBe(at("2026-03-02 23:30"));
  });
});

describe("clauses in force from and until a date", () => {
  test("a clock in force from a date does not start before it", () => {
    expect(clock(open("2026-03-31 23:59"), "new-clause").status).toBe("not-started");
    expect(clock(open("2026-04-01 00:00"), "new-clause").deadline).toBe(at("2026-04-01 04:00"));
  });

  test("a standard in force until a date measures nothing started after it", () => {
    const after = open("2027-01-01 00:00");
    expect(status(program, after.ticket).clocks.every((c) => c.status === "not-started")).toBe(true);
    expect(after.effects).toEqual([]);
    expect(clock(open("2026-12-31 23:59"), "pledge").status).toBe("running");
  });
});
