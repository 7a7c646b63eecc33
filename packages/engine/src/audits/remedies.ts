/**
 * Remedies: compensation owed for breached clocks, as the UK Right to Repair scheme pays it — a
 * base amount once a clock is late, plus an amount for each whole day late after that, at most a
 * cap, for each late clock run that started in the period. A run still open at `asOf` owes what it
 * owes by then. Amounts are summed in minor units (hundredths), so 0.1 + 0.2 is 0.3.
 */
import type { AuditModel, RemedyModel } from "@yardstick/dsl";
import type { Program } from "../compile/program.js";
import { checkState } from "../runtime/input.js";
import type { TicketState } from "../state/ticket-state.js";
import { SITE, type Subject, subjectKey } from "./activity.js";
import { cycleDeadline, judgeCycle } from "./cycle-outcome.js";
import type { Period } from "./period.js";

const DAY = 86_400_000;

/** One late clock run and what it is owed. */
export interface RemedyItem {
  ref: string;
  ticket: string;
  /** How late, in ms, at its stop (or at `asOf` when still open). */
  lateMs: number;
  /** Whole days late after the first breach. */
  days: number;
  amount: number;
}

export interface RemedyResult {
  remedy: string;
  subject: Subject;
  currency?: string;
  /** The total owed. */
  amount: number;
  /** Late clock runs owed something. */
  count: number;
  items: RemedyItem[];
}

const cents = (x: number) => Math.round(x * 100);

/** What one run `lateMs` late is owed, in hundredths. */
export function owedCents(r: RemedyModel, lateMs: number): number {
  const days = Math.floor(lateMs / DAY);
  const owed = cents(r.base) + cents(r.perDay) * days;
  return r.cap === undefined ? owed : Math.min(owed, cents(r.cap));
}

/** Every remedy of the audit for the site, each zone and each staff member, in subject order of first owing. */
export function computeRemedies(
  program: Program,
  audit: AuditModel,
  tickets: readonly TicketState[],
  p: Period,
  asOf: number,
): RemedyResult[] {
  const out: RemedyResult[] = [];
  for (const r of Object.values(audit.remedies ?? {})) {
    const clock = program.tickets.get(r.ticket)?.clocks.find((c) => c.id === r.clock);
    if (clock === undefined) continue;
    const bySubject = new Map<string, { result: RemedyResult; total: number }>();
    const entry = (subject: Subject) => {
      const key = subjectKey(subject);
      let e = bySubject.get(key);
      if (e === undefined) {
        const result: RemedyResult = { remedy: r.id, subject, amount: 0, count: 0, items: [] };
        if (r.currency !== undefined) result.currency = r.currency;
        bySubject.set(key, (e = { result, total: 0 }));
      }
      return e;
    };
    const owe = (subject: Subject, item: RemedyItem, c: number) => {
      const e = entry(subject);
      e.total += c;
      e.result.count++;
      e.result.items.push(item);
    };
    entry(SITE); // the site is listed even when nothing is owed
    for (const stored of tickets) {
      if (stored.kind !== r.ticket) continue;
      const { st } = checkState(program, stored);
      for (const c of st.clocks[clock.index]!) {
        if (c.startedAt < p.start || c.startedAt >= p.end) continue;
        if (judgeCycle(clock, c, asOf) !== "late") continue;
        const lateMs = Math.max(0, (c.endedAt ?? c.pausedAt ?? asOf) - cycleDeadline(clock, c)!);
        const owed = owedCents(r, lateMs);
        const item: RemedyItem = {
          ref: `${st.id}#${r.clock}/${c.n}`,
          ticket: st.id,
          lateMs,
          days: Math.floor(lateMs / DAY),
          amount: owed / 100,
        };
        owe(SITE, item, owed);
        if (audit.per === "zone" && audit.zoneField !== undefined) {
          const z = Object.prototype.hasOwnProperty.call(st.data, audit.zoneField)
            ? st.data[audit.zoneField]
            : undefined;
          if (z !== undefined && z !== "") owe({ kind: "zone", id: String(z) }, item, owed);
        }
        if (st.owner !== undefined) owe({ kind: "staff", id: st.owner }, item, owed);
      }
    }
    for (const { result, total } of bySubject.values()) out.push({ ...result, amount: total / 100 });
  }
  return out;
}
