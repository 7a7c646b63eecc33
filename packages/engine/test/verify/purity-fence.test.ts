/**
 * The purity fence (issue 8): the engine reads no clock, no randomness and schedules nothing. Every
 * public function runs here over the shipped standards with `Date.now`, `new Date()`, `Math.random`,
 * `setTimeout`, `setInterval`, `performance.now` and `queueMicrotask` made to throw — and to record
 * the call, so an engine that swallowed the error is caught too. The lint half is in eslint.config.js.
 */
import { loadStandard, type StandardModel } from "@yardstick/dsl";
import {
  advance,
  applyEvent,
  compileStandard,
  explain,
  isEngineError,
  openTicket,
  replayTicket,
  runScenarios,
  status,
  ticketMachine,
  type Program,
  type TicketEvent,
  type TicketResult,
} from "@yardstick/engine";
import { expect, test } from "vitest";
import { allPrograms } from "./programs.js";

/** Runs `fn` with the impure globals replaced by ones that throw; returns what was called. */
function fenced(fn: () => void): string[] {
  const calls: string[] = [];
  const trap = (name: string) => () => {
    calls.push(name);
    throw new Error(`the engine called ${name}`);
  };
  const g = globalThis as Record<string, unknown>;
  const saved = {
    now: Date.now,
    random: Math.random,
    perf: performance.now,
    Date: g.Date,
    setTimeout: g.setTimeout,
    setInterval: g.setInterval,
    setImmediate: g.setImmediate,
    queueMicrotask: g.queueMicrotask,
  };
  const RealDate = Date;
  const FencedDate = function (this: unknown, ...args: unknown[]) {
    if (args.length === 0) trap("new Date()")();
    return new (RealDate as unknown as new (...a: unknown[]) => Date)(...args);
  } as unknown as DateConstructor;
  Object.setPrototypeOf(FencedDate, RealDate);
  (FencedDate as unknown as { prototype: object }).prototype = RealDate.prototype;
  try {
    Date.now = trap("Date.now");
    Math.random = trap("Math.random");
    performance.now = trap("performance.now");
    for (const name of ["setTimeout", "setInterval", "setImmediate", "queueMicrotask"]) g[name] = trap(name);
    g.Date = FencedDate;
    fn();
  } finally {
    Date.now = saved.now;
    Math.random = saved.random;
    performance.now = saved.perf;
    g.Date = saved.Date;
    g.setTimeout = saved.setTimeout;
    g.setInterval = saved.setInterval;
    g.setImmediate = saved.setImmediate;
    g.queueMicrotask = saved.queueMicrotask;
  }
  return calls;
}

/** A walk through a kind: each step the next event (round robin) the ticket takes, then an advance. */
function walk(program: Program, kind: string, t0: number) {
  const compiled = program.tickets.get(kind)!;
  const events = [...new Set([...compiled.events, ...compiled.clockEvents])];
  let r: TicketResult = openTicket(program, { id: `P-${kind}`, kind, at: t0, data: {}, by: "desk-1" });
  const applied: TicketEvent[] = [];
  let t = t0;
  for (let step = 0; step < 14; step++) {
    t += 37 * 60_000;
    for (let k = 0; k < events.length; k++) {
      const ev = { type: events[(step + k) % events.length]!, at: t, by: `staff-${step}` };
      try {
        r = applyEvent(program, r.ticket, ev);
        applied.push(ev);
        break;
      } catch (error) {
        if (!isEngineError(error)) throw error;
      }
    }
    r = advance(program, r.ticket, t + 45 * 60_000);
    t += 45 * 60_000;
    status(program, r.ticket);
    status(program, r.ticket, t + 3_600_000);
    for (const clock of compiled.clocks) explain(program, r.ticket, clock.id);
  }
  // The same history in one call, out of order; and a late event placed in the middle.
  replayTicket(program, {
    open: { id: `P-${kind}`, kind, at: t0, data: {} },
    events: applied.slice().reverse(),
    until: t,
  });
  if (applied.length > 1) {
    const first = applied[0]!;
    try {
      applyEvent(program, r.ticket, { ...first, at: (first.at as number) + 60_000, id: "late-1" });
    } catch (error) {
      if (!isEngineError(error)) throw error;
    }
  }
  try {
    applyEvent(program, r.ticket, { type: "no-such-event", at: t });
  } catch (error) {
    if (!isEngineError(error)) throw error;
  }
  return applied.length;
}

test("the whole engine path over the shipped standards touches no clock, randomness or timer", () => {
  const sources = allPrograms().map(({ name, program }) => ({ name, model: program.model }));
  const steps: Record<string, number> = {};
  let scenarios = 0;
  const calls = fenced(() => {
    for (const { name, model } of sources) {
      const { program } = compileStandard(structuredClone(model) as StandardModel);
      if (program === undefined) throw new Error(`${name} does not compile`);
      const report = runScenarios(program);
      scenarios += report.passed + report.failed;
      for (const kind of program.tickets.keys()) {
        ticketMachine(program, kind);
        steps[`${name}:${kind}`] = walk(program, kind, Date.parse("2026-09-30T16:00:00+08:00"));
      }
    }
    // Loading a standard (the language) is on the path of `yardstick test` too.
    loadStandard("standard: x/y\nversion: '1'\ntitle: { en: X }\ntimezone: Asia/Shanghai\n", { file: "x.yaml" });
  });
  expect(calls).toEqual([]);
  expect(scenarios).toBeGreaterThan(10);
  // Every kind's walk applied events, so the fence saw the runtime work, not just error paths.
  for (const [kind, n] of Object.entries(steps)) expect({ kind, applied: n > 1 }).toEqual({ kind, applied: true });
});

test("the fence itself catches a call (so a green run above means something)", () => {
  const calls = fenced(() => {
    try {
      Date.now();
    } catch {
      // an engine that swallowed the error is still caught by the record
    }
    expect(() => new Date()).toThrow();
    expect(new Date(0).getTime()).toBe(0);
    expect(() => Math.random()).toThrow();
    expect(() => setTimeout(() => undefined, 1)).toThrow();
  });
  expect(calls).toEqual(["Date.now", "new Date()", "Math.random", "setTimeout"]);
});
