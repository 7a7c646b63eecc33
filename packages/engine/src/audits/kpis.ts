/**
 * KPIs over one period, for the site, each zone and each staff member, in one pass over the
 * activity. Denominators (docs/reference/audits.md#denominators):
 *   clock-met-rate   a clock's cycles that started in the period; cancelled and reset cycles, cycles
 *                    without a target, and cycles still open and not yet due at `asOf` are excluded
 *                    (listed with their status); an open cycle past its deadline at `asOf` is late.
 *   rework-rate      tickets of the kind opened in the period; rework ones in the numerator.
 *   clock-duration   the clock's stopped cycles that started in the period, each its working time
 *                    (pauses left out); with `clip`, every cycle overlapping the period, open ones up
 *                    to `asOf`, each only its time inside the period.
 *   ticket-count     tickets of the kind opened in the period (per N items of a host fact).
 *   duty-completion  occurrences planned in the period; excused and pending ones excluded; done
 *                    counts, late, partial and missed do not.
 *   checkpoint-cov.  each planned checkpoint of those occurrences; visited ones count.
 * A ticket spanning two periods counts where its clock started (or where it was opened).
 */
import type { AuditModel, KpiModel } from "@yardstick/dsl";
import { calendarOf } from "../clocks/clock-scope.js";
import { elapsedAt } from "../clocks/clock-time.js";
import { compileMatcher, type Data, type Predicate } from "../compile/matcher.js";
import type { CompiledClock, Program } from "../compile/program.js";
import type { TicketState } from "../state/ticket-state.js";
import { decodeCycle, openingOrEventField } from "../state/codec.js";
import { type AuditActivity, type DutyResult, type Facts, SITE, type Subject, subjectKey } from "./activity.js";
import { bandOf, type KpiItem, type KpiResult, meetsTarget } from "./kpi-result.js";
import { inPeriod, type Period } from "./period.js";
import { currentData, cycleEnd, judgeTuple, storedKind, storedPin } from "./ticket-reader.js";

export interface KpiOptions {
  /** The instant open cycles are judged at (default: the period's end). */
  asOf?: number;
  /** Keep the items behind each KPI (default true; off for bulk figures). */
  items?: boolean;
}

/** Every subject's results, keyed by subject key (`site`, `zone:A`, `staff:w-07`), then KPI id. */
export type KpiTable = Map<string, { subject: Subject; kpis: Map<string, KpiResult> }>;

/**
 * The counts behind every KPI, in flat arrays: subject `s` and KPI `k` at `s * kpis + k`. Subjects
 * are numbered as first met (0 is the site), so a ticket costs two map look-ups and a few
 * additions, and an item object is made only when items are kept.
 */
class Tally {
  readonly subjects: Subject[] = [SITE];
  private readonly zones = new Map<string, number>();
  private readonly staff = new Map<string, number>();
  readonly numerator: number[] = [];
  readonly denominator: number[] = [];
  /** Durations of percentile KPIs, by slot (others stay empty). */
  readonly values: number[][] = [];
  readonly items: KpiItem[][] | null;

  constructor(
    readonly kpis: number,
    readonly percentiles: readonly boolean[],
    keepItems: boolean,
  ) {
    this.items = keepItems ? [] : null;
    this.grow();
  }

  private grow(): void {
    for (let k = 0; k < this.kpis; k++) {
      this.numerator.push(0);
      this.denominator.push(0);
      this.values.push([]);
      this.items?.push([]);
    }
  }

  private index(map: Map<string, number>, kind: "zone" | "staff", id: string): number {
    let i = map.get(id);
    if (i === undefined) {
      i = this.subjects.push({ kind, id }) - 1;
      map.set(id, i);
      this.grow();
    }
    return i;
  }

  zone(id: string): number {
    return this.index(this.zones, "zone", id);
  }

  member(id: string): number {
    return this.index(this.staff, "staff", id);
  }

  /** Counts one item for subject `s` (−1: none) and KPI `k`: `numerator` 2, `denominator` 1, `excluded` 0. */
  count(s: number, k: number, weight: 0 | 1 | 2): void {
    if (s < 0) return;
    const i = s * this.kpis + k;
    if (weight > 0) {
      this.denominator[i]!++;
      if (weight === 2) this.numerator[i]!++;
    }
  }

  /** Adds a measured amount (a duration in the KPI's unit) for subject `s` and KPI `k`. */
  measure(s: number, k: number, x: number): void {
    if (s < 0) return;
    const i = s * this.kpis + k;
    this.denominator[i]!++;
    this.numerator[i]! += x;
    if (this.percentiles[k]) this.values[i]!.push(x);
  }

  item(s: number, k: number, item: KpiItem): void {
    if (s >= 0) this.items![s * this.kpis + k]!.push(item);
  }
}

const WEIGHT = { numerator: 2, denominator: 1, excluded: 0 } as const;
const UNIT_MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;

/** A ticket's zone as a subject number (−1: none): the zone field of its current data. */
function ticketZone(t: Tally, s: TicketState, zoneField: string | undefined): number {
  const z = zoneField === undefined ? undefined : openingOrEventField(s, zoneField);
  return z === undefined || z === "" ? -1 : t.zone(String(z));
}

interface TicketKpi {
  k: number;
  model: KpiModel;
  clock: CompiledClock | undefined;
  /** The clock's place in the kind's clocks, as format 2 lists them (−1: none). */
  clockIndex: number;
  exclude: Predicate | undefined;
  unitMs: number;
}

/** The KPIs that read tickets of one kind. */
interface KindKpis {
  opened: TicketKpi[];
  clocks: TicketKpi[];
}

function tallyTickets(
  program: Program,
  audit: AuditModel,
  kpis: readonly KpiModel[],
  tickets: readonly TicketState[],
  p: Period,
  asOf: number,
  t: Tally,
) {
  const byKind = new Map<string, KindKpis>();
  let reads = false;
  kpis.forEach((model, k) => {
    const opens = model.measure === "rework-rate" || model.measure === "ticket-count";
    const times = model.measure === "clock-met-rate" || model.measure === "clock-duration";
    if (!opens && !times) return;
    reads = true;
    if (model.ticket === undefined) return;
    const kind = program.tickets.get(model.ticket);
    const clockIndex =
      model.clock === undefined || kind === undefined ? -1 : kind.clocks.findIndex((c) => c.id === model.clock);
    const clock = clockIndex < 0 ? undefined : kind!.clocks[clockIndex];
    const unitMs = UNIT_MS[model.target.unit as keyof typeof UNIT_MS] ?? 1;
    const entry = { k, model, clock, clockIndex, exclude: compileMatcher(model.exclude), unitMs };
    let of = byKind.get(model.ticket);
    if (of === undefined) byKind.set(model.ticket, (of = { opened: [], clocks: [] }));
    // A clock KPI whose clock the kind lacks counts nothing (as before: no cycles to read).
    if (opens) of.opened.push(entry);
    else if (clock !== undefined) of.clocks.push(entry);
  });
  // Without a ticket KPI the tickets are not read, nor checked.
  if (!reads) return;
  const pin = storedPin(program);
  const zoneField = audit.per === "zone" ? audit.zoneField : undefined;
  const keep = t.items !== null;
  const measureEnd = Math.min(asOf, p.end);
  for (let i = 0; i < tickets.length; i++) {
    const s = tickets[i]!;
    // Checked as the runtime checks a state (another format is refused), but not decoded.
    storedKind(program, pin, s);
    const of = byKind.get(s.kind);
    if (of === undefined) continue;
    const opened = s.opened;
    // Subjects are looked up once per ticket, and only for a ticket that counts somewhere (-2: not yet).
    let zone = -2;
    let staff = -1;
    let data: Data | undefined;
    const openedIn = opened >= p.start && opened < p.end;
    for (let e = 0; openedIn && e < of.opened.length; e++) {
      const { k, model, exclude } = of.opened[e]!;
      if (zone === -2) {
        zone = ticketZone(t, s, zoneField);
        staff = s.owner === undefined ? -1 : t.member(s.owner);
      }
      const excluded = exclude !== undefined && exclude((data ??= currentData(s)), undefined);
      const counted = model.measure === "ticket-count" || s.reworkOf !== undefined;
      const where = excluded ? "excluded" : counted ? "numerator" : "denominator";
      const w = WEIGHT[where];
      t.count(0, k, w);
      t.count(zone, k, w);
      t.count(staff, k, w);
      if (keep) {
        const status = excluded
          ? "excluded"
          : model.measure === "ticket-count"
            ? "opened"
            : counted
              ? "rework"
              : "first-time";
        const item: KpiItem = { ref: s.id, in: where, status, ticket: s.id };
        t.item(0, k, item);
        t.item(zone, k, item);
        t.item(staff, k, item);
      }
    }
    for (let e = 0; e < of.clocks.length; e++) {
      const { k, model, clock, clockIndex, exclude, unitMs } = of.clocks[e]!;
      const cycles = s.clocks[clockIndex];
      if (cycles === undefined) continue;
      const clip = model.clip === true;
      const rate = model.measure === "clock-met-rate";
      let excluded: boolean | undefined;
      for (let j = 0; j < cycles.length; j++) {
        const c = cycles[j]!;
        const startedAt = c[0] + opened;
        const endedAt = cycleEnd(c, opened);
        const until = endedAt ?? measureEnd;
        const counts = clip
          ? startedAt < p.end && until > p.start && startedAt <= measureEnd
          : startedAt >= p.start && startedAt < p.end;
        if (!counts) continue;
        if (zone === -2) {
          zone = ticketZone(t, s, zoneField);
          staff = s.owner === undefined ? -1 : t.member(s.owner);
        }
        excluded ??= exclude !== undefined && exclude((data ??= currentData(s)), undefined);
        let status: string;
        let where: KpiItem["in"];
        let amount: number | undefined;
        if (excluded) [status, where] = ["excluded", "excluded"];
        else if (rate) {
          status = judgeTuple(clock!, c, j + 1, opened, asOf);
          where = status === "met" ? "numerator" : status === "late" ? "denominator" : "excluded";
        } else if (c[1] === 3 || c[1] === 4) [status, where] = [c[1] === 3 ? "cancelled" : "reset", "excluded"];
        else if (!clip && endedAt === undefined) [status, where] = ["open", "excluded"];
        else {
          // A duration is working time on the clock's calendar: the cycle decoded for it.
          const cycle = decodeCycle(c, j + 1, opened);
          const from = clip ? Math.max(startedAt, p.start) : startedAt;
          const to = clip ? Math.min(until, p.end) : endedAt!;
          const cal = calendarOf(clock!, cycle.priority);
          const ms = elapsedAt(cal, cycle, to) - elapsedAt(cal, cycle, from);
          amount = ms / unitMs;
          status = endedAt === undefined ? "open" : "stopped";
          where = "numerator";
        }
        if (amount !== undefined) {
          t.measure(0, k, amount);
          t.measure(zone, k, amount);
          t.measure(staff, k, amount);
        } else {
          const w = WEIGHT[where];
          t.count(0, k, w);
          t.count(zone, k, w);
          t.count(staff, k, w);
        }
        if (keep) {
          const item: KpiItem = { ref: `${s.id}#${model.clock}/${j + 1}`, in: where, status, ticket: s.id };
          if (amount !== undefined) item.value = amount;
          t.item(0, k, item);
          t.item(zone, k, item);
          t.item(staff, k, item);
        }
      }
    }
  }
}

function tallyDuties(audit: AuditModel, kpis: readonly KpiModel[], duties: readonly DutyResult[], p: Period, t: Tally) {
  const dutyKpis = kpis.flatMap((model, k) =>
    model.measure === "duty-completion-rate" || model.measure === "checkpoint-coverage" ? [{ k, model }] : [],
  );
  if (dutyKpis.length === 0) return;
  const keep = t.items !== null;
  for (const r of duties) {
    const o = r.occurrence;
    if (!inPeriod(p, o.at)) continue;
    let subjects: number[] | undefined;
    for (const { k, model } of dutyKpis) {
      if (o.duty !== model.duty) continue;
      if (subjects === undefined) {
        subjects = [0];
        if (audit.per === "zone" && o.zone !== undefined) subjects.push(t.zone(o.zone));
        for (const staff of r.by ?? []) subjects.push(t.member(staff));
      }
      const add = (where: KpiItem["in"], item: () => KpiItem) => {
        const made = keep ? item() : undefined;
        for (const s of subjects!) {
          t.count(s, k, WEIGHT[where]);
          if (made !== undefined) t.item(s, k, made);
        }
      };
      const excluded = r.status === "excused" || r.status === "pending";
      if (model.measure === "duty-completion-rate") {
        const where = excluded ? "excluded" : r.status === "done" ? "numerator" : "denominator";
        add(where, () => ({ ref: o.id, in: where, status: r.status, occurrence: o.id }));
        continue;
      }
      const missed = new Set(
        r.status === "missed" && r.missedCheckpoints === undefined ? o.checkpoints : (r.missedCheckpoints ?? []),
      );
      for (const cp of o.checkpoints) {
        const visited = !missed.has(cp);
        const where = excluded ? "excluded" : visited ? "numerator" : "denominator";
        const status = excluded ? r.status : visited ? "visited" : "not-visited";
        add(where, () => ({ ref: `${o.id}@${cp}`, in: where, status, occurrence: o.id }));
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

/** The nearest-rank percentile: the smallest value with at least q% of the values at or below it. */
export function percentileOf(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((q / 100) * sorted.length) - 1)]!;
}

const numberFact = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** One KPI's result from its counts. */
function resultOf(
  k: KpiModel,
  subject: Subject,
  counts: { numerator: number; denominator: number; values: number[]; items: KpiItem[] },
  facts: Facts | undefined,
): KpiResult {
  const base = { kpi: k.id, measure: k.measure, subject, unit: k.target.unit, target: k.target };
  let value: number | null;
  let numerator: number | null = counts.numerator;
  let denominator: number | null = counts.denominator;
  let met: boolean | null;
  if (k.measure === "fact") {
    value = numberFact(facts?.[k.fact!]);
    numerator = denominator = null;
    met = value === null ? null : meetsTarget(k.target, value);
  } else if (k.measure === "clock-duration") {
    const n = counts.denominator;
    value =
      n === 0
        ? null
        : k.stat === "sum"
          ? counts.numerator
          : k.stat === "percentile"
            ? percentileOf(counts.values, k.percentile!)
            : counts.numerator / n;
    if (k.stat === "percentile") numerator = null;
    met = value === null ? null : meetsTarget(k.target, value);
  } else if (k.measure === "ticket-count") {
    if (k.per === undefined) {
      value = counts.numerator;
      denominator = null;
      met = meetsTarget(k.target, value);
    } else {
      const items = numberFact(facts?.[k.per.of]);
      denominator = items;
      value = items === null || items <= 0 ? null : (counts.numerator * k.per.count) / items;
      met =
        value === null
          ? null
          : meetsTarget(k.target, value, { numerator: counts.numerator, denominator: items!, scale: k.per.count });
    }
  } else {
    const { numerator: a, denominator: b } = counts;
    value = b === 0 ? null : (a / b) * 100;
    met = value === null ? null : meetsTarget(k.target, value, { numerator: a, denominator: b });
  }
  const result: KpiResult = { ...base, value, numerator, denominator, met, items: counts.items };
  if (k.bands !== undefined) result.band = value === null ? null : bandOf(k, value, result);
  return result;
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
  const models = Object.values(audit.kpis);
  const tally = new Tally(
    models.length,
    models.map((k) => k.stat === "percentile"),
    options.items ?? true,
  );
  tallyTickets(program, audit, models, activity.tickets ?? [], p, asOf, tally);
  tallyDuties(audit, models, activity.duties ?? [], p, tally);
  const facts = factsBySubject(activity, p);
  const subjects = new Map<string, { subject: Subject; s: number }>();
  tally.subjects.forEach((subject, s) => subjects.set(subjectKey(subject), { subject, s }));
  for (const [key, f] of facts) if (!subjects.has(key)) subjects.set(key, { subject: f.subject, s: -1 });
  const none = { numerator: 0, denominator: 0, values: [] as number[], items: [] as KpiItem[] };
  const table: KpiTable = new Map();
  for (const [key, { subject, s }] of subjects) {
    if (subject.kind === "zone" && audit.per !== "zone") continue;
    const kpis = new Map<string, KpiResult>();
    models.forEach((k, index) => {
      const i = s * models.length + index;
      const counts =
        s < 0
          ? none
          : {
              numerator: tally.numerator[i]!,
              denominator: tally.denominator[i]!,
              values: tally.values[i]!,
              items: tally.items === null ? [] : tally.items[i]!,
            };
      kpis.set(k.id, resultOf(k, subject, { ...counts, items: s < 0 ? [] : counts.items }, facts.get(key)?.facts));
    });
    table.set(key, { subject, kpis });
  }
  return table;
}
