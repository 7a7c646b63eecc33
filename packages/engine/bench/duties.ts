/**
 * Duty benchmarks: occurrences/s planning one year for 1,000 sites (with heap samples taken while
 * iterating, to show memory stays flat), against the `rrule` library expanding the same schedule
 * for the same sites in the same run; and logs/s through `reconcile`. Reports, does not gate.
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

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function planYear(program: Program, sites: { id: string; items?: Record<string, string[]> }[]) {
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let count = 0;
  const started = performance.now();
  for (const o of planDuties(program, { from: "2026-01-01", to: "2027-01-01", sites })) {
    if (o.at < 0) throw new Error("unreachable");
    if (++count % 250_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const seconds = (performance.now() - started) / 1000;
  return { count, seconds, perSecond: count / seconds, heapGrowth: peak - before };
}

function rruleYear(sites: number) {
  // The same schedule as `every: 2h, between: 22:00-06:00`: rounds at 22, 00, 02, 04, on the wall clock.
  const rule = rrulestr("DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY;BYHOUR=0,2,4,22;BYMINUTE=0;BYSECOND=0");
  const from = new Date(Date.UTC(2026, 0, 1));
  const to = new Date(Date.UTC(2027, 0, 1));
  let count = 0;
  const started = performance.now();
  for (let s = 0; s < sites; s++) count += rule.between(from, to, false).length;
  const seconds = (performance.now() - started) / 1000;
  return { count, seconds, perSecond: count / seconds };
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
  console.log(
    `duties bench — load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")} on this machine`,
  );
  const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
  const sites = Array.from({ length: SITES }, (_, i) => ({ id: `site-${i}` }));
  const bench = compile(patrol, "bench.yaml");
  planYear(bench, sites.slice(0, 20)); // warm-up
  const ours = planYear(bench, sites);
  const baseline = rruleYear(SITES);
  console.log("\nduties: plan one year for 1,000 sites — night patrol every 2h between 22:00-06:00");
  console.log(
    `  planDuties   ${fmt(ours.count)} occurrences in ${ours.seconds.toFixed(2)} s = ${fmt(ours.perSecond)}/s`,
  );
  console.log(
    `  rrule        ${fmt(baseline.count)} instants in ${baseline.seconds.toFixed(2)} s = ${fmt(baseline.perSecond)}/s (same schedule, expanded per site)`,
  );
  console.log(
    `  ${ours.perSecond >= TARGET_PER_SECOND ? "PASS" : "FAIL"} target ≥ ${fmt(TARGET_PER_SECOND)}/s; ${(ours.perSecond / baseline.perSecond).toFixed(1)}× rrule; heap growth while iterating ${mb(ours.heapGrowth)} (flat: the plan is not held)`,
  );

  const root = new URL("../../../", import.meta.url);
  const read = (id: string) => ({
    file: `standards/${id}.yaml`,
    text: readFileSync(new URL(`standards/${id}.yaml`, root), "utf8"),
  });
  const seed = compile(read("seed/harbour-view").text, "harbour-view.yaml", read);
  const seedSites = sites.map((s) => ({ ...s, items: { lifts: ["1号梯", "2号梯"], "vacant-units": ["6-1203"] } }));
  const all = planYear(seed, seedSites);
  console.log(
    "duties: plan one year for 1,000 sites — every duty of seed/harbour-view (3 zones, 2 lifts, 1 vacant unit)",
  );
  console.log(
    `  planDuties   ${fmt(all.count)} occurrences in ${all.seconds.toFixed(2)} s = ${fmt(all.perSecond)}/s; heap growth ${mb(all.heapGrowth)}`,
  );

  reconcileMonth(bench); // warm-up
  const r = reconcileMonth(bench);
  console.log("duties: reconcile a month of night patrols for 200 sites");
  console.log(
    `  reconcile    ${fmt(r.logs)} logs against ${fmt(r.occurrences)} occurrences in ${r.seconds.toFixed(2)} s = ${fmt(r.perSecond)} logs/s`,
  );
}

runDutiesBench();
