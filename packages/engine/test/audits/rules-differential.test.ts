// The compiled rules against json-rules-engine on random rules and random facts: the same
// findings, condition by condition, or both fail.
import type { RuleCondition, RuleModel } from "@yardstick/dsl";
import { compileRuleSet, evaluateRulesCompiled, evaluateRulesReference, type RuleSubject } from "@yardstick/engine";
import { auditRules } from "@yardstick/engine";
import fc from "fast-check";
import { expect, test } from "vitest";

const OPERATORS = [
  "equal",
  "notEqual",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
  "in",
  "notIn",
  "contains",
  "doesNotContain",
] as const;
// `constructor` is inherited by every object: only an own one counts.
const FACTS = ["rate", "count", "posted", "zone", "tags", "survey", "kpi:arrival", "constructor"];
const DATES = ["incident", "repaired"];

const scalar = fc.oneof(
  fc.integer({ min: -3, max: 100 }),
  fc.double({ min: -10, max: 10, noNaN: true }),
  fc.constantFrom("A", "B", "12", "3.5x", "", "abc"),
  fc.boolean(),
);
const factValue = fc.oneof(
  scalar,
  fc.constant(null),
  fc.array(scalar, { maxLength: 4 }),
  fc.record(
    { score: scalar, inner: fc.record({ n: scalar }), list: fc.array(scalar, { maxLength: 3 }) },
    { requiredKeys: [] },
  ),
);
const leaf: fc.Arbitrary<RuleCondition> = fc.oneof(
  fc.record(
    {
      fact: fc.constantFrom(...FACTS),
      operator: fc.constantFrom(...OPERATORS),
      value: fc.oneof(scalar, fc.array(scalar, { maxLength: 4 })),
      path: fc.constantFrom("score", "$.inner.n", "list[1]", "list.0", "missing.deep", ""),
    },
    { requiredKeys: ["fact", "operator", "value"] },
  ),
  fc.record({ kpi: fc.constantFrom("arrival", "rework"), met: fc.boolean() }),
  // Date arithmetic: within a duration after (or before) another date fact.
  fc
    .tuple(
      fc.constantFrom(...DATES),
      fc.constantFrom(...DATES),
      fc.constantFrom(
        { text: "12 months", value: { kind: "calendar-months", months: 12 } },
        { text: "30d", value: { kind: "calendar-days", days: 30 } },
        { text: "48h", value: { kind: "duration", ms: 48 * 3_600_000, business: false } },
      ),
      fc.boolean(),
    )
    .map(([fact, other, within, after]) => (after ? { fact, within, after: other } : { fact, within, before: other })),
) as fc.Arbitrary<RuleCondition>;
const atLeast = (part: fc.Arbitrary<RuleCondition>) =>
  fc
    .array(part, { minLength: 1, maxLength: 4 })
    .chain((of) => fc.integer({ min: 1, max: of.length }).map((k) => ({ atLeast: k, of })));
const nested = fc.oneof(
  leaf,
  fc.array(leaf, { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
  fc.array(leaf, { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
  leaf.map((not) => ({ not })),
  atLeast(leaf),
);
const condition: fc.Arbitrary<RuleCondition> = fc.oneof(
  leaf,
  fc.array(nested, { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
  fc.array(nested, { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
  nested.map((not) => ({ not })),
  atLeast(nested),
);
// A rule may reuse an earlier one (`{ rule }`), alone or beside its own condition.
const rules = fc
  .array(fc.tuple(condition, fc.nat(), fc.constantFrom("none", "alone", "all", "any")), { minLength: 1, maxLength: 5 })
  .map((drawn) =>
    drawn.map(([own, pick, how], i): RuleModel => {
      const reused = { rule: `r${pick % Math.max(1, i)}` };
      const when: RuleCondition =
        i === 0 || how === "none"
          ? own
          : how === "alone"
            ? reused
            : how === "all"
              ? { all: [reused, own] }
              : { any: [own, reused] };
      return { id: `r${i}`, title: { en: `rule ${i}` }, when, severity: "minor", points: i + 1 };
    }),
  );
const dateValue = fc.oneof(
  fc.constantFrom(
    "2025-12-01",
    "2026-12-01",
    "2026-12-02",
    "2026-01-01T08:00:00+08:00",
    "2026-01-03",
    "not a date",
    "",
  ),
  fc.integer({ min: 1_764_000_000_000, max: 1_800_000_000_000 }),
);
const facts = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...FACTS, "kpi:rework"), factValue, { maxKeys: 7 }),
    fc.dictionary(fc.constantFrom(...DATES), dateValue, { maxKeys: 2 }),
  )
  .map(([o, dates]) => JSON.parse(JSON.stringify({ ...o, ...dates })) as Record<string, unknown>);
const subjects = fc
  .array(facts, { minLength: 1, maxLength: 4 })
  .map((list) => list.map((f, i): RuleSubject => ({ subject: { kind: "zone", id: `Z${i}` }, facts: f })));

async function outcome<T>(f: () => T | Promise<T>): Promise<{ ok: T } | { threw: true }> {
  try {
    return { ok: await f() };
  } catch {
    return { threw: true };
  }
}

test("compiled rules give json-rules-engine's findings on random facts", async () => {
  let fired = 0;
  let compared = 0;
  let dated = 0;
  let reused = 0;
  await fc.assert(
    fc.asyncProperty(rules, subjects, async (models, subs) => {
      const made = await outcome(() =>
        auditRules({ rules: Object.fromEntries(models.map((m) => [m.id, m])) } as never, "Asia/Shanghai"),
      );
      if (!("ok" in made)) return; // `in` without a list: refused before either path runs
      const compiled = made.ok;
      const reference = await outcome(() => evaluateRulesReference("a", compiled, subs));
      const fast = await outcome(() => evaluateRulesCompiled(compileRuleSet("a", compiled), subs));
      const interpreted = await outcome(() =>
        evaluateRulesCompiled(compileRuleSet("a", compiled, { generate: false }), subs),
      );
      expect(fast).toEqual(reference);
      expect(interpreted).toEqual(reference);
      compared++;
      if ("ok" in reference) {
        fired += reference.ok.length;
        const held = reference.ok.flatMap((f) => f.conditions);
        dated += held.filter((c) => c.of !== undefined).length;
        reused += held.filter((c) => c.rule !== undefined).length;
      }
    }),
    { numRuns: 400, seed: 1130 },
  );
  // The generators make rules that fire, not only rules that never apply.
  expect(fired).toBeGreaterThan(100);
  expect(dated).toBeGreaterThan(20);
  expect(reused).toBeGreaterThan(20);
  expect(compared).toBeGreaterThan(200);
});

test("`in` without a list is refused before any engine runs (json-rules-engine would throw on every run)", () => {
  const rule: RuleModel = {
    id: "bad",
    title: { en: "bad" },
    when: { fact: "zone", operator: "in", value: 3 },
    severity: "minor",
    points: 1,
  };
  expect(() => auditRules({ rules: { bad: rule } } as never)).toThrow(
    expect.objectContaining({ code: "invalid-rule" }),
  );
});
