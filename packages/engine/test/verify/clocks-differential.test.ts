/**
 * Issue 8, "Done when": for thousands of random event sequences, the engine's clock results equal
 * those of a small independent reference interpreter that steps minute by minute (reference.ts).
 * Each run opens a ticket at a random minute (one in four on a half hour, where working hours and
 * targets chosen by the time of day begin and end) around a holiday season (National Day 2025 and
 * 2026 with their 调休 days, Spring Festival 2026, an ordinary March week), then applies random events
 * of the kind (mostly ones the ticket takes, sometimes any) with random data (priorities, agreed
 * times, `when` fields) after random gaps, with random advances between them. After every call
 * the announced warnings, breaches and escalations (with their instants), the workflow state, the
 * priority, every clock's status (deadline, elapsed, remaining, breached now and ever, met) and
 * nextWakeAt must be the reference's. Instants are whole minutes, so minute stepping is exact.
 */
import {
  advance,
  applyEvent,
  isEngineError,
  openTicket,
  status,
  type Effect,
  type Program,
  type TicketResult,
} from "@yardstick/engine";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { allPrograms, fixture } from "./programs.js";
import { clockRun, local, materialise, type Run } from "./histories.js";
import { MIN, RefError, Reference, type TimerEffect } from "./reference.js";

const timerEffects = (effects: Effect[]): TimerEffect[] =>
  effects
    .filter((e) => e.kind === "warning" || e.kind === "breach" || e.kind === "escalation")
    .map((e) => ({ clock: e.clock!, cycle: e.cycle!, kind: e.kind as TimerEffect["kind"], level: e.level!, at: e.at }));

function engineView(program: Program, r: TicketResult) {
  const s = status(program, r.ticket);
  return {
    state: r.ticket.state,
    priority: r.ticket.priority,
    nextWakeAt: r.nextWakeAt,
    clocks: s.clocks.map((c) => {
      const view: Record<string, unknown> = {
        clock: c.clock,
        status: c.status,
        cycle: c.cycle,
        cycles: c.cycles,
        priority: c.priority,
        startedAt: c.startedAt,
        deadline: c.deadline,
        elapsedMs: c.elapsedMs,
        remainingMs: c.remainingMs,
        breached: c.breached,
        everBreached: c.everBreached,
      };
      if (c.met !== undefined) view.met = c.met;
      return view;
    }),
  };
}

const refView = (ref: Reference) => ({
  state: ref.state,
  priority: ref.priority,
  nextWakeAt: ref.nextWakeAt(),
  clocks: ref.status(),
});

/** Minutes from now to one of the reference's coming timer instants, ± `wake` minutes. */
function toWake(ref: Reference, now: number, w: { wake: number; which: number }): number {
  const coming = ref.upcoming();
  if (coming.length === 0) return 7;
  const at = coming[w.which % coming.length]!;
  return Math.max(0, Math.ceil((at - now) / MIN) + w.wake);
}

function check(program: Program, kindId: string, run: Run) {
  const t0 = run.window.from + (run.offset % run.window.minutes) * MIN;
  const data = materialise(run.data, t0);
  let r = openTicket(program, { id: "D-1", kind: kindId, at: t0, data });
  const ref = new Reference(program.model, kindId, t0, data);
  const trail: unknown[] = [{ open: local(t0), data }];
  expect({ trail, ...engineView(program, r), effects: timerEffects(r.effects) }).toEqual({
    trail,
    ...refView(ref),
    effects: ref.announced,
  });
  let now = t0;
  let advanced = false;
  run.steps.forEach((step, i) => {
    // After an advance to t, an event at t would be a late one (it may undo what t announced): +1 min.
    const gap = typeof step.gap === "number" ? step.gap : toWake(ref, now, step.gap);
    const at = now + (advanced && gap === 0 ? 1 : gap) * MIN;
    const eventData = step.data === null ? undefined : materialise(step.data, at);
    const accepted = ref.accepted(eventData);
    const pool = step.wild || accepted.length === 0 ? ref.allEvents() : accepted;
    const type = pool[step.pick % pool.length]!;
    const ev = { id: `e${i}`, type, at, ...(eventData !== undefined ? { data: eventData } : {}) };
    trail.push({ event: type, at: local(at), data: eventData });
    let code: string | undefined;
    let refCode: string | undefined;
    let next: TicketResult | undefined;
    let refEffects: TimerEffect[] = [];
    try {
      next = applyEvent(program, r.ticket, ev);
    } catch (error) {
      if (!isEngineError(error)) throw error;
      code = error.code;
    }
    try {
      refEffects = ref.apply(ev);
    } catch (error) {
      if (!(error instanceof RefError)) throw error;
      refCode = error.code;
    }
    expect({ trail, error: code }).toEqual({ trail, error: refCode });
    if (next !== undefined) {
      expect(next.effects.filter((e) => e.kind === "retract")).toEqual([]);
      expect({ trail, ...engineView(program, next), effects: timerEffects(next.effects) }).toEqual({
        trail,
        ...refView(ref),
        effects: refEffects,
      });
      r = next;
      now = at;
      advanced = false;
    }
    if (step.advance !== null) {
      const minutes = typeof step.advance === "number" ? step.advance : toWake(ref, now, step.advance);
      const to = now + minutes * MIN;
      trail.push({ advance: local(to) });
      r = advance(program, r.ticket, to);
      const effects = ref.advance(to);
      expect({ trail, ...engineView(program, r), effects: timerEffects(r.effects) }).toEqual({
        trail,
        ...refView(ref),
        effects,
      });
      now = to;
      advanced = true;
    }
  });
}

const targets: { name: string; program: Program; runs: number }[] = [
  { name: "clockwork fixture", program: fixture("clockwork"), runs: 300 },
  { name: "follow-on fixture", program: fixture("follow-on"), runs: 300 },
  { name: "choices fixture", program: fixture("choices"), runs: 300 },
  ...allPrograms().map(({ name, program }) => ({ name, program, runs: name === "desk" ? 200 : 60 })),
];

for (const { name, program, runs } of targets) {
  describe(`clocks of ${name} equal the minute-stepping reference`, () => {
    for (const kind of program.tickets.values()) {
      if (kind.clocks.length === 0) continue;
      test(`${kind.id}: ${runs} random histories`, async () => {
        let n = 0;
        await fc.assert(
          fc.asyncProperty(clockRun(program, kind.id), async (run) => {
            // Hand the event loop back now and then: a long synchronous run starves vitest's worker RPC.
            if (++n % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
            check(program, kind.id, run);
          }),
          { numRuns: Number(process.env.RUNS ?? runs), seed: 20260930, endOnFailure: process.env.RUNS !== undefined },
        );
      });
    }
  });
}
