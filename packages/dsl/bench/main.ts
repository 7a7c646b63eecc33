/**
 * The DSL benchmark: load + validate + resolve of a generated 2,000-line standard against the
 * `yaml` library's own `parseDocument` of the same text (warm, in this process; cold, in fresh
 * processes; the whole `yardstick validate` process against `node` + `yaml`), hostile inputs (each in a fresh process, with a timeout), and memory over repeated
 * loads. Prints a table per section with PASS/FAIL against the targets, then a summary line.
 * Benchmarks report, they do not gate: the exit code is 0 even when a target is missed.
 *
 *   pnpm tsx --conditions=@yardstick/source packages/dsl/bench/main.ts [--quick] [--only=warm,cold,process,hostile,memory]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { loadStandard } from "@yardstick/dsl";
import { Bench } from "tinybench";
import { LineCounter, parseDocument } from "yaml";
import { COLD_PROCESS_TARGET, coldProcessRows } from "./cold-process.js";
import { generateStandard } from "./generate-standard.js";
import { HOSTILE_CASES } from "./hostile-inputs.js";
import { BenchReport, mb, ms, type Row, status, times } from "./report-table.js";

const WARM_TARGET = 1.5;
const HOSTILE_LIMIT_MS = 1_000;
const HOSTILE_TIMEOUT_MS = 60_000;
/** Heap growth from 20 to 200 loads still called flat (GC noise is well under this). */
const FLAT_HEAP_BYTES = 2 * 1024 * 1024;

const quick = process.argv.includes("--quick");
const only = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const runs = (section: string) => only === undefined || only.includes(section);
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, "../../..");
const nodeArgs = ["--conditions=@yardstick/source", "--import", "tsx"];

const report = new BenchReport();
const text = generateStandard({ lines: 2_000 });
const lineCount = text.split("\n").length - 1;
const file = "bench/harbour-view.yaml";

console.log(
  `# @yardstick/dsl benchmark — node ${process.version}, ${lineCount.toLocaleString("en")} lines, ${(text.length / 1024).toFixed(0)} KB${quick ? " (quick)" : ""}`,
);
checkTheStandardLoads();
if (runs("warm")) warm();
if (runs("cold")) cold();
if (runs("process")) coldProcess();
if (runs("hostile")) hostile();
if (runs("memory")) memory();

const failed = report.failed;
console.log(
  `\nSummary: ${report.passed} PASS, ${failed.length} FAIL${failed.length ? ` — ${failed.map((r) => r.measure).join("; ")}` : ""}`,
);

/** The benchmark measures a valid standard: a load that reports errors would time the wrong path. */
function checkTheStandardLoads(): void {
  const { standard, diagnostics } = loadStandard(text, { file });
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (!standard || errors.length > 0) {
    for (const d of errors.slice(0, 10)) console.error(`${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
    throw new Error(`the generated standard does not load (${errors.length} errors)`);
  }
  const count = (o: object) => Object.keys(o).length;
  console.log(
    `standard: ${count(standard.tickets)} ticket kinds, ${Object.values(standard.tickets).reduce((n, k) => n + count(k.clocks), 0)} clocks, ` +
      `${count(standard.duties)} duties, ${count(standard.audits)} audits, ${count(standard.tests)} tests, ${count(standard.origins)} origins; ` +
      `${diagnostics.length} diagnostics`,
  );
}

/**
 * Warm, in two ways. The ratio (the target) comes from interleaved runs — parse, load, load,
 * parse, … — so a burst of load on the machine hits both sides alike: median load time over
 * median parse time. tinybench then gives each side's latency and throughput on its own.
 */
function warm(): void {
  const parse = () => parseDocument(text, { lineCounter: new LineCounter() });
  const load = () => loadStandard(text, { file });
  for (let i = 0; i < 10; i++) {
    parse();
    load();
  }
  const pairs = quick ? 30 : 80;
  const samples = { parse: [] as number[], load: [] as number[] };
  const time = (fn: () => unknown) => {
    const start = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (let i = 0; i < pairs; i++) {
    if (i % 2) {
      samples.load.push(time(load));
      samples.parse.push(time(parse));
    } else {
      samples.parse.push(time(parse));
      samples.load.push(time(load));
    }
  }
  const parseMs = median(samples.parse);
  const loadMs = median(samples.load);
  const ratio = loadMs / parseMs;

  const bench = new Bench({ time: quick ? 500 : 2_000, warmupTime: 200, iterations: 10, retainSamples: false });
  bench.add("parse", parse);
  bench.add("load", load);
  const stats = Object.fromEntries(
    bench.runSync().map((task) => {
      const result = task.result;
      if (!("latency" in result)) throw new Error(`tinybench task ${task.name} did not complete (${result.state})`);
      return [task.name, { p50: result.latency.p50, rme: result.latency.rme, hz: result.throughput.mean }];
    }),
  );
  const tiny = (name: string) =>
    `${ms(stats[name]!.p50)} ±${stats[name]!.rme.toFixed(1)}% · ${stats[name]!.hz.toFixed(1)} ops/s`;
  const rows: Row[] = [
    {
      measure: "yaml parseDocument (baseline)",
      figure: `${ms(parseMs)} · ${ops(parseMs)}`,
      baseline: "",
      ratio: "",
      target: "",
      status: "info",
    },
    {
      measure: "loadStandard (load+validate+resolve)",
      figure: `${ms(loadMs)} · ${ops(loadMs)}`,
      baseline: ms(parseMs),
      ratio: times(ratio),
      target: `≤ ${times(WARM_TARGET)}`,
      status: status(ratio <= WARM_TARGET),
    },
    {
      measure: "tinybench: yaml parseDocument",
      figure: tiny("parse"),
      baseline: "",
      ratio: "",
      target: "",
      status: "info",
    },
    {
      measure: "tinybench: loadStandard",
      figure: tiny("load"),
      baseline: ms(stats.parse!.p50),
      ratio: times(stats.load!.p50 / stats.parse!.p50),
      target: "",
      status: "info",
    },
  ];
  report.section(
    `Warm: ${lineCount.toLocaleString("en")}-line standard — medians of ${pairs} interleaved runs each, then tinybench (p50, ±rme)`,
    rows,
  );
}

/** Cold: the first call in a fresh process (the import is timed apart), median of a few processes. */
function cold(): void {
  const runs = quick ? 3 : 5;
  const dir = mkdtempSync(join(tmpdir(), "yardstick-bench-"));
  try {
    const path = join(dir, "standard.yaml");
    writeFileSync(path, text);
    const samples = { dsl: [] as ColdSample[], yaml: [] as ColdSample[] };
    for (let i = 0; i < runs; i++) {
      for (const mode of i % 2 ? (["yaml", "dsl"] as const) : (["dsl", "yaml"] as const))
        samples[mode].push(coldRun(mode, path));
    }
    const m = (mode: "dsl" | "yaml", key: keyof ColdSample) => median(samples[mode].map((s) => s[key]));
    const firstRatio = m("dsl", "firstMs") / m("yaml", "firstMs");
    const rows: Row[] = [
      {
        measure: "first parseDocument (baseline)",
        figure: ms(m("yaml", "firstMs")),
        baseline: "",
        ratio: "",
        target: "",
        status: "info",
      },
      {
        measure: "first loadStandard",
        figure: ms(m("dsl", "firstMs")),
        baseline: ms(m("yaml", "firstMs")),
        ratio: times(firstRatio),
        target: "measured",
        status: "info",
      },
      {
        measure: "second loadStandard",
        figure: ms(m("dsl", "secondMs")),
        baseline: ms(m("yaml", "secondMs")),
        ratio: times(m("dsl", "secondMs") / m("yaml", "secondMs")),
        target: "measured",
        status: "info",
      },
      {
        measure: "import @yardstick/dsl (source, via tsx)",
        figure: ms(m("dsl", "importMs")),
        baseline: ms(m("yaml", "importMs")),
        ratio: times(m("dsl", "importMs") / m("yaml", "importMs")),
        target: "measured",
        status: "info",
      },
      {
        measure: "import + first load",
        figure: ms(m("dsl", "importMs") + m("dsl", "firstMs")),
        baseline: ms(m("yaml", "importMs") + m("yaml", "firstMs")),
        ratio: times((m("dsl", "importMs") + m("dsl", "firstMs")) / (m("yaml", "importMs") + m("yaml", "firstMs"))),
        target: "measured",
        status: "info",
      },
    ];
    report.section(
      `Cold: fresh node process per run, median of ${runs} (baseline: yaml in its own fresh process)`,
      rows,
      "The first load runs unoptimised code (the schema's validator is precompiled); expect several times the warm figure.",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The whole `yardstick validate <file>` process against `node` parsing the file with `yaml`. */
function coldProcess(): void {
  const runs = quick ? 5 : 11;
  const rows = coldProcessRows({ repoRoot, generated: { name: `${lineCount}-line standard`, text }, runs });
  report.section(
    `Cold process: \`yardstick validate <file>\` (built dist) vs \`node\` + yaml on the same file — median of ${runs} alternating pairs`,
    rows,
    `Target ≤ ${times(COLD_PROCESS_TARGET)}: the schema's validator is precompiled (ajv standalone code, \`pnpm schema\`).`,
  );
}

interface ColdSample {
  importMs: number;
  firstMs: number;
  secondMs: number;
}

function coldRun(mode: "dsl" | "yaml", path: string): ColdSample {
  const child = spawnSync(process.execPath, [...nodeArgs, join(here, "cold-start.ts"), mode, path], {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 120_000,
  });
  if (child.status !== 0) throw new Error(`cold run (${mode}) failed: ${child.stderr || child.error?.message}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as ColdSample;
}

/** Hostile inputs, each in a fresh (warmed-up) process, so a hang shows as a timeout. */
function hostile(): void {
  const rows: Row[] = HOSTILE_CASES.map((hostileCase, index) => {
    const child = spawnSync(process.execPath, [...nodeArgs, join(here, "hostile-case.ts"), String(index)], {
      cwd: repoRoot,
      encoding: "utf8",
      timeout: HOSTILE_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    });
    const row = { measure: hostileCase.name, baseline: "", ratio: "", target: `< ${HOSTILE_LIMIT_MS / 1000} s` };
    if (child.error || child.status !== 0) {
      const why =
        child.error && "code" in child.error && child.error.code === "ETIMEDOUT"
          ? `timed out > ${HOSTILE_TIMEOUT_MS / 1000} s`
          : `crashed (${firstLine(child.stderr) || child.signal})`;
      return { ...row, figure: why, status: "FAIL" as const };
    }
    const outcome = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as HostileOutcome;
    const asExpected = outcome.thrown === undefined && outcome.prototypeClean && outcome.refused === hostileCase.refuse;
    const what = outcome.thrown ? `threw ${outcome.thrown}` : outcome.refused ? outcome.codes.join(", ") : "loaded";
    return {
      ...row,
      figure: `${ms(outcome.ms)} · ${what}`,
      status: status(asExpected && outcome.ms < HOSTILE_LIMIT_MS),
    };
  });
  report.section(
    "Hostile inputs: each refused (or, at the limits, loaded) in under 1 s, warm, in a fresh process",
    rows,
    "A row fails when it is slow, throws, pollutes Object.prototype, or is loaded when it should be refused (or the reverse).",
  );
}

interface HostileOutcome {
  ms: number;
  refused: boolean;
  codes: string[];
  thrown?: string;
  prototypeClean: boolean;
}

/**
 * Heap after 20 loads and after 200: a leak shows as growth. Right after a full GC the heap still
 * varies by a few MB from one load to the next (caches and optimised code come and go), so each
 * reading is the least of five, each taken after one more load and two full GCs.
 */
function memory(): void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  let loads = 0;
  const heapAfter = (total: number) => {
    const readings: number[] = [];
    while (loads < total - 5) {
      loadStandard(text, { file });
      loads++;
    }
    for (let i = 0; i < 5; i++) {
      loadStandard(text, { file });
      loads++;
      gc();
      gc();
      readings.push(process.memoryUsage().heapUsed);
    }
    return Math.min(...readings);
  };
  const after20 = heapAfter(20);
  const after200 = heapAfter(200);
  const growth = after200 - after20;
  const rows: Row[] = [
    { measure: "heap used after 20 loads", figure: mb(after20), baseline: "", ratio: "", target: "", status: "info" },
    {
      measure: "heap used after 200 loads",
      figure: mb(after200),
      baseline: mb(after20),
      ratio: times(after200 / after20),
      target: `growth < ${mb(FLAT_HEAP_BYTES)}`,
      status: status(growth < FLAT_HEAP_BYTES),
    },
  ];
  report.section(
    "Memory: heap after repeated loads of the standard (least of five readings, each after a full GC)",
    rows,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function ops(msPerOp: number): string {
  return `${(1000 / msPerOp).toFixed(1)} ops/s`;
}

function firstLine(text: string): string {
  return (
    text
      .split("\n")
      .find((l) => /Error|error/.test(l))
      ?.trim()
      .slice(0, 120) ??
    text.trim().split("\n")[0]?.slice(0, 120) ??
    ""
  );
}
