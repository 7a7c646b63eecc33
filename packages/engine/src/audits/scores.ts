/**
 * Scores: each scored subject starts at the audit's `scoring.start`, gains (or loses) the points of
 * its KPIs' bands and loses each finding's points, down to `scoring.floor`. Zones are ranked by score, highest first; equal scores share a
 * rank (1, 1, 3), listed by zone id.
 */
import type { AuditModel } from "@yardstick/dsl";
import { type Subject, subjectKey } from "./activity.js";
import type { KpiResult } from "./kpi-result.js";
import type { Finding } from "./rules/audit-rule.js";

export interface Score {
  subject: Subject;
  start: number;
  deducted: number;
  /** Points from the bands of its KPIs (`bands: [{ min: 98%, points: 5 }]`). */
  banded: number;
  score: number;
  findings: number;
  /** Zones only, when the audit ranks them. */
  rank?: number;
}

export function scoreSubjects(
  audit: AuditModel,
  subjects: readonly Subject[],
  findings: readonly Finding[],
  kpis: readonly KpiResult[] = [],
): Score[] {
  const { start, floor } = audit.scoring;
  const byKey = new Map<string, Score>();
  for (const subject of subjects)
    byKey.set(subjectKey(subject), { subject, start, deducted: 0, banded: 0, score: start, findings: 0 });
  for (const k of kpis) {
    const s = byKey.get(subjectKey(k.subject));
    if (s !== undefined && k.band?.points !== undefined) s.banded += k.band.points;
  }
  for (const f of findings) {
    const s = byKey.get(subjectKey(f.subject));
    if (s === undefined) continue;
    s.deducted += f.points;
    s.findings++;
  }
  for (const s of byKey.values()) s.score = Math.max(floor, start + s.banded - s.deducted);
  return [...byKey.values()];
}

/** Zones by score, highest first, each with its competition rank. */
export function rankZones(scores: readonly Score[]): Score[] {
  const zones = scores
    .filter((s) => s.subject.kind === "zone")
    .sort((a, b) => b.score - a.score || (a.subject.id < b.subject.id ? -1 : a.subject.id > b.subject.id ? 1 : 0));
  let rank = 0;
  zones.forEach((z, i) => {
    if (i === 0 || z.score !== zones[i - 1]!.score) rank = i + 1;
    z.rank = rank;
  });
  return zones;
}
