/**
 * A rule of the model as the audit engines read it. `{ kpi, met }` becomes the fact `kpi:<id>`
 * (true when the KPI met its target); `{ rule }` is the other rule's condition, in place (a rule
 * that holds for the subject); `{ fact, within, after | before }` compares two dates; `{ atLeast,
 * of }` holds when k of its conditions do. reference-rules.ts writes these as json-rules-engine
 * rules; compiled-rules.ts judges them directly.
 */
import type { Label, RuleCondition, RuleModel } from "@yardstick/dsl";
import { EngineError } from "../../errors/engine-error.js";
import type { Subject } from "../activity.js";
import { type DateWithin, dateWithinOf } from "./date-within.js";

export const KPI_FACT_PREFIX = "kpi:";

export interface EngineLeaf {
  fact: string;
  operator: string;
  value: unknown;
  path?: string;
  /** A date comparison: `fact` within a duration after (or before) the fact `date.of`. */
  date?: DateWithin;
}
export type EngineCondition =
  | EngineLeaf
  | { all: EngineCondition[] }
  | { any: EngineCondition[] }
  | { not: EngineCondition }
  | { atLeast: number; of: EngineCondition[] }
  /** Another rule's condition, reused: its leaves are reported as that rule's. */
  | { rule: string; when: EngineCondition };

export function toEngineCondition(
  c: RuleCondition,
  rules: Readonly<Record<string, RuleModel>> = {},
  timezone = "UTC",
  seen: readonly string[] = [],
): EngineCondition {
  const again = (x: RuleCondition) => toEngineCondition(x, rules, timezone, seen);
  if ("kpi" in c) return { fact: `${KPI_FACT_PREFIX}${c.kpi}`, operator: "equal", value: c.met };
  if ("rule" in c) {
    const other = Object.prototype.hasOwnProperty.call(rules, c.rule) ? rules[c.rule] : undefined;
    if (other === undefined || seen.includes(c.rule))
      throw new EngineError(
        "invalid-rule",
        other === undefined
          ? `a rule reuses \`${c.rule}\`, which is not a rule of this audit`
          : `rule \`${c.rule}\` reuses itself: ${[...seen, c.rule].join(" → ")}`,
        { path: ["rules", c.rule], hint: "reuse a rule of the same audit, and never in a circle" },
      );
    return { rule: c.rule, when: toEngineCondition(other.when, rules, timezone, [...seen, c.rule]) };
  }
  if ("within" in c) {
    const side = "after" in c ? "after" : "before";
    const of = "after" in c ? c.after : c.before;
    const date = dateWithinOf(c.within.value, side, of, c.within.text, timezone);
    return { fact: c.fact, operator: `within-${side}`, value: c.within.text, date };
  }
  if ("fact" in c) {
    const leaf: EngineLeaf = { fact: c.fact, operator: c.operator, value: c.value };
    if (c.path !== undefined) leaf.path = c.path;
    return leaf;
  }
  if ("all" in c) return { all: c.all.map(again) };
  if ("any" in c) return { any: c.any.map(again) };
  if ("atLeast" in c) {
    if (c.atLeast < 1 || c.atLeast > c.of.length || !Number.isInteger(c.atLeast))
      throw new EngineError(
        "invalid-rule",
        `\`atLeast: ${c.atLeast}\` of ${c.of.length} conditions can never be decided`,
        {
          path: ["rules"],
          hint: "give a whole number from 1 to the number of conditions listed under `of`",
        },
      );
    return { atLeast: c.atLeast, of: c.of.map(again) };
  }
  return { not: again(c.not) };
}

/** The parts of a condition that has parts. */
export function partsOf(c: EngineCondition): readonly EngineCondition[] {
  if ("fact" in c) return [];
  if ("all" in c) return c.all;
  if ("any" in c) return c.any;
  if ("of" in c) return c.of;
  if ("rule" in c) return [c.when];
  return [c.not];
}

/** The facts a condition reads, in order of first use. */
export function factsRead(c: EngineCondition, out: string[] = []): string[] {
  if ("fact" in c) {
    if (!out.includes(c.fact)) out.push(c.fact);
    if (c.date !== undefined && !out.includes(c.date.of)) out.push(c.date.of);
  } else for (const x of partsOf(c)) factsRead(x, out);
  return out;
}

/** One leaf condition of a finding: what was compared, what the fact was, and whether it held. */
export interface ConditionOutcome {
  fact: string;
  /** The KPI id when the condition is `{ kpi, met }`. */
  kpi?: string;
  /** The rule reused, when the leaf is part of another rule's condition (`{ rule }`). */
  rule?: string;
  path?: string;
  operator: string;
  value: unknown;
  factResult: unknown;
  /** For a date comparison: the other date's fact and its value. */
  of?: string;
  ofResult?: unknown;
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
  condition: EngineCondition;
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
  } else for (const x of partsOf(c)) checkLeaves(rule, x);
}

/**
 * A rule ready for either path. `rules` are the audit's rules (for `{ rule }`), `timezone` the
 * standard's (for date comparisons in months or days).
 */
export function compileAuditRule(
  model: RuleModel,
  rules: Readonly<Record<string, RuleModel>> = {},
  timezone = "UTC",
): CompiledAuditRule {
  const condition = toEngineCondition(model.when, rules, timezone, [model.id]);
  checkLeaves(model.id, condition);
  return { model, condition, facts: factsRead(condition) };
}

export function outcomeOf(
  leaf: EngineLeaf,
  factResult: unknown,
  result: boolean,
  negated: boolean,
  rule: string | undefined,
  ofResult?: unknown,
): ConditionOutcome {
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
  if (rule !== undefined) o.rule = rule;
  if (leaf.path !== undefined) o.path = leaf.path;
  if (leaf.date !== undefined) {
    o.of = leaf.date.of;
    o.ofResult = ofResult;
  }
  return o;
}
