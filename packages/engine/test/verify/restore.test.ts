/**
 * Issue 8, "Done when": restore anywhere. Over random histories (histories.ts) of the clockwork,
 * follow-on and choices fixtures, the desk and every shipped standard:
 *  - storing the state as JSON after every call and continuing from the parsed copy gives the same
 *    states, effects and nextWakeAt as the uninterrupted run, call by call;
 *  - re-sending any prefix of the events (and advancing to where the ticket is) adds no effect and
 *    leaves the state as it was; replayTicket over the history gives the same ticket and effects;
 *  - delivering the same events in a random order (late reports) ends with the same clock outcomes
 *    as the in-order history, with every effect announced on the way that no longer holds retracted
 *    (and only those).
 */
import {
  advance,
  applyEvent,
  isEngineError,
  openTicket,
  replayTicket,
  status,
  type Effect,
  type Program,
  type TicketEvent,
  type TicketResult,
  type TicketState,
} from "@yardstick/engine";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { clockRun, materialise, MIN, type Run } from "./histories.js";
import { allPrograms, fixture } from "./programs.js";

type Call = { event: TicketEvent & { at: number; id: string } } | { advance: number };

/** Turns a random run into calls the ticket accepts (trying events round robin from the pick). */
function calls(program: Program, kindId: string, run: Run, distinct: boolean) {
  const kind = program.tickets.get(kindId)!;
  const events = [...new Set([...kind.events, ...kind.clockEvents])].sort();
  const t0 = run.window.from + (run.offset % run.window.minutes) * MIN;
  const open = { id: "R-1", kind: kindId, at: t0, data: materialise(run.data, t0) };
  let r = openTicket(program, open);
  const out: Call[] = [];
  let now = t0;
  let advanced = false;
  run.steps.forEach((step, i) => {
    const gap = typeof step.gap === "number" ? step.gap : Math.max(0, ((r.nextWakeAt ?? now) - now) / MIN);
    const at = now + Math.max(distinct || advanced ? 1 : 0, Math.round(gap)) * MIN;
    const data = step.data === null ? undefined : materialise(step.data, at);
    for (let k = 0; k < events.length; k++) {
      const ev = { id: `e${i}`, type: events[(step.pick + k) % events.length]!, at, ...(data ? { data } : {}) };
      try {
        r = applyEvent(program, r.ticket, ev);
        out.push({ event: ev });
        now = at;
        advanced = false;
        break;
      } catch (error) {
        if (!isEngineError(error)) throw error;
      }
    }
    if (step.advance !== null) {
      const minutes =
        typeof step.advance === "number" ? step.advance : Math.max(0, ((r.nextWakeAt ?? now) - now) / MIN);
      now += Math.round(minutes) * MIN;
      r = advance(program, r.ticket, now);
      out.push({ advance: now });
      advanced = true;
    }
  });
  return { open, calls: out, end: now };
}

function step(program: Program, ticket: TicketState, call: Call): TicketResult {
  return "advance" in call ? advance(program, ticket, call.advance) : applyEvent(program, ticket, call.event);
}

const roundTrip = (t: TicketState): TicketState => JSON.parse(JSON.stringify(t)) as TicketState;

/** What holds after a series of results: announced effects minus retracted ones, by key. */
function net(results: TicketResult[]): Map<string, Effect> {
  const held = new Map<string, Effect>();
  for (const r of results)
    for (const e of r.effects) {
      if (e.kind === "retract") {
        expect(held.has(e.retracts!)).toBe(true); // only what was announced and still holds
        held.delete(e.retracts!);
      } else {
        expect(held.has(e.key)).toBe(false); // never announced twice while it holds
        held.set(e.key, e);
      }
    }
  return held;
}

const outcome = (program: Program, t: TicketState, at: number) => {
  const s = status(program, t, at);
  return { state: s.state, priority: s.priority, clocks: s.clocks, notified: s.notified, nextWakeAt: s.nextWakeAt };
};

function restoreAnywhere(program: Program, kindId: string, run: Run) {
  const h = calls(program, kindId, run, false);
  const opened = openTicket(program, h.open);
  const straight: TicketResult[] = [];
  let t = opened.ticket;
  for (const c of h.calls) {
    const r = step(program, t, c);
    straight.push(r);
    t = r.ticket;
  }
  // The same calls, each from a JSON copy of the previous state.
  let stored = JSON.stringify(opened.ticket);
  h.calls.forEach((c, i) => {
    const r = step(program, JSON.parse(stored) as TicketState, c);
    expect({ i, ticket: r.ticket, effects: r.effects, nextWakeAt: r.nextWakeAt }).toEqual({
      i,
      ticket: straight[i]!.ticket,
      effects: straight[i]!.effects,
      nextWakeAt: straight[i]!.nextWakeAt,
    });
    stored = JSON.stringify(r.ticket);
    expect(stored).toBe(JSON.stringify(straight[i]!.ticket));
  });
  // Re-sending any prefix: every event is a duplicate, and nothing is announced that the ticket had not.
  const last = straight.at(-1)?.ticket ?? opened.ticket;
  const settled = advance(program, last, last.now).ticket;
  for (let k = 0; k <= h.calls.length; k++) {
    let again = roundTrip(settled);
    for (const c of h.calls.slice(0, k)) {
      if ("advance" in c) continue;
      const r = applyEvent(program, again, c.event);
      expect(r).toMatchObject({ effects: [], duplicate: true });
      again = r.ticket;
    }
    const r = advance(program, again, settled.now);
    expect(r.effects).toEqual([]);
    expect(r.ticket).toEqual(settled);
  }
  // One call for the whole history (advanced to its last instant) gives the same ticket and effects.
  const events = h.calls.flatMap((c) => ("event" in c ? [c.event] : []));
  const settle = advance(program, last, last.now);
  const whole = replayTicket(program, { open: h.open, events, until: last.now });
  expect(whole.ticket).toEqual(settle.ticket);
  expect(whole.effects).toEqual([...opened.effects, ...straight.flatMap((r) => r.effects), ...settle.effects]);
  expect(whole.nextWakeAt).toBe(settle.nextWakeAt);
}

function lateReports(program: Program, kindId: string, run: Run, order: number[]) {
  const h = calls(program, kindId, run, true);
  const events = h.calls.flatMap((c) => ("event" in c ? [c.event] : []));
  fc.pre(events.length > 1);
  const end = h.end;
  const inOrder = replayTicket(program, { open: h.open, events, until: end });
  // Delivered in a random order; one the ticket cannot take yet waits for the next delivery.
  const deliver = events.map((e, i) => ({ e, k: order[i % order.length]! + i / 1000 })).sort((a, b) => a.k - b.k);
  const opened = openTicket(program, h.open);
  const results: TicketResult[] = [opened];
  let t = opened.ticket;
  let waiting = deliver.map((d) => d.e);
  for (let progress = true; waiting.length > 0 && progress;) {
    progress = false;
    const still: typeof waiting = [];
    for (const e of waiting) {
      try {
        const r = applyEvent(program, roundTrip(t), e);
        results.push(r);
        t = r.ticket;
        progress = true;
      } catch (error) {
        if (!isEngineError(error)) throw error;
        still.push(e);
      }
    }
    waiting = still;
  }
  fc.pre(waiting.length === 0);
  const final = advance(program, t, Math.max(end, t.now));
  results.push(final);
  expect(outcome(program, final.ticket, end)).toEqual(outcome(program, inOrder.ticket, end));
  expect(new Set(final.ticket.announced)).toEqual(new Set(inOrder.ticket.announced));
  // The same effects hold, at the same instants with the same deadlines: an effect whose instant a
  // late report moved was retracted and announced again with what the in-order history says.
  const held = net(results);
  const said = (e: Effect) => `${e.key} at ${e.at} deadline ${String(e.deadline)}`;
  expect([...held.values()].map(said).sort()).toEqual(inOrder.effects.map(said).sort());
}

const targets: { name: string; program: Program; runs: number }[] = [
  { name: "clockwork fixture", program: fixture("clockwork"), runs: 100 },
  { name: "follow-on fixture", program: fixture("follow-on"), runs: 100 },
  { name: "choices fixture", program: fixture("choices"), runs: 100 },
  ...allPrograms().map(({ name, program }) => ({ name, program, runs: name === "desk" ? 100 : 30 })),
];

const tick = () => new Promise((resolve) => setImmediate(resolve));

for (const { name, program, runs } of targets) {
  describe(`restore anywhere: ${name}`, () => {
    for (const kind of program.tickets.values()) {
      if (kind.clocks.length === 0) continue;
      test(`${kind.id}: JSON after every call, prefixes re-sent, whole replays (${runs} histories)`, async () => {
        let n = 0;
        await fc.assert(
          fc.asyncProperty(clockRun(program, kind.id), async (run) => {
            if (++n % 20 === 0) await tick();
            restoreAnywhere(program, kind.id, run);
          }),
          { numRuns: runs, seed: 8 },
        );
      });
      test(`${kind.id}: late reports end as the in-order history, retracting what no longer holds (${runs} histories)`, async () => {
        let n = 0;
        await fc.assert(
          fc.asyncProperty(
            clockRun(program, kind.id),
            fc.array(fc.nat(99), { minLength: 1, maxLength: 12 }),
            async (run, order) => {
              if (++n % 20 === 0) await tick();
              lateReports(program, kind.id, run, order);
            },
          ),
          { numRuns: runs, seed: 9 },
        );
      });
    }
  });
}
