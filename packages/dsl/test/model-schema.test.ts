// The resolved model from one source: the TypeBox definitions give the types, the committed
// model.schema.json and checkStandardModel; these tests hold the three together.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CalendarSpec, Deadline, HolidaySet, Label } from "@yardstick/calendar";
import {
  checkStandardModel,
  type ClockRange,
  type Duration,
  type EscalationTrigger,
  modelJsonSchema,
  type StandardModel,
  type TimeOfDay,
} from "@yardstick/dsl";
import { Ajv } from "ajv";
import { describe, expect, expectTypeOf, test } from "vitest";

const valid = fileURLToPath(new URL("./conformance/valid/", import.meta.url));
const committed = JSON.parse(readFileSync(new URL("../model.schema.json", import.meta.url), "utf8")) as object;
const stored = readdirSync(valid)
  .filter((name) => !name.endsWith(".md"))
  .sort()
  .map((name) => [name, JSON.parse(readFileSync(join(valid, name, "expected.json"), "utf8")) as unknown] as const);

describe("model.schema.json", () => {
  test("is what the TypeBox definitions give (run `pnpm schema` after changing them)", () => {
    expect(committed).toEqual(modelJsonSchema());
  });

  test("accepts every conformance model, read by a plain JSON Schema validator", () => {
    expect(stored.length).toBeGreaterThan(5);
    const validate = new Ajv({ strict: false, allErrors: true }).compile(committed);
    for (const [name, model] of stored)
      expect([name, validate(model), validate.errors ?? []]).toEqual([name, true, []]);
  });
});

describe("checkStandardModel", () => {
  test("accepts the models the conformance cases store", () => {
    for (const [name, model] of stored) expect([name, checkStandardModel(model).ok]).toEqual([name, true]);
  });

  test("refuses a model edited by hand, saying where", () => {
    const [, model] = stored.find(([name]) => name === "audit-kpis-rules")!;
    const edited = structuredClone(model) as StandardModel;
    const audit = Object.values(edited.audits)[0]!;
    (audit as { period: string }).period = "fortnight";
    const checked = checkStandardModel(edited);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems.map((p) => p.pointer)).toContain(`/audits/${audit.id}/period`);
  });

  test("refuses another formatVersion before looking further, and what is not a model at all", () => {
    expect(checkStandardModel({ formatVersion: 2 })).toEqual({
      ok: false,
      problems: [{ pointer: "/formatVersion", message: "expected formatVersion 1, got 2" }],
    });
    expect(checkStandardModel("model").ok).toBe(false);
    expect(checkStandardModel(null).ok).toBe(false);
  });
});

describe("the model's types", () => {
  type Clock = StandardModel["tickets"][string]["clocks"][string];
  type Schedule = StandardModel["duties"][string]["schedule"];
  test("the calendar's shapes, written as schemas here, are the calendar's own types", () => {
    expectTypeOf<Clock["targets"][string]["value"]>().toEqualTypeOf<Deadline>();
    expectTypeOf<StandardModel["holidaySets"][string]>().toEqualTypeOf<HolidaySet>();
    expectTypeOf<StandardModel["title"]>().toEqualTypeOf<Label>();
    expectTypeOf<Omit<StandardModel["calendars"][string], "id">>().toEqualTypeOf<Omit<CalendarSpec, "id">>();
  });

  test("the time values are the time parsers' own types", () => {
    expectTypeOf<Clock["escalation"][number]["at"]["value"]>().toEqualTypeOf<EscalationTrigger>();
    expectTypeOf<Extract<Schedule, { kind: "recurring" }>["between"]>().toEqualTypeOf<
      { text: string; value: ClockRange } | undefined
    >();
    expectTypeOf<Extract<Schedule, { kind: "recurring" }>["at"][number]["value"]>().toEqualTypeOf<TimeOfDay>();
    expectTypeOf<Extract<Schedule, { kind: "triggered" }>["within"]["value"]>().toEqualTypeOf<Duration>();
  });
});
