/**
 * The compiled rule set as one generated function, for speed: each fact read at its own site, so
 * V8 caches every property access as a hand-written predicate would. The source is made only of
 * this file's own tokens and integer indexes: fact names, paths and values never enter it, they
 * are passed in as arrays (`N[0]`, `V[3]`), so no text a standard contains can be run as code.
 * Where generated code is not allowed (a page whose policy forbids eval), `generateFire` returns
 * null and the rule set is judged by the interpreter in compiled-rules.ts, with the same results.
 */
import { type DateWithin, withinHolds } from "./date-within.js";
import { resolveOwnPath } from "./own-path.js";

/** Sets `fired[r]` to 1 or 0 for each rule and returns how many fired. */
export type Fire = (facts: Record<string, unknown>, fired: Uint8Array) => number;

export type GenNode =
  | number
  | { all: GenNode[] }
  | { any: GenNode[] }
  | { not: GenNode }
  | { atLeast: number; of: GenNode[] }
  | { rule: string; node: GenNode };

export interface GenInput {
  slots: readonly string[];
  inherited: Uint8Array;
  groups: readonly Int32Array[];
  leaves: {
    slot: Int32Array;
    of: Int32Array;
    op: Uint8Array;
    date: readonly (DateWithin | undefined)[];
    path: readonly (string | undefined)[];
    value: readonly unknown[];
  };
  rules: readonly { group: number; node: GenNode }[];
}

const isNumberLike = (a: unknown): boolean =>
  typeof a === "number" ? a === a : Number.parseFloat(a as string).toString() !== "NaN";
const atPath = (v: unknown, path: string): unknown =>
  v !== null && typeof v === "object" ? resolveOwnPath(v, path) : v;
const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** The test of opcode `op` on `a` against `V[k]` (the operand), as source over our own names. */
function testSource(op: number, k: number, of: number): string {
  const b = `V[${k}]`;
  switch (op) {
    case 10:
      return `within(D[${k}], a, x${of})`;
    case 0:
      return `a === ${b}`;
    case 1:
      return `a !== ${b}`;
    case 2:
      return `${b}.indexOf(a) > -1`;
    case 3:
      return `${b}.indexOf(a) === -1`;
    case 4:
      return `isArray(a) && a.indexOf(${b}) > -1`;
    case 5:
      return `isArray(a) && a.indexOf(${b}) === -1`;
    case 6:
      return `(typeof a === "number" ? a === a : num(a)) && a < ${b}`;
    case 7:
      return `(typeof a === "number" ? a === a : num(a)) && a <= ${b}`;
    case 8:
      return `(typeof a === "number" ? a === a : num(a)) && a > ${b}`;
    default:
      return `(typeof a === "number" ? a === a : num(a)) && a >= ${b}`;
  }
}

export function generateFire(set: GenInput): Fire | null {
  const uses = new Uint32Array(set.leaves.op.length);
  const count = (n: GenNode): void => {
    if (typeof n === "number") uses[n]!++;
    else if ("all" in n) n.all.forEach(count);
    else if ("any" in n) n.any.forEach(count);
    else if ("atLeast" in n) n.of.forEach(count);
    else if ("rule" in n) count(n.node);
    else count(n.not);
  };
  for (const r of set.rules) count(r.node);
  const lines: string[] = ['"use strict";', "return function fire(f, fired) {"];
  lines.push(
    "  const proto = getProto(f);",
    "  const plain = proto === OP || proto === null;",
    "  let a;",
    "  let n = 0;",
  );
  set.slots.forEach((_, i) => {
    lines.push(`  const v${i} = f[N[${i}]];`);
    lines.push(
      set.inherited[i] === 1
        ? `  const p${i} = has(f, N[${i}]);`
        : `  const p${i} = (v${i} !== undefined && plain) || has(f, N[${i}]);`,
    );
    lines.push(`  const x${i} = p${i} ? v${i} : undefined;`);
  });
  set.groups.forEach((g, i) => {
    const parts = [...g].map((s) => `p${s}`);
    lines.push(`  const g${i} = ${parts.length === 0 ? "true" : parts.join(" && ")};`);
  });
  uses.forEach((u, k) => {
    if (u > 1) lines.push(`  let j${k} = 0;`);
  });
  const leaf = (k: number): string => {
    const slot = set.leaves.slot[k]!;
    const value = set.leaves.path[k] === undefined ? `x${slot}` : `atPath(x${slot}, P[${k}])`;
    const judged = `(a = ${value}, ${testSource(set.leaves.op[k]!, k, set.leaves.of[k]!)})`;
    return uses[k]! > 1 ? `((j${k} === 0 ? (j${k} = ${judged} ? 1 : 2) : j${k}) === 1)` : `(${judged})`;
  };
  const node = (n: GenNode): string => {
    if (typeof n === "number") return leaf(n);
    if ("all" in n) return n.all.length === 0 ? "true" : `(${n.all.map(node).join(" && ")})`;
    if ("any" in n) return n.any.length === 0 ? "false" : `(${n.any.map(node).join(" || ")})`;
    if ("rule" in n) return node(n.node);
    if ("atLeast" in n) {
      // k is a whole number the model validated, written as digits: no text of the standard.
      const k = Number.isInteger(n.atLeast) ? n.atLeast : Number.POSITIVE_INFINITY;
      return `(${n.of.map((p) => `(${node(p)} ? 1 : 0)`).join(" + ")} >= ${String(k)})`;
    }
    return `!${node(n.not)}`;
  };
  set.rules.forEach((r, i) => {
    lines.push(`  if (g${r.group} && ${node(r.node)}) { fired[${i}] = 1; n++; } else fired[${i}] = 0;`);
  });
  lines.push("  return n;", "};");
  try {
    const make = new Function(
      "N",
      "V",
      "P",
      "D",
      "has",
      "getProto",
      "OP",
      "atPath",
      "num",
      "isArray",
      "within",
      lines.join("\n"),
    ) as (...args: unknown[]) => Fire;
    return make(
      set.slots,
      set.leaves.value,
      set.leaves.path,
      set.leaves.date,
      has,
      Object.getPrototypeOf,
      Object.prototype,
      atPath,
      isNumberLike,
      Array.isArray,
      withinHolds,
    );
  } catch {
    return null;
  }
}
