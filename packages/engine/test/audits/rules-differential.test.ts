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
) as fc.Arbitrary<RuleCondition>;
const nested = fc.oneof(
  leaf,
  fc.array(leaf, { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
  fc.array(leaf, { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
  leaf.map((not) => ({ not })),
);
const condition: fc.Arbitrary<RuleCondition> = fc.oneof(
  leaf,
  fc.array(nested, { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
  fc.array(nested, { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
  nested.map((not) => ({ not })),
);
const rules = fc.array(condition, { minLength: 1, maxLength: 5 }).map((whens) =>
  whens.map((when, i): RuleModel => ({
    id: `r${i}`,
    title: { en: `rule ${i}` },
    when,
    severity: "minor",
    points: i + 1,
  })),
);
const facts = fc
  .dictionary(fc.constantFrom(...FACTS, "kpi:rework"), factValue, { maxKeys: 7 })
  .map((o) => JSON.parse(JSON.stringify(o)) as Record<string, unknown>);
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
  await fc.assert(
    fc.asyncProperty(rules, subjects, async (models, subs) => {
      const made = await outcome(() =>
        auditRules({ rules: Object.fromEntries(models.map((m) => [m.id, m])) } as never),
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
      if ("ok" in reference) fired += reference.ok.length;
    }),
    { numRuns: 400, seed: 1130 },
  );
  // The generators make rules that fire, not only rules that never apply.
  expect(fired).toBeGreaterThan(100);
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
