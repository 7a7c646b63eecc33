/**
 * Duty benchmarks: occurrences/s planning one year for 1,000 sites, against the `rrule` library
 * expanding the same schedule in the same run (CPU time, the best of several runs: the machine is
 * shared); the heap retained while a plan is walked (collected every 200,000 occurrences, so the
 * samples show what the walk holds, not garbage waiting for the collector); and logs/s through
 * `reconcile`. Reports, does not gate.
 *
 *   pnpm bench engine   (or: node --conditions=@yardstick/source --import tsx --expose-gc packages/engine/bench/duties.ts)
 */
import { loadavg } from "node:os";
import { readFileSync } from "node:fs";
import { loadStandard } from "@yardstick/dsl";
import { compileStandard, planDuties, reconcile, type DutyLog, type Program } from "@yardstick/engine";
import { rrulestr } from "../src/duties/rrule-library.js";

const TARGET_PER_SECOND = 1_000_000;
const SITES = 1_000;

function compile(text: string, file: string, resolve?: (id: string) => { file: string; text: string }): Program {
  const { standard, diagnostics } = loadStandard(text, { file, ...(resolve ? { resolve } : {}) });
  const program = standard === undefined ? undefined : compileStandard(standard).program;
  if (program === undefined) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  return program;
}

const patrol = `standard: bench-site
version: "1"
title: { en: Bench site }
timezone: Asia/Shanghai
duties:
  night-patrol:
    title: { en: Night patrol }
    every: 2h
    between: 22:00-06:00
    checkpoints: [gate, car-park, lights]
`;

const RUNS = 3;
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** CPU milliseconds of `run`, the least of `runs` after a warm-up: a neighbour's build only ever makes a run slower. */
function cpuTime(run: () => number, runs: number): { ms: number; result: number } {
  let result = run();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    result = run();
    const used = process.cpuUsage(t);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { ms: best, result };
}

const YEAR = { from: "2026-01-01", to: "2027-01-01" };

function planYear(program: Program, sites: { id: string; items?: Record<string, string[]> }[]): number {
  let count = 0;
  for (const o of planDuties(program, { ...YEAR, sites })) {
    if (o.at < 0) throw new Error("unreachable");
    count++;
  }
  return count;
}

/** The heap retained while walking a plan: collected before and every 200,000 occurrences. */
function heapWhileWalking(program: Program, sites: { id: string; items?: Record<string, string[]> }[]) {
  const samples: number[] = [];
  gc();
  const before = process.memoryUsage().heapUsed;
  let count = 0;
  for (const o of planDuties(program, { ...YEAR, sites })) {
    if (o.at < 0) throw new Error("unreachable");
    if (++count % 200_000 === 0) {
      gc();
      samples.push(process.memoryUsage().heapUsed - before);
    }
  }
  return { count, samples };
}

/** The same schedule as `every: 2h, between: 22:00-06:00`: rounds at 22, 00, 02, 04, on the wall clock. */
function rruleYear(sites: number): number {
  const rule = rrulestr("DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY;BYHOUR=0,2,4,22;BYMINUTE=0;BYSECOND=0");
  const from = new Date(Date.UTC(2026, 0, 1));
  const to = new Date(Date.UTC(2027, 0, 1));
  let count = 0;
  for (let s = 0; s < sites; s++) count += rule.between(from, to, false).length;
  return count;
}

function reconcileMonth(program: Program) {
  const sites = Array.from({ length: 200 }, (_, i) => ({ id: `s${i}` }));
  const occurrences = [...planDuties(program, { from: "2026-03-01", to: "2026-04-01", sites })];
  // One log per round, 20 minutes in, every checkpoint; every 10th round missed, every 7th partial.
  const logs: DutyLog[] = [];
  occurrences.forEach((o, i) => {
    if (i % 10 === 9) return;
    logs.push({
      duty: o.duty,
      ...(o.site !== undefined ? { site: o.site } : {}),
      at: o.start + 20 * 60_000,
      checkpoints: i % 7 === 0 ? ["gate"] : ["gate", "car-park", "lights"],
      by: "guard",
    });
  });
  const started = performance.now();
  const result = reconcile(program, { occurrences, logs, now: "2026-04-02" });
  const seconds = (performance.now() - started) / 1000;
  const counted = result.outcomes.reduce((n, o) => n + o.logs.length, 0);
  if (counted !== logs.length) throw new Error(`reconcile counted ${counted} of ${logs.length} logs`);
  return { logs: logs.length, occurrences: occurrences.length, seconds, perSecond: logs.length / seconds };
}

function runDutiesBench(): void {
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(" ");
  console.log(`duties bench — load average ${load()} on this machine; CPU time, best of ${RUNS} runs`);
  const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
  const sites = Array.from({ length: SITES }, (_, i) => ({ id: `site-${i}` }));
  const bench = compile(patrol, "bench.yaml");
  const ours = cpuTime(() => planYear(bench, sites), RUNS);
  const oursRate = (ours.result / ours.ms) * 1000;
  // rrule is ~10x slower: a tenth of the sites, the same instants per site.
  const baseline = cpuTime(() => rruleYear(SITES / 10), RUNS);
  const baselineRate = (baseline.result / baseline.ms) * 1000;
  console.log("\nduties: plan one year for 1,000 sites — night patrol every 2h between 22:00-06:00");
  console.log(`  planDuties   ${fmt(ours.result)} occurrences in ${fmt(ours.ms)} ms CPU = ${fmt(oursRate)}/s`);
  console.log(
    `  rrule        ${fmt(baseline.result)} instants (100 sites) in ${fmt(baseline.ms)} ms CPU = ${fmt(baselineRate)}/s (the same schedule, expanded per site)`,
  );
  console.log(
    `  ${oursRate >= TARGET_PER_SECOND ? "PASS" : "FAIL"} target ≥ ${fmt(TARGET_PER_SECOND)}/s; ${(oursRate / baselineRate).toFixed(1)}× rrule`,
  );
  if ((globalThis as { gc?: unknown }).gc === undefined)
    console.log("  (run with node --expose-gc for the heap samples: without it they include uncollected garbage)");
  const heap = heapWhileWalking(bench, sites);
  const first = heap.samples[0] ?? 0;
  const last = heap.samples.at(-1) ?? 0;
  const spread = Math.max(...heap.samples) - Math.min(...heap.samples);
  console.log(
    `  heap retained while walking ${fmt(heap.count)} occurrences (collected every 200,000): ${heap.samples.map(mb).join(", ")}` +
      `\n  ${spread < 4 * 1024 * 1024 ? "PASS" : "FAIL"} memory flat: ${mb(first)} after the first 200,000, ${mb(last)} after the last (spread ${mb(spread)})`,
  );

  const root = new URL("../../../", import.meta.url);
  const read = (id: string) => ({
    file: `standards/${id}.yaml`,
    text: readFileSync(new URL(`standards/${id}.yaml`, root), "utf8"),
  });
  const seed = compile(read("seed/harbour-view").text, "harbour-view.yaml", read);
  const seedSites = sites.map((s) => ({ ...s, items: { lifts: ["1号梯", "2号梯"], "vacant-units": ["6-1203"] } }));
  const all = cpuTime(() => planYear(seed, seedSites), 1);
  console.log(
    "duties: plan one year for 1,000 sites — every duty of seed/harbour-view (3 zones, 2 lifts, 1 vacant unit)",
  );
  console.log(
    `  planDuties   ${fmt(all.result)} occurrences in ${fmt(all.ms)} ms CPU = ${fmt((all.result / all.ms) * 1000)}/s`,
  );

  reconcileMonth(bench); // warm-up
  const r = reconcileMonth(bench);
  console.log("duties: reconcile a month of night patrols for 200 sites");
  console.log(
    `  reconcile    ${fmt(r.logs)} logs against ${fmt(r.occurrences)} occurrences in ${r.seconds.toFixed(2)} s = ${fmt(r.perSecond)} logs/s`,
  );
  console.log(`(load average at the end ${load()})`);
}

runDutiesBench();
