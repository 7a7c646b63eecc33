/**
 * One fuzz input from its seed: a corpus case (mostly a small one), changed by one to three
 * mutations. The same seed always gives the same input, so `--replay` can rebuild any of them.
 */
import type { Corpus, FuzzCase } from "./corpus.js";
import {
  chainCases,
  crossReference,
  editLines,
  flipBytes,
  flipCharacters,
  type Mutator,
  swapTimes,
  swapTypes,
} from "./mutators.js";
import { Random } from "./random.js";

export type MutationName = "characters" | "bytes" | "lines" | "types" | "times" | "references";

const TEXT_MUTATORS: Record<Exclude<MutationName, "bytes">, Mutator> = {
  characters: flipCharacters,
  lines: editLines,
  types: swapTypes,
  times: swapTimes,
  references: crossReference,
};

const MUTATIONS: readonly (readonly [number, MutationName])[] = [
  [3, "characters"],
  [1, "bytes"],
  [3, "lines"],
  [5, "types"],
  [3, "times"],
  [2, "references"],
];

export interface Generated {
  case: FuzzCase;
  /** What was done, e.g. `conformance/valid/minimal: types, lines`. */
  recipe: string;
}

export function generate(seed: number, corpus: Corpus): Generated {
  const rng = new Random(seed);
  const base = rng.weighted<() => FuzzCase>([
    [75, () => rng.pick(corpus.tiny)],
    [15, () => rng.pick(corpus.small)],
    [1, () => rng.pick(corpus.large)],
    [9, () => chainCases(rng, corpus.tiny)],
  ])();
  const files = { ...base.files };
  const names = Object.keys(files);
  const steps: string[] = [];
  for (
    let n = rng.weighted([
      [5, 1],
      [3, 2],
      [2, 3],
    ]);
    n > 0;
    n--
  ) {
    const name = rng.chance(0.75) ? base.root : rng.pick(names);
    const mutation = rng.weighted(MUTATIONS);
    const file = files[name]!;
    if (mutation === "bytes") {
      files[name] = flipBytes(rng, typeof file === "string" ? new TextEncoder().encode(file) : file);
    } else {
      const text = typeof file === "string" ? file : new TextDecoder().decode(file);
      files[name] = TEXT_MUTATORS[mutation](rng, text, corpus.words);
    }
    steps.push(mutation);
  }
  return { case: { ...base, files }, recipe: `${base.name}: ${steps.join(", ")}` };
}
