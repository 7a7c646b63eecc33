import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { renderReport, type KpiResult } from "@yardstick/engine";
import { type Label, phraseOf, phrasesIn } from "@yardstick/dsl";
import { readRecords } from "../activity/read-records.js";
import { toJsonLines } from "../activity/records.js";
import { loadPrograms } from "../engine/load-programs.js";
import type { CliIo } from "../io.js";
import { breathe, progressBar } from "../progress.js";
import { auditReplay } from "../replay/audit-replay.js";
import { kpiRows } from "../replay/render-replay.js";
import { replayActivity } from "../replay/replay-activity.js";
import { textTable } from "../replay/table.js";
import { simulateMonth } from "../simulate/simulate-month.js";
import { usageError } from "../user-error.js";
import { chooseLang, langHelp, langOption } from "../lang.js";
import { tourWords } from "../words/tour-words.js";
import { handbookCommand } from "./handbook.js";
import { testCommand } from "./test.js";
import { validateCommand } from "./validate.js";

export const tourHelp = `Usage: yardstick tour [options]

The whole product in one run, what \`pnpm start\` does: validates every standard in the folder,
runs their scenario tests through the engine, simulates a month for the sample community,
replays it through the engine and prints the KPIs, and writes the monthly report, the staff
handbook (Chinese and English) and the simulated events to a folder, printing where to open them.

Options:
  --standards <dir>    the standards to validate and test (default standards)
  --sample <file>      the community to simulate (default standards/seed/harbour-view.yaml)
  --month <YYYY-MM>    the month to simulate (default 2026-11)
  --seed <n>           the simulation's seed (default 42)
  --out <dir>          where to write the files (default yardstick-out)
  --json               print the same figures as JSON (the steps, the KPIs, the files written)
${langHelp}
  -h, --help           show this help

Exit codes: 0 everything held, 1 a standard has errors or a scenario failed (its output is
printed), 2 a usage mistake.
`;

/** A command run in-process with its output kept: printed only when it fails (`data`: its standard output alone). */
async function quietly(command: (argv: string[], io: CliIo) => Promise<number>, argv: string[], io: CliIo) {
  let out = "";
  let data = "";
  const stdout = (t: string) => {
    out += t;
    data += t;
  };
  const code = await command(argv, { ...io, isTTY: false, stdout, stderr: (t) => (out += t) });
  return { code, out, data };
}

/** What `yardstick tour --json` prints: the figures the text prints, as data. */
export interface TourJson {
  standards: { folder: string; files: number; valid: number; errors: number; warnings: number };
  scenarios?: { passed: number; failed: number; notRun: number };
  simulated?: {
    standard: string;
    title: Label;
    month: string;
    seed: number;
    tickets: number;
    events: number;
    logs: number;
  };
  replayed?: {
    breaches: number;
    escalations: number;
    /** Every duty occurrence of the month, and how many ended in each status (done, late, missed…). */
    dutyOccurrences: number;
    duties: Record<string, number>;
  };
  /** The site's KPIs of the sample's audit for the month, and the zones ranked by score. */
  audit?:
    | { why: string }
    | {
        id: string;
        title: Label;
        period: string;
        kpis: {
          kpi: string;
          title: Label;
          value: number | null;
          unit: string;
          target: KpiResult["target"];
          met: boolean | null;
        }[];
        ranking: { zone: string; rank: number | undefined; score: number }[];
      };
  /** The files written, absolute paths, in the order the text lists them. */
  written?: { file: string; path: string; what: string }[];
  /** The first file to open, as a file: URL. */
  open?: string;
  /** The step that failed and what it printed; the steps after it did not run. */
  failed?: { step: "validate" | "scenarios" | "handbook"; output: string };
}

export async function tourCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      standards: { type: "string", default: "standards" },
      sample: { type: "string", default: "standards/seed/harbour-view.yaml" },
      month: { type: "string", default: "2026-11" },
      seed: { type: "string", default: "42" },
      out: { type: "string", default: "yardstick-out" },
      json: { type: "boolean", default: false },
      ...langOption,
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(tourHelp);
    return 0;
  }
  if (positionals.length > 0)
    throw usageError("unexpected-argument", "extra", { argument: positionals[0]!, command: "tour" });
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month))
    throw usageError("invalid-option-value", "month", { value: values.month });
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw usageError("invalid-option-value", "wholeNumber", { option: "--seed", value: values.seed, example: 42 });
  const lang = chooseLang(values.lang, io);
  const words = phrasesIn(tourWords, lang);
  const count = (n: number, one: "oneFile" | "oneError" | "oneWarning" | "oneTest") => {
    const many = { oneFile: "files", oneError: "errors", oneWarning: "warnings", oneTest: "tests" } as const;
    return words(n === 1 ? one : many[one], { count: n });
  };
  const json = values.json;
  // The text goes out as each step ends; with --json the same figures are printed once, at the end.
  const say = (text: string) => {
    if (!json) io.stdout(`${text}\n`);
  };
  const summary: TourJson = { standards: { folder: values.standards, files: 0, valid: 0, errors: 0, warnings: 0 } };
  const finish = (code: number) => {
    if (json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    return code;
  };
  const fail = (step: NonNullable<TourJson["failed"]>["step"], output: string) => {
    summary.failed = { step, output };
    if (!json) {
      io.stdout(output);
      say(words("failed", { step }));
    }
    return finish(1);
  };

  say(words("banner", {}));
  const validated = await quietly(validateCommand, [values.standards, "--json"], io);
  const v = JSON.parse(validated.data) as { files: { standard?: unknown }[]; errors: number; warnings: number };
  summary.standards = {
    folder: values.standards,
    files: v.files.length,
    valid: v.files.filter((f) => f.standard !== undefined).length,
    errors: v.errors,
    warnings: v.warnings,
  };
  if (validated.code !== 0)
    return fail("validate", (await quietly(validateCommand, [values.standards, "--lang", lang], io)).out);
  const s = summary.standards;
  say(
    words("validated", {
      files: count(s.files, "oneFile"),
      valid: s.valid,
      errors: count(s.errors, "oneError"),
      warnings: count(s.warnings, "oneWarning"),
      folder: values.standards,
    }),
  );
  await breathe();
  const tested = await quietly(testCommand, [values.standards, "--json"], io);
  const t = JSON.parse(tested.data) as { passed: number; failed: number; notRun: number };
  summary.scenarios = { passed: t.passed, failed: t.failed, notRun: t.notRun };
  if (tested.code !== 0)
    return fail("scenarios", (await quietly(testCommand, [values.standards, "--lang", lang], io)).out);
  say(
    words("scenarios", {
      tests: count(t.passed, "oneTest"),
      failed: t.failed,
      notRun: t.notRun,
      folder: values.standards,
    }),
  );

  await breathe();
  const loaded = loadPrograms([values.sample], io, false, lang).programs[0];
  if (loaded === undefined) return 1;
  const program = loaded.program;
  const outDir = resolve(io.cwd, values.out);
  mkdirSync(outDir, { recursive: true });
  const simulating = progressBar(io, words("simulateBar", { month: values.month }));
  const simulation = simulateMonth(program, { month: values.month, seed, onProgress: simulating.update });
  simulating.finish();
  const text = toJsonLines(simulation.records);
  writeFileSync(join(outDir, "activity.jsonl"), text);
  const c = simulation.counts;
  summary.simulated = {
    standard: program.model.id,
    title: program.model.title,
    month: values.month,
    seed,
    tickets: c.tickets,
    events: c.events,
    logs: c.logs,
  };
  const t2 = program.model.title;
  const title = (lang === "zh" ? (t2.zh ?? t2.en) : (t2.en ?? t2.zh)) ?? program.model.id;
  say(words("simulated", { title, month: values.month, seed, ...c }));

  await breathe();
  const replaying = progressBar(io, words("replayBar", {}));
  const replay = replayActivity(program, readRecords(text).records, { onProgress: replaying.update });
  replaying.finish();
  const sum = (key: "breaches" | "escalations") => replay.clocks.reduce((n, k) => n + k[key], 0);
  const duties = Object.values(replay.duties).reduce((a, b) => a + b, 0);
  summary.replayed = {
    breaches: sum("breaches"),
    escalations: sum("escalations"),
    dutyOccurrences: duties,
    duties: replay.duties,
  };
  say(
    words("replayed", {
      breaches: sum("breaches"),
      escalations: sum("escalations"),
      duties,
      missed: replay.duties.missed ?? 0,
    }),
  );

  await breathe();
  const audit = await auditReplay(program, replay);
  const written: [string, "reportZh" | "reportEn" | "handbookZh" | "handbookEn" | "activity"][] = [];
  if (audit.report === undefined) summary.audit = { why: audit.why };
  else {
    const r = audit.report;
    summary.audit = {
      id: r.result.audit,
      title: r.auditTitle,
      period: r.result.period.label,
      kpis: r.result.kpis
        .filter((k) => k.subject.kind === "site")
        .map((k) => ({
          kpi: k.kpi,
          title: r.kpiTitles[k.kpi] ?? {},
          value: k.value,
          unit: k.unit,
          target: k.target,
          met: k.met,
        })),
      ranking: r.result.ranking.map((z) => ({ zone: z.subject.id, rank: z.rank, score: z.score })),
    };
    // In English the audit is named in both languages (the sample's names are Chinese); in Chinese, in Chinese.
    const auditName =
      lang === "zh"
        ? (r.auditTitle.zh ?? r.auditTitle.en ?? r.result.audit)
        : `${r.auditTitle.zh ?? ""} · ${r.auditTitle.en ?? r.result.audit}`;
    say(words("kpis", { audit: auditName, period: r.result.period.label }));
    say(textTable(kpiRows(audit, lang)).replace(/^/gm, "  "));
    if (r.result.ranking.length > 0)
      say(
        words("zones", {
          ranking: r.result.ranking.map((z) => `${z.rank}. ${z.subject.id} ${z.score}`).join(" · "),
        }),
      );
    for (const side of ["zh", "en"] as const) {
      writeFileSync(join(outDir, `report.${side}.html`), renderReport(r, { format: "html", lang: side }));
      written.push([`report.${side}.html`, side === "zh" ? "reportZh" : "reportEn"]);
    }
  }
  for (const side of ["zh", "en"] as const) {
    const file = join(outDir, `handbook.${side}.html`);
    await breathe();
    const made = await quietly(handbookCommand, [values.sample, "--lang", side, "--out", file], io);
    if (made.code !== 0) return fail("handbook", made.out);
    written.push([`handbook.${side}.html`, side === "zh" ? "handbookZh" : "handbookEn"]);
  }
  written.push(["activity.jsonl", "activity"]);
  // The JSON describes the files in English whatever the language: scripts see the same data.
  summary.written = written.map(([file, what]) => ({
    file,
    path: join(outDir, file),
    what: phraseOf(tourWords, what, {}, "en"),
  }));
  summary.open = pathToFileURL(join(outDir, written[0]![0])).href;

  const shown = relative(io.cwd, outDir) || ".";
  say(words("writtenTo", { folder: shown }));
  for (const [file, what] of written) say(`  ${file.padEnd(18)} ${words(what, {})}`);
  say(words("open", { url: summary.open }));
  return finish(0);
}
