/**
 * A deterministic sweep beside the random run: every scalar (and key) of every small corpus
 * input replaced, one at a time, by each name that reaches `Object.prototype`. Lookups of a
 * user's name on a plain object are the one bug class a random run finds only by luck.
 */
import { isScalar, parseDocument, visit } from "yaml";
import type { FuzzCase } from "./corpus.js";
import { checkCase, type Violation } from "./invariants.js";
import { PROTOTYPE_NAMES } from "./mutators.js";
import { Random } from "./random.js";
import { warmUp } from "./run.js";

export interface SweepFinding {
  violation: Violation;
  input: FuzzCase;
}

/** Each variant of `c` with one scalar or key replaced by one of `names`. */
export function* prototypeVariants(c: FuzzCase, names: readonly string[] = PROTOTYPE_NAMES): Generator<FuzzCase> {
  const text = c.files[c.root];
  if (typeof text !== "string") return;
  const doc = parseDocument(text, { uniqueKeys: false, keepSourceTokens: false });
  if (doc.errors.length > 0) return;
  const spans: [number, number][] = [];
  visit(doc, {
    Scalar(_, node) {
      if (node.range && isScalar(node) && node.range[1] > node.range[0]) spans.push([node.range[0], node.range[1]]);
    },
  });
  for (const [start, end] of spans)
    for (const name of names)
      yield {
        ...c,
        name: `${c.name}@${start}=${name}`,
        files: { ...c.files, [c.root]: text.slice(0, start) + name + text.slice(end) },
      };
}

/** Checks each variant (with a second load); the first finding per signature is kept. */
export function checkVariants(variants: Iterable<FuzzCase>, found = new Map<string, SweepFinding>()) {
  let count = 0;
  for (const variant of variants) {
    count++;
    for (const violation of checkCase(variant, new Random(count), true).violations)
      if (!found.has(violation.signature)) found.set(violation.signature, { violation, input: variant });
  }
  return { count, found: [...found.values()] };
}

export function sweep(cases: readonly FuzzCase[], names?: readonly string[]): { count: number; found: SweepFinding[] } {
  warmUp();
  return checkVariants(cases.flatMap((c) => [...prototypeVariants(c, names)]));
}
