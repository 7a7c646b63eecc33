/**
 * The KPIs of a replay: the replayed activity handed to the engine's `buildReport`, the same call
 * `yardstick report` makes, so a replay and a report of the same events agree.
 *
 * A month of events under an audit of a longer period (a year's owner survey, a national level's
 * annual review): the audit is of the quarter or year the month is in, judged at the end of the
 * events (`asOf`), with the facts the file reports for that period. That audit is used when named
 * (`--audit`), or when it is the only one and none is of the file's own period.
 */
import type { AuditModel } from "@yardstick/dsl";
import { buildReport, formatLocal, isEngineError, type AuditReport, type Program } from "@yardstick/engine";
import type { ReplayResult } from "./replay-activity.js";

export type ReplayAudit =
  | {
      report: AuditReport;
      /** Set when the audit's period is longer than the file's (the year of a month's events). */
      enclosing?: { period: string; asOf: string };
    }
  | { report: undefined; why: string };

/** The label of the quarter or year `month` (`2026-11`) is in, for the audit's period and start. */
export function enclosingPeriod(audit: AuditModel, month: string): string | undefined {
  if (!/^\d{4}-\d{2}$/.test(month)) return undefined;
  const [y, m] = month.split("-").map(Number) as [number, number];
  const start = audit.startMonth ?? 1;
  const year = m >= start ? y : y - 1;
  if (audit.period === "year") return `${year}`;
  if (audit.period === "quarter") return `${year}-Q${Math.floor(((m - start + 12) % 12) / 3) + 1}`;
  return undefined;
}

export async function auditReplay(program: Program, replay: ReplayResult, audit?: string): Promise<ReplayAudit> {
  const audits = program.model.audits;
  if (Object.keys(audits).length === 0) return { report: undefined, why: "the standard has no audits" };
  const label = replay.window.period;
  const named = audit !== undefined && Object.prototype.hasOwnProperty.call(audits, audit) ? audits[audit] : undefined;
  const only = Object.values(audits).length === 1 ? Object.values(audits)[0] : undefined;
  const longer = named ?? only;
  const enclosing = longer === undefined ? undefined : enclosingPeriod(longer, label);
  try {
    if (longer !== undefined && enclosing !== undefined) {
      const report = await buildReport(program, replay.activity, {
        period: enclosing,
        audit: longer.id,
        asOf: replay.window.to,
        trend: 1,
      });
      return { report, enclosing: { period: enclosing, asOf: formatLocal(replay.window.to, program.timezone) } };
    }
    const report = await buildReport(program, replay.activity, {
      period: label,
      trend: 1,
      ...(audit !== undefined ? { audit } : {}),
    });
    return { report };
  } catch (error) {
    if (isEngineError(error) && (error.code === "unknown-audit" || error.code === "invalid-period"))
      return { report: undefined, why: `${error.code}: ${error.message}` };
    throw error;
  }
}
