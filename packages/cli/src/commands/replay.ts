import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { readRecords } from "../activity/read-records.js";
import { loadPrograms } from "../engine/load-programs.js";
import type { CliIo } from "../io.js";
import { breathe, progressBar } from "../progress.js";
import { auditReplay } from "../replay/audit-replay.js";
import { compareReplays, type Side } from "../replay/compare.js";
import { renderCompareHtml, renderCompareText } from "../replay/render-compare.js";
import { problemLines, renderReplayText, replayJson } from "../replay/render-replay.js";
import { replayActivity } from "../replay/replay-activity.js";
import { usageError } from "../user-error.js";
import { chooseLang, langHelp, langOption } from "../lang.js";
import { phrasesIn } from "@yardstick/dsl";
import { replayWords } from "../words/replay-words.js";

export const replayHelp = `Usage: yardstick replay <standard> --events <events.jsonl> [--compare <draft.yaml>] [options]

Replays a host's recorded events (JSON Lines, docs/reference/events-jsonl.md) under the standard
through the engine: every ticket's clocks, warnings, breaches and escalations, the duties planned
and reconciled against the logs, and the audit's KPIs, findings and scores, computed as
\`yardstick report\` computes them. With --compare, the same events under a draft too, side by
side: how each KPI, the breaches, the escalations, the duties and the scores would change. A line
the engine refuses is reported with its line number, a code and a hint, and left out.

Options:
  --events <file>      the recorded events (required); \`yardstick simulate\` writes one
  --compare <file>     a draft standard to replay the same events under
  --period <label>     the period to audit and plan duties in (default: the file's header)
  --audit <id>         the audit (default: the only one whose period fits, else the only one);
                       of a year or a quarter: the one the file's month is in, as of its end
  --json               print the results (or the comparison) as JSON
  --html <file>        with --compare: write the comparison as one HTML page
${langHelp}
  -h, --help           show this help

Exit codes: 0 replayed, 1 a standard has errors or a line was refused (the rest is still
replayed and printed), 2 a usage mistake (no such file, no period).

Examples:
  yardstick replay standards/seed/harbour-view.yaml --events activity.jsonl
  yardstick replay standards/seed/harbour-view.yaml --events activity.jsonl --compare draft.yaml
  yardstick replay standards/seed/harbour-view.yaml --events activity.jsonl --compare draft.yaml --html diff.html
`;

export async function replayCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      events: { type: "string" },
      period: { type: "string" },
      audit: { type: "string" },
      compare: { type: "string" },
      html: { type: "string" },
      json: { type: "boolean", default: false },
      ...langOption,
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(replayHelp);
    return 0;
  }
  const lang = chooseLang(values.lang, io);
  const words = phrasesIn(replayWords, lang);
  if (positionals.length !== 1)
    throw usageError("missing-argument", "oneStandard", {
      example: "yardstick replay standards/seed/harbour-view.yaml --events activity.jsonl",
    });
  if (values.events === undefined) throw usageError("missing-option", "events", {});
  if (values.html !== undefined && values.compare === undefined)
    throw usageError("conflicting-options", "htmlNeedsCompare", {});
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, values.events), "utf8");
  } catch (error) {
    throw usageError("cannot-read", "events", {
      file: values.events,
      reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
    });
  }
  const base = loadPrograms(positionals, io, false, lang).programs[0];
  if (base === undefined) return 1;
  const draft = values.compare === undefined ? undefined : loadPrograms([values.compare], io, false, lang).programs[0];
  if (values.compare !== undefined && draft === undefined) return 1;
  const read = readRecords(text);
  const sides: Side[] = [];
  for (const loaded of draft === undefined ? [base] : [base, draft]) {
    await breathe();
    const progress = progressBar(io, `${words("replayBar", {})} ${loaded.file}`);
    const replay = replayActivity(loaded.program, read.records, {
      ...(values.period !== undefined ? { period: values.period } : {}),
      onProgress: progress.update,
    });
    progress.finish();
    replay.problems = [...read.problems, ...replay.problems].sort((a, b) => a.line - b.line);
    const standard = `${loaded.program.model.id}@${loaded.program.model.version}`;
    sides.push({ standard, file: loaded.file, replay, audit: await auditReplay(loaded.program, replay, values.audit) });
  }
  const refused = sides.some((s) => s.replay.problems.some((p) => p.severity === "error"));
  // Problems once per side, under the standard that refused them (both refuse a line that is not a record).
  for (const side of sides) {
    const errors = side.replay.problems.filter((p) => p.severity === "error");
    if (values.json || errors.length === 0) continue;
    if (sides.length > 1) io.stderr(words("underFile", { file: side.file }));
    io.stderr(problemLines(values.events, errors));
  }
  const [now, next] = sides as [Side, Side | undefined];
  if (next === undefined) {
    if (values.json) io.stdout(`${JSON.stringify(replayJson(now.standard, now.replay, now.audit), null, 2)}\n`);
    else io.stdout(renderReplayText(now.standard, values.events, now.replay, now.audit, lang));
    return refused ? 1 : 0;
  }
  const comparison = compareReplays(now, next);
  if (values.json)
    io.stdout(
      `${JSON.stringify({ ...comparison, problems: { base: now.replay.problems, draft: next.replay.problems } }, null, 2)}\n`,
    );
  else io.stdout(renderCompareText(comparison, lang));
  if (values.html !== undefined) {
    writeFileSync(resolve(io.cwd, values.html), renderCompareHtml(comparison, lang));
    io.stderr(`wrote ${values.html}\n`);
  }
  return refused ? 1 : 0;
}
