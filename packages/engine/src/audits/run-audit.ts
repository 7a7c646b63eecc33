/**
 * `runAudit(program, activity, { period })`: KPIs, findings, scores and the zone ranking of one
 * audit over one period. Async because json-rules-engine, the reference for rules, is; pass
 * `rules: "compiled"` for the compiled path (the same findings, proven by a differential test).
 */
import type { Instant } from "@yardstick/calendar";
import type { AuditModel, Label } from "@yardstick/dsl";
import type { Program } from "../compile/program.js";
import { EngineError } from "../errors/engine-error.js";
import { instant } from "../runtime/input.js";
import { type AuditActivity, type Facts, type Subject, subjectKey } from "./activity.js";
import type { KpiResult } from "./kpi-result.js";
import { computeKpis, factsBySubject, type KpiTable } from "./kpis.js";
import { type Period, periodOf, type PeriodKind } from "./period.js";
import { compileAuditRule, type CompiledAuditRule, type Finding, KPI_FACT_PREFIX } from "./rules/audit-rule.js";
import { compileRuleSet, evaluateRulesCompiled } from "./rules/compiled-rules.js";
import { evaluateRulesReference, type RuleSubject } from "./rules/reference-rules.js";
import { computeRemedies, type RemedyResult } from "./remedies.js";
import { rankZones, type Score, scoreSubjects } from "./scores.js";

export interface AuditOptions {
  /** The audit's id; may be left out when one audit's period fits the label. */
  audit?: string;
  /** The period's label: `2026-11`, `2026-Q4`, `2026-W45`, `2026-11-05`, `2026`. */
  period: string;
  /** When open clock cycles are judged (default: the period's end). */
  asOf?: Instant;
  /** `reference` (json-rules-engine, the default) or `compiled`. */
  rules?: "reference" | "compiled";
  /** Keep the tickets and occurrences behind each KPI (default true). */
  items?: boolean;
}

export interface AuditResult {
  audit: string;
  title: Label;
  per: AuditModel["per"];
  period: Period;
  asOf: number;
  /** Site first, then zones, then staff (each by id); KPIs in the order written. */
  kpis: KpiResult[];
  findings: Finding[];
  /** Compensation owed per remedy and subject (site, zones, staff); empty without `remedies`. */
  remedies: RemedyResult[];
  scores: Score[];
  /** Zones by score with their rank, when the audit is per zone; empty otherwise. */
  ranking: Score[];
}

const PERIOD_FORMS: [PeriodKind, RegExp][] = [
  ["day", /^\d{4}-\d{2}-\d{2}$/],
  ["week", /^\d{4}-W\d{2}$/],
  ["month", /^\d{4}-\d{2}$/],
  ["quarter", /^\d{4}-Q\d$/],
  ["year", /^\d{4}$/],
];

/** The audit named, or the only audit whose period kind fits the label. */
export function chooseAudit(program: Program, id: string | undefined, label: string): AuditModel {
  const audits = program.model.audits;
  const ids = Object.keys(audits);
  const list = ids.map((a) => `\`${a}\` (${audits[a]!.period})`).join(", ") || "(none)";
  if (id !== undefined) {
    if (!Object.prototype.hasOwnProperty.call(audits, id))
      throw new EngineError("unknown-audit", `\`${id}\` is not an audit of \`${program.pin.id}\``, {
        hint: `the audits are ${list}`,
        path: ["audit"],
      });
    return audits[id]!;
  }
  const kind = PERIOD_FORMS.find(([, re]) => re.test(label.trim()))?.[0];
  const fitting = ids.filter((a) => audits[a]!.period === kind);
  if (fitting.length !== 1)
    throw new EngineError(
      "unknown-audit",
      fitting.length === 0
        ? `no audit of \`${program.pin.id}\` covers a period like \`${label}\``
        : `several audits cover a period like \`${label}\`: name one`,
      { hint: `the audits are ${list}`, path: ["audit"] },
    );
  return audits[fitting[0]!]!;
}

export function checkActivity(activity: unknown): AuditActivity {
  const fail = (message: string, path: (string | number)[]) => {
    throw new EngineError("invalid-activity", message, { path });
  };
  if (activity === null || typeof activity !== "object" || Array.isArray(activity))
    fail("the activity must be an object `{ tickets?, duties?, facts? }`", []);
  const a = activity as Record<string, unknown>;
  for (const key of ["tickets", "duties", "facts"])
    if (a[key] !== undefined && !Array.isArray(a[key])) fail(`\`${key}\` must be a list`, [key]);
  ((a.facts ?? []) as unknown[]).forEach((r, i) => {
    const facts = (r as { facts?: unknown } | null)?.facts;
    if (facts === null || typeof facts !== "object" || Array.isArray(facts))
      fail("each fact record needs `facts: { name: value }`", ["facts", i, "facts"]);
    for (const name of Object.keys(facts as object))
      if (name.startsWith(KPI_FACT_PREFIX))
        fail(`the fact name \`${name}\` uses the prefix \`${KPI_FACT_PREFIX}\`, which names KPI results`, [
          "facts",
          i,
          "facts",
          name,
        ]);
  });
  return a as AuditActivity;
}

function orderSubjects(keys: Iterable<Subject>): Subject[] {
  const order = { site: 0, zone: 1, staff: 2 };
  return [...keys].sort((a, b) => order[a.kind] - order[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The subjects rules run for, each with its host facts and `kpi:<id>` (met or not, when measured). */
export function ruleSubjects(
  audit: AuditModel,
  table: KpiTable,
  hostFacts: Map<string, { facts: Facts }>,
): RuleSubject[] {
  const out: RuleSubject[] = [];
  for (const subject of orderSubjects([...table.values()].map((e) => e.subject))) {
    const scored =
      subject.kind === "staff" || (audit.per === "zone" ? subject.kind === "zone" : subject.kind === "site");
    if (!scored) continue;
    const facts: Facts = { ...hostFacts.get(subjectKey(subject))?.facts };
    for (const r of table.get(subjectKey(subject))!.kpis.values())
      if (r.met !== null) facts[`${KPI_FACT_PREFIX}${r.kpi}`] = r.met;
    out.push({ subject, facts });
  }
  return out;
}

/** The compiled rules of an audit, in the order written; `timezone` is for date comparisons. */
export function auditRules(audit: AuditModel, timezone = "UTC"): CompiledAuditRule[] {
  return Object.values(audit.rules).map((r) => compileAuditRule(r, audit.rules, timezone));
}

/**
 * One audit over one period.
 * @example
 * const result = await runAudit(program, { tickets, duties, facts }, { period: "2026-11" });
 * result.ranking[0]; // { subject: { kind: "zone", id: "A" }, score: 95, rank: 1, … }
 */
export async function runAudit(program: Program, activity: AuditActivity, options: AuditOptions): Promise<AuditResult> {
  const a = checkActivity(activity);
  const audit = chooseAudit(program, options.audit, options.period);
  const period = periodOf(audit.period, options.period, program.timezone, audit.startMonth);
  const asOf = options.asOf === undefined ? period.end : instant(options.asOf, ["asOf"]);
  const table = computeKpis(program, audit, a, period, { asOf, items: options.items ?? true });
  const subjects = ruleSubjects(audit, table, factsBySubject(a, period));
  const rules = auditRules(audit, program.timezone);
  const findings =
    options.rules === "compiled"
      ? evaluateRulesCompiled(compileRuleSet(audit.id, rules), subjects)
      : await evaluateRulesReference(audit.id, rules, subjects);
  const kpis: KpiResult[] = [];
  for (const subject of orderSubjects([...table.values()].map((e) => e.subject)))
    kpis.push(...table.get(subjectKey(subject))!.kpis.values());
  const scores = scoreSubjects(
    audit,
    subjects.map((s) => s.subject),
    findings,
    kpis,
  );
  const remedies = computeRemedies(program, audit, a.tickets ?? [], period, asOf);
  const order = new Map(orderSubjects(remedies.map((r) => r.subject)).map((s, i) => [subjectKey(s), i]));
  remedies.sort((x, y) => order.get(subjectKey(x.subject))! - order.get(subjectKey(y.subject))!);
  return {
    audit: audit.id,
    title: audit.title,
    per: audit.per,
    period,
    asOf,
    kpis,
    findings,
    remedies,
    scores,
    ranking: audit.per === "zone" && audit.scoring.rank ? rankZones(scores) : [],
  };
}
