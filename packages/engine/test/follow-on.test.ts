// Follow-on obligations (issue 7, decision 0084): a clock started by another clock's breach, and a
// transition allowed only after a breach — with late reports, a stored state and XState's machine.
import {
  advance,
  applyEvent,
  buildHandbook,
  explain,
  isEngineError,
  openTicket,
  status,
  ticketMachine,
  type Effect,
  type TicketResult,
} from "@yardstick/engine";
import { createActor } from "xstate";
import { describe, expect, test } from "vitest";
import { at, compileText } from "./helpers/compile.js";

const program = compileText(`
standard: follow-on
version: 1
title: { en: Follow-on obligations }
timezone: Asia/Shanghai
roles:
  supervisor: { title: { en: Supervisor }, reportsTo: manager }
  manager: { title: { en: Manager } }
tickets:
  repair:
    title: { en: Repair }
    states:
      reported:
        on:
          arrive: on_site
          escalate: { to: escalated, afterBreach: arrival }
          visit: { to: visited, afterBreach: owner-call }
      escalated: { on: { arrive: on_site } }
      visited: { on: { arrive: on_site } }
      on_site: { on: { complete: completed } }
      completed: {}
    events:
      owner_called: {}
    clocks:
      arrival:
        title: { en: On site }
        start: reported
        stop: on_site
        target: 30m
      owner-call:
        title: { en: Supervisor calls the owner }
        start: { breach: arrival }
        stop: { event: owner_called }
        target: 15m
        escalate: [{ at: breach, notify: manager }]
`);

const opened = () => openTicket(program, { id: "T-1", kind: "repair", at: at("2026-03-02 10:00"), data: {} });
const keys = (effects: Effect[]) =>
  effects.map((e) => `${e.key} @${new Date(e.at + 8 * 3_600_000).toISOString().slice(11, 16)}`);
const clock = (r: TicketResult, id: string) => status(program, r.ticket).clocks.find((c) => c.clock === id)!;

describe("a clock started by another clock's breach", () => {
  test("starts at the breach's instant, whenever the host wakes the ticket, with keys of its own", () => {
    const r = advance(program, opened().ticket, at("2026-03-02 10:40"));
    expect(keys(r.effects)).toEqual(["T-1/arrival/1/breach/0 @10:30", "T-1/owner-call/1/started/0 @10:30"]);
    expect(r.effects[1]!.deadline).toBe(at("2026-03-02 10:45"));
    expect(r.nextWakeAt).toBe(at("2026-03-02 10:45"));
    // Woken late, the follow-on's own breach and escalation are announced too, at their instants.
    const late = advance(program, opened().ticket, at("2026-03-02 12:00"));
    expect(keys(late.effects)).toEqual([
      "T-1/arrival/1/breach/0 @10:30",
      "T-1/owner-call/1/started/0 @10:30",
      "T-1/owner-call/1/breach/0 @10:45",
      "T-1/owner-call/1/escalation/1 @10:45",
    ]);
    expect(late.effects[3]!.roles).toEqual(["manager"]);
  });

  test("does not start when the first promise is kept, even at its deadline", () => {
    const r = applyEvent(program, opened().ticket, { type: "arrive", at: at("2026-03-02 10:30") });
    expect(clock(r, "arrival").met).toBe(true);
    expect(clock(r, "owner-call").status).toBe("not-started");
    expect(advance(program, r.ticket, at("2026-03-02 12:00")).effects).toEqual([]);
  });

  test("is stopped and measured like any clock", () => {
    let r = advance(program, opened().ticket, at("2026-03-02 10:31"));
    r = applyEvent(program, r.ticket, { type: "owner_called", at: at("2026-03-02 10:42") });
    expect(clock(r, "owner-call")).toMatchObject({ status: "stopped", met: true, startedAt: at("2026-03-02 10:30") });
  });

  test("a late arrival before the deadline retracts the breach, the follow-on's start and its timers", () => {
    const r = advance(program, opened().ticket, at("2026-03-02 11:00"));
    const late = applyEvent(program, r.ticket, { type: "arrive", at: at("2026-03-02 10:20") });
    expect(keys(late.effects)).toEqual([
      "T-1/arrival/1/breach/0/retract @10:20",
      "T-1/owner-call/1/started/0/retract @10:20",
      "T-1/owner-call/1/breach/0/retract @10:20",
      "T-1/owner-call/1/escalation/1/retract @10:20",
      "T-1/arrival/1/stopped/0 @10:20",
    ]);
    expect(clock(late, "owner-call").status).toBe("not-started");
  });
});

describe("a transition allowed only after a breach", () => {
  test("is refused before the breach and at the deadline, and taken after it", () => {
    const t = opened().ticket;
    for (const when of ["2026-03-02 10:10", "2026-03-02 10:30"]) {
      let error: unknown;
      try {
        applyEvent(program, t, { type: "escalate", at: at(when) });
      } catch (e) {
        error = e;
      }
      expect(isEngineError(error) && error.code).toBe("event-not-allowed");
      expect(String((error as Error).message)).toContain("allowed only after clock `arrival` has breached");
    }
    const r = applyEvent(program, t, { type: "escalate", at: at("2026-03-02 10:31") });
    expect(r.ticket.state).toBe("escalated");
    expect(keys(r.effects)).toEqual(["T-1/arrival/1/breach/0 @10:30", "T-1/owner-call/1/started/0 @10:30"]);
  });

  test("sees a follow-on's breach that happened, with its start, in the gap before the event", () => {
    const t = opened().ticket;
    expect(() => applyEvent(program, t, { type: "visit", at: at("2026-03-02 10:44") })).toThrow(/owner-call/);
    const r = applyEvent(program, t, { type: "visit", at: at("2026-03-02 10:50") });
    expect(r.ticket.state).toBe("visited");
    expect(keys(r.effects)).toEqual([
      "T-1/arrival/1/breach/0 @10:30",
      "T-1/owner-call/1/started/0 @10:30",
      "T-1/owner-call/1/breach/0 @10:45",
      "T-1/owner-call/1/escalation/1 @10:45",
    ]);
  });

  test("a refused event leaves the stored ticket as it was", () => {
    const t = opened().ticket;
    const before = JSON.stringify(t);
    expect(() => applyEvent(program, t, { type: "visit", at: at("2026-03-02 10:40") })).toThrow();
    expect(JSON.stringify(t)).toBe(before);
    // The timers the refused event would have seen are still announced once, by the next call.
    expect(keys(advance(program, t, at("2026-03-02 10:40")).effects)).toEqual([
      "T-1/arrival/1/breach/0 @10:30",
      "T-1/owner-call/1/started/0 @10:30",
    ]);
  });

  test("a late report that undoes the breach makes the recorded transition impossible: refused", () => {
    const r = applyEvent(program, opened().ticket, { type: "escalate", at: at("2026-03-02 10:35") });
    let error: unknown;
    try {
      applyEvent(program, r.ticket, { type: "arrive", at: at("2026-03-02 10:20") });
    } catch (e) {
      error = e;
    }
    expect(isEngineError(error) && error.code).toBe("late-event-conflict");
  });

  test("XState's machine takes the guarded transition only with the clock among the breached", () => {
    const machine = ticketMachine(program, "repair");
    const actor = createActor(machine).start();
    actor.send({ type: "escalate", ticket: {}, breached: [] });
    expect(actor.getSnapshot().value).toBe("reported");
    actor.send({ type: "escalate", ticket: {}, breached: ["arrival"] });
    expect(actor.getSnapshot().value).toBe("escalated");
  });
});

test("the handbook says when a follow-on starts, in both languages", () => {
  const clocks = (lang: "zh" | "en") =>
    buildHandbook(program, { lang }).tickets[0]!.clocks.find((c) => c.id === "owner-call")!.life;
  expect(clocks("en")).toEqual(["Starts when “On site” is breached", "Stops on “owner_called”"]);
  expect(clocks("zh")[0]).toBe("「On site」超时时开始计时");
});

describe("a follow-on started by a breach at 24:00", () => {
  // Decision 0084, docs/reference/dsl.md "Things to know": a breach at 24:00 Monday (stored as
  // Tuesday 00:00) ends Monday, so a follow-on's day-based target counts from Monday.
  const chained = (target: string) =>
    compileText(`
standard: midnight-follow-on
version: 1
title: { en: Midnight follow-on }
timezone: Asia/Shanghai
calendars:
  office: { hours: { mon-fri: "09:00-17:30" } }
tickets:
  complaint:
    title: { en: Complaint }
    states:
      open: { on: { answer: answered, reply: replied } }
      answered: { on: { reply: replied } }
      replied: {}
    clocks:
      answer:
        title: { en: Answer the same day }
        start: open
        stop: answered
        target: end of day
      reply:
        title: { en: Manager replies }
        start: { breach: answer }
        stop: replied
        calendar: office
        target: ${target}
`);
  const followOn = (target: string) => {
    const p = chained(target);
    const t = openTicket(p, { id: "C-1", kind: "complaint", at: at("2026-03-02 10:00"), data: {} }).ticket;
    const r = advance(p, t, at("2026-03-03 00:01"));
    expect(keys(r.effects)).toEqual(["C-1/answer/1/breach/0 @00:00", "C-1/reply/1/started/0 @00:00"]);
    return r.effects[1]!.deadline;
  };

  test("explain counts it the same way: from Monday, the day the breach ends", () => {
    const p = chained("1 workday");
    const t = openTicket(p, { id: "C-1", kind: "complaint", at: at("2026-03-02 10:00"), data: {} }).ticket;
    const why = explain(p, advance(p, t, at("2026-03-03 00:01")).ticket, "reply");
    expect(why.cycles[0]!.deadline).toBe(at("2026-03-03 17:30"));
    expect(why.cycles[0]!.counting!.steps[0]).toContain("Mon 2026-03-02");
  });

  test.each([
    ["next day by 09:00", "2026-03-03 09:00"],
    ["1 workday", "2026-03-03 17:30"],
    ["end of next workday", "2026-03-03 17:30"],
    ["end of tomorrow", "2026-03-03 24:00"],
    // Not the breach itself (Monday has no time left): the end of the day that begins there.
    ["end of day", "2026-03-03 24:00"],
    ["by 12:00", "2026-03-03 12:00"],
    ["2d", "2026-03-05 00:00"],
    ["4h", "2026-03-03 13:00"],
  ])("%s counts from the day the breach ends (Monday): %s", (target, due) => {
    expect(followOn(target)).toBe(at(due.replace("24:00", "00:00")) + (due.endsWith("24:00") ? 86_400_000 : 0));
  });
});
