/**
 * The reference semantics of audit rules: json-rules-engine itself. One Engine per call, so two
 * audits running at once never share an engine's run state; subjects run one after another.
 * Promise-only, as json-rules-engine is: the synchronous ticket runtime never calls this.
 */
import { Engine } from "json-rules-engine";
import type { Facts, Subject } from "../activity.js";
import {
  type CompiledAuditRule,
  type ConditionOutcome,
  type EngineLeaf,
  type Finding,
  outcomeOf,
} from "./audit-rule.js";
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

interface ResultNode {
  fact?: string;
  operator?: string;
  value?: unknown;
  path?: string;
  factResult?: unknown;
  result?: boolean;
  all?: ResultNode[];
  any?: ResultNode[];
  not?: ResultNode;
}

function leavesOf(node: ResultNode, negated: boolean, out: ConditionOutcome[]): void {
  if (node.all !== undefined) for (const c of node.all) leavesOf(c, negated, out);
  else if (node.any !== undefined) for (const c of node.any) leavesOf(c, negated, out);
  else if (node.not !== undefined) leavesOf(node.not, !negated, out);
  else {
    const leaf: EngineLeaf = { fact: node.fact!, operator: node.operator!, value: node.value };
    if (node.path !== undefined) leaf.path = node.path;
    out.push(outcomeOf(leaf, node.factResult, node.result === true, negated));
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
  const engines = new Map<string, Engine>();
  const findings: Finding[] = [];
  for (const { subject, facts } of subjects) {
    const ids = rules.flatMap((r, i) => (applies(r, facts) ? [i] : []));
    if (ids.length === 0) continue;
    const key = ids.join(",");
    let engine = engines.get(key);
    if (engine === undefined) {
      engine = new Engine([], { allowUndefinedFacts: true, pathResolver: resolveOwnPath });
      for (const i of ids)
        engine.addRule({ name: String(i), conditions: rules[i]!.condition, event: { type: rules[i]!.model.id } });
      engines.set(key, engine);
    }
    const { results } = await engine.run({ ...facts });
    const hits = results.map((res) => ({ i: Number(res.name), res })).sort((a, b) => a.i - b.i);
    for (const { i, res } of hits) {
      const rule = rules[i]!.model;
      const conditions: ConditionOutcome[] = [];
      leavesOf(res.conditions as unknown as ResultNode, false, conditions);
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
