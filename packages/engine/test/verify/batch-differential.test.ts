/**
 * applyBatch against the calls it stands for: over random steps for several tickets at once —
 * events the ticket takes and ones it refuses, events sent again, late reports, wake-ups and
 * wake-ups that go back in time — each ticket's state (byte for byte), effects (in order),
 * nextWakeAt, refused steps (with their error codes) and duplicates equal what applyEvent and
 * advance give called one step at a time from the stored JSON, a refused call caught and skipped.
 */
import {
  advance,
  applyBatch,
  applyEvent,
  isEngineError,
  openTicket,
  type BatchStep,
  type Effect,
  type Program,
  type TicketState,
} from "@yardstick/engine";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { clockRun, materialise, MIN, type Run } from "./histories.js";
import { fixture, allPrograms } from "./programs.js";

/** A run as raw steps for ticket `id`: nothing is checked, so some are refused, late or sent again. */
function rawSteps(
  program: Program,
  kindId: string,
  run: Run,
  id: string,
): { open: TicketState; wake: number | null; steps: BatchStep[] } {
  const kind = program.tickets.get(kindId)!;
  const events = [...new Set([...kind.events, ...kind.clockEvents])].sort();
  const t0 = run.window.from + (run.offset % run.window.minutes) * MIN;
  const opened = openTicket(program, { id, kind: kindId, at: t0, data: materialise(run.data, t0) });
  const open = opened.ticket;
  const steps: BatchStep[] = [];
  let now = t0;
  run.steps.forEach((s, i) => {
    const gap = typeof s.gap === "number" ? s.gap : 15 * (s.gap.which + 1) + s.gap.wake;
    // One in five goes back (a late report), one in seven is the previous event again.
    const at = s.pick % 5 === 0 ? Math.max(t0, now - gap * MIN) : now + gap * MIN;
    const data = s.data === null ? undefined : materialise(s.data, at);
    const previous = [...steps].reverse().find((x) => "event" in x);
    if (s.pick % 7 === 0 && previous !== undefined) steps.push(previous);
    else
      steps.push({
        ticket: id,
        event: { id: `${id}-e${i}`, type: events[s.pick % events.length]!, at, ...(data ? { data } : {}) },
      });
    now = Math.max(now, at);
    if (s.advance !== null) {
      const minutes = typeof s.advance === "number" ? s.advance : s.advance.wake * 30;
      now += minutes * MIN;
      steps.push({ ticket: id, advance: now });
    }
  });
  return { open, wake: opened.nextWakeAt, steps };
}

interface Outcome {
  ticket: string;
  effects: Effect[];
  nextWakeAt: number | null;
  errors: [number, string][];
  duplicates: number[];
}

/** The same steps one call at a time, each from the JSON the previous call stored. */
function oneByOne(
  program: Program,
  opened: { open: TicketState; wake: number | null },
  steps: readonly BatchStep[],
  indexes: number[],
): Outcome {
  let stored = JSON.stringify(opened.open);
  let nextWakeAt = opened.wake;
  const effects: Effect[] = [];
  const errors: [number, string][] = [];
  const duplicates: number[] = [];
  for (const i of indexes) {
    const step = steps[i]!;
    try {
      const ticket = JSON.parse(stored) as TicketState;
      const r = "event" in step ? applyEvent(program, ticket, step.event) : advance(program, ticket, step.advance);
      if (r.duplicate === true) duplicates.push(i);
      effects.push(...r.effects);
      nextWakeAt = r.nextWakeAt;
      stored = JSON.stringify(r.ticket);
    } catch (error) {
      if (!isEngineError(error)) throw error;
      errors.push([i, error.code]);
    }
  }
  return { ticket: stored, effects, nextWakeAt, errors, duplicates };
}

function compare(program: Program, kindId: string, runs: Run[], order: number[]) {
  const tickets = runs.map((run, k) => rawSteps(program, kindId, run, `B-${k}`));
  // Interleaved across tickets by `order`, each ticket's own steps kept in their order.
  const queues = tickets.map((t) => [...t.steps]);
  const steps: BatchStep[] = [];
  for (let n = 0; queues.some((q) => q.length > 0); n++) {
    const q = queues.filter((x) => x.length > 0);
    steps.push(q[order[n % order.length]! % q.length]!.shift()!);
  }
  const batch = applyBatch(
    program,
    tickets.map((t) => JSON.parse(JSON.stringify(t.open)) as TicketState),
    steps,
  );
  tickets.forEach((t, k) => {
    const indexes = steps.flatMap((s, i) => (s.ticket === t.open.id ? [i] : []));
    const expected = oneByOne(program, t, steps, indexes);
    const got = batch[k]!;
    expect(got.id).toBe(t.open.id);
    expect({
      ticket: JSON.stringify(got.ticket),
      effects: got.effects,
      nextWakeAt: got.nextWakeAt,
      errors: got.errors.map((e): [number, string] => [e.step, e.error.code]),
      duplicates: got.duplicates,
    }).toEqual(expected);
  });
}

const targets: { name: string; program: Program; runs: number }[] = [
  { name: "clockwork fixture", program: fixture("clockwork"), runs: 60 },
  { name: "follow-on fixture", program: fixture("follow-on"), runs: 60 },
  { name: "choices fixture", program: fixture("choices"), runs: 60 },
  ...allPrograms()
    .filter(({ name }) => name === "desk" || name === "seed/harbour-view" || name === "seed/group")
    .map(({ name, program }) => ({ name, program, runs: 25 })),
];

describe("applyBatch equals one call at a time", () => {
  for (const { name, program, runs } of targets)
    for (const kind of program.tickets.values()) {
      if (kind.clocks.length === 0) continue;
      test(`${name}, ${kind.id}: three tickets, interleaved (${runs} batches)`, () => {
        const run = clockRun(program, kind.id);
        fc.assert(
          fc.property(fc.tuple(run, run, run), fc.array(fc.nat(5), { minLength: 1, maxLength: 8 }), (rs, order) =>
            compare(program, kind.id, rs, order),
          ),
          { numRuns: runs },
        );
      });
    }

  test("a step for a ticket not given, or a state given twice, throws before anything runs", () => {
    const program = fixture("clockwork");
    const kind = [...program.tickets.values()].find((k) => k.clocks.length > 0)!;
    const open = openTicket(program, { id: "X-1", kind: kind.id, at: "2026-03-02T09:00:00+08:00" }).ticket;
    const event = { type: [...kind.events][0]!, at: "2026-03-02T09:05:00+08:00" };
    expect(() => applyBatch(program, [open], [{ ticket: "X-2", event }])).toThrow(
      expect.objectContaining({ code: "invalid-input", path: ["steps", 0, "ticket"] }),
    );
    expect(() => applyBatch(program, [open, open], [])).toThrow(expect.objectContaining({ code: "invalid-input" }));
    const bad = { ...open, id: "X-3", standard: "other@1#0" } as TicketState;
    expect(() => applyBatch(program, [open, bad], [{ ticket: "X-1", event }])).toThrow(
      expect.objectContaining({ code: "wrong-standard" }),
    );
  });

  test("a ticket no step changed comes back as given", () => {
    const program = fixture("clockwork");
    const kind = [...program.tickets.values()].find((k) => k.clocks.length > 0)!;
    const open = openTicket(program, { id: "X-1", kind: kind.id, at: "2026-03-02T09:00:00+08:00" }).ticket;
    const [r] = applyBatch(program, [open], [{ ticket: "X-1", advance: "2026-03-01T09:00:00+08:00" }]);
    expect(r!.ticket).toBe(open);
    expect(r!.errors.map((e) => e.error.code)).toEqual(["time-went-back"]);
  });
});
