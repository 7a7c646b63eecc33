// The planner's hand-written iterator (src/duties/plan-stream.ts) against the day-by-day generator
// it replaced, kept here as the reference: the same occurrences, field for field, in the same order,
// for random windows, sites, zones and items, with triggered and date-relative ones merged in.
import { planDuties, type DutyOccurrence, type Program } from "@yardstick/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactDay } from "../../src/duties/civil-date.js";
import { RecurringPlan, type Slot } from "../../src/duties/duty-schedule.js";
import { preparePlan } from "../../src/duties/plan-duties.js";
import type { PlanInput } from "../../src/duties/plan-input.js";
import { occurrence, type PlannedDuty } from "../../src/duties/planned-duty.js";
import { ZoneClock } from "../../src/duties/zone-clock.js";
import { compileText } from "../helpers/compile.js";
import { dutiesYaml, dutySite } from "./fixture.js";

function* reference(program: Program, input: PlanInput): Generator<DutyOccurrence> {
  const { from, to, clock, recurring, events } = preparePlan(program, input);
  const plans = recurring.map((p) => ({
    p,
    plan: new RecurringPlan(p.duty, p.duty.schedule as never, new ZoneClock(program.timezone), p.calendar),
  }));
  let e = 0;
  const firstDay = clock.dayOf(from) - 1;
  const lastDay = clock.dayOf(to - 1);
  let carry: { slot: Slot; p: PlannedDuty }[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const nextMidnight = clock.midnight(day + 1);
    const today = carry;
    for (const { p, plan } of plans) for (const slot of plan.slotsOn(day)) today.push({ slot, p });
    today.sort((a, b) => a.slot.at - b.slot.at || a.p.order - b.p.order || (a.slot.index ?? 0) - (b.slot.index ?? 0));
    carry = [];
    for (const item of today) {
      const { slot, p } = item;
      if (slot.at >= nextMidnight) {
        carry.push(item);
        continue;
      }
      while (e < events.length && events[e]!.at <= slot.at) yield events[e++]!;
      if (slot.at < from || slot.at >= to || p.targets.length === 0) continue;
      const stamp = slot.allDay ? compactDay(slot.day) : clock.stamp(slot.at);
      for (const target of p.targets) yield occurrence(p, target, slot, stamp);
    }
  }
  while (e < events.length) yield events[e++]!;
}

const HOUR = 3_600_000;
const base = Date.parse("2026-01-01T00:00:00+08:00");
const sites = [
  { id: "s1", zones: ["A"], items: { lifts: ["L1"] } },
  { id: "s2" },
  { id: "s3", zones: ["A", "B"], items: { lifts: ["L1", "L2", "L3"] } },
];

const inputs = fc.record({
  start: fc.integer({ min: -3 * 24 * 60, max: 400 * 24 * 60 }),
  length: fc.integer({ min: 1, max: 21 * 24 * 60 }),
  sites: fc.option(fc.subarray(sites, { minLength: 1 }), { nil: undefined }),
  zones: fc.option(fc.subarray(["A", "B"]), { nil: undefined }),
  // Rain on the hour half the time: its occurrence then falls due at the same instant as a round.
  rain: fc.array(
    fc.oneof(
      fc.integer({ min: 0, max: 21 * 24 * 60 }),
      fc.integer({ min: 0, max: 21 * 24 }).map((h) => h * 60),
    ),
    { maxLength: 6 },
  ),
});

interface Drawn {
  start: number;
  length: number;
  sites: typeof sites | undefined;
  zones: string[] | undefined;
  rain: number[];
}

const toInput = (r: Drawn): PlanInput => ({
  from: base + r.start * 60_000,
  to: base + (r.start + r.length) * 60_000,
  ...(r.sites !== undefined ? { sites: r.sites } : {}),
  ...(r.zones !== undefined ? { zones: r.zones } : {}),
  items: { lifts: ["L1", "L2"] },
  events: r.rain.map((m, i) => ({
    type: "rain_stopped",
    at: base + (Math.floor(r.start / 60) * 60 + m) * 60_000,
    ...(i % 2 === 0 ? { zone: "A" } : {}),
  })),
  subjects: [{ id: "u1", data: { "unit.warrantyEnd": "2026-03-31", handover: "2026-01-31" } }],
});

describe("the planner's iterator", () => {
  const program = dutySite();

  it("gives what the day-by-day generator gives, field for field and in order", () => {
    fc.assert(
      fc.property(inputs, (r) => {
        const input = toInput(r);
        const fast = [...planDuties(program, input)];
        const slow = [...reference(program, input)];
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
        expect(fast).toEqual(slow);
      }),
      { numRuns: 20 },
    );
  });

  it("across midnight and the year end, and for the standard's duties one at a time", () => {
    const input: PlanInput = { from: "2026-12-30 20:00", to: "2027-01-02 07:00", sites, items: { lifts: ["L1"] } };
    const fast = [...planDuties(program, input)];
    expect(fast.length).toBeGreaterThan(50);
    expect(fast).toEqual([...reference(program, input)]);
    for (const duty of Object.keys(program.model.duties)) {
      const one = { ...input, duties: [duty] };
      expect([...planDuties(program, one)]).toEqual([...reference(program, one)]);
    }
  });

  it("is its own iterator and a plan can be walked twice", () => {
    const plan = planDuties(program, { from: "2026-03-01", to: "2026-03-03" });
    const it = plan[Symbol.iterator]();
    const first = it.next();
    expect(first.done).toBe(false);
    // The iterator is iterable itself (as a generator is): spreading it gives the rest.
    const rest = [...(it as unknown as Iterable<DutyOccurrence>)];
    expect([first.value, ...rest]).toEqual([...plan]);
    expect([...plan].map((o) => o.id)).toEqual([...plan].map((o) => o.id));
    expect(it.next().done).toBe(true);
  });

  it("an empty window and a window with no recurring duty end at once", () => {
    expect([...planDuties(program, { from: base, to: base })]).toEqual([]);
    const triggeredOnly = compileText(dutiesYaml, "duty-site.yaml");
    const input: PlanInput = {
      from: base,
      to: base + 24 * HOUR,
      duties: ["standing-water"],
      events: [{ type: "rain_stopped", at: base + 5 * HOUR, zone: "B" }],
    };
    const list = [...planDuties(triggeredOnly, input)];
    expect(list.map((o) => o.duty)).toEqual(["standing-water"]);
    expect(list).toEqual([...reference(triggeredOnly, input)]);
  });
});
