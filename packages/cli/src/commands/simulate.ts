import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { toJsonLines } from "../activity/records.js";
import { loadPrograms } from "../engine/load-programs.js";
import type { CliIo } from "../io.js";
import { breathe, progressBar } from "../progress.js";
import { simulateMonth } from "../simulate/simulate-month.js";
import { phrasesIn } from "@yardstick/dsl";
import { chooseLang, langHelp, langOption } from "../lang.js";
import { usageError } from "../user-error.js";
import { simulateWords } from "../words/simulate-words.js";

export const simulateHelp = `Usage: yardstick simulate <standard> --month <YYYY-MM> [options]

Makes a synthetic month of activity for a community under the standard: tickets of every kind it
defines, arriving with a daily and weekly rhythm, with its categories and priorities, walked
through the workflow by the engine (most on time, some paused, some late, a few breaching and
escalating), the logs staff would send for the duties the planner lists (some late, partial
or missed), and the facts the audits read (inspection findings, a survey's rate, hours of
service), for each zone and period, most kept and a few not. Writes the activity file (JSON
Lines, docs/reference/events-jsonl.md) that \`yardstick replay\` and \`yardstick report --events\`
read. The same seed gives the same bytes.

Options:
  --month <YYYY-MM>    the month to simulate (required)
  --seed <n>           the generator's seed, a whole number (default 1)
  --scale <x>          multiply every ticket kind's volume (default 1; e.g. 20 for a load test)
  --out <file>         write the file there instead of standard output
  --json               print the counts as JSON (with --out) instead of a sentence on stderr
${langHelp}
  -h, --help           show this help

Exit codes: 0 written, 1 the standard has errors, 2 a usage mistake.

Examples:
  yardstick simulate standards/seed/harbour-view.yaml --month 2026-11 --seed 42 --out activity.jsonl
  yardstick simulate standards/seed/harbour-view.yaml --month 2026-11 --seed 7 | wc -l
`;

export async function simulateCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      month: { type: "string" },
      seed: { type: "string", default: "1" },
      scale: { type: "string", default: "1" },
      out: { type: "string" },
      json: { type: "boolean", default: false },
      ...langOption,
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(simulateHelp);
    return 0;
  }
  const lang = chooseLang(values.lang, io);
  const words = phrasesIn(simulateWords, lang);
  if (positionals.length !== 1)
    throw usageError("missing-argument", "oneStandard", {
      example: "yardstick simulate standards/seed/harbour-view.yaml --month 2026-11",
    });
  if (values.month === undefined || !/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month))
    throw values.month === undefined
      ? usageError("missing-option", "month", {})
      : usageError("invalid-option-value", "month", { value: values.month });
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw usageError("invalid-option-value", "wholeNumber", {
      option: "--seed",
      value: values.seed ?? "",
      example: 42,
    });
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1000)
    throw usageError("invalid-option-value", "scale", { value: values.scale ?? "" });
  const { programs } = loadPrograms(positionals, io, false, lang);
  const loaded = programs[0];
  if (loaded === undefined) return 1;
  await breathe();
  const progress = progressBar(io, words("progress", { month: values.month }));
  const simulation = simulateMonth(loaded.program, { month: values.month, seed, scale, onProgress: progress.update });
  progress.finish();
  const text = toJsonLines(simulation.records);
  const c = simulation.counts;
  if (values.out === undefined) io.stdout(text);
  else writeFileSync(resolve(io.cwd, values.out), text);
  if (values.json && values.out !== undefined)
    io.stdout(
      `${JSON.stringify({ file: values.out, month: values.month, seed, lines: simulation.records.length, ...c })}\n`,
    );
  else
    io.stderr(
      words("counts", {
        done: values.out === undefined ? words("simulated", {}) : words("wrote", { file: values.out }),
        month: values.month,
        ...c,
        seed,
      }),
    );
  return 0;
}
