/**
 * The compiled path for audit rules. It follows json-rules-engine's semantics operator by operator
 * (its default operators and their fact validators, own-property paths, undefined facts allowed);
 * test/audits/rules-differential.test.ts checks it gives the same findings on random facts.
 *
 * How it is fast without generating code (nothing a standard says is ever run as code):
 *   - every fact name the rules read gets a slot; a subject's facts are read once into the slots,
 *     and a rule applies when its slots are all present (one check per distinct set of facts);
 *   - equal leaves (same fact, path, operator and value) are one leaf, judged at most once per
 *     subject and remembered, so 50 rules that share conditions do not repeat them;
 *   - a leaf is an opcode and operands in arrays, judged by one switch: no closure per operator.
 * Only a rule that fires is walked again for its conditions' details.
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
import { type DateWithin, withinHolds } from "./date-within.js";
import { resolveOwnPath } from "./own-path.js";
import { type Fire, generateFire } from "./generate-rules.js";
import type { RuleSubject } from "./reference-rules.js";

const OPCODES = {
  equal: 0,
  notEqual: 1,
  in: 2,
  notIn: 3,
  contains: 4,
  doesNotContain: 5,
  lessThan: 6,
  lessThanInclusive: 7,
  greaterThan: 8,
  greaterThanInclusive: 9,
} as const;
/** A date comparison (`within … after/before`): not an operator a standard writes. */
const DATE_OP = 10;

/** json-rules-engine's numberValidator, without a string round trip for numbers. */
const isNumberLike = (a: unknown): boolean =>
  typeof a === "number" ? a === a : Number.parseFloat(a as string).toString() !== "NaN";

/** A rule's condition over leaf ids: a leaf, all/any/at least k of parts, not, or a reused rule's. */
type Node =
  | number
  | { all: Node[] }
  | { any: Node[] }
  | { not: Node }
  | { atLeast: number; of: Node[] }
  | { rule: string; node: Node };

interface RuleEntry {
  rule: CompiledAuditRule;
  /** Index into the set's fact groups: the facts the rule needs present. */
  group: number;
  node: Node;
  /** For the common shape — all of leaves — the leaf ids, judged in a plain loop. */
  allLeaves: Int32Array | null;
}

export interface CompiledRuleSet {
  audit: string;
  /** Fact names, one per slot. */
  readonly slots: readonly string[];
  /** Names that an object inherits from Object.prototype: always checked as own properties. */
  readonly inherited: Uint8Array;
  readonly groups: readonly Int32Array[];
  readonly leaves: {
    readonly slot: Int32Array;
    /** A date comparison's other slot; −1 for other leaves. */
    readonly of: Int32Array;
    readonly op: Uint8Array;
    readonly date: readonly (DateWithin | undefined)[];
    readonly path: readonly (string | undefined)[];
    readonly value: readonly unknown[];
    readonly source: readonly EngineLeaf[];
  };
  readonly rules: readonly RuleEntry[];
  /** The rules as one generated function (generate-rules.ts), or null: the interpreter below judges them. */
  readonly fire: Fire | null;
}

export interface RuleSetOptions {
  /** Generate one function for the rules (default true); false judges them by the interpreter only. */
  generate?: boolean;
}

/** Makes the slots, groups and leaves of a rule list; throws json-rules-engine's error for an unknown operator. */
export function compileRuleSet(
  audit: string,
  rules: readonly CompiledAuditRule[],
  options: RuleSetOptions = {},
): CompiledRuleSet {
  const slots: string[] = [];
  const slotOf = new Map<string, number>();
  const slot = (fact: string) => {
    let i = slotOf.get(fact);
    if (i === undefined) slotOf.set(fact, (i = slots.push(fact) - 1));
    return i;
  };
  const leafKey = new Map<string, number>();
  const source: EngineLeaf[] = [];
  const leafSlot: number[] = [];
  const leafOfSlot: number[] = [];
  const leafDate: (DateWithin | undefined)[] = [];
  const leafOp: number[] = [];
  const leafPath: (string | undefined)[] = [];
  const leafValue: unknown[] = [];
  const leafOf = (c: EngineLeaf): number => {
    const op = c.date !== undefined ? DATE_OP : (OPCODES as Record<string, number>)[c.operator];
    if (op === undefined || (op !== DATE_OP && !Object.prototype.hasOwnProperty.call(OPCODES, c.operator)))
      // The schema admits only the operators above; an unknown one is json-rules-engine's error too.
      throw new Error(`Unknown operator: ${c.operator}`);
    const key = JSON.stringify([c.fact, c.path ?? null, c.operator, c.value, c.date ?? null]);
    let i = leafKey.get(key);
    if (i === undefined) {
      i = source.push(c) - 1;
      leafKey.set(key, i);
      leafSlot.push(slot(c.fact));
      leafOfSlot.push(c.date === undefined ? -1 : slot(c.date.of));
      leafDate.push(c.date);
      leafOp.push(op);
      leafPath.push(c.path ? c.path : undefined);
      leafValue.push(c.value);
    }
    return i;
  };
  const nodeOf = (c: EngineCondition): Node => {
    if ("fact" in c) return leafOf(c);
    if ("all" in c) return { all: c.all.map(nodeOf) };
    if ("any" in c) return { any: c.any.map(nodeOf) };
    if ("atLeast" in c) return { atLeast: c.atLeast, of: c.of.map(nodeOf) };
    if ("rule" in c) return { rule: c.rule, node: nodeOf(c.when) };
    return { not: nodeOf(c.not) };
  };
  const groupKey = new Map<string, number>();
  const groups: Int32Array[] = [];
  const entries = rules.map((rule): RuleEntry => {
    const node = nodeOf(rule.condition);
    const needed = [...new Set(rule.facts.map(slot))].sort((a, b) => a - b);
    const key = needed.join(",");
    let group = groupKey.get(key);
    if (group === undefined) groupKey.set(key, (group = groups.push(Int32Array.from(needed)) - 1));
    const parts = typeof node === "object" && "all" in node ? node.all : null;
    const allLeaves = parts?.every((p) => typeof p === "number") ? Int32Array.from(parts as number[]) : null;
    return { rule, group, node, allLeaves };
  });
  const parts = {
    slots,
    inherited: Uint8Array.from(slots, (s) => (s in Object.prototype ? 1 : 0)),
    groups,
    leaves: {
      slot: Int32Array.from(leafSlot),
      of: Int32Array.from(leafOfSlot),
      op: Uint8Array.from(leafOp),
      date: leafDate,
      path: leafPath,
      value: leafValue,
      source,
    },
    rules: entries,
  };
  return { audit, ...parts, fire: options.generate === false ? null : generateFire(parts) };
}

/** One subject's facts read into the set's slots, and its leaves judged lazily, each once. */
class Evaluation {
  readonly values: unknown[];
  readonly present: Uint8Array;
  /** 0 not judged yet, 1 held, 2 did not. */
  readonly judged: Uint8Array;
  readonly applies: Uint8Array;

  constructor(readonly set: CompiledRuleSet) {
    this.values = new Array<unknown>(set.slots.length).fill(undefined);
    this.present = new Uint8Array(set.slots.length);
    this.judged = new Uint8Array(set.leaves.op.length);
    this.applies = new Uint8Array(set.groups.length);
  }

  load(facts: Facts): void {
    const { slots, inherited, groups } = this.set;
    const proto = Object.getPrototypeOf(facts) as unknown;
    // A plain object's own property is one that reads as defined, unless Object.prototype has it too.
    const plain = proto === Object.prototype || proto === null;
    for (let i = 0; i < slots.length; i++) {
      const name = slots[i]!;
      const v = facts[name];
      const own =
        v === undefined || !plain || inherited[i] === 1 ? Object.prototype.hasOwnProperty.call(facts, name) : true;
      this.present[i] = own ? 1 : 0;
      this.values[i] = own ? v : undefined;
    }
    for (let g = 0; g < groups.length; g++) {
      const needed = groups[g]!;
      let ok = 1;
      for (let j = 0; j < needed.length; j++)
        if (this.present[needed[j]!] === 0) {
          ok = 0;
          break;
        }
      this.applies[g] = ok;
    }
    this.judged.fill(0);
  }

  /** The fact value a leaf compares: the slot's value, or the own-property path into it. */
  factResult(k: number): unknown {
    const leaves = this.set.leaves;
    const v = this.values[leaves.slot[k]!];
    const path = leaves.path[k];
    return path !== undefined && v !== null && typeof v === "object" ? resolveOwnPath(v, path) : v;
  }

  test(k: number, a: unknown): boolean {
    const leaves = this.set.leaves;
    const b = leaves.value[k];
    switch (leaves.op[k]!) {
      case 0:
        return a === b;
      case 1:
        return a !== b;
      case 2:
        return (b as unknown[]).indexOf(a) > -1;
      case 3:
        return (b as unknown[]).indexOf(a) === -1;
      case 4:
        return Array.isArray(a) && a.indexOf(b) > -1;
      case 5:
        return Array.isArray(a) && a.indexOf(b) === -1;
      case 6:
        return isNumberLike(a) && (a as number) < (b as number);
      case 7:
        return isNumberLike(a) && (a as number) <= (b as number);
      case 8:
        return isNumberLike(a) && (a as number) > (b as number);
      case DATE_OP:
        return withinHolds(leaves.date[k]!, a, this.values[leaves.of[k]!]);
      default:
        return isNumberLike(a) && (a as number) >= (b as number);
    }
  }

  leaf(k: number): boolean {
    const j = this.judged[k];
    if (j !== 0) return j === 1;
    const held = this.test(k, this.factResult(k));
    this.judged[k] = held ? 1 : 2;
    return held;
  }

  holds(n: Node): boolean {
    if (typeof n === "number") return this.leaf(n);
    if ("all" in n) {
      for (const p of n.all) if (!this.holds(p)) return false;
      return true;
    }
    if ("any" in n) {
      for (const p of n.any) if (this.holds(p)) return true;
      return false;
    }
    if ("atLeast" in n) {
      let held = 0;
      for (const p of n.of) if (this.holds(p) && ++held >= n.atLeast) return true;
      return false;
    }
    if ("rule" in n) return this.holds(n.node);
    return !this.holds(n.not);
  }

  fires(e: RuleEntry): boolean {
    if (this.applies[e.group] === 0) return false;
    const ids = e.allLeaves;
    if (ids === null) return this.holds(e.node);
    for (let j = 0; j < ids.length; j++) if (!this.leaf(ids[j]!)) return false;
    return true;
  }

  explain(n: Node, negated: boolean, rule: string | undefined, out: ConditionOutcome[]): void {
    if (typeof n === "number") {
      const v = this.factResult(n);
      const of = this.set.leaves.of[n]!;
      const ofResult = of < 0 ? undefined : this.values[of];
      out.push(outcomeOf(this.set.leaves.source[n]!, v, this.test(n, v), negated, rule, ofResult));
    } else if ("all" in n) for (const p of n.all) this.explain(p, negated, rule, out);
    else if ("any" in n) for (const p of n.any) this.explain(p, negated, rule, out);
    else if ("atLeast" in n) for (const p of n.of) this.explain(p, negated, rule, out);
    else if ("rule" in n) this.explain(n.node, negated, n.rule, out);
    else this.explain(n.not, !negated, rule, out);
  }
}

/** Findings for each subject, in subject then rule order: the same as `evaluateRulesReference`, synchronously. */
export function evaluateRulesCompiled(set: CompiledRuleSet, subjects: readonly RuleSubject[]): Finding[] {
  const findings: Finding[] = [];
  const ev = new Evaluation(set);
  const fired = new Uint8Array(set.rules.length);
  for (const { subject, facts } of subjects) {
    if (set.fire !== null && set.fire(facts, fired) === 0) continue;
    ev.load(facts);
    for (let r = 0; r < set.rules.length; r++) {
      const e = set.rules[r]!;
      if (set.fire !== null ? fired[r] === 0 : !ev.fires(e)) continue;
      const conditions: ConditionOutcome[] = [];
      ev.explain(e.node, false, undefined, conditions);
      const m = e.rule.model;
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
  const fired = new Uint8Array(set.rules.length);
  let n = 0;
  if (set.fire !== null) {
    for (let i = 0; i < facts.length; i++) n += set.fire(facts[i]!, fired);
    return n;
  }
  const ev = new Evaluation(set);
  const rules = set.rules;
  for (const f of facts) {
    ev.load(f);
    for (let r = 0; r < rules.length; r++) if (ev.fires(rules[r]!)) n++;
  }
  return n;
}
