/**
 * Duties: the service plans the standard's occurrences a day or two ahead into `duty_occurrences`,
 * records what staff logged, and reconciles the two whenever a log arrives or a duty wake-up falls
 * due — outcomes stored on the occurrences, effects (due, overdue, escalated, missed) into the
 * outbox in the same transaction, the next duty wake-up kept in `meta`.
 */
import type { Database } from "better-sqlite3";
import {
  formatShort,
  instantFrom,
  planDuties,
  reconcile,
  type DutyDiagnostic,
  type DutyEvent,
  type DutyLog,
  type DutyOccurrence,
  type DutySubject,
  type OccurrenceOutcome,
  type PlanSite,
} from "@yardstick/engine";
import type { Outbox } from "./outbox.js";
import type { Programs } from "./programs.js";
import { getMeta, setMeta } from "./schema.js";

/** What the community has, for planning: its zones, the items of each `each:` set, host records. */
export interface DutySetup {
  sites?: PlanSite[];
  items?: Record<string, string[]>;
  subjects?: DutySubject[];
}

export interface OccurrenceRow {
  id: string;
  duty: string;
  zone: string | null;
  item: string | null;
  at: number;
  start: number;
  due: number;
  status: string;
  doneAt: number | null;
  lateBy: number | null;
  roles: string[];
  checkpoints: string[];
  /** The last outcome's missed checkpoints, people and proof. */
  outcome: Partial<OccurrenceOutcome> | null;
}

const DAY = 86_400_000;
/** Occurrences due this long ago are still reconciled: a log may reach the service late. */
const SETTLE = 2 * DAY;

interface Raw {
  id: string;
  duty: string;
  zone: string | null;
  item: string | null;
  at: number;
  start: number;
  due: number;
  status: string;
  done_at: number | null;
  late_by: number | null;
  occurrence: string;
  outcome: string | null;
}

const fromRaw = (r: Raw): OccurrenceRow => {
  const o = JSON.parse(r.occurrence) as DutyOccurrence;
  return {
    id: r.id,
    duty: r.duty,
    zone: r.zone,
    item: r.item,
    at: r.at,
    start: r.start,
    due: r.due,
    status: r.status,
    doneAt: r.done_at,
    lateBy: r.late_by,
    roles: o.roles,
    checkpoints: o.checkpoints,
    outcome: r.outcome === null ? null : (JSON.parse(r.outcome) as Partial<OccurrenceOutcome>),
  };
};

export class Duties {
  private readonly insert;

  constructor(
    private readonly db: Database,
    private readonly programs: Programs,
    private readonly outbox: Outbox,
    private readonly setup: DutySetup = {},
  ) {
    this.insert = db.prepare(
      `insert into duty_occurrences (id, duty, zone, item, at, start, due, occurrence) values (?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (id) do nothing`,
    );
  }

  private get program() {
    return this.programs.current;
  }

  /** Local midnight of the day `days` after the day of `t`, in the standard's zone. */
  private dayStart(t: number, days = 0): number {
    const zone = this.program.timezone;
    const day = instantFrom(formatShort(t, zone).slice(0, 10), zone)!;
    // + 12 h then back to midnight: a day of a clock change is not 24 hours long.
    return days === 0 ? day : instantFrom(formatShort(day + days * DAY + 12 * 3_600_000, zone).slice(0, 10), zone)!;
  }

  /**
   * Plans occurrences up to the end of tomorrow. The first plan starts today: a weekly or monthly
   * duty whose period began before the service first ran is planned from its next period.
   */
  planAhead(now: number): number {
    const to = this.dayStart(now, 2);
    const from = getMeta(this.db, "duties_planned_to") ?? this.dayStart(now);
    if (from >= to) return 0;
    let added = 0;
    this.db.transaction(() => {
      const plan = planDuties(this.program, { from, to, ...this.setup });
      for (const o of plan) added += this.store(o);
      setMeta(this.db, "duties_planned_to", to);
    })();
    return added;
  }

  /** An event that sets duties off (`rain_stopped` in 二区): their occurrences are planned at once. */
  trigger(
    event: DutyEvent & { id: string },
    now: number,
  ): { occurrences: OccurrenceRow[]; diagnostics: DutyDiagnostic[] } {
    const at = instantFrom(event.at, this.program.timezone)!;
    const duties = Object.values(this.program.model.duties)
      .filter((d) => d.schedule.kind === "triggered" && d.schedule.on === event.type)
      .map((d) => d.id);
    const ids: string[] = [];
    let diagnostics: DutyDiagnostic[] = [];
    this.db.transaction(() => {
      this.db
        .prepare("insert into duty_events (id, type, at, event) values (?, ?, ?, ?) on conflict (id) do nothing")
        .run(event.id, event.type, at, JSON.stringify(event));
      if (duties.length === 0) return;
      const plan = planDuties(this.program, { from: at, to: at + 7 * DAY, duties, events: [event], ...this.setup });
      diagnostics = plan.diagnostics;
      for (const o of plan) {
        this.store(o);
        ids.push(o.id);
      }
      this.reconcileAt(now);
    })();
    return { occurrences: ids.map((id) => this.get(id)!), diagnostics };
  }

  /**
   * Records a completion log and reconciles. Returns the occurrence it counted for (when one) and
   * what reconcile said about this log (a duplicate, a log outside any window, an unknown duty).
   */
  log(log: DutyLog & { id: string }, now: number): { occurrence?: OccurrenceRow; diagnostics: DutyDiagnostic[] } {
    const at = instantFrom(log.at, this.program.timezone);
    return this.db.transaction(() => {
      this.db
        .prepare("insert into duty_logs (id, duty, at, log, received_at) values (?, ?, ?, ?, ?) on conflict do nothing")
        .run(log.id, log.duty, at ?? now, JSON.stringify(log), now);
      const { outcomes, diagnostics } = this.reconcileAt(now);
      const mine = outcomes.find((o) => o.logIds.includes(log.id));
      return {
        ...(mine !== undefined ? { occurrence: this.get(mine.id)! } : {}),
        diagnostics: diagnostics.filter((d) => d.subject === log.id),
      };
    })();
  }

  /** The duty wake-up: plan ahead and reconcile at `now`. */
  wake(now: number): void {
    this.planAhead(now);
    this.db.transaction(() => this.reconcileAt(now))();
  }

  /** When the duties next need a look: an effect falling due, or the plan to extend. */
  nextWakeAt(): number | null {
    const effect = getMeta(this.db, "duties_next_wake_at");
    const planned = getMeta(this.db, "duties_planned_to");
    const extend = planned === null ? null : planned - DAY;
    if (effect === null) return extend;
    return extend === null ? effect : Math.min(effect, extend);
  }

  /** Occurrences open at `now` (started, not yet done), soonest due first; filtered by zone, role, duty. */
  due(now: number, filter: { zone?: string; role?: string; duty?: string; until?: number } = {}): OccurrenceRow[] {
    const rows = (
      this.db
        .prepare(
          `select * from duty_occurrences where status = 'pending' and start <= ?
             and (? is null or zone = ?) and (? is null or duty = ?) order by due, id`,
        )
        .all(
          filter.until ?? now,
          filter.zone ?? null,
          filter.zone ?? null,
          filter.duty ?? null,
          filter.duty ?? null,
        ) as Raw[]
    ).map(fromRaw);
    return filter.role === undefined ? rows : rows.filter((r) => r.roles.includes(filter.role!));
  }

  get(id: string): OccurrenceRow | undefined {
    const row = this.db.prepare("select * from duty_occurrences where id = ?").get(id) as Raw | undefined;
    return row === undefined ? undefined : fromRaw(row);
  }

  private store(o: DutyOccurrence): number {
    return this.insert.run(o.id, o.duty, o.zone ?? null, o.item ?? null, o.at, o.start, o.due, JSON.stringify(o))
      .changes;
  }

  /**
   * Reconciles what may still change — occurrences pending or due within the last two days — with
   * the logs since the earliest of them. Call inside a transaction.
   */
  private reconcileAt(now: number): { outcomes: { id: string; logIds: string[] }[]; diagnostics: DutyDiagnostic[] } {
    const open = this.db
      .prepare("select occurrence from duty_occurrences where status = 'pending' or due >= ? order by start")
      .all(now - SETTLE) as { occurrence: string }[];
    const occurrences = open.map((r) => JSON.parse(r.occurrence) as DutyOccurrence);
    const since = occurrences.reduce((min, o) => Math.min(min, o.start), now) - DAY;
    const logs = (
      this.db.prepare("select log from duty_logs where at >= ? order by at, id").all(since) as { log: string }[]
    ).map((r) => JSON.parse(r.log) as DutyLog & { id: string });
    const result = reconcile(this.program, { occurrences, logs, now });
    const update = this.db.prepare(
      "update duty_occurrences set status = ?, done_at = ?, late_by = ?, outcome = ? where id = ?",
    );
    const outcomes = result.outcomes.map((o) => {
      const { occurrence, logs: used, ...rest } = o;
      const logIds = used.map((i) => logs[i]!.id);
      update.run(
        o.status,
        o.doneAt ?? null,
        o.lateBy ?? null,
        JSON.stringify({ ...rest, logs: logIds }),
        occurrence.id,
      );
      return { id: occurrence.id, logIds };
    });
    this.outbox.add(result.effects, now);
    setMeta(this.db, "duties_next_wake_at", result.nextWakeAt);
    return { outcomes, diagnostics: result.diagnostics };
  }
}
