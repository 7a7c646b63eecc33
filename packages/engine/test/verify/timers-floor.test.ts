/**
 * The floor fireDue passes cycles over by (clocks/timers.ts `timersFloor`) must be no later than any
 * of the cycle's timers: a floor too late would leave a warning, breach or escalation unfired. For
 * random running cycles of every clock of every program (starts around holidays, closed pauses,
 * priorities, bases from the clock's own target or an agreed time), every timer computeTimers gives
 * is at or after the floor — and the floor is not vacuous: it is finite whenever the cycle has timers.
 */
import { cycleTimers, timersFloor } from "../../src/clocks/timers.js";
import { baseDeadline } from "../../src/clocks/target.js";
import type { ClockCycle } from "../../src/state/working-ticket.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { allPrograms, fixture } from "./programs.js";

const MIN = 60_000;
const STARTS = [
  Date.parse("2025-09-28T08:00:00+08:00"),
  Date.parse("2026-02-14T17:30:00+08:00"),
  Date.parse("2026-03-02T11:50:00+08:00"),
];
const RUNS = Number(process.env.RUNS ?? 300);

const programs = [
  ...allPrograms(),
  { name: "clockwork", program: fixture("clockwork") },
  { name: "follow-on", program: fixture("follow-on") },
  { name: "choices", program: fixture("choices") },
];

describe("no timer of a running cycle is before its floor", () => {
  for (const { name, program } of programs) {
    const clocks = [...program.tickets.values()].flatMap((kind) => kind.clocks.map((clock) => ({ kind, clock })));
    if (clocks.length === 0) continue;
    test(`${name}: ${RUNS} random cycles`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...clocks),
          fc.constantFrom(...STARTS),
          fc.integer({ min: 0, max: 14 * 24 * 60 }),
          fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
          fc.array(fc.tuple(fc.integer({ min: 0, max: 3 * 24 * 60 }), fc.integer({ min: 1, max: 26 * 60 })), {
            maxLength: 3,
          }),
          fc.integer({ min: 0, max: 7 * 24 * 60 }),
          ({ kind, clock }, day0, offset, pick, gaps, dueIn) => {
            const startedAt = day0 + offset * MIN;
            const priorities = kind.model.priorities.map((p) => p.id);
            const priority = priorities.length === 0 ? null : priorities[(pick ?? 0) % priorities.length]!;
            const data =
              clock.model.dueAt === undefined
                ? {}
                : { [clock.model.dueAt]: new Date(startedAt + dueIn * MIN).toISOString() };
            // Closed pauses in order after the start: each `gap` minutes after the last, lasting `len`.
            const pauses: [number, number][] = [];
            let at = startedAt;
            for (const [gap, len] of gaps) {
              const a = at + gap * MIN;
              pauses.push([a, a + len * MIN]);
              at = a + len * MIN;
            }
            const c: ClockCycle = {
              n: 1,
              startedAt,
              status: "running",
              priority,
              base: baseDeadline(clock, priority, startedAt, data, program.timezone),
              pauses,
              pausedAt: undefined,
              pausedBy: undefined,
              endedAt: undefined,
            };
            const floor = timersFloor(clock, c);
            const timers = cycleTimers(clock, c);
            for (const t of timers) expect(t.at, `${clock.id} ${t.kind} ${t.level}`).toBeGreaterThanOrEqual(floor);
            if (timers.length > 0) expect(Number.isFinite(floor)).toBe(true);
          },
        ),
        { numRuns: RUNS, seed: 20261201 },
      );
    });
  }
});
