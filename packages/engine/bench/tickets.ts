/**
 * The engine's ticket benchmark (`pnpm bench`, which runs it bundled as `dist` is built —
 * bench/run.ts — or `tsx --conditions=@yardstick/source packages/engine/bench/tickets.ts [--quick]`,
 * the sources under tsx, about a fifth slower on the replay):
 *
 * - stored JSON: each step of a history as a host runs it — JSON.parse the stored ticket,
 *   applyEvent or advance (the host's wake-up at nextWakeAt), JSON.stringify the result;
 * - batch replay: replayTicket over every history, in memory (a what-if over a year of tickets);
 * - bytes per stored open ticket, per shipped kind: median, 95th percentile and largest;
 * - compile time of every shipped standard (standards/**);
 * - the same repair events through a raw XState actor, XState's pure transition(), and a
 *   hand-written immutable reducer (the baseline every ratio is taken to).
 *
 * The histories are seed/harbour-view's (workload.ts). Before anything is timed, the stored-JSON
 * run and the batch replay must end in the same states with the same effects, and a digest of
 * every result is printed: an optimisation that changes it changed behaviour.
 * Benchmarks report, they do not gate: the exit code is 0 even when a target is missed.
 */
import { createHash } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import {
  advance,
  applyBatch,
  applyEvent,
  compileStandard,
  openTicket,
  replayTicket,
  ticketMachine,
  type BatchStep,
  type Program,
  type TicketResult,
} from "@yardstick/engine";
import { loadStandard } from "@yardstick/dsl";
import { BenchReport, ms, status, times, type Row } from "../../dsl/bench/report-table.js";
import { runActor, runReducer, runTransition } from "./baselines.js";
import {
  compileShipped,
  histories,
  loadShipped,
  resolveShipped,
  shippedFiles,
  storedStates,
  type History,
} from "./workload.js";

const STORED_TARGET = 100_000;
const REPLAY_TARGET = 1_000_000;
const BYTES_TARGET = 2 * 1024;

const quick = process.argv.includes("--quick");
/** Run by `pnpm bench` from a bundle built as `dist` is (bench/run.ts), not from the sources under tsx. */
const built = process.argv.includes("--built");
const TICKETS = quick ? 300 : 2_000;
/** Each measurement runs at least this long and this many times; the best run is reported. */
const MIN_MS = quick ? 300 : 1_500;
const MIN_RUNS = quick ? 3 : 5;

let sink = 0;

/**
 * Milliseconds of CPU time this process spends in one call of `run`: the least of the runs, after a
 * warm-up call. CPU time and the least run, not wall time and the median: the machine is shared,
 * and a neighbour's build only ever makes a run slower.
 */
function time(run: () => number): number {
  sink += run();
  let best = Infinity;
  let runs = 0;
  const started = performance.now();
  while (runs < MIN_RUNS || performance.now() - started < MIN_MS) {
    const t = process.cpuUsage();
    sink += run();
    const used = process.cpuUsage(t);
    best = Math.min(best, (used.user + used.system) / 1000);
    runs++;
  }
  return best;
}

const perSecond = (count: number, millis: number) => (count / millis) * 1000;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const kb = (bytes: number) => `${bytes.toLocaleString("en-US")} B`;
const row = (measure: string, figure: string, baseline = "", ratio = "", target = "", s: Row["status"] = "info") => ({
  measure,
  figure,
  baseline,
  ratio,
  target,
  status: s,
});

const hv = compileShipped(loadShipped(resolveShipped("seed/harbour-view")));
const repairs = histories(hv, "repair", TICKETS, 20260101);
const eventCount = repairs.reduce((n, h) => n + h.events.length, 0);
const stepCount = repairs.reduce((n, h) => n + h.steps.length, 0);
const advances = stepCount - eventCount;
console.log(
  `# @yardstick/engine tickets — node ${process.version}, ${built ? "bundled as dist is built" : "sources under tsx"}${quick ? " (quick)" : ""}: ${TICKETS.toLocaleString("en-US")} repairs of seed/harbour-view, ` +
    `${eventCount.toLocaleString("en-US")} events + ${advances.toLocaleString("en-US")} wake-ups (advance); ` +
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")} on ${availableParallelism()} cores`,
);
printMix(repairs);
console.log(`results digest: ${checkAndDigest(hv, repairs)}`);

const report = new BenchReport();
throughput();
bytes();
compileTimes();

const failed = report.failed;
console.log(
  `\nSummary: ${report.passed} PASS, ${failed.length} FAIL${failed.length ? ` — ${failed.map((r) => r.measure).join("; ")}` : ""}` +
    ` (load average at the end ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")})`,
);
if (sink === 42) console.log(""); // keep the results alive

/** What the histories exercise, so the figures can be read against a real mix. */
function printMix(list: readonly History[]): void {
  const effects = new Map<string, number>();
  for (const h of list) {
    const result = replayTicket(hv, { open: h.open, events: h.events, until: h.until });
    for (const e of result.effects) effects.set(e.kind, (effects.get(e.kind) ?? 0) + 1);
  }
  const counts = [...effects].map(([k, n]) => `${n.toLocaleString("en-US")} ${k}`).join(", ");
  console.log(`effects: ${counts}`);
}

/** The stored-JSON path, step by step, as a host runs it; returns the stored text of each ticket. */
function runStored(program: Program, list: readonly History[]): string[] {
  const out: string[] = [];
  for (const h of list) {
    let stored = JSON.stringify(openTicket(program, h.open).ticket);
    for (const step of h.steps) {
      const ticket = JSON.parse(stored);
      const result: TicketResult =
        "event" in step ? applyEvent(program, ticket, step.event) : advance(program, ticket, step.advance);
      stored = JSON.stringify(result.ticket);
    }
    out.push(stored);
  }
  return out;
}

/** Every step of every history, in hourly batches (a host draining its queue once an hour), in time order. */
interface Hour {
  ids: string[];
  steps: BatchStep[];
}

function hourly(list: readonly History[]): Hour[] {
  const all: { t: number; n: number; step: BatchStep }[] = [];
  for (const h of list)
    for (const step of h.steps) {
      const t = "event" in step ? (step.event.at as number) : (step.advance as number);
      all.push({ t, n: all.length, step: { ticket: h.open.id, ...step } });
    }
  all.sort((a, b) => Math.floor(a.t / 3_600_000) - Math.floor(b.t / 3_600_000) || a.n - b.n);
  const hours: Hour[] = [];
  let current = -1;
  for (const { t, step } of all) {
    const hour = Math.floor(t / 3_600_000);
    if (hour !== current) {
      hours.push({ ids: [], steps: [] });
      current = hour;
    }
    const last = hours.at(-1)!;
    if (!last.ids.includes(step.ticket)) last.ids.push(step.ticket);
    last.steps.push(step);
  }
  return hours;
}

/** The stored-JSON path in hourly batches: per batch, parse each touched ticket, applyBatch, stringify each. */
function runBatched(program: Program, list: readonly History[], hours: readonly Hour[]): Map<string, string> {
  const stored = new Map<string, string>();
  for (const h of list) stored.set(h.open.id, JSON.stringify(openTicket(program, h.open).ticket));
  for (const hour of hours) {
    const states = hour.ids.map((id) => JSON.parse(stored.get(id)!));
    for (const r of applyBatch(program, states, hour.steps)) stored.set(r.id, JSON.stringify(r.ticket));
  }
  return stored;
}

/**
 * The stored-JSON run and the batch replay must agree before their speeds are compared; the
 * digest covers every step's state, effects and nextWakeAt.
 */
function checkAndDigest(program: Program, list: readonly History[]): string {
  const hash = createHash("sha256");
  const finals = runStored(program, list);
  const batched = runBatched(program, list, hourly(list));
  list.forEach((h, i) => {
    let result = openTicket(program, h.open);
    hash.update(JSON.stringify(result));
    const effects = [...result.effects];
    for (const step of h.steps) {
      result =
        "event" in step
          ? applyEvent(program, result.ticket, step.event)
          : advance(program, result.ticket, step.advance);
      hash.update(JSON.stringify(result));
      effects.push(...result.effects);
    }
    const replayed = replayTicket(program, { open: h.open, events: h.events, until: h.until });
    hash.update(JSON.stringify(replayed));
    if (JSON.stringify(replayed.ticket) !== finals[i])
      throw new Error(`${h.open.id}: replayTicket ends in another state than the stored-JSON run`);
    if (batched.get(h.open.id) !== finals[i])
      throw new Error(`${h.open.id}: applyBatch ends in another state than the stored-JSON run`);
    const keys = (list: { key: string }[]) => JSON.stringify(list.map((e) => e.key));
    if (keys(replayed.effects) !== keys(effects))
      throw new Error(`${h.open.id}: replayTicket's effects differ from the step-by-step run's`);
  });
  return hash.digest("hex").slice(0, 16);
}

function throughput(): void {
  const machine = ticketMachine(hv, "repair");
  const stored = time(() => runStored(hv, repairs).length);
  const hours = hourly(repairs);
  const batched = time(() => runBatched(hv, repairs, hours).size);
  const perTicket = stepCount / hours.reduce((n, h) => n + h.ids.length, 0);
  // The floor under the stored path: the same texts parsed and written back, with no engine call.
  const texts = repairs.flatMap((h) => storedStates(hv, h).map((s) => s.json));
  const json = time(() => {
    let n = 0;
    for (const text of texts) n += JSON.stringify(JSON.parse(text)).length;
    return n;
  });
  const replay = time(() => {
    let n = 0;
    for (const h of repairs) n += replayTicket(hv, { open: h.open, events: h.events, until: h.until }).effects.length;
    return n;
  });
  const reducer = time(() => runReducer(repairs));
  const actor = time(() => runActor(machine, repairs));
  const pure = time(() => runTransition(machine, repairs));
  const reducerRate = perSecond(eventCount, reducer);
  const vs = (rate: number) => (rate >= reducerRate / 10 ? times(rate / reducerRate) : `1/${fmt(reducerRate / rate)}`);
  const storedRate = perSecond(stepCount, stored);
  const replayRate = perSecond(eventCount, replay);
  // What a stored call costs beyond its JSON, and what it may cost for the target at this run's JSON.
  const jsonUs = (json * 1000) / texts.length;
  const engineUs = (stored * 1000) / stepCount - jsonUs;
  const allowedUs = 1e6 / STORED_TARGET - jsonUs;
  report.section(
    "Throughput (events per CPU second, best run)",
    [
      row(
        "stored JSON: parse → applyEvent/advance → stringify",
        fmt(storedRate),
        "reducer",
        vs(storedRate),
        `≥ ${fmt(STORED_TARGET)}`,
        status(storedRate >= STORED_TARGET),
      ),
      row(
        "stored JSON in hourly batches: parse → applyBatch → stringify",
        fmt(perSecond(stepCount, batched)),
        "reducer",
        vs(perSecond(stepCount, batched)),
        `≥ ${fmt(STORED_TARGET)}`,
        status(perSecond(stepCount, batched) >= STORED_TARGET),
      ),
      row(
        "  the JSON alone: parse → stringify of the same states",
        fmt(perSecond(texts.length, json)),
        "reducer",
        vs(perSecond(texts.length, json)),
      ),
      row(
        "  the engine's share of a stored call (stored − JSON alone)",
        `${engineUs.toFixed(2)} µs`,
        "JSON alone",
        `${jsonUs.toFixed(2)} µs`,
        `(${fmt(STORED_TARGET)}/s: ≤ ${allowedUs.toFixed(2)} µs)`,
      ),
      row(
        "batch replay: replayTicket over every history",
        fmt(replayRate),
        "reducer",
        vs(replayRate),
        `≥ ${fmt(REPLAY_TARGET)}`,
        status(replayRate >= REPLAY_TARGET),
      ),
      row(
        "XState actor: createActor + send (workflow only)",
        fmt(perSecond(eventCount, actor)),
        "reducer",
        vs(perSecond(eventCount, actor)),
      ),
      row(
        "XState transition() (workflow only)",
        fmt(perSecond(eventCount, pure)),
        "reducer",
        vs(perSecond(eventCount, pure)),
      ),
      row("hand-written immutable reducer (workflow + arrival clock)", fmt(reducerRate)),
    ],
    `Stored JSON counts every applyEvent and advance call (${fmt(stepCount)} per run; openTicket is timed but not counted);\n` +
      `the engine's share is the stored line's time per call less the JSON alone's per state, and its target what\n` +
      `${fmt(STORED_TARGET)} calls per second leave beside this run's JSON (the JSON alone is the ceiling: at or under\n` +
      `${fmt(STORED_TARGET)} per second, no engine meets the stored target);\n` +
      `the hourly batches are the same steps, an hour of them per applyBatch call (${fmt(hours.length)} calls, ${perTicket.toFixed(2)} steps\n` +
      `per ticket per call: one parse, decode, encode and stringify per ticket per call);\n` +
      `the others count events (${fmt(eventCount)} per run). The reducer knows only this kind and a 24x7 clock; the\n` +
      `engine runs every clock of the kind on its calendar, with effects, keys and nextWakeAt.`,
  );
}

function bytes(): void {
  const rows: Row[] = [];
  for (const kind of hv.tickets.keys()) {
    const list = kind === "repair" ? repairs.slice(0, 500) : histories(hv, kind, 500, 7 + kind.length);
    const sizes: number[] = [];
    for (const h of list)
      for (const { json, ticket } of storedStates(hv, h))
        if (!hv.tickets.get(kind)!.finals.has(ticket.state)) sizes.push(Buffer.byteLength(json));
    sizes.sort((a, b) => a - b);
    const typical = sizes[Math.floor(sizes.length / 2)]!;
    const p95 = sizes[Math.floor(sizes.length * 0.95)]!;
    const largest = sizes.at(-1)!;
    rows.push(
      row(`${kind}: typical (median)`, kb(typical), "", "", `≤ ${kb(BYTES_TARGET)}`, status(typical <= BYTES_TARGET)),
      row(`${kind}: 95th percentile`, kb(p95), "", "", `≤ ${kb(BYTES_TARGET)}`, status(p95 <= BYTES_TARGET)),
      row(`${kind}: largest seen`, kb(largest)),
    );
  }
  report.section(
    "Bytes per stored open ticket (UTF-8 JSON, every open state of 500 histories per kind)",
    rows,
    "Format 2: the state keeps its events (for late reports) and announced keys, so it grows with the history.",
  );
}

function compileTimes(): void {
  const rows: Row[] = [];
  for (const file of shippedFiles()) {
    const model = loadShipped(file);
    const load = time(() => (loadStandard(file.text, { file: file.file, resolve: resolveShipped }).standard ? 1 : 0));
    const compile = time(() => (compileStandard(model).program ? 1 : 0));
    const kinds = Object.keys(model.tickets).length;
    rows.push(
      row(`${model.id}: compileStandard (${kinds} kinds)`, ms(compile), `load ${ms(load)}`, times(compile / load)),
    );
  }
  report.section(
    "Compile time of the shipped standards (CPU time, best run)",
    rows,
    "baseline: loadStandard of the same file (parse, validate, resolve extends).",
  );
}
