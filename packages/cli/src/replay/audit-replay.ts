/**
 * The KPIs of a replay: the replayed activity handed to the engine's `buildReport`, the same call
 * `yardstick report` makes, so a replay and a report of the same events agree.
 */
import { buildReport, isEngineError, type AuditReport, type Program } from "@yardstick/engine";
import type { ReplayResult } from "./replay-activity.js";

export type ReplayAudit = { report: AuditReport } | { report: undefined; why: string };

export async function auditReplay(program: Program, replay: ReplayResult, audit?: string): Promise<ReplayAudit> {
  if (Object.keys(program.model.audits).length === 0) return { report: undefined, why: "the standard has no audits" };
  try {
    const report = await buildReport(program, replay.activity, {
      period: replay.window.period,
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
