import {
  advance,
  applyEvent,
  EngineError,
  openTicket,
  replayTicket,
  status,
  type TicketResult,
} from "@yardstick/engine";
import { describe, expect, test } from "vitest";
import { at, compileText, desk } from "./helpers/compile.js";

const program = desk();
const opened = () =>
  openTicket(program, {
    id: "T-1",
    kind: "repair",
    at: at("2026-03-06 10:00"),
    data: { unit: "1-101", category: "fixture" },
  });
const apply = (
  r: TicketResult,
  type: string,
  when: string,
  extra: { id?: string; data?: Record<string, string> } = {},
) => applyEvent(program, r.ticket, { type, at: at(when), ...extra });

function expectError(fn: () => unknown, code: string): EngineError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe(code);
    expect((error as EngineError).hint.length).toBeGreaterThan(10);
    return error as EngineError;
  }
  throw new Error(`expected an EngineError ${code}`);
}

describe("idempotence: effect keys are derived, and nothing is announced twice", () => {
  test("the same event twice (by id, or by type, instant and data) is a duplicate", () => {
    const r1 = apply(opened(), "dispatch", "2026-03-06 10:05", { id: "ev-1" });
    const again = apply(r1, "dispatch", "2026-03-06 10:06", { id: "ev-1" });
    expect(again).toMatchObject({ effects: [], duplicate: true });
    expect(again.ticket).toBe(r1.ticket);
    const r2 = apply(opened(), "dispatch", "2026-03-06 10:05");
    expect(apply(r2, "dispatch", "2026-03-06 10:05").duplicate).toBe(true);
  });

  test("effect keys are (ticket, clock, cycle, kind, level)", () => {
    const r = advance(program, opened().ticket, at("2026-03-06 12:20"));
    expect(r.effects.map((e) => e.key)).toEqual([
      "T-1/arrival/1/warning/1",
      "T-1/arrival/1/breach/0",
      "T-1/arrival/1/escalation/1",
      "T-1/arrival/1/escalation/2",
    ]);
  });
});

describe("late reports", () => {
  test("an event earlier than what the ticket saw is applied in order; what no longer holds is retracted", () => {
    let r = advance(program, opened().ticket, at("2026-03-06 12:30"));
    expect(r.effects.map((e) => `${e.kind}${e.level ?? ""}`)).toEqual([
      "warning1",
      "breach0",
      "escalation1",
      "escalation2",
      "escalation3",
    ]);
    // The technician was on site at 11:50 but the app synced at 12:40.
    r = apply(r, "arrive", "2026-03-06 11:50");
    expect(r.effects.filter((e) => e.kind === "retract").map((e) => e.retracts)).toEqual([
      "T-1/arrival/1/breach/0",
      "T-1/arrival/1/escalation/1",
      "T-1/arrival/1/escalation/2",
      "T-1/arrival/1/escalation/3",
    ]);
    expect(r.effects.find((e) => e.kind === "clock-stopped")).toMatchObject({ met: true, at: at("2026-03-06 11:50") });
    expect(r.ticket.now).toBe(at("2026-03-06 12:30"));
    expect(status(program, r.ticket).clocks.find((c) => c.clock === "arrival")).toMatchObject({
      status: "stopped",
      met: true,
      everBreached: false,
    });
  });

  test("an event at the very instant a breach was announced is on time, and the breach is retracted", () => {
    let r = advance(program, opened().ticket, at("2026-03-06 12:00"));
    expect(r.effects.some((e) => e.kind === "breach")).toBe(true);
    r = apply(r, "arrive", "2026-03-06 12:00");
    expect(r.effects.map((e) => e.kind)).toEqual(["retract", "retract", "clock-stopped"]);
  });

  test("a late pause that moves an announced breach retracts it and announces it again at its new instant", () => {
    // The callback clock (1 workday, office hours) starts at completion on Friday and breaches on Monday 18:00.
    let r = apply(apply(opened(), "arrive", "2026-03-06 10:30"), "complete", "2026-03-06 11:00");
    r = apply(r, "unhold", "2026-03-09 09:00");
    r = advance(program, r.ticket, at("2026-03-10 12:00"));
    const announced = r.effects.filter((e) => e.clock === "callback");
    expect(announced.map((e) => [e.kind, e.at])).toEqual([
      ["breach", at("2026-03-09 18:00")],
      ["escalation", at("2026-03-09 18:00")],
    ]);
    // A hold from Friday 17:00, resumed by Monday's unhold, was synced late: the clock was paused for
    // 1.5 office hours (Friday 17:00–18:00, Monday 08:30–09:00), so both fall due on Tuesday at 10:00.
    r = apply(r, "hold", "2026-03-06 17:00");
    const moved = at("2026-03-10 10:00");
    expect(r.effects.map((e) => [e.kind, e.retracts ?? e.key, e.at, e.deadline])).toEqual([
      ["retract", "T-1/callback/1/breach/0", at("2026-03-06 17:00"), undefined],
      ["retract", "T-1/callback/1/escalation/1", at("2026-03-06 17:00"), undefined],
      ["deadline-changed", `T-1/callback/1/deadline-changed/${moved}`, at("2026-03-09 09:00"), moved],
      ["breach", "T-1/callback/1/breach/0", moved, moved],
      ["escalation", "T-1/callback/1/escalation/1", moved, moved],
    ]);
    expect(status(program, r.ticket).clocks.find((c) => c.clock === "callback")?.deadline).toBe(moved);
    // Nothing more to correct: the same report again is a duplicate, advancing announces nothing.
    expect(apply(r, "hold", "2026-03-06 17:00").duplicate).toBe(true);
    expect(advance(program, r.ticket, at("2026-03-10 12:00")).effects).toEqual([]);
  });

  test("a late event that makes a recorded one impossible is refused, and the state is unchanged", () => {
    let r = apply(opened(), "dispatch", "2026-03-06 10:05");
    r = apply(r, "owner_absent", "2026-03-06 10:30");
    const before = JSON.stringify(r.ticket);
    expectError(() => apply(r, "arrive", "2026-03-06 10:20"), "late-event-conflict");
    expect(JSON.stringify(r.ticket)).toBe(before);
  });
});

describe("bad input is a typed error with a hint, and leaves the state unchanged", () => {
  const r = apply(opened(), "dispatch", "2026-03-06 10:05");
  const before = JSON.stringify(r.ticket);
  test.each([
    ["unknown-event", () => apply(r, "teleport", "2026-03-06 10:10")],
    ["event-not-allowed", () => apply(r, "callback", "2026-03-06 10:10")],
    ["invalid-instant", () => applyEvent(program, r.ticket, { type: "arrive", at: "2026-03-06 10:10" })],
    ["invalid-instant", () => applyEvent(program, r.ticket, { type: "arrive", at: "yesterday" })],
    ["time-went-back", () => advance(program, r.ticket, at("2026-03-06 10:00"))],
    [
      "invalid-input",
      () => applyEvent(program, r.ticket, { type: "arrive", at: at("2026-03-06 10:10"), data: { x: null as never } }),
    ],
    ["unknown-ticket-kind", () => openTicket(program, { id: "x", kind: "lift", at: at("2026-03-06 10:00") })],
    ["unknown-state-format", () => advance(program, { ...r.ticket, format: 9 as never }, at("2026-03-06 11:00"))],
  ])("%s", (code, fn) => {
    expectError(fn, code);
    expect(JSON.stringify(r.ticket)).toBe(before);
  });

  test("ticket-closed", () => {
    const c = apply(opened(), "cancel", "2026-03-06 10:05");
    expectError(() => apply(c, "dispatch", "2026-03-06 10:06"), "ticket-closed");
  });

  test("wrong-standard: a ticket pins the standard it was opened under", () => {
    const other = compileText(
      `standard: other\nversion: "1"\ntitle: { en: Other }\ntimezone: Asia/Shanghai\ntickets:\n  repair:\n    title: { en: R }\n    states:\n      reported: { on: { done: closed } }\n      closed: { final: true }\n`,
    );
    const e = expectError(() => advance(other, r.ticket, at("2026-03-06 11:00")), "wrong-standard");
    expect(e.message).toContain("test/desk@1");
  });
});

describe("replayTicket", () => {
  test("a whole history at once equals the same calls one by one", () => {
    const events = [
      { type: "dispatch", at: at("2026-03-06 10:05") },
      { type: "arrive", at: at("2026-03-06 12:10") },
      { type: "complete", at: at("2026-03-06 13:00") },
    ];
    const whole = replayTicket(program, {
      open: { id: "T-1", kind: "repair", at: at("2026-03-06 10:00"), data: { unit: "1-101", category: "fixture" } },
      events,
      until: at("2026-03-09 19:00"),
    });
    let r = opened();
    const effects = [...r.effects];
    for (const ev of events) {
      r = applyEvent(program, r.ticket, ev);
      effects.push(...r.effects);
    }
    r = advance(program, r.ticket, at("2026-03-09 19:00"));
    effects.push(...r.effects);
    expect(whole.ticket).toEqual(r.ticket);
    expect(whole.effects).toEqual(effects);
    expect(whole.nextWakeAt).toBe(r.nextWakeAt);
  });
});
