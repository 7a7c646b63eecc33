import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { renderReport } from "@yardstick/engine";
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
import { UserError } from "../user-error.js";
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
  -h, --help           show this help

Exit codes: 0 everything held, 1 a standard has errors or a scenario failed (its output is
printed), 2 a usage mistake.
`;

/** A command run in-process with its output kept: printed only when it fails. */
async function quietly(command: (argv: string[], io: CliIo) => Promise<number>, argv: string[], io: CliIo) {
  let out = "";
  const code = await command(argv, { ...io, isTTY: false, stdout: (t) => (out += t), stderr: (t) => (out += t) });
  return { code, out };
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
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(tourHelp);
    return 0;
  }
  if (positionals.length > 0) throw new UserError(`unexpected \`${positionals[0]}\``, "see `yardstick tour --help`");
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month))
    throw new UserError(`--month must be a month like 2026-11, got \`${values.month}\``);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new UserError(`--seed must be a whole number, got \`${values.seed}\``);
  const say = (text: string) => io.stdout(`${text}\n`);
  const fail = (what: string, out: string) => {
    io.stdout(out);
    say(`\n✗ ${what}: see above`);
    return 1;
  };

  say("Yardstick — service standards as code\n");
  const validated = await quietly(validateCommand, [values.standards], io);
  if (validated.code !== 0) return fail("validate", validated.out);
  say(`✓ validated   ${/\d+ files? checked: .*/.exec(validated.out)?.[0] ?? "every standard"} (${values.standards}/)`);
  await breathe();
  const tested = await quietly(testCommand, [values.standards], io);
  if (tested.code !== 0) return fail("scenarios", tested.out);
  say(`✓ scenarios   ${/\d+ tests? passed.*/.exec(tested.out)?.[0] ?? "passed"} (yardstick test ${values.standards})`);

  await breathe();
  const loaded = loadPrograms([values.sample], io, false).programs[0];
  if (loaded === undefined) return 1;
  const program = loaded.program;
  const outDir = resolve(io.cwd, values.out);
  mkdirSync(outDir, { recursive: true });
  const simulating = progressBar(io, `simulate ${values.month}`);
  const simulation = simulateMonth(program, { month: values.month, seed, onProgress: simulating.update });
  simulating.finish();
  const text = toJsonLines(simulation.records);
  writeFileSync(join(outDir, "activity.jsonl"), text);
  const c = simulation.counts;
  const title = program.model.title.en ?? program.model.title.zh ?? program.model.id;
  say(
    `✓ simulated   ${title}, ${values.month} (seed ${seed}): ${c.tickets} tickets, ${c.events} events, ${c.logs} duty logs`,
  );

  await breathe();
  const replaying = progressBar(io, "replay");
  const replay = replayActivity(program, readRecords(text).records, { onProgress: replaying.update });
  replaying.finish();
  const sum = (key: "breaches" | "escalations") => replay.clocks.reduce((n, k) => n + k[key], 0);
  const duties = Object.values(replay.duties).reduce((a, b) => a + b, 0);
  say(
    `✓ replayed    through the engine: ${sum("breaches")} breaches, ${sum("escalations")} escalations; ${duties} duty occurrences, ${replay.duties.missed ?? 0} missed`,
  );

  await breathe();
  const audit = await auditReplay(program, replay);
  const written: [string, string][] = [];
  if (audit.report !== undefined) {
    const r = audit.report;
    say(`\nKPIs · ${r.auditTitle.zh ?? ""} · ${r.auditTitle.en ?? r.result.audit} · ${r.result.period.label} (site)\n`);
    say(textTable(kpiRows(audit)).replace(/^/gm, "  "));
    if (r.result.ranking.length > 0)
      say(`\n  zones by score: ${r.result.ranking.map((s) => `${s.rank}. ${s.subject.id} ${s.score}`).join(" · ")}`);
    for (const lang of ["zh", "en"] as const) {
      writeFileSync(join(outDir, `report.${lang}.html`), renderReport(r, { format: "html", lang }));
      written.push([
        `report.${lang}.html`,
        lang === "zh" ? "the monthly quality report (prints on A4)" : "the same in English",
      ]);
    }
  }
  for (const lang of ["zh", "en"] as const) {
    const file = join(outDir, `handbook.${lang}.html`);
    await breathe();
    const made = await quietly(handbookCommand, [values.sample, "--lang", lang, "--out", file], io);
    if (made.code !== 0) return fail("handbook", made.out);
    written.push([
      `handbook.${lang}.html`,
      lang === "zh" ? "the staff handbook, from what the engine enforces" : "the same in English",
    ]);
  }
  written.push(["activity.jsonl", "the simulated month: yardstick replay … --events it"]);

  const shown = relative(io.cwd, outDir) || ".";
  say(`\nWritten to ${shown}/:`);
  for (const [file, what] of written) say(`  ${file.padEnd(18)} ${what}`);
  say(`\nOpen ${pathToFileURL(join(outDir, written[0]![0])).href}`);
  return 0;
}
