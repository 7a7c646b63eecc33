/**
 * The long fuzz run, by command:
 *
 *   pnpm fuzz [--count 1000000] [--seed 1] [--seconds N] [--workers 2] [--sweep] [--replay INDEX]
 *
 * Prints the count, the rate and every violation with a minimal input; exits 1 when any was found.
 * `--workers N` splits the indices over N processes (each takes every N-th input), so the inputs
 * and violations are the same as in one process: input `i` is built from the seed `(seed, i)`
 * whichever worker runs it.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type FuzzCase, loadCorpus } from "./corpus.js";
import { checkCase } from "./invariants.js";
import { PROTOTYPE_NAMES } from "./mutators.js";
import { type Found, inputAt, minimiseFound, run } from "./run.js";
import { sweep } from "./sweep.js";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? undefined : process.argv[i + 1];
  const n = value === undefined ? fallback : Number(value.replace(/_/g, ""));
  if (!Number.isFinite(n)) throw new Error(`--${name} takes a number, got ${value}`);
  return n;
}

const count = option("count", 100_000);
const seed = option("seed", 1);
const seconds = process.argv.includes("--seconds") ? option("seconds", 0) : undefined;
const workers = option("workers", 1);
const replay = process.argv.includes("--replay") ? option("replay", 0) : undefined;
const worker = process.argv.includes("--worker") ? option("worker", 0) : undefined;

/** One line for a violation as it is found: a run stopped early still says what to replay. */
const foundLine = (f: Pick<Found, "index" | "recipe"> & { signature: string; detail: string }) =>
  `  ✗ found ${f.signature} at #${f.index} (${f.recipe}): ${f.detail.split("\n")[0]!.slice(0, 200)}`;

const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString("en")} inputs/s`;

function printCase(c: FuzzCase): void {
  for (const [name, file] of Object.entries(c.files)) {
    const text = typeof file === "string" ? file : `<bytes> ${Buffer.from(file).toString("hex")}`;
    console.log(`  ── ${name}${name === c.root ? " (loaded)" : ""} ──`);
    // A line of thousands of characters is shown by its ends.
    const shown = text
      .split("\n")
      .map((line) =>
        line.length > 200 ? `${line.slice(0, 100)}…(${line.length - 160} more)…${line.slice(-60)}` : line,
      );
    console.log(shown.map((line) => `  │ ${line}`).join("\n"));
  }
}

function report(found: Found[], total: number, ms: number, slowestMs: number): void {
  console.log(
    `fuzz: ${total.toLocaleString("en")} inputs in ${(ms / 1000).toFixed(1)} s (${rate(total, ms)}), seed ${seed}; ` +
      `slowest load ${slowestMs.toFixed(0)} ms; ${found.length} violation${found.length === 1 ? "" : "s"}`,
  );
  for (const f of found.sort((a, b) => a.index - b.index)) {
    console.log(
      `\n✗ ${f.violation.signature} — ${f.hits} input${f.hits === 1 ? "" : "s"}, first #${f.index} (${f.recipe})`,
    );
    console.log(`  ${f.violation.detail.split("\n").slice(0, 4).join("\n  ")}`);
    console.log(`  minimal input (replay: --seed ${seed} --replay ${f.index}):`);
    printCase(minimiseFound(f, seed));
  }
  if (found.length > 0) process.exitCode = 1;
}

if (process.argv.includes("--sweep") && worker === undefined && replay === undefined) {
  const started = performance.now();
  const result = sweep(loadCorpus().tiny);
  const ms = performance.now() - started;
  console.log(
    `sweep: ${result.count.toLocaleString("en")} variants (each scalar of each small case as each of ${PROTOTYPE_NAMES.length} prototype names) ` +
      `in ${(ms / 1000).toFixed(1)} s (${rate(result.count, ms)}); ${result.found.length} violations`,
  );
  for (const f of result.found) {
    console.log(`\n✗ ${f.violation.signature} — ${f.input.name}`);
    console.log(`  ${f.violation.detail.split("\n").slice(0, 4).join("\n  ")}`);
  }
  if (result.found.length > 0) process.exitCode = 1;
}

if (count === 0) {
  // --sweep alone
} else if (replay !== undefined) {
  const input = inputAt(seed, replay);
  console.log(`input #${replay} (${input.recipe}):`);
  printCase(input.case);
  const { violations, ms } = checkCase(input.case, input.checkRng(), true);
  console.log(`loaded in ${ms.toFixed(1)} ms; ${violations.length} violations`);
  for (const v of violations) console.log(`✗ ${v.signature}\n  ${v.detail}`);
} else if (worker !== undefined) {
  // A worker of a parallel run: its share of the indices, its findings sent back whole.
  const parent = option("parent", 0);
  const result = run({
    seed,
    count: Math.ceil(count / workers),
    start: worker,
    stride: workers,
    seconds,
    onProgress: (done, ms, found) => {
      // Its own session outlives the parent: a worker whose parent is gone stops.
      if (process.ppid !== parent) process.exit(2);
      process.send!({ progress: { done, ms, violations: found } });
    },
    onFound: (f) => process.send!({ found: foundLine({ ...f, ...f.violation }) }),
  });
  process.send!({ result }, () => process.exit(0));
} else if (workers <= 1) {
  console.log(`fuzz: ${count.toLocaleString("en")} inputs, seed ${seed}`);
  const result = run({
    seed,
    count,
    seconds,
    onProgress: (done, ms, violations) =>
      console.log(`  … ${done.toLocaleString("en")} inputs, ${rate(done, ms)}, ${violations} violations`),
    onFound: (f) => console.log(foundLine({ ...f, ...f.violation })),
  });
  report(result.found, result.count, result.elapsedMs, result.slowestMs);
} else {
  console.log(`fuzz: ${count.toLocaleString("en")} inputs, seed ${seed}, ${workers} workers`);
  const started = performance.now();
  const self = fileURLToPath(import.meta.url);
  // Each worker reports its count every 10 s; the sum is printed every 30 s, so a run stopped
  // early still leaves its count, rate and violations so far.
  const progress = Array.from({ length: workers }, () => ({ done: 0, violations: 0 }));
  const timer = setInterval(() => {
    const done = progress.reduce((n, p) => n + p.done, 0);
    const violations = progress.reduce((n, p) => n + p.violations, 0);
    const ms = performance.now() - started;
    console.log(
      `  … ${done.toLocaleString("en")} inputs in ${(ms / 1000).toFixed(0)} s (${rate(done, ms)}), ${violations} violations`,
    );
  }, 30_000);
  const results = await Promise.all(
    Array.from(
      { length: workers },
      (_, i) =>
        new Promise<ReturnType<typeof run>>((resolve, reject) => {
          // Each worker in a session of its own (`detached`): the kernel shares the CPU between
          // sessions (autogroups), so workers of one session would share one session's part.
          const child = fork(self, [...process.argv.slice(2), "--worker", String(i), "--parent", String(process.pid)], {
            detached: true,
          });
          child.on("message", (m) => {
            const message = m as {
              progress?: { done: number; violations: number };
              found?: string;
              result?: ReturnType<typeof run>;
            };
            if (message.progress) progress[i] = message.progress;
            if (message.found) console.log(message.found);
            if (message.result) resolve(message.result);
          });
          child.once("exit", (code) => code !== 0 && reject(new Error(`worker ${i} exited with ${code}`)));
        }),
    ),
  );
  clearInterval(timer);
  const found = new Map<string, Found>();
  for (const f of results.flatMap((r) => r.found)) {
    const seen = found.get(f.violation.signature);
    if (!seen) found.set(f.violation.signature, { ...f });
    else {
      seen.hits += f.hits;
      if (f.index < seen.index) Object.assign(seen, { ...f, hits: seen.hits });
    }
  }
  const total = results.reduce((n, r) => n + r.count, 0);
  report([...found.values()], total, performance.now() - started, Math.max(...results.map((r) => r.slowestMs)));
}
