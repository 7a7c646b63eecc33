/** Random ticket histories for the property tests: where they start, what data they carry, their steps. */
import type { FieldModel, MatchTest, TicketKindModel } from "@yardstick/dsl";
import type { Data, Program, Scalar } from "@yardstick/engine";
import fc from "fast-check";

export const MIN = 60_000;

export const windows = [
  ["2025-09-25T00:00:00+08:00", 18],
  ["2026-02-10T00:00:00+08:00", 20],
  ["2026-03-02T00:00:00+08:00", 10],
  ["2026-09-17T00:00:00+08:00", 26],
].map(([from, days]) => ({ from: Date.parse(from as string), minutes: (days as number) * 1440 }));

export const local = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");

export type Value = { scalar: Scalar } | { date: number };

/** What each field can hold: declared values, values the kind's matchers test, or a few of its type. */
function fieldValues(kind: TicketKindModel): Map<string, fc.Arbitrary<Value>> {
  const tested = new Map<string, Set<Scalar>>();
  const note = (tests: readonly MatchTest[] | undefined) => {
    for (const t of tests ?? []) {
      const k = t.field.replace(/^(ticket|event)\./, "");
      const set = tested.get(k) ?? new Set<Scalar>();
      for (const v of Array.isArray(t.value) ? t.value : [t.value]) {
        set.add(v);
        if (typeof v === "number") set.add(v + 1).add(v - 1);
      }
      tested.set(k, set);
    }
  };
  for (const p of kind.priorities) note(p.when);
  for (const s of Object.values(kind.states)) for (const ts of Object.values(s.on)) for (const t of ts) note(t.when);
  for (const c of Object.values(kind.clocks))
    for (const cond of [c.start, c.stop, c.pause, c.resume, c.reset, c.cancel])
      for (const x of cond) if (x.kind === "event") note(x.when);
  const out = new Map<string, fc.Arbitrary<Value>>();
  const scalar = (values: Scalar[]) => fc.constantFrom(...values).map((scalar) => ({ scalar }));
  const byType = (f: FieldModel): fc.Arbitrary<Value> =>
    f.type === "date"
      ? fc.integer({ min: -180, max: 3000 }).map((date) => ({ date }))
      : f.values !== undefined
        ? scalar(f.values)
        : f.type === "number"
          ? fc.integer({ min: 0, max: 30 }).map((scalar) => ({ scalar }))
          : f.type === "boolean"
            ? scalar([true, false])
            : scalar(["A", "B"]);
  for (const f of Object.values(kind.fields)) out.set(f.id, byType(f));
  for (const [k, values] of tested) if (!out.has(k)) out.set(k, scalar([...values, "other"]));
  for (const c of Object.values(kind.clocks))
    if (c.dueAt !== undefined && !out.has(c.dueAt))
      out.set(c.dueAt, byType({ id: c.dueAt, type: "date" } as FieldModel));
  return out;
}

export function dataArb(kind: TicketKindModel, min: number) {
  const fields = fieldValues(kind);
  if (fields.size === 0) return fc.constant([] as [string, Value][]);
  return fc
    .subarray([...fields.keys()], { minLength: Math.min(min, fields.size) })
    .chain((keys) => fc.tuple(...keys.map((k) => fields.get(k)!.map((v) => [k, v] as [string, Value]))));
}

export const materialise = (entries: [string, Value][], at: number): Data =>
  Object.fromEntries(entries.map(([k, v]) => [k, "scalar" in v ? v.scalar : local(at + v.date * MIN)]));

export const stepArb = (kind: TicketKindModel) =>
  fc.record({
    pick: fc.nat(999),
    wild: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    // A gap in minutes, or `wake`: the reference's next timer instant ± a minute, so events land on boundaries.
    gap: fc.oneof(
      fc.record({ wake: fc.integer({ min: -1, max: 1 }), which: fc.nat(5) }),
      fc.record({ wake: fc.constant(0), which: fc.nat(5) }),
      fc.constant(0),
      fc.integer({ min: 1, max: 30 }),
      fc.integer({ min: 30, max: 600 }),
      fc.integer({ min: 600, max: 4000 }),
    ),
    data: fc.option(dataArb(kind, 1), { freq: 3 }),
    advance: fc.option(
      fc.oneof(
        fc.record({ wake: fc.integer({ min: -1, max: 0 }), which: fc.nat(5) }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 60, max: 3000 }),
      ),
      { freq: 2 },
    ),
  });

export type Run = ReturnType<typeof clockRun> extends fc.Arbitrary<infer R> ? R : never;

export function clockRun(program: Program, kindId: string) {
  const kind = program.model.tickets[kindId]!;
  return fc.record({
    window: fc.constantFrom(...windows),
    // Minutes into the window; one in four on a local half hour ± a minute, where working hours
    // and the time-of-day choices of targets begin and end.
    offset: fc.oneof(
      { arbitrary: fc.nat(26 * 1440), weight: 3 },
      {
        arbitrary: fc
          .tuple(fc.nat(26 * 48), fc.integer({ min: -1, max: 1 }))
          .map(([half, by]) => Math.max(0, half * 30 + by)),
        weight: 1,
      },
    ),
    data: dataArb(kind, 0),
    steps: fc.array(stepArb(kind), { minLength: 1, maxLength: 12 }),
  });
}
