/** What `yardstick replay` prints for one standard: clocks, duties, KPIs, scores, and the lines refused. */
import { type Lang, phrasesIn } from "@yardstick/dsl";
import type { Finding, KpiResult, Score } from "@yardstick/engine";
import type { LineProblem } from "../activity/read-records.js";
import type { ReplayAudit } from "./audit-replay.js";
import type { ReplayResult } from "./replay-activity.js";
import { formatTarget, formatValue, textTable } from "./table.js";
import { dutyStatusName, replayWords } from "../words/replay-words.js";

const DUTY_STATUSES = ["done", "late", "partial", "missed", "excused", "pending"];

export function clockRows(replay: ReplayResult, lang: Lang = "en"): string[][] {
  const say = phrasesIn(replayWords, lang);
  return [
    (["clock", "cycles", "onTime", "late", "breaches", "escalations"] as const).map((h) => say(h, {})),
    ...replay.clocks.map((c) => [
      `${c.kind} · ${c.clock}`,
      `${c.started}`,
      `${c.met}`,
      `${c.late}`,
      `${c.breaches}`,
      `${c.escalations}`,
    ]),
  ];
}

export function dutyLine(replay: ReplayResult, lang: Lang = "en"): string {
  const say = phrasesIn(replayWords, lang);
  const total = Object.values(replay.duties).reduce((a, b) => a + b, 0);
  const parts = DUTY_STATUSES.filter((s) => replay.duties[s]).map((s) =>
    say("dutyPart", { count: replay.duties[s]!, status: dutyStatusName(s, lang) }),
  );
  const listed = parts.length > 0 ? say("dutyParts", { parts: parts.join(say("listJoin", {})) }) : "";
  return `${say("dutyOccurrences", { count: total })}${listed}`;
}

/** The site's KPIs against target. */
export function kpiRows(audit: ReplayAudit, lang: Lang = "en"): string[][] {
  if (audit.report === undefined) return [];
  const say = phrasesIn(replayWords, lang);
  return [
    [say("kpiSite", {}), say("value", {}), say("target", {}), say("met", {})],
    ...audit.report.result.kpis
      .filter((k) => k.subject.kind === "site")
      .map((k) => [
        k.kpi,
        formatValue(k.value, k.unit),
        formatTarget(k.target, lang),
        k.met === null ? "—" : k.met ? "✓" : "✗",
      ]),
  ];
}

export function scoreLine(audit: ReplayAudit, lang: Lang = "en"): string {
  const say = phrasesIn(replayWords, lang);
  if (audit.report === undefined) return say("noAudit", { why: audit.why });
  const r = audit.report.result;
  const site = r.scores.find((s) => s.subject.kind === "site");
  const ranking = r.ranking.map((s) => `${s.subject.id} ${s.score}`).join(say("listJoin", {}));
  // An audit of the year (or quarter) the file's month is in says so: its tickets and duties are the file's.
  const of = audit.enclosing ? say("enclosing", audit.enclosing) : "";
  return say("findings", {
    audit: r.audit,
    of,
    count: r.findings.length,
    site: site ? say("siteScore", { score: site.score }) : "",
    zones: ranking ? say("zoneScores", { ranking }) : "",
  });
}

/** Problems as `file:line: severity code: message`, the hint under each; at most `max`. */
export function problemLines(file: string, problems: readonly LineProblem[], max = 20): string {
  const shown = problems
    .slice(0, max)
    .map((p) => `${file}:${p.line}: ${p.severity} ${p.code}: ${p.message}${p.hint ? `\n  hint: ${p.hint}` : ""}`);
  if (problems.length > max) shown.push(`… and ${problems.length - max} more (--json lists every one)`);
  return shown.length > 0 ? `${shown.join("\n")}\n` : "";
}

export function renderReplayText(
  standard: string,
  file: string,
  replay: ReplayResult,
  audit: ReplayAudit,
  lang: Lang = "en",
): string {
  const say = phrasesIn(replayWords, lang);
  const errors = replay.problems.filter((p) => p.severity === "error").length;
  const c = replay.counts;
  const out = [
    say("header", { standard, period: replay.window.period, ...c, file }) +
      (errors > 0 ? say("refused", { count: errors }) : ""),
    "",
    textTable(clockRows(replay, lang)),
    "",
    dutyLine(replay, lang),
  ];
  const kpis = kpiRows(audit, lang);
  if (kpis.length > 0) out.push("", textTable(kpis));
  out.push("", scoreLine(audit, lang));
  return `${out.join("\n")}\n`;
}

/** The same as JSON, for scripts: the KPIs of every subject, not only the site's. */
export interface ReplayJson {
  standard: string;
  period: string;
  counts: ReplayResult["counts"];
  clocks: ReplayResult["clocks"];
  duties: ReplayResult["duties"];
  audit:
    | { why: string }
    | {
        id: string;
        /** The audited period: the file's, or the year (quarter) its month is in. */
        period: string;
        /** When the audit's period is longer than the file's: the instant open deadlines were judged at. */
        asOf?: string;
        kpis: Omit<KpiResult, "items">[];
        findings: Pick<Finding, "rule" | "subject" | "severity" | "points">[];
        scores: Score[];
      };
  problems: LineProblem[];
}

export function replayJson(standard: string, replay: ReplayResult, audit: ReplayAudit): ReplayJson {
  return {
    standard,
    period: replay.window.period,
    counts: replay.counts,
    clocks: replay.clocks,
    duties: replay.duties,
    audit:
      audit.report === undefined
        ? { why: audit.why }
        : {
            id: audit.report.result.audit,
            period: audit.report.result.period.label,
            ...(audit.enclosing ? { asOf: audit.enclosing.asOf } : {}),
            kpis: audit.report.result.kpis.map(({ items: _, ...k }) => k),
            findings: audit.report.result.findings.map((f) => ({
              rule: f.rule,
              subject: f.subject,
              severity: f.severity,
              points: f.points,
            })),
            scores: audit.report.result.scores,
          },
    problems: replay.problems,
  };
}
