import { advance, applyEvent, openTicket, status, type Effect, type TicketResult } from "@yardstick/engine";
import { describe, expect, test } from "vitest";
import { at, desk } from "./helpers/compile.js";

const program = desk();
const open = (when: string, data: Record<string, string> = { unit: "3-1502", category: "fixture" }, by?: string) =>
  openTicket(program, { id: "T-1", kind: "repair", at: at(when), data, ...(by ? { by } : {}) });
const apply = (r: TicketResult, type: string, when: string, data?: Record<string, string>, by?: string) =>
  applyEvent(program, r.ticket, { type, at: at(when), ...(data ? { data } : {}), ...(by ? { by } : {}) });
const kinds = (effects: Effect[]) => effects.map((e) => `${e.clock ?? "-"}:${e.kind}${e.level ? `#${e.level}` : ""}`);
const clock = (r: TicketResult, id: string, when?: string) =>
  status(program, r.ticket, when === undefined ? undefined : at(when)).clocks.find((c) => c.clock === id)!;

describe("an urgent repair: 15 minutes on a 24x7 clock, warning at 80%, the pyramid from the breach", () => {
  test("opening in the start state starts the clocks and schedules the warning", () => {
    const r = open("2026-03-06 17:55", { unit: "3-1502", category: "water_leak" });
    expect(r.ticket.priority).toBe("urgent");
    expect(kinds(r.effects)).toEqual(["arrival:clock-started", "repair-time:clock-started"]);
    expect(r.effects[0]!.deadline).toBe(at("2026-03-06 18:10"));
    expect(r.effects[1]!.deadline).toBe(at("2026-03-06 21:55"));
    expect(r.nextWakeAt).toBe(at("2026-03-06 18:07")); // 80% of 15 minutes is 12 minutes
  });

  test("advance announces each timer once, at its own instant", () => {
    let r = open("2026-03-06 17:55", { unit: "3-1502", category: "water_leak" });
    r = advance(program, r.ticket, at("2026-03-06 18:07"));
    expect(kinds(r.effects)).toEqual(["arrival:warning#1"]);
    expect(r.nextWakeAt).toBe(at("2026-03-06 18:10"));
    r = advance(program, r.ticket, at("2026-03-06 18:40"));
    expect(kinds(r.effects)).toEqual([
      "arrival:breach",
      "arrival:escalation#1",
      "arrival:escalation#2",
      "arrival:escalation#3",
    ]);
    expect(r.effects.map((e) => e.at)).toEqual([
      at("2026-03-06 18:10"),
      at("2026-03-06 18:10"),
      at("2026-03-06 18:25"),
      at("2026-03-06 18:40"),
    ]);
    expect(r.effects.slice(1).map((e) => e.roles)).toEqual([["technician"], ["foreman"], ["supervisor"]]);
    expect(r.nextWakeAt).toBe(at("2026-03-06 18:55"));
    const again = advance(program, r.ticket, at("2026-03-06 18:40"));
    expect(again.effects).toEqual([]);
  });

  test("arriving late stops the clock as not met; status keeps 'ever breached'", () => {
    let r = open("2026-03-06 17:55", { unit: "3-1502", category: "water_leak" });
    r = apply(r, "arrive", "2026-03-06 18:20");
    const stopped = r.effects.find((e) => e.kind === "clock-stopped")!;
    expect(stopped).toMatchObject({ clock: "arrival", met: false, deadline: at("2026-03-06 18:10") });
    // The breach and the first escalation fell due before the arrival, so they were announced first.
    expect(kinds(r.effects)).toEqual([
      "arrival:warning#1",
      "arrival:breach",
      "arrival:escalation#1",
      "arrival:clock-stopped",
    ]);
    const s = clock(r, "arrival");
    expect(s).toMatchObject({ status: "stopped", met: false, breached: false, everBreached: true });
  });

  test("arriving exactly at the deadline is on time (以内 includes the bound)", () => {
    let r = open("2026-03-06 17:55", { unit: "3-1502", category: "water_leak" });
    r = apply(r, "arrive", "2026-03-06 18:10");
    expect(r.effects.find((e) => e.kind === "clock-stopped")).toMatchObject({ met: true });
    expect(kinds(r.effects)).not.toContain("arrival:breach");
  });
});

describe("pauses", () => {
  test("a pause named by a state lasts while the ticket is in it; the deadline moves on by it", () => {
    let r = open("2026-03-06 10:00");
    r = apply(r, "dispatch", "2026-03-06 10:10");
    r = apply(r, "owner_absent", "2026-03-06 10:30");
    expect(clock(r, "arrival", "2026-03-06 11:00")).toMatchObject({
      status: "paused",
      deadline: null,
      elapsedMs: 30 * 60_000,
    });
    expect(r.nextWakeAt).toBe(at("2026-03-06 18:00")); // arrival waits; repair-time's 8 hours run on
    r = apply(r, "owner_back", "2026-03-06 11:30");
    const moved = r.effects.find((e) => e.kind === "deadline-changed")!;
    expect(moved).toMatchObject({
      clock: "arrival",
      deadline: at("2026-03-06 13:00"),
      previousDeadline: at("2026-03-06 12:00"),
    });
    expect(clock(r, "arrival", "2026-03-06 12:00")).toMatchObject({
      status: "running",
      elapsedMs: 60 * 60_000,
      remainingMs: 60 * 60_000,
      percent: 50,
    });
  });

  test("a pause named by an event needs its resume, and counts working time only", () => {
    let r = open("2026-03-06 14:00");
    r = apply(r, "arrive", "2026-03-06 14:20");
    r = apply(r, "complete", "2026-03-06 16:00"); // Friday: 1 workday → Monday's close
    expect(clock(r, "callback").deadline).toBe(at("2026-03-09 18:00"));
    r = apply(r, "hold", "2026-03-09 09:00");
    r = apply(r, "unhold", "2026-03-09 10:00");
    expect(clock(r, "callback").deadline).toBe(at("2026-03-10 09:30")); // an hour of office time later
  });
});

describe("targets, priorities and cycles", () => {
  test("a priority change recomputes the deadline from the cycle's start and keeps the elapsed time", () => {
    let r = open("2026-03-06 10:00");
    expect(clock(r, "arrival").deadline).toBe(at("2026-03-06 12:00"));
    r = apply(r, "dispatch", "2026-03-06 10:05", { category: "water_leak" });
    expect(r.ticket.priority).toBe("urgent");
    const changed = r.effects.filter((e) => e.kind === "deadline-changed");
    expect(changed.map((e) => [e.clock, e.previousDeadline, e.deadline, e.reason])).toEqual([
      ["arrival", at("2026-03-06 12:00"), at("2026-03-06 10:15"), "priority normal → urgent"],
      ["repair-time", at("2026-03-06 18:00"), at("2026-03-06 14:00"), "priority normal → urgent"],
    ]);
    expect(clock(r, "arrival", "2026-03-06 10:05").elapsedMs).toBe(5 * 60_000);
  });

  test("an agreed time (dueAt) not yet known: the clock measures, then takes the time when it comes", () => {
    let r = open("2026-03-06 10:00");
    r = apply(r, "dispatch", "2026-03-06 10:05");
    r = apply(r, "owner_absent", "2026-03-06 10:30");
    expect(clock(r, "visit", "2026-03-06 11:30")).toMatchObject({
      status: "running",
      deadline: null,
      elapsedMs: 3_600_000,
      percent: null,
    });
    r = apply(r, "owner_back", "2026-03-06 11:40", { appointment_at: "2026-03-06 15:00" });
    expect(r.effects.find((e) => e.clock === "visit")).toMatchObject({
      kind: "deadline-changed",
      previousDeadline: null,
      deadline: at("2026-03-06 15:00"),
      reason: "the agreed time changed",
    });
  });

  test("reopening starts a new cycle; 'breached now' and 'ever breached' differ", () => {
    let r = open("2026-03-06 10:00");
    r = apply(r, "arrive", "2026-03-06 12:30"); // late
    r = apply(r, "complete", "2026-03-06 13:00");
    r = apply(r, "reopen", "2026-03-06 15:00");
    const s = clock(r, "arrival", "2026-03-06 15:10");
    expect(s).toMatchObject({
      cycle: 2,
      cycles: 2,
      status: "running",
      breached: false,
      everBreached: true,
      deadline: at("2026-03-06 17:00"),
    });
    expect(r.effects.find((e) => e.kind === "clock-started" && e.clock === "arrival")!.key).toBe(
      "T-1/arrival/2/started/0",
    );
  });

  test("cancel ends a cycle as neither met nor breached", () => {
    let r = open("2026-03-06 10:00");
    r = apply(r, "cancel", "2026-03-06 13:00");
    expect(kinds(r.effects)).toContain("arrival:clock-cancelled");
    expect(clock(r, "arrival")).toMatchObject({ status: "cancelled", breached: false });
    expect(clock(r, "arrival").met).toBeUndefined();
  });
});

describe("people on effects", () => {
  test("first-contact ownership: the first taker stays the owner; effects carry zone, assignee and owner", () => {
    let r = open("2026-03-06 10:00", { unit: "1-101", category: "fixture", zone: "一区" }, "li");
    r = apply(r, "dispatch", "2026-03-06 10:05", { assignee: "wang" }, "desk-2");
    r = advance(program, r.ticket, at("2026-03-06 12:00"));
    expect(r.ticket.owner).toBe("li");
    expect(r.effects.find((e) => e.kind === "escalation")).toMatchObject({
      owner: "li",
      assignee: "wang",
      zone: "一区",
      roles: ["technician"],
    });
  });

  test("rework: the same unit and category within 7 days links to the earlier ticket", () => {
    const r = openTicket(program, {
      id: "T-9",
      kind: "repair",
      at: at("2026-03-06 10:00"),
      data: { unit: "1-101", category: "fixture" },
      recent: [
        { id: "T-2", at: at("2026-02-20 10:00"), data: { unit: "1-101", category: "fixture" } },
        { id: "T-5", at: at("2026-03-01 09:00"), data: { unit: "1-101", category: "fixture" } },
        { id: "T-6", at: at("2026-03-05 09:00"), data: { unit: "1-101", category: "other" } },
      ],
    });
    expect(r.ticket.reworkOf).toBe("T-5");
    expect(r.effects.find((e) => e.kind === "rework")).toMatchObject({ key: "T-9/rework/1/rework/0", reworkOf: "T-5" });
  });
});

describe("nextWakeAt is never before the ticket's last instant", () => {
  test("a pause that begins exactly at the deadline, then a resume: the breach is due now", () => {
    let r = open("2026-03-06 10:00", { unit: "1-101", category: "water_leak" });
    r = apply(r, "dispatch", "2026-03-06 10:05");
    r = apply(r, "owner_absent", "2026-03-06 10:15"); // the 15-minute deadline, to the minute
    r = apply(r, "owner_back", "2026-03-06 10:40");
    expect(r.nextWakeAt).toBe(at("2026-03-06 10:40"));
    const woken = advance(program, r.ticket, r.nextWakeAt!);
    expect(woken.effects.find((e) => e.kind === "breach")).toMatchObject({ at: at("2026-03-06 10:15") });
  });
});
