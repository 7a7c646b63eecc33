/**
 * Run in a fresh process by main.ts: times the import and the first two calls of either
 * `loadStandard` or yaml's `parseDocument` on a file, and prints the figures as one JSON line.
 *
 *   node --conditions=@yardstick/source --import tsx packages/dsl/bench/cold-start.ts dsl|yaml <file>
 */
import { readFileSync } from "node:fs";

const [mode, file] = process.argv.slice(2);
if ((mode !== "dsl" && mode !== "yaml") || !file) {
  console.error("usage: cold-start.ts dsl|yaml <file>");
  process.exit(2);
}
const text = readFileSync(file, "utf8");
const now = () => Number(process.hrtime.bigint()) / 1e6;

const t0 = now();
let run: () => unknown;
if (mode === "dsl") {
  const { loadStandard } = await import("@yardstick/dsl");
  run = () => loadStandard(text, { file });
} else {
  const { LineCounter, parseDocument } = await import("yaml");
  run = () => parseDocument(text, { lineCounter: new LineCounter() });
}
const t1 = now();
const first = run();
const t2 = now();
run();
const t3 = now();

if (mode === "dsl" && (first as { standard?: unknown }).standard === undefined) {
  console.error("the benchmark standard did not load");
  process.exit(1);
}
console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2 }));
