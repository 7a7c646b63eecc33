/**
 * A rule of the model as json-rules-engine reads it. `{ kpi, met }` becomes the fact `kpi:<id>`
 * (true when the KPI met its target); a leaf at the top is wrapped in `all`, as json-rules-engine
 * wants a boolean operator at the top.
 */
import type { Label, RuleCondition, RuleModel } from "@yardstick/dsl";
import { EngineError } from "../../errors/engine-error.js";
import type { Subject } from "../activity.js";

export const KPI_FACT_PREFIX = "kpi:";

export interface EngineLeaf {
  fact: string;
  operator: string;
  value: unknown;
  path?: string;
}
export type EngineCondition =
  EngineLeaf | { all: EngineCondition[] } | { any: EngineCondition[] } | { not: EngineCondition };
export type EngineTopCondition = { all: EngineCondition[] } | { any: EngineCondition[] } | { not: EngineCondition };

export function toEngineCondition(c: RuleCondition): EngineCondition {
  if ("kpi" in c) return { fact: `${KPI_FACT_PREFIX}${c.kpi}`, operator: "equal", value: c.met };
  if ("fact" in c) {
    const leaf: EngineLeaf = { fact: c.fact, operator: c.operator, value: c.value };
    if (c.path !== undefined) leaf.path = c.path;
    return leaf;
  }
  if ("all" in c) return { all: c.all.map(toEngineCondition) };
  if ("any" in c) return { any: c.any.map(toEngineCondition) };
  return { not: toEngineCondition(c.not) };
}

export function toTopCondition(c: RuleCondition): EngineTopCondition {
  const e = toEngineCondition(c);
  return "fact" in e ? { all: [e] } : e;
}

/** The facts a condition reads, in order of first use. */
export function factsRead(c: EngineCondition, out: string[] = []): string[] {
  if ("fact" in c) {
    if (!out.includes(c.fact)) out.push(c.fact);
  } else if ("all" in c) for (const x of c.all) factsRead(x, out);
  else if ("any" in c) for (const x of c.any) factsRead(x, out);
  else factsRead(c.not, out);
  return out;
}

/** One leaf condition of a finding: what was compared, what the fact was, and whether it held. */
export interface ConditionOutcome {
  fact: string;
  /** The KPI id when the condition is `{ kpi, met }`. */
  kpi?: string;
  path?: string;
  operator: string;
  value: unknown;
  factResult: unknown;
  /** The operator's result. */
  result: boolean;
  /** Whether the leaf sits under an odd number of `not`s. */
  negated: boolean;
  /** Whether it counted toward the finding: `result` unless negated. */
  held: boolean;
}

export interface Finding {
  audit: string;
  rule: string;
  title: Label;
  subject: Subject;
  severity: RuleModel["severity"];
  points: number;
  /** Every leaf condition in the order written, from the rules engine's own results. */
  conditions: ConditionOutcome[];
}

export interface CompiledAuditRule {
  model: RuleModel;
  condition: EngineTopCondition;
  /** Facts it reads; a rule runs for a subject only when the subject has every one. */
  facts: readonly string[];
}

/** json-rules-engine would throw on every run of such a rule (`false.indexOf`): say so once, up front. */
function checkLeaves(rule: string, c: EngineCondition): void {
  if ("fact" in c) {
    if ((c.operator === "in" || c.operator === "notIn") && !Array.isArray(c.value) && typeof c.value !== "string")
      throw new EngineError(
        "invalid-rule",
        `rule \`${rule}\`: \`${c.operator}\` compares against a list, got ${JSON.stringify(c.value)}`,
        {
          path: ["rules", rule, "when"],
        },
      );
  } else if ("all" in c) for (const x of c.all) checkLeaves(rule, x);
  else if ("any" in c) for (const x of c.any) checkLeaves(rule, x);
  else checkLeaves(rule, c.not);
}

export function compileAuditRule(model: RuleModel): CompiledAuditRule {
  const condition = toTopCondition(model.when);
  checkLeaves(model.id, condition);
  return { model, condition, facts: factsRead(condition) };
}

export function outcomeOf(leaf: EngineLeaf, factResult: unknown, result: boolean, negated: boolean): ConditionOutcome {
  const o: ConditionOutcome = {
    fact: leaf.fact,
    operator: leaf.operator,
    value: leaf.value,
    factResult,
    result,
    negated,
    held: result !== negated,
  };
  if (leaf.fact.startsWith(KPI_FACT_PREFIX)) o.kpi = leaf.fact.slice(KPI_FACT_PREFIX.length);
  if (leaf.path !== undefined) o.path = leaf.path;
  return o;
}
