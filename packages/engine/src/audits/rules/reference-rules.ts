/**
 * The reference semantics of audit rules: json-rules-engine itself. One Engine per call, so two
 * audits running at once never share an engine's run state; subjects run one after another.
 * Promise-only, as json-rules-engine is: the synchronous ticket runtime never calls this.
 *
 * What json-rules-engine has no word for is written in its own terms: `{ atLeast: k, of }` is
 * `any` of every k-combination (`all`) of the parts, a reused rule is its condition under `all`,
 * a date comparison is an operator of this engine (`withinHolds`, shared with the compiled path)
 * with the other date as a `{ fact }` value. Each is tagged with a condition `name`, so a finding
 * lists the conditions as written.
 */
import { Engine } from "json-rules-engine";
import type { Facts, Subject } from "../activity.js";
import {
  type CompiledAuditRule,
  type ConditionOutcome,
  type EngineCondition,
  type EngineLeaf,
  type Finding,
  outcomeOf,
} from "./audit-rule.js";
import { type DateWithin, withinHolds } from "./date-within.js";
import { resolveOwnPath } from "./own-path.js";

export interface RuleSubject {
  subject: Subject;
  facts: Facts;
}

/** Whether the subject has every fact the rule reads (else the rule does not apply to it). */
export function applies(rule: CompiledAuditRule, facts: Facts): boolean {
  for (const f of rule.facts) if (!Object.prototype.hasOwnProperty.call(facts, f)) return false;
  return true;
}

type JreCondition = Record<string, unknown>;

/** The k-element subsets of 0…n−1, in lexicographic order. */
function combinations(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick = (from: number, chosen: number[]) => {
    if (chosen.length === k) return void out.push(chosen);
    for (let i = from; i <= n - (k - chosen.length); i++) pick(i + 1, [...chosen, i]);
  };
  pick(0, []);
  return out;
}

/** Our condition as json-rules-engine's; date comparisons are numbered into `dates`. */
function toJre(c: EngineCondition, dates: DateWithin[], leaves: EngineLeaf[]): JreCondition {
  if ("fact" in c) {
    if (c.date !== undefined) {
      dates.push(c.date);
      leaves.push(c);
      return {
        fact: c.fact,
        operator: `within${dates.length - 1}`,
        value: { fact: c.date.of },
        name: `date:${leaves.length - 1}`,
      };
    }
    const leaf: JreCondition = { fact: c.fact, operator: c.operator, value: c.value };
    if (c.path !== undefined) leaf.path = c.path;
    return leaf;
  }
  if ("all" in c) return { all: c.all.map((x) => toJre(x, dates, leaves)) };
  if ("any" in c) return { any: c.any.map((x) => toJre(x, dates, leaves)) };
  if ("not" in c) return { not: toJre(c.not, dates, leaves) };
  if ("rule" in c) return { all: [toJre(c.when, dates, leaves)], name: `rule:${c.rule}` };
  const parts = c.of.map((x) => toJre(x, dates, leaves));
  const any = combinations(parts.length, c.atLeast).map((combo) => ({
    all: combo.map((i) => ({ all: [parts[i]!], name: `part:${i}` })),
  }));
  return { any, name: "at-least" };
}

function toTop(c: EngineCondition, dates: DateWithin[], leaves: EngineLeaf[]): JreCondition {
  const j = toJre(c, dates, leaves);
  return "fact" in j ? { all: [j] } : j;
}

interface ResultNode {
  name?: string;
  fact?: string;
  operator?: string;
  value?: unknown;
  path?: string;
  factResult?: unknown;
  valueResult?: unknown;
  result?: boolean;
  all?: ResultNode[];
  any?: ResultNode[];
  not?: ResultNode;
}

function leavesOf(
  node: ResultNode,
  negated: boolean,
  rule: string | undefined,
  dated: readonly EngineLeaf[],
  out: ConditionOutcome[],
): void {
  const name = node.name ?? "";
  if (name.startsWith("rule:")) return leavesOf(node.all![0]!, negated, name.slice(5), dated, out);
  if (name === "at-least") {
    // Every part sits in several combinations, all judged; report each once, in the order written.
    const parts = new Map<number, ConditionOutcome[]>();
    for (const combo of node.any ?? [])
      for (const part of combo.all ?? []) {
        const i = Number(part.name!.slice(5));
        if (parts.has(i)) continue;
        const list: ConditionOutcome[] = [];
        leavesOf(part.all![0]!, negated, rule, dated, list);
        parts.set(i, list);
      }
    for (const i of [...parts.keys()].sort((a, b) => a - b)) out.push(...parts.get(i)!);
    return;
  }
  if (node.all !== undefined) for (const c of node.all) leavesOf(c, negated, rule, dated, out);
  else if (node.any !== undefined) for (const c of node.any) leavesOf(c, negated, rule, dated, out);
  else if (node.not !== undefined) leavesOf(node.not, !negated, rule, dated, out);
  else if (name.startsWith("date:")) {
    const leaf = dated[Number(name.slice(5))]!;
    out.push(outcomeOf(leaf, node.factResult, node.result === true, negated, rule, node.valueResult));
  } else {
    const leaf: EngineLeaf = { fact: node.fact!, operator: node.operator!, value: node.value };
    if (node.path !== undefined) leaf.path = node.path;
    out.push(outcomeOf(leaf, node.factResult, node.result === true, negated, rule));
  }
}

/**
 * Findings of `rules` for each subject, through json-rules-engine, in subject then rule order.
 * @example
 * const findings = await evaluateRulesReference("monthly", rules, [{ subject: { kind: "zone", id: "A" }, facts: { "kpi:rework-rate": false } }]);
 */
export async function evaluateRulesReference(
  audit: string,
  rules: readonly CompiledAuditRule[],
  subjects: readonly RuleSubject[],
): Promise<Finding[]> {
  // One engine per set of rules that apply (a rule whose facts a subject lacks does not run for
  // it), made here for this call only and run one subject at a time.
  const engines = new Map<string, { engine: Engine; dated: EngineLeaf[][] }>();
  const findings: Finding[] = [];
  for (const { subject, facts } of subjects) {
    const ids = rules.flatMap((r, i) => (applies(r, facts) ? [i] : []));
    if (ids.length === 0) continue;
    const key = ids.join(",");
    let made = engines.get(key);
    if (made === undefined) {
      const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: resolveOwnPath });
      const dated: EngineLeaf[][] = [];
      const dates: DateWithin[] = [];
      for (const i of ids) {
        const leaves: EngineLeaf[] = [];
        const conditions = toTop(rules[i]!.condition, dates, leaves);
        dated[i] = leaves;
        engine.addRule({ name: String(i), conditions: conditions as never, event: { type: rules[i]!.model.id } });
      }
      dates.forEach((d, n) => engine.addOperator(`within${n}`, (a: unknown, b: unknown) => withinHolds(d, a, b)));
      engines.set(key, (made = { engine, dated }));
    }
    const { results } = await made.engine.run({ ...facts });
    const hits = results.map((res) => ({ i: Number(res.name), res })).sort((a, b) => a.i - b.i);
    for (const { i, res } of hits) {
      const rule = rules[i]!.model;
      const conditions: ConditionOutcome[] = [];
      leavesOf(res.conditions as unknown as ResultNode, false, undefined, made.dated[i]!, conditions);
      findings.push({
        audit,
        rule: rule.id,
        title: rule.title,
        subject,
        severity: rule.severity,
        points: rule.points,
        conditions,
      });
    }
  }
  return findings;
}
