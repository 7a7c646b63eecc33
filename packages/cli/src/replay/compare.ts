/**
 * The same events under two standards — the one in force and a draft — side by side: each KPI
 * for the site and every zone, each clock's breaches and escalations, the duty outcomes, the
 * findings and the scores. The question a quality manager asks before tightening a target.
 */
import type { KpiResult, Subject } from "@yardstick/engine";
import type { ReplayAudit } from "./audit-replay.js";
import type { ClockTally, ReplayResult } from "./replay-activity.js";

export interface Side {
  /** `<id>@<version>` */
  standard: string;
  file: string;
  replay: ReplayResult;
  audit: ReplayAudit;
}

export interface KpiSide {
  value: number | null;
  met: boolean | null;
  target: KpiResult["target"];
}

export interface KpiChange {
  kpi: string;
  /** `site`, `zone:一区`, `staff:wang` */
  subject: string;
  unit: string;
  base: KpiSide | null;
  draft: KpiSide | null;
}

export interface ClockChange {
  kind: string;
  clock: string;
  base: ClockTally | null;
  draft: ClockTally | null;
}

export interface Comparison {
  period: string;
  base: { standard: string; file: string; refused: number; findings: number };
  draft: { standard: string; file: string; refused: number; findings: number };
  kpis: KpiChange[];
  clocks: ClockChange[];
  /** Duty outcome status → count, under each. */
  duties: { status: string; base: number; draft: number }[];
  /** Subject key → score, under each (null: not scored there). */
  scores: { subject: string; base: number | null; draft: number | null }[];
}

const subjectKey = (s: Subject) => (s.kind === "site" ? "site" : `${s.kind}:${s.id}`);

function kpiMap(audit: ReplayAudit): Map<string, KpiResult> {
  const map = new Map<string, KpiResult>();
  for (const k of audit.report?.result.kpis ?? []) map.set(`${subjectKey(k.subject)}\u0000${k.kpi}`, k);
  return map;
}

const sideOf = (k: KpiResult | undefined): KpiSide | null =>
  k === undefined ? null : { value: k.value, met: k.met, target: k.target };

function summary(side: Side) {
  return {
    standard: side.standard,
    file: side.file,
    refused: side.replay.problems.filter((p) => p.severity === "error").length,
    findings: side.audit.report?.result.findings.length ?? 0,
  };
}

export function compareReplays(base: Side, draft: Side): Comparison {
  const a = kpiMap(base.audit);
  const b = kpiMap(draft.audit);
  const kpis: KpiChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const k = (a.get(key) ?? b.get(key))!;
    kpis.push({
      kpi: k.kpi,
      subject: subjectKey(k.subject),
      unit: k.unit,
      base: sideOf(a.get(key)),
      draft: sideOf(b.get(key)),
    });
  }
  const clocks: ClockChange[] = [];
  const tally = (r: ReplayResult) => new Map(r.clocks.map((c) => [`${c.kind}/${c.clock}`, c]));
  const ca = tally(base.replay);
  const cb = tally(draft.replay);
  for (const key of new Set([...ca.keys(), ...cb.keys()])) {
    const c = (ca.get(key) ?? cb.get(key))!;
    clocks.push({ kind: c.kind, clock: c.clock, base: ca.get(key) ?? null, draft: cb.get(key) ?? null });
  }
  const statuses = new Set([...Object.keys(base.replay.duties), ...Object.keys(draft.replay.duties)]);
  const duties = [...statuses].map((status) => ({
    status,
    base: base.replay.duties[status] ?? 0,
    draft: draft.replay.duties[status] ?? 0,
  }));
  const scoreMap = (audit: ReplayAudit) =>
    new Map((audit.report?.result.scores ?? []).map((s) => [subjectKey(s.subject), s.score]));
  const sa = scoreMap(base.audit);
  const sb = scoreMap(draft.audit);
  const scores = [...new Set([...sa.keys(), ...sb.keys()])].map((subject) => ({
    subject,
    base: sa.get(subject) ?? null,
    draft: sb.get(subject) ?? null,
  }));
  return {
    period: base.replay.window.period,
    base: summary(base),
    draft: summary(draft),
    kpis,
    clocks,
    duties,
    scores,
  };
}
