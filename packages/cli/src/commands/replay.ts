import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { readRecords } from "../activity/read-records.js";
import { loadPrograms } from "../engine/load-programs.js";
import type { CliIo } from "../io.js";
import { progressBar } from "../progress.js";
import { auditReplay } from "../replay/audit-replay.js";
import { problemLines, renderReplayText, replayJson } from "../replay/render-replay.js";
import { replayActivity } from "../replay/replay-activity.js";
import { UserError } from "../user-error.js";

export const replayHelp = `Usage: yardstick replay <standard> --events <events.jsonl> [options]

Replays a host's recorded events (JSON Lines, docs/reference/events-jsonl.md) under the standard
through the engine: every ticket's clocks, warnings, breaches and escalations, the duties planned
and reconciled against the logs, and the audit's KPIs, findings and scores, computed as
\`yardstick report\` computes them. A line the engine refuses is reported with its line number, a
code and a hint, and left out; the rest is replayed.

Options:
  --events <file>      the recorded events (required); \`yardstick simulate\` writes one
  --period <label>     the period to audit and plan duties in (default: the file's header)
  --audit <id>         the audit (default: the only one whose period fits)
  --json               print the results as JSON (every subject's KPIs, every problem)
  -h, --help           show this help

Exit codes: 0 replayed, 1 the standard has errors or a line was refused (the rest is still
replayed and printed), 2 a usage mistake (no such file, no period).

Examples:
  yardstick replay standards/seed/harbour-view.yaml --events activity.jsonl
  yardstick replay standards/seed/harbour-view.yaml --events activity.jsonl --json
`;

export async function replayCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      events: { type: "string" },
      period: { type: "string" },
      audit: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(replayHelp);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UserError(
      "name one standard file",
      "e.g. `yardstick replay standards/seed/harbour-view.yaml --events activity.jsonl`",
    );
  if (values.events === undefined)
    throw new UserError(
      "--events is required",
      "a JSON Lines file of recorded events; `yardstick simulate` writes one",
    );
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, values.events), "utf8");
  } catch (error) {
    throw new UserError(
      `cannot read ${values.events}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      "pass the path of a .jsonl file",
    );
  }
  const { programs } = loadPrograms(positionals, io, false);
  const loaded = programs[0];
  if (loaded === undefined) return 1;
  const standard = `${loaded.program.model.id}@${loaded.program.model.version}`;
  const read = readRecords(text);
  const progress = progressBar(io, "replay");
  const replay = replayActivity(loaded.program, read.records, {
    ...(values.period !== undefined ? { period: values.period } : {}),
    onProgress: progress.update,
  });
  progress.finish();
  replay.problems = [...read.problems, ...replay.problems].sort((a, b) => a.line - b.line);
  const audit = await auditReplay(loaded.program, replay, values.audit);
  const refused = replay.problems.some((p) => p.severity === "error");
  if (values.json) io.stdout(`${JSON.stringify(replayJson(standard, replay, audit), null, 2)}\n`);
  else {
    io.stderr(
      problemLines(
        values.events,
        replay.problems.filter((p) => p.severity === "error"),
      ),
    );
    io.stdout(renderReplayText(standard, values.events, replay, audit));
  }
  return refused ? 1 : 0;
}
