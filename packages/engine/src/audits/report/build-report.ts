/**
 * The monthly report's data: one audit over one period, the months before it for trends, and each
 * clock KPI's outcome counts. Plain JSON: `renderReport` turns it into HTML, JSON or CSV.
 */
import type { Label } from "@yardstick/dsl";
import type { Program } from "../../compile/program.js";
import type { AuditActivity } from "../activity.js";
import { periodOf, periodsUpTo } from "../period.js";
import { type AuditOptions, type AuditResult, chooseAudit, runAudit } from "../run-audit.js";

export interface TrendPoint {
  period: string;
  /** `site`, `zone:A`, … → KPI id → value (null: nothing measured). */
  kpis: Record<string, Record<string, number | null>>;
  /** Subject key → score. */
  scores: Record<string, number>;
}

export interface OutcomeCounts {
  kpi: string;
  title: Label;
  /** Item status → count, for the site: met, late, pending, cancelled, … */
  counts: Record<string, number>;
}

export interface AuditReport {
  standard: { id: string; version: string; title: Label };
  auditTitle: Label;
  kpiTitles: Record<string, Label>;
  /** The title of each remedy of the audit. */
  remedyTitles: Record<string, Label>;
  result: AuditResult;
  /** Oldest first, ending with the report's period. */
  trend: TrendPoint[];
  outcomes: OutcomeCounts[];
}

export interface ReportOptions extends AuditOptions {
  /** How many periods the trend shows, the report's own included (default 6). */
  trend?: number;
}

/**
 * The report's data for one period.
 * @example
 * const report = await buildReport(program, activity, { period: "2026-11" });
 * const html = renderReport(report, { format: "html", lang: "zh" });
 */
export async function buildReport(
  program: Program,
  activity: AuditActivity,
  options: ReportOptions,
): Promise<AuditReport> {
  const audit = chooseAudit(program, options.audit, options.period);
  const result = await runAudit(program, activity, { ...options, audit: audit.id });
  const last = periodOf(audit.period, options.period, program.timezone, audit.startMonth);
  const trend: TrendPoint[] = [];
  for (const p of periodsUpTo(last, options.trend ?? 6, program.timezone)) {
    const r =
      p.label === result.period.label
        ? result
        : await runAudit(program, activity, { audit: audit.id, period: p.label, rules: "compiled", items: false });
    const point: TrendPoint = { period: p.label, kpis: {}, scores: {} };
    for (const k of r.kpis) {
      const key = k.subject.kind === "site" ? "site" : `${k.subject.kind}:${k.subject.id}`;
      (point.kpis[key] ??= {})[k.kpi] = k.value;
    }
    for (const s of r.scores) point.scores[`${s.subject.kind}:${s.subject.id}`] = s.score;
    trend.push(point);
  }
  const outcomes: OutcomeCounts[] = [];
  for (const k of result.kpis) {
    if (k.subject.kind !== "site" || k.measure !== "clock-met-rate") continue;
    const counts: Record<string, number> = {};
    for (const item of k.items) counts[item.status] = (counts[item.status] ?? 0) + 1;
    outcomes.push({ kpi: k.kpi, title: audit.kpis[k.kpi]!.title, counts });
  }
  return {
    standard: { id: program.model.id, version: program.model.version, title: program.model.title },
    auditTitle: audit.title,
    kpiTitles: Object.fromEntries(Object.values(audit.kpis).map((k) => [k.id, k.title])),
    remedyTitles: Object.fromEntries(Object.values(audit.remedies ?? {}).map((r) => [r.id, r.title])),
    result,
    trend,
    outcomes,
  };
}
