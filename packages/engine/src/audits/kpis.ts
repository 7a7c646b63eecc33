/**
 * KPIs over one period, for the site, each zone and each staff member, in one pass over the
 * activity. Denominators (docs/reference/audits.md#denominators):
 *   clock-met-rate   a clock's cycles that started in the period; cancelled and reset cycles, cycles
 *                    without a target, and cycles still open and not yet due at `asOf` are excluded
 *                    (listed with their status); an open cycle past its deadline at `asOf` is late.
 *   rework-rate      tickets of the kind opened in the period; rework ones in the numerator.
 *   duty-completion  occurrences planned in the period; excused and pending ones excluded; done
 *                    counts, late, partial and missed do not.
 *   checkpoint-cov.  each planned checkpoint of those occurrences; visited ones count.
 * A ticket spanning two periods counts where its clock started (or where it was opened).
 */
import type { AuditModel, KpiModel } from "@yardstick/dsl";
import { effectiveDeadline } from "../clocks/clock-time.js";
import type { CompiledClock, Program } from "../compile/program.js";
import type { ClockCycle, TicketState } from "../state/ticket-state.js";
import { type AuditActivity, type DutyResult, type Facts, SITE, type Subject, subjectKey } from "./activity.js";
import { type KpiItem, type KpiResult, meetsTarget } from "./kpi-result.js";
import { inPeriod, type Period } from "./period.js";

export interface KpiOptions {
  /** The instant open cycles are judged at (default: the period's end). */
  asOf?: number;
  /** Keep the items behind each KPI (default true; off for bulk figures). */
  items?: boolean;
}

interface Bucket {
  subject: Subject;
  numerator: number;
  denominator: number;
  items: KpiItem[];
}

/** Every subject's results, keyed by subject key (`site`, `zone:A`, `staff:w-07`), then KPI id. */
export type KpiTable = Map<string, { subject: Subject; kpis: Map<string, KpiResult> }>;

class Tally {
  readonly buckets = new Map<string, Map<string, Bucket>>();
  constructor(readonly keepItems: boolean) {}
  add(kpi: string, subjects: readonly Subject[], item: KpiItem): void {
    for (const s of subjects) {
      const key = subjectKey(s);
      let byKpi = this.buckets.get(key);
      if (byKpi === undefined) this.buckets.set(key, (byKpi = new Map()));
      let b = byKpi.get(kpi);
      if (b === undefined) byKpi.set(kpi, (b = { subject: s, numerator: 0, denominator: 0, items: [] }));
      if (item.in !== "excluded") {
        b.denominator++;
        if (item.in === "numerator") b.numerator++;
      }
      if (this.keepItems) b.items.push(item);
    }
  }
}

/** Whether a cycle was late, on time, or is still pending at `asOf`; null when it does not count. */
function judgeCycle(clock: CompiledClock, c: ClockCycle, asOf: number): "met" | "late" | "pending" | string {
  if (c.status === "cancelled") return "cancelled";
  if (c.status === "reset") return "reset";
  if (c.base === null) return "no-target";
  const cal = clock.calendar;
  if (c.endedAt !== undefined) {
    const deadline = effectiveDeadline(cal, c.pausedAt !== undefined ? { ...c, pausedAt: undefined } : c)!;
    return c.endedAt > deadline ? "late" : "met";
  }
  const deadline = effectiveDeadline(cal, { ...c, pausedAt: undefined })!;
  if (c.pausedAt !== undefined) return c.pausedAt >= deadline ? "late" : "pending";
  return asOf >= deadline ? "late" : "pending";
}

function ticketSubjects(audit: AuditModel, st: TicketState): Subject[] {
  const out: Subject[] = [SITE];
  if (audit.per === "zone" && audit.zoneField !== undefined) {
    const zone = Object.prototype.hasOwnProperty.call(st.data, audit.zoneField) ? st.data[audit.zoneField] : undefined;
    if (zone !== undefined && zone !== "") out.push({ kind: "zone", id: String(zone) });
  }
  if (st.owner !== undefined) out.push({ kind: "staff", id: st.owner });
  return out;
}

function dutySubjects(audit: AuditModel, r: DutyResult): Subject[] {
  const out: Subject[] = [SITE];
  if (audit.per === "zone" && r.occurrence.zone !== undefined) out.push({ kind: "zone", id: r.occurrence.zone });
  for (const staff of r.by ?? []) out.push({ kind: "staff", id: staff });
  return out;
}

function tallyTickets(
  program: Program,
  audit: AuditModel,
  tickets: readonly TicketState[],
  p: Period,
  asOf: number,
  t: Tally,
) {
  const kpis = Object.values(audit.kpis);
  const clockKpis = kpis.filter((k) => k.measure === "clock-met-rate");
  const reworkKpis = kpis.filter((k) => k.measure === "rework-rate");
  if (clockKpis.length === 0 && reworkKpis.length === 0) return;
  const clocks = new Map<KpiModel, CompiledClock | undefined>(
    clockKpis.map((k) => [k, program.tickets.get(k.ticket!)?.clocks.find((c) => c.id === k.clock)]),
  );
  for (const st of tickets) {
    let subjects: Subject[] | undefined;
    for (const k of reworkKpis) {
      if (st.kind !== k.ticket || !inPeriod(p, st.opened.at)) continue;
      subjects ??= ticketSubjects(audit, st);
      const rework = st.reworkOf !== undefined;
      t.add(k.id, subjects, {
        ref: st.id,
        in: rework ? "numerator" : "denominator",
        status: rework ? "rework" : "first-time",
        ticket: st.id,
      });
    }
    for (const k of clockKpis) {
      if (st.kind !== k.ticket) continue;
      const clock = clocks.get(k);
      const cycles = st.clocks[k.clock!];
      if (clock === undefined || cycles === undefined) continue;
      for (const c of cycles) {
        if (!inPeriod(p, c.startedAt)) continue;
        const status = judgeCycle(clock, c, asOf);
        subjects ??= ticketSubjects(audit, st);
        const where = status === "met" ? "numerator" : status === "late" ? "denominator" : "excluded";
        t.add(k.id, subjects, { ref: `${st.id}#${k.clock}/${c.n}`, in: where, status, ticket: st.id });
      }
    }
  }
}

function tallyDuties(audit: AuditModel, duties: readonly DutyResult[], p: Period, t: Tally) {
  const kpis = Object.values(audit.kpis).filter(
    (k) => k.measure === "duty-completion-rate" || k.measure === "checkpoint-coverage",
  );
  if (kpis.length === 0) return;
  for (const r of duties) {
    const o = r.occurrence;
    if (!inPeriod(p, o.at)) continue;
    let subjects: Subject[] | undefined;
    for (const k of kpis) {
      if (o.duty !== k.duty) continue;
      subjects ??= dutySubjects(audit, r);
      const excluded = r.status === "excused" || r.status === "pending";
      if (k.measure === "duty-completion-rate") {
        const where = excluded ? "excluded" : r.status === "done" ? "numerator" : "denominator";
        t.add(k.id, subjects, { ref: o.id, in: where, status: r.status, occurrence: o.id });
        continue;
      }
      const missed = new Set(
        r.status === "missed" && r.missedCheckpoints === undefined ? o.checkpoints : (r.missedCheckpoints ?? []),
      );
      for (const cp of o.checkpoints) {
        const visited = !missed.has(cp);
        const where = excluded ? "excluded" : visited ? "numerator" : "denominator";
        const status = excluded ? r.status : visited ? "visited" : "not-visited";
        t.add(k.id, subjects, { ref: `${o.id}@${cp}`, in: where, status, occurrence: o.id });
      }
    }
  }
}

/** The facts of each subject for the period (records for every period first, then the period's own). */
export function factsBySubject(activity: AuditActivity, p: Period): Map<string, { subject: Subject; facts: Facts }> {
  const out = new Map<string, { subject: Subject; facts: Facts }>();
  const records = (activity.facts ?? []).filter((r) => r.period === undefined || r.period === p.label);
  records.sort((a, b) => (a.period === undefined ? 0 : 1) - (b.period === undefined ? 0 : 1));
  for (const r of records) {
    const subject: Subject =
      r.staff !== undefined
        ? { kind: "staff", id: r.staff }
        : r.zone !== undefined
          ? { kind: "zone", id: r.zone }
          : SITE;
    const key = subjectKey(subject);
    const entry = out.get(key) ?? { subject, facts: {} };
    Object.assign(entry.facts, r.facts);
    out.set(key, entry);
  }
  return out;
}

/**
 * Every KPI of `audit` over period `p` for the site, each zone and each staff member met in the
 * activity (or in its facts).
 */
export function computeKpis(
  program: Program,
  audit: AuditModel,
  activity: AuditActivity,
  p: Period,
  options: KpiOptions = {},
): KpiTable {
  const asOf = options.asOf ?? p.end;
  const tally = new Tally(options.items ?? true);
  tallyTickets(program, audit, activity.tickets ?? [], p, asOf, tally);
  tallyDuties(audit, activity.duties ?? [], p, tally);
  const facts = factsBySubject(activity, p);
  const table: KpiTable = new Map();
  const subjects = new Map<string, Subject>([["site", SITE]]);
  for (const [key, byKpi] of tally.buckets) subjects.set(key, byKpi.values().next().value!.subject);
  for (const [key, f] of facts) subjects.set(key, f.subject);
  for (const [key, subject] of subjects) {
    if (subject.kind === "zone" && audit.per !== "zone") continue;
    const kpis = new Map<string, KpiResult>();
    for (const k of Object.values(audit.kpis)) {
      const base = { kpi: k.id, measure: k.measure, subject, unit: k.target.unit, target: k.target };
      if (k.measure === "fact") {
        const raw = facts.get(key)?.facts[k.fact!];
        const value = typeof raw === "number" && Number.isFinite(raw) ? raw : null;
        kpis.set(k.id, {
          ...base,
          value,
          numerator: null,
          denominator: null,
          met: value === null ? null : meetsTarget(k.target, value),
          items: [],
        });
        continue;
      }
      const b = tally.buckets.get(key)?.get(k.id);
      const numerator = b?.numerator ?? 0;
      const denominator = b?.denominator ?? 0;
      const value = denominator === 0 ? null : (numerator / denominator) * 100;
      kpis.set(k.id, {
        ...base,
        value,
        numerator,
        denominator,
        met: value === null ? null : meetsTarget(k.target, value, { numerator, denominator }),
        items: b?.items ?? [],
      });
    }
    table.set(key, { subject, kpis });
  }
  return table;
}
