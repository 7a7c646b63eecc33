// The KPIs' light reader of stored tickets (src/audits/ticket-reader.ts) against the full decode
// the runtime does, on random format 2 states: the same kind, data, zone, cycle ends and outcomes.
import {
  computeKpis,
  type Data,
  migrateState,
  periodOf,
  type TicketState,
  type TicketStateFormat1,
} from "@yardstick/engine";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { judgeCycle } from "../../src/audits/cycle-outcome.js";
import { currentData, cycleEnd, judgeTuple, storedKind, storedPin } from "../../src/audits/ticket-reader.js";
import { checkState } from "../../src/runtime/input.js";
import { openingOrEventField } from "../../src/state/codec.js";
import type { ClockCycle, StoredEvent } from "../../src/state/working-ticket.js";
import { estate } from "./helpers.js";

const program = estate();
const MIN = 60_000;
// Instants on a 30-minute grid, so a stop, a pause or `asOf` often falls exactly on a deadline.
const STEP = 30 * MIN;
const start = Date.parse("2026-11-01T00:00:00+08:00");
const p = periodOf("month", "2026-11", program.timezone);

const cycleArb = (n: number) =>
  fc
    .record({
      start: fc.integer({ min: -144, max: 1584 }),
      status: fc.constantFrom("running", "paused", "stopped", "cancelled", "reset" as const),
      priority: fc.constantFrom("urgent", "normal", null),
      budget: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
      pauses: fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 4 })), {
        maxLength: 2,
      }),
      end: fc.integer({ min: 0, max: 12 }),
    })
    .map((r): ClockCycle => {
      const startedAt = start + r.start * STEP;
      let at = startedAt;
      const pauses: [number, number][] = r.pauses.map(([gap, len]) => {
        const from = (at += gap * STEP);
        return [from, (at += len * STEP)];
      });
      const c: ClockCycle = {
        n,
        startedAt,
        status: r.status,
        priority: r.priority,
        base: r.budget === null ? null : startedAt + r.budget * STEP,
        pauses,
      };
      if (r.status === "paused") {
        c.pausedAt = Math.max(at, startedAt + r.end * STEP);
        c.pausedBy = "event";
      } else if (r.status !== "running") c.endedAt = Math.max(at, startedAt + r.end * STEP);
      return c;
    });

const eventArb = fc.record({
  type: fc.constantFrom("arrive", "complete"),
  minutes: fc.integer({ min: 0, max: 5000 }),
  zone: fc.option(fc.constantFrom("A", "B", ""), { nil: undefined }),
  category: fc.option(fc.constantFrom("fixture", "water_leak"), { nil: undefined }),
});

const stateArb = fc
  .record({
    i: fc.integer({ min: 1, max: 1_000_000 }),
    kind: fc.constantFrom("repair", "complaint"),
    opened: fc.integer({ min: -3 * 1440, max: 33 * 1440 }),
    zone: fc.option(fc.constantFrom("A", "B", "C"), { nil: undefined }),
    owner: fc.option(fc.constantFrom("w1", "w2"), { nil: undefined }),
    rework: fc.boolean(),
    events: fc.array(eventArb, { maxLength: 3 }),
    cycles: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }),
    seed: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 6, maxLength: 6 }),
  })
  .chain((r) =>
    fc.tuple(
      fc.constant(r),
      fc.tuple(...r.cycles.map((count) => fc.tuple(...Array.from({ length: count }, (_, j) => cycleArb(j + 1))))),
    ),
  )
  .map(([r, cycles]): TicketState => {
    const kind = program.tickets.get(r.kind)!;
    const at = start + r.opened * MIN;
    const data: Data = r.zone === undefined ? { unit: `u${r.i}` } : { unit: `u${r.i}`, zone: r.zone };
    const events: StoredEvent[] = r.events.map((e) => {
      const d: Record<string, string> = {};
      if (e.zone !== undefined) d.zone = e.zone;
      if (e.category !== undefined) d.category = e.category;
      return Object.keys(d).length === 0
        ? { type: e.type, at: at + e.minutes * MIN }
        : { type: e.type, at: at + e.minutes * MIN, data: d };
    });
    const clocks: Record<string, ClockCycle[]> = {};
    kind.clocks.forEach((c, i) => {
      if (cycles[i] !== undefined && cycles[i]!.length > 0) clocks[c.id] = cycles[i]!;
    });
    const v1: TicketStateFormat1 = {
      format: 1,
      standard: program.pin,
      kind: r.kind,
      id: `T-${r.i}`,
      opened: { at, data },
      state: kind.initial,
      priority: "normal",
      data,
      now: at,
      events,
      clocks,
      announced: [],
      ...(r.owner === undefined ? {} : { owner: r.owner }),
      ...(r.rework ? { reworkOf: "T-0" } : {}),
    };
    return migrateState(program, v1);
  });

const pin = storedPin(program);

describe("the light reader of stored tickets equals the full decode", () => {
  test("kind, current data, zone, and every cycle's end and outcome at any instant", () => {
    fc.assert(
      fc.property(stateArb, fc.integer({ min: -48, max: 1680 }), (s, asOfStep) => {
        const asOf = start + asOfStep * STEP;
        const { st, kind } = checkState(program, s);
        expect(storedKind(program, pin, s)).toBe(kind);
        expect(currentData(s)).toEqual(st.data);
        const zone = Object.prototype.hasOwnProperty.call(st.data, "zone") ? st.data.zone : undefined;
        expect(openingOrEventField(s, "zone")).toBe(zone);
        kind.clocks.forEach((clock, i) => {
          const tuples = s.clocks[i] ?? [];
          const decoded = st.clocks[clock.index]!;
          expect(tuples.length).toBe(decoded.length);
          tuples.forEach((t, j) => {
            const c = decoded[j]!;
            expect(t[0] + s.opened).toBe(c.startedAt);
            expect(cycleEnd(t, s.opened)).toBe(c.endedAt);
            expect(judgeTuple(clock, t, j + 1, s.opened, asOf)).toBe(judgeCycle(clock, c, asOf));
          });
        });
      }),
      { numRuns: 1000 },
    );
  });

  test("a state the runtime refuses is refused with the runtime's error", () => {
    const [good] = fc.sample(stateArb, { numRuns: 1, seed: 7 });
    const bad: unknown[] = [
      null,
      { ...good, format: 1 },
      { ...good, standard: "other@1#0000" },
      { ...good, kind: "parcel" },
      { ...good, events: undefined },
      { ...good, opened: "2026-11-01" },
    ];
    for (const s of bad) {
      let runtime: unknown;
      try {
        checkState(program, s);
      } catch (e) {
        runtime = e;
      }
      expect(runtime).toBeDefined();
      expect(() => storedKind(program, pin, s)).toThrow(runtime as Error);
    }
  });

  test("computeKpis over random states counts what the decoded cycles say", () => {
    fc.assert(
      fc.property(fc.array(stateArb, { maxLength: 30 }), (states) => {
        const audit = program.model.audits.monthly!;
        const table = computeKpis(program, audit, { tickets: states }, p, { items: false });
        for (const [id, model] of Object.entries(audit.kpis)) {
          if (model.measure !== "clock-met-rate") continue;
          let met = 0;
          let late = 0;
          for (const s of states) {
            const { st, kind } = checkState(program, s);
            if (st.kind !== model.ticket) continue;
            const clock = kind.clocks.find((c) => c.id === model.clock)!;
            for (const c of st.clocks[clock.index]!) {
              if (c.startedAt < p.start || c.startedAt >= p.end) continue;
              const outcome = judgeCycle(clock, c, p.end);
              if (outcome === "met") met++;
              if (outcome === "late") late++;
            }
          }
          const site = table.get("site")!.kpis.get(id)!;
          expect([site.numerator, site.denominator]).toEqual([met, met + late]);
        }
        const rework = table.get("site")!.kpis.get("rework-rate")!;
        const opened = states.filter((s) => s.kind === "repair" && s.opened >= p.start && s.opened < p.end);
        expect([rework.numerator, rework.denominator]).toEqual([
          opened.filter((s) => s.reworkOf !== undefined).length,
          opened.length,
        ]);
      }),
      { numRuns: 100 },
    );
  });
});
