// The resolved model from one source: the TypeBox definitions give the types, the committed
// model.schema.json and checkStandardModel; these tests hold the three together.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CalendarSpec, Deadline, HolidaySet, Label } from "@yardstick/calendar";
import {
  checkStandardModel,
  MODEL_PROBLEM_CODES,
  modelProblemWords,
  templateParams,
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
      problems: [
        { pointer: "/formatVersion", code: "wrong-format-version", message: "expected formatVersion 1, got 2" },
      ],
    });
    expect(checkStandardModel({ formatVersion: 2 }, { lang: "zh" })).toEqual({
      ok: false,
      problems: [
        { pointer: "/formatVersion", code: "wrong-format-version", message: "formatVersion 应为 1，这里是 2" },
      ],
    });
    expect(checkStandardModel("model").ok).toBe(false);
    expect(checkStandardModel(null).ok).toBe(false);
  });
});

test("each problem has a code and its words in English or Chinese, the same places and codes in both", () => {
  const [, model] = stored.find(([name]) => name === "audit-kpis-rules")!;
  const edited = structuredClone(model) as Record<string, unknown> & StandardModel;
  (Object.values(edited.audits)[0] as { period: string }).period = "fortnight";
  delete (edited as Partial<StandardModel>).timezone;
  (edited as { version: unknown }).version = 3;
  (edited as { tickets: unknown }).tickets = [];
  const en = checkStandardModel(edited);
  const zh = checkStandardModel(edited, { lang: "zh" });
  if (en.ok || zh.ok) throw new Error("the edited model passed");
  const id = Object.keys(edited.audits)[0]!;
  expect(en.problems).toEqual([
    { pointer: "/timezone", code: "missing-field", message: "`timezone` is missing" },
    { pointer: "/version", code: "wrong-type", message: "expected a string, got a number" },
    { pointer: "/timezone", code: "wrong-type", message: "expected a string, got nothing" },
    { pointer: "/tickets", code: "wrong-type", message: "expected an object, got a list" },
    {
      pointer: `/audits/${id}/period`,
      code: "not-allowed",
      message: "`fortnight` is not allowed here; allowed: `day`, `week`, `month`, `quarter` or `year`",
    },
  ]);
  expect(zh.problems.map((p) => [p.pointer, p.code])).toEqual(en.problems.map((p) => [p.pointer, p.code]));
  expect(zh.problems.map((p) => p.message)).toEqual([
    "缺少 `timezone`",
    "应为文本，这里是数字",
    "应为文本，这里是空缺",
    "应为对象（键和值），这里是列表",
    "这里不能是 `fortnight`；可以是 `day`、`week`、`month`、`quarter` 或 `year`",
  ]);
  for (const code of [...en.problems.map((p) => p.code)]) expect(MODEL_PROBLEM_CODES).toContain(code);
});

test.each(Object.entries(modelProblemWords))(
  "the problem words %s take the same parameters in both languages",
  (_k, w) => {
    expect(templateParams(w.zh[0])).toEqual(templateParams(w.en[0]));
    expect(w.zh[0].replace(/\{\{\w+\}\}|`[^`]*`/g, "")).toMatch(/\p{Script=Han}/u);
  },
);

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
