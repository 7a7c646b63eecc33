/**
 * The compiled path for audit rules: each condition becomes a closure over values taken from the
 * validated model (no generated code, so nothing a standard says is ever run as code). It follows
 * json-rules-engine's semantics operator by operator (its default operators and their fact
 * validators, own-property paths, undefined facts allowed); test/audits/rules-differential.test.ts
 * checks it gives the same findings on random facts. A rule first runs as a short-circuit boolean;
 * only a rule that fires is walked again for its conditions' details.
 */
import type { Facts } from "../activity.js";
import {
  type CompiledAuditRule,
  type ConditionOutcome,
  type EngineCondition,
  type EngineLeaf,
  type Finding,
  outcomeOf,
} from "./audit-rule.js";
import { ownFact, resolveOwnPath } from "./own-path.js";
import { applies, type RuleSubject } from "./reference-rules.js";

type Getter = (facts: Facts) => unknown;
type Test = (a: unknown) => boolean;
type Predicate = (facts: Facts) => boolean;

/** json-rules-engine's numberValidator, without a string round trip for numbers. */
const isNumberLike = (a: unknown): boolean =>
  typeof a === "number" ? a === a : Number.parseFloat(a as string).toString() !== "NaN";

function operatorTest(operator: string, b: unknown): Test {
  const list = b as { indexOf(x: unknown): number };
  const n = b as number;
  switch (operator) {
    case "equal":
      return (a) => a === b;
    case "notEqual":
      return (a) => a !== b;
    case "in":
      return (a) => list.indexOf(a) > -1;
    case "notIn":
      return (a) => list.indexOf(a) === -1;
    case "contains":
      return (a) => Array.isArray(a) && a.indexOf(b) > -1;
    case "doesNotContain":
      return (a) => Array.isArray(a) && a.indexOf(b) === -1;
    case "lessThan":
      return (a) => isNumberLike(a) && (a as number) < n;
    case "lessThanInclusive":
      return (a) => isNumberLike(a) && (a as number) <= n;
    case "greaterThan":
      return (a) => isNumberLike(a) && (a as number) > n;
    case "greaterThanInclusive":
      return (a) => isNumberLike(a) && (a as number) >= n;
    default:
      // The schema admits only the operators above; an unknown one is json-rules-engine's error too.
      throw new Error(`Unknown operator: ${operator}`);
  }
}

function getter(leaf: EngineLeaf): Getter {
  const { fact, path } = leaf;
  if (!path) return (facts) => ownFact(facts, fact);
  return (facts) => {
    const v = ownFact(facts, fact);
    return v !== null && typeof v === "object" ? resolveOwnPath(v, path) : v;
  };
}

function predicate(c: EngineCondition): Predicate {
  if ("fact" in c) {
    const get = getter(c);
    const test = operatorTest(c.operator, c.value);
    return (facts) => test(get(facts));
  }
  if ("all" in c) {
    const parts = c.all.map(predicate);
    if (parts.length === 1) return parts[0]!;
    return (facts) => {
      for (const p of parts) if (!p(facts)) return false;
      return true;
    };
  }
  if ("any" in c) {
    const parts = c.any.map(predicate);
    return (facts) => {
      for (const p of parts) if (p(facts)) return true;
      return false;
    };
  }
  const inner = predicate(c.not);
  return (facts) => !inner(facts);
}

type Explainer = (facts: Facts, out: ConditionOutcome[]) => void;

function explainer(c: EngineCondition, negated: boolean): Explainer {
  if ("fact" in c) {
    const get = getter(c);
    const test = operatorTest(c.operator, c.value);
    return (facts, out) => {
      const v = get(facts);
      out.push(outcomeOf(c, v, test(v), negated));
    };
  }
  const parts =
    "all" in c
      ? c.all.map((x) => explainer(x, negated))
      : "any" in c
        ? c.any.map((x) => explainer(x, negated))
        : [explainer(c.not, !negated)];
  return (facts, out) => {
    for (const p of parts) p(facts, out);
  };
}

export interface CompiledRuleSet {
  audit: string;
  rules: readonly { rule: CompiledAuditRule; holds: Predicate; explain: Explainer }[];
}

export function compileRuleSet(audit: string, rules: readonly CompiledAuditRule[]): CompiledRuleSet {
  return {
    audit,
    rules: rules.map((rule) => ({ rule, holds: predicate(rule.condition), explain: explainer(rule.condition, false) })),
  };
}

/** Findings for each subject, in subject then rule order: the same as `evaluateRulesReference`, synchronously. */
export function evaluateRulesCompiled(set: CompiledRuleSet, subjects: readonly RuleSubject[]): Finding[] {
  const findings: Finding[] = [];
  for (const { subject, facts } of subjects) {
    for (const { rule, holds, explain } of set.rules) {
      if (!applies(rule, facts) || !holds(facts)) continue;
      const conditions: ConditionOutcome[] = [];
      explain(facts, conditions);
      const m = rule.model;
      findings.push({
        audit: set.audit,
        rule: m.id,
        title: m.title,
        subject,
        severity: m.severity,
        points: m.points,
        conditions,
      });
    }
  }
  return findings;
}

/** How many of `facts` each rule fires on: the bulk path the bench measures (no finding objects). */
export function countMatches(set: CompiledRuleSet, facts: readonly Facts[]): number {
  let n = 0;
  for (const f of facts) for (const { rule, holds } of set.rules) if (applies(rule, f) && holds(f)) n++;
  return n;
}
