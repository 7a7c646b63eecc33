/**
 * The fuzz loop: input `i` of a run is built from `inputSeed(seed, i)`, loaded and checked; the
 * first input per violation signature is kept, with its index so it can be replayed.
 */
import { type Corpus, type FuzzCase, loadCorpus } from "./corpus.js";
import { generate } from "./generate.js";
import { checkCase, loadCase, type Violation } from "./invariants.js";
import { minimise } from "./minimise.js";
import { inputSeed, Random } from "./random.js";

export interface Found {
  violation: Violation;
  index: number;
  recipe: string;
  input: FuzzCase;
  /** How many inputs of the run broke the invariant this way. */
  hits: number;
}

export interface RunOptions {
  seed: number;
  /** Inputs to try; the run also stops at `seconds`, if given. */
  count: number;
  seconds?: number;
  /** First index (a worker of a parallel run takes every `stride`-th index from here). */
  start?: number;
  stride?: number;
  corpus?: Corpus;
  /** Called about every 10 s with the inputs done and the distinct violations found so far. */
  onProgress?: (done: number, elapsedMs: number, violations: number) => void;
  /** Called when an input breaks an invariant in a new way, so a long run shows it before it ends. */
  onFound?: (found: Found) => void;
}

export interface RunResult {
  count: number;
  elapsedMs: number;
  slowestMs: number;
  found: Found[];
}

/** Input `index` of a run: the case and the random stream its check uses (for the comment it adds). */
export function inputAt(seed: number, index: number, corpus: Corpus = loadCorpus()) {
  const s = inputSeed(seed, index);
  return { ...generate(s, corpus), checkRng: () => new Random(s ^ 0x5bd1e995) };
}

/** Compiles the schema and warms the hot paths, so the first input is not timed with them. */
export function warmUp(corpus: Corpus = loadCorpus()): void {
  for (const c of corpus.tiny.slice(0, 20)) loadCase(c);
}

let warm = false;

export function run(options: RunOptions): RunResult {
  const corpus = options.corpus ?? loadCorpus();
  if (!warm) warmUp(corpus);
  warm = true;
  const found = new Map<string, Found>();
  const started = performance.now();
  const stride = options.stride ?? 1;
  let count = 0;
  let slowestMs = 0;
  let nextProgress = started + 10_000;
  for (let index = options.start ?? 0; count < options.count; index += stride) {
    const input = inputAt(options.seed, index, corpus);
    const { violations, ms } = checkCase(input.case, input.checkRng());
    slowestMs = Math.max(slowestMs, ms);
    count++;
    for (const violation of violations) {
      const seen = found.get(violation.signature);
      if (seen) seen.hits++;
      else {
        const first = { violation, index, recipe: input.recipe, input: input.case, hits: 1 };
        found.set(violation.signature, first);
        options.onFound?.(first);
      }
    }
    if ((count & 63) === 0) {
      const now = performance.now();
      if (options.seconds !== undefined && now - started > options.seconds * 1000) break;
      if (options.onProgress && now > nextProgress) {
        options.onProgress(count, now - started, found.size);
        nextProgress = now + 10_000;
      }
    }
  }
  return { count, elapsedMs: performance.now() - started, slowestMs, found: [...found.values()] };
}

/** The found input shrunk while it still breaks the invariant the same way. */
export function minimiseFound(found: Found, seed: number): FuzzCase {
  const rngFor = () => inputAt(seed, found.index).checkRng();
  const fails = (c: FuzzCase) =>
    checkCase(c, rngFor(), true).violations.some((v) => v.signature === found.violation.signature);
  return minimise(found.input, fails, { maxTries: found.violation.signature === "slow" ? 20 : 3_000 });
}
