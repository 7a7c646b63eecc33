import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildReport, isEngineError, renderReport, type AuditActivity, type ReportFormat } from "@yardstick/engine";
import { readRecords } from "../activity/read-records.js";
import { loadPrograms } from "../engine/load-programs.js";
import type { CliIo } from "../io.js";
import { breathe, progressBar } from "../progress.js";
import { problemLines } from "../replay/render-replay.js";
import { replayActivity } from "../replay/replay-activity.js";
import { chooseLang, langOption } from "../lang.js";
import { notOneOf, usageError, UserError } from "../user-error.js";

export const reportHelp = `Usage: yardstick report <standard> --period <period> --data <activity.json> | --events <events.jsonl> [options]

Audits a period of activity against the standard's audits: every KPI against its target for the
site, each zone and each staff member, the rules' findings, scores and the zone ranking, with a
trend over the periods before. Writes one self-contained HTML page (printable on A4), JSON or CSV.

Options:
  --period <label>     2026-11 (month), 2026-Q4, 2026-W45, 2026-11-05 or 2026
  --data <file>        JSON { "tickets": [ticket states], "duties": [duty outcomes], "facts": [fact records] }
  --events <file>      or recorded events (JSON Lines, docs/reference/events-jsonl.md), replayed first
  --audit <id>         the audit (default: the only one whose period fits --period)
  --lang zh|en         the report's language (default: from LANG, else en)
  --format html|json|csv   (default html)
  --out <file>         write there instead of standard output
  --as-of <time>       judge open deadlines at this time (default: the end of the period)
  --trend <n>          periods in the trend, this one included (default 6)
  -h, --help           show this help

Examples:
  yardstick report examples/data/estate.yaml --period 2026-11 --data activity.json --out report.html
  yardstick report examples/data/estate.yaml --period 2026-11 --data activity.json --format csv
  yardstick report standards/seed/harbour-view.yaml --period 2026-11 --events activity.jsonl --out report.html
`;

const FORMATS = ["html", "json", "csv"];

export async function reportCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      period: { type: "string" },
      data: { type: "string" },
      events: { type: "string" },
      audit: { type: "string" },
      ...langOption,
      format: { type: "string", default: "html" },
      out: { type: "string" },
      "as-of": { type: "string" },
      trend: { type: "string", default: "6" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(reportHelp);
    return 0;
  }
  if (positionals.length !== 1)
    throw usageError("missing-argument", "oneStandard", {
      example: "yardstick report examples/data/estate.yaml --period 2026-11 --data activity.json",
    });
  if (values.period === undefined) throw usageError("missing-option", "period", {});
  if ((values.data === undefined) === (values.events === undefined))
    throw values.data === undefined
      ? usageError("missing-option", "data", {})
      : usageError("conflicting-options", "dataOrEvents", {});
  const lang = chooseLang(values.lang, io);
  if (!FORMATS.includes(values.format!)) throw notOneOf("--format", values.format, ["html", "json", "csv"]);
  const trend = Number(values.trend);
  if (!Number.isInteger(trend) || trend < 1 || trend > 36)
    throw usageError("invalid-option-value", "range", {
      option: "--trend",
      min: 1,
      max: 36,
      value: values.trend ?? "",
      example: 6,
    });
  const { programs } = loadPrograms(positionals, io, false, lang);
  const loaded = programs[0];
  if (loaded === undefined) return 1;
  let activity: AuditActivity;
  let refused = false;
  const source = (values.data ?? values.events)!;
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, source), "utf8");
  } catch (error) {
    throw usageError("cannot-read", "activity", {
      file: source,
      reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
    });
  }
  if (values.events !== undefined) {
    // The events replayed through the engine first, as `yardstick replay` does.
    const read = readRecords(text);
    await breathe();
    const progress = progressBar(io, "replay");
    const replay = replayActivity(loaded.program, read.records, { period: values.period, onProgress: progress.update });
    progress.finish();
    const errors = [...read.problems, ...replay.problems]
      .filter((p) => p.severity === "error")
      .sort((a, b) => a.line - b.line);
    io.stderr(problemLines(values.events, errors));
    refused = errors.length > 0;
    activity = replay.activity;
  } else {
    try {
      activity = JSON.parse(text) as AuditActivity;
    } catch (error) {
      throw usageError("cannot-read", "json", { file: source, reason: (error as Error).message });
    }
  }
  try {
    const report = await buildReport(loaded.program, activity, {
      period: values.period,
      trend,
      ...(values.audit !== undefined ? { audit: values.audit } : {}),
      ...(values["as-of"] !== undefined ? { asOf: values["as-of"] } : {}),
    });
    const text = renderReport(report, { format: values.format as ReportFormat, lang });
    if (values.out === undefined) io.stdout(text);
    else {
      writeFileSync(resolve(io.cwd, values.out), text);
      const best = report.result.ranking[0];
      io.stdout(
        `wrote ${values.out}: ${report.result.kpis.filter((k) => k.subject.kind === "site").length} KPIs, ${report.result.findings.length} findings${best ? `, best zone ${best.subject.id} (${best.score})` : ""}\n`,
      );
    }
    return refused ? 1 : 0;
  } catch (error) {
    if (isEngineError(error)) throw new UserError(error.code, { message: error.message, hint: error.hint }, 1);
    throw error;
  }
}
