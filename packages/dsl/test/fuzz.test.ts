/**
 * The fuzzer kept in the project (fuzz/README.md): a short run with a fixed seed on every test
 * run, the prototype-name sweep over a few corpus cases, and the fuzzer's own parts — the
 * invariants catch what they promise to, the minimiser shrinks, the same seed gives the same input.
 * The long run is `pnpm fuzz -- --count 1000000`.
 */
import type { DiagnosticCode, LoadResult } from "@yardstick/dsl";
import { describe, expect, test } from "vitest";
import { type FuzzCase, loadCorpus } from "../fuzz/corpus.js";
import { generate } from "../fuzz/generate.js";
import { checkCase, resultViolations } from "../fuzz/invariants.js";
import { Random } from "../fuzz/random.js";
import { minimise } from "../fuzz/minimise.js";
import { type Found, run } from "../fuzz/run.js";
import { checkVariants, prototypeVariants, type SweepFinding } from "../fuzz/sweep.js";

const signatures = (found: { violation: { signature: string; detail: string } }[]) =>
  found.map((f) => `${f.violation.signature}: ${f.violation.detail.split("\n")[0]}`);

/** Lets the test runner talk to its worker between slices of work (a long synchronous run starves it). */
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("fuzzing", () => {
  // Time-boxed, so a loaded machine runs fewer inputs rather than failing: the inputs are the
  // first ones of seed 2026, in order, whatever the machine.
  test("mutated inputs (seed 2026, for 4 s) break no invariant", async () => {
    const started = performance.now();
    const found: Found[] = [];
    let count = 0;
    while (performance.now() - started < 4_000 && count < 5_000) {
      const slice = run({ seed: 2026, start: count, count: 20 });
      found.push(...slice.found);
      count += slice.count;
      await tick();
    }
    expect(signatures(found)).toEqual([]);
    expect(count).toBeGreaterThanOrEqual(20);
  });

  test("`constructor` in place of each scalar of a ticket with clocks, escalations and tests breaks no invariant", async () => {
    const corpus = loadCorpus();
    const cases = corpus.small.filter((c) => c.name === "conformance/valid/escalation-chain-and-tests");
    const variants = cases.flatMap((c) => [...prototypeVariants(c, ["constructor"])]);
    const found = new Map<string, SweepFinding>();
    for (let i = 0; i < variants.length; i += 10) {
      checkVariants(variants.slice(i, i + 10), found);
      await tick();
    }
    expect(signatures([...found.values()])).toEqual([]);
    expect(variants.length).toBeGreaterThan(50);
    // Every variant is loaded two or three times: on the shared machine under load that took 65 s.
  }, 240_000);
});

describe("the fuzzer's parts", () => {
  const one = (text: string): FuzzCase => ({ name: "test", root: "input.yaml", files: { "input.yaml": text } });
  const diagnostic = (over: Partial<LoadResult["diagnostics"][number]>): LoadResult["diagnostics"][number] => ({
    code: "unknown-key",
    severity: "error",
    message: "unknown key `x`",
    file: "input.yaml",
    line: 1,
    column: 1,
    range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
    path: [],
    ...over,
  });

  test("the invariants catch an undocumented code, a position past the end, a long message and a standard with errors", () => {
    const text = "x: 1\n";
    const past = { line: 2, column: 5, offset: 9 };
    const result = {
      standard: {} as LoadResult["standard"],
      diagnostics: [
        diagnostic({ code: "no-such-code" as DiagnosticCode }), // a code outside the registry, as a bug would give
        diagnostic({ range: { start: { line: 1, column: 1, offset: 0 }, end: past } }),
        diagnostic({ line: 2, column: 1, range: { start: { line: 2, column: 1, offset: 5 }, end: past } }),
        diagnostic({ message: `unknown key \`${"a".repeat(700)}\`` }),
      ],
    } as LoadResult;
    expect(resultViolations(one(text), result).map((v) => v.signature)).toEqual([
      "undocumented-code:no-such-code",
      "position:unknown-key",
      "position:unknown-key",
      "long-message:unknown-key",
      "standard-with-errors:no-such-code",
    ]);
  });

  test("a load over the time limit is timed again by CPU time before it counts as slow", () => {
    const small = loadCorpus().tiny[0]!;
    const slow = (limitMs?: number) =>
      checkCase(small, new Random(1), false, limitMs).violations.filter((v) => v.signature === "slow");
    expect(slow()).toEqual([]);
    // Over a limit of 0 ms by the clock and by CPU time alike:
    expect(slow(0)).toMatchObject([{ detail: expect.stringMatching(/ms of CPU time at best of 3 more$/) }]);
  });

  test("the minimiser keeps only what the failure needs", () => {
    const text = [
      "standard: a",
      "version: 1",
      "tickets:",
      "  repair:",
      "    initial: constructor",
      "    x: y",
      "",
    ].join("\n");
    const fails = (c: FuzzCase) => String(c.files["input.yaml"]).includes("initial: constructor");
    expect(minimise(one(text), fails).files["input.yaml"]).toBe("initial: constructor");
  });

  test("the same seed gives the same input; another seed another", () => {
    const corpus = loadCorpus();
    expect(generate(7, corpus)).toEqual(generate(7, corpus));
    const inputs = new Set(Array.from({ length: 20 }, (_, i) => JSON.stringify(generate(i, corpus).case.files)));
    expect(inputs.size).toBeGreaterThan(15);
  });
});
