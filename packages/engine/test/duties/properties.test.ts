import { planDuties, reconcile, type DutyLog } from "@yardstick/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dutySite } from "./fixture.js";

const program = dutySite();
const HOUR = 3_600_000;
const base = Date.parse("2026-01-01T00:00:00+08:00");
const input = (from: number, to: number) => ({
  from,
  to,
  items: { lifts: ["L1", "L2"] },
  events: [
    { type: "rain_stopped", at: base + 40 * 24 * HOUR + 5 * HOUR, zone: "A" },
    { type: "rain_stopped", at: base + 200 * 24 * HOUR },
  ],
  subjects: [{ id: "u1", data: { "unit.warrantyEnd": "2026-03-31", handover: "2026-01-31" } }],
});
// Windows inside 2026, at whole minutes, up to 40 days long.
const window = fc
  .tuple(fc.integer({ min: 0, max: 300 * 24 * 60 }), fc.integer({ min: 1, max: 40 * 24 * 60 }))
  .map(([start, length]) => [base + start * 60_000, base + (start + length) * 60_000] as const);

describe("plan properties", () => {
  it("occurrences are ordered, unique and inside the window", () => {
    fc.assert(
      fc.property(window, ([from, to]) => {
        const list = [...planDuties(program, input(from, to))];
        const ids = new Set(list.map((o) => o.id));
        expect(ids.size).toBe(list.length);
        for (let i = 0; i < list.length; i++) {
          expect(list[i]!.at >= from && list[i]!.at < to).toBe(true);
          expect(list[i]!.start <= list[i]!.due).toBe(true);
          if (i > 0) expect(list[i - 1]!.at <= list[i]!.at).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });

  it("planning [a, c) equals planning [a, b) then [b, c)", () => {
    fc.assert(
      fc.property(window, fc.double({ min: 0, max: 1, noNaN: true }), ([a, c], f) => {
        const b = a + Math.floor(((c - a) * f) / 60_000) * 60_000;
        const whole = [...planDuties(program, input(a, c))].map((o) => o.id);
        const parts = [...planDuties(program, input(a, b)), ...planDuties(program, input(b, c))].map((o) => o.id);
        expect(parts).toEqual(whole);
      }),
      { numRuns: 25 },
    );
  });
});

describe("reconcile properties", () => {
  const duties = ["night-patrol", "night-patrol-rolling", "garbage", "garbage-fixed", "lift-disinfection", "ghost"];
  const log = fc.record({
    duty: fc.constantFrom(...duties),
    minute: fc.integer({ min: -600, max: 8 * 24 * 60 }),
    zone: fc.option(fc.constantFrom("A", "B", "Q"), { nil: undefined }),
    item: fc.option(fc.constantFrom("L1", "L2"), { nil: undefined }),
    checkpoints: fc.subarray(["gate", "car-park", "lights", "roof"]),
  });
  it("never loses a log: each is counted on an outcome or reported", () => {
    const occurrences = [...planDuties(program, input(base, base + 7 * 24 * HOUR))];
    fc.assert(
      fc.property(fc.array(log, { maxLength: 60 }), fc.boolean(), (raw, duplicate) => {
        const logs: DutyLog[] = raw.map((l) => ({
          duty: l.duty,
          at: base + l.minute * 60_000,
          checkpoints: l.checkpoints,
          ...(l.zone !== undefined ? { zone: l.zone } : {}),
          ...(l.item !== undefined ? { item: l.item } : {}),
        }));
        if (duplicate && logs.length > 0) logs.push({ ...logs[0]! });
        const r = reconcile(program, { occurrences, logs, now: base + 8 * 24 * HOUR });
        const counted = new Set(r.outcomes.flatMap((o) => o.logs));
        const reported = new Set(
          r.diagnostics
            .filter((d) => d.code !== "log-out-of-order" && d.code !== "unknown-checkpoint" && d.code !== "extra-log")
            .map((d) => d.path[1]),
        );
        logs.forEach((_, i) => expect(counted.has(i) !== reported.has(i), `log ${i}`).toBe(true));
        expect(r.outcomes.length).toBe(occurrences.length);
      }),
      { numRuns: 60 },
    );
  });
});
