/**
 * `reconcile(program, input)`: occurrences + the host's completion logs → an outcome per
 * occurrence (done, late, partial, missed, excused, pending), typed diagnostics for the logs that
 * fit nowhere, duty effects with stable keys, and `nextWakeAt`. Every log ends up on an outcome or
 * in a diagnostic: none is dropped.
 *
 * A log counts for the earliest still-open occurrence of its duty, site, zone and item whose
 * window holds it: from `start` (less the tolerance, for a fixed time) until the next occurrence
 * starts, or, for the last one, until its due time plus its length and tolerance.
 * "Every 2 hours" is read per duty (`reading:`): `blocks` — one round in each 2-hour block;
 * `rolling` — each round within 2 hours of the one before (the first within 2 hours of the
 * window opening), however the blocks fall.
 */
import type { DutyModel } from "@yardstick/dsl";
import type { Program } from "../compile/program.js";
import { EngineError } from "../errors/engine-error.js";
import { instantFrom } from "../time/local-time.js";
import { dutyDiagnostic, type DutyDiagnostic } from "./duty-diagnostics.js";
import type { DutyEffect } from "./duty-effect.js";
import type { DutyOccurrence } from "./occurrence.js";
import type { DutyLog, ReconcileInput } from "./reconcile-input.js";

export type OutcomeStatus = "done" | "late" | "partial" | "missed" | "excused" | "pending";

export interface OccurrenceOutcome {
  occurrence: DutyOccurrence;
  status: OutcomeStatus;
  /** The due time the outcome was judged against (under `rolling`, from the round before). */
  due: number;
  /** When it was completed (every checkpoint visited, or the first log when it has none). */
  doneAt?: number;
  /** ms after `due` (late, or a partial done late). */
  lateBy?: number;
  /** The checkpoints no log visited (all of them, for a missed occurrence). */
  missedCheckpoints?: string[];
  /** With `crew: 2`: how many more people the logs needed (distinct `by`). */
  missingCrew?: number;
  /** Indexes into `logs` of the logs counted for it, extra visits included. */
  logs: number[];
  by?: string[];
  refs?: string[];
  /** An excuse's reason. */
  reason?: string;
}

export interface ReconcileResult {
  outcomes: OccurrenceOutcome[];
  diagnostics: DutyDiagnostic[];
  effects: DutyEffect[];
  /** The next instant an effect falls due, or null when none will. */
  nextWakeAt: number | null;
}

interface Log {
  index: number;
  log: DutyLog;
  at: number;
}

interface Entry {
  o: DutyOccurrence;
  /** Window a log may fall in: [open, close). */
  open: number;
  close: number;
  logs: Log[];
  tolerance: number;
  /** People it needs (`crew`), 1 by default. */
  crew: number;
}

const seriesOf = (x: { duty: string; site?: string; zone?: string; item?: string }) =>
  `${x.duty}\u0000${x.site ?? ""}\u0000${x.zone ?? ""}\u0000${x.item ?? ""}`;

function toleranceOf(duty: DutyModel | undefined): number {
  const t = duty?.tolerance?.value;
  if (t === undefined) return 0;
  return t.kind === "duration" ? t.ms : t.kind === "calendar-days" ? t.days * 86_400_000 : t.months * 30 * 86_400_000;
}

export function readingOf(duty: DutyModel): "blocks" | "rolling" {
  return duty.schedule.kind === "recurring" ? (duty.schedule.reading ?? "blocks") : "blocks";
}

/**
 * @example
 * const plan = [...planDuties(program, { from: "2026-03-06", to: "2026-03-07" })];
 * const { outcomes, diagnostics } = reconcile(program, { occurrences: plan, logs, now: "2026-03-07 08:00" });
 */
export function reconcile(program: Program, input: ReconcileInput): ReconcileResult {
  const now = instantFrom(input.now, program.timezone);
  if (now === undefined)
    throw new EngineError("invalid-instant", `\`now\` is not a time: ${String(input.now)}`, { path: ["now"] });
  const duties = program.model.duties;
  const diagnostics: DutyDiagnostic[] = [];
  const series = new Map<string, Entry[]>();
  const byId = new Map<string, Entry>();
  for (const o of input.occurrences) {
    const tolerance = toleranceOf(duties[o.duty]);
    const entry: Entry = {
      o,
      open: o.start === o.due ? o.start - tolerance : o.start,
      close: 0,
      logs: [],
      tolerance,
      crew: duties[o.duty]?.crew ?? 1,
    };
    const key = seriesOf(o);
    const list = series.get(key) ?? [];
    list.push(entry);
    series.set(key, list);
    byId.set(o.id, entry);
  }
  for (const list of series.values()) {
    list.sort((a, b) => a.o.start - b.o.start || (a.o.index ?? 0) - (b.o.index ?? 0));
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      let next: Entry | undefined;
      for (let j = i + 1; j < list.length && next === undefined; j++) if (list[j]!.o.start > e.o.start) next = list[j];
      const late = e.o.due + e.tolerance;
      e.close = next === undefined ? late + (e.o.due - e.o.start) : Math.max(next.o.start, late);
    }
  }

  // Read the logs in time order; report what cannot count.
  const logs: Log[] = [];
  const seen = new Map<string, number>();
  let latest = -Infinity;
  input.logs.forEach((log, index) => {
    const at = log === null || typeof log !== "object" ? undefined : instantFrom(log.at, program.timezone);
    if (at === undefined || typeof log.duty !== "string") {
      diagnostics.push(
        dutyDiagnostic(
          "invalid-log",
          "error",
          `log ${index + 1} has no valid \`duty\` and \`at\``,
          ["logs", index],
          log?.id,
        ),
      );
      return;
    }
    const duty = duties[log.duty];
    if (duty === undefined) {
      diagnostics.push(
        dutyDiagnostic(
          "unknown-duty",
          "error",
          `log ${index + 1}: no duty \`${log.duty}\` in the standard`,
          ["logs", index, "duty"],
          log.id,
        ),
      );
      return;
    }
    const fingerprint =
      log.id ??
      JSON.stringify([log.duty, log.site, log.zone, log.item, at, [...(log.checkpoints ?? [])].sort(), log.by]);
    const earlier = seen.get(fingerprint);
    if (earlier !== undefined) {
      diagnostics.push(
        dutyDiagnostic(
          "duplicate-log",
          "warning",
          `log ${index + 1} repeats log ${earlier + 1}; it counts once`,
          ["logs", index],
          log.id,
        ),
      );
      return;
    }
    seen.set(fingerprint, index);
    if (at < latest)
      diagnostics.push(
        dutyDiagnostic(
          "log-out-of-order",
          "info",
          `log ${index + 1} is earlier than a log before it`,
          ["logs", index, "at"],
          log.id,
        ),
      );
    latest = Math.max(latest, at);
    const known = new Set(duty.checkpoints.map((c) => c.id));
    const unknown = (log.checkpoints ?? []).filter((c) => !known.has(c));
    if (unknown.length > 0)
      diagnostics.push(
        dutyDiagnostic(
          "unknown-checkpoint",
          "warning",
          `log ${index + 1}: \`${unknown.join("`, `")}\` ${unknown.length === 1 ? "is not a checkpoint" : "are not checkpoints"} of \`${duty.id}\``,
          ["logs", index, "checkpoints"],
          log.id,
        ),
      );
    if (log.zone !== undefined && duty.zones.length > 0 && !duty.zones.includes(log.zone)) {
      diagnostics.push(
        dutyDiagnostic(
          "unknown-zone",
          "warning",
          `log ${index + 1}: duty \`${duty.id}\` is not done in zone \`${log.zone}\``,
          ["logs", index, "zone"],
          log.id,
        ),
      );
      return;
    }
    logs.push({ index, log, at });
  });
  logs.sort((a, b) => a.at - b.at || a.index - b.index);

  const excuses = new Map<string, string>();
  (input.excuses ?? []).forEach((x, i) => {
    if (!byId.has(x.occurrence))
      diagnostics.push(
        dutyDiagnostic(
          "unknown-occurrence",
          "warning",
          `excuse ${i + 1} names \`${x.occurrence}\`, which is not in the plan`,
          ["excuses", i, "occurrence"],
        ),
      );
    else excuses.set(x.occurrence, x.reason);
  });

  const rolling = new Set(
    Object.values(duties)
      .filter((d) => readingOf(d) === "rolling")
      .map((d) => d.id),
  );
  for (const l of logs) {
    let target: Entry | undefined;
    if (l.log.occurrence !== undefined) {
      target = byId.get(l.log.occurrence);
      if (target === undefined)
        diagnostics.push(
          dutyDiagnostic(
            "unknown-occurrence",
            "warning",
            `log ${l.index + 1} names occurrence \`${l.log.occurrence}\`, which is not in the plan; matched by time instead`,
            ["logs", l.index, "occurrence"],
            l.log.id,
          ),
        );
    }
    const list = series.get(seriesOf(l.log)) ?? [];
    if (target === undefined) {
      let extra: Entry | undefined;
      for (const e of list) {
        if (l.at < e.open || l.at >= e.close || excuses.has(e.o.id)) continue;
        // Under `rolling` a window's logs are assigned to rounds afterwards; keep them on the first.
        if (e.logs.length === 0 || rolling.has(e.o.duty)) {
          target = e;
          break;
        }
        extra ??= e;
      }
      target ??= extra;
      if (target !== undefined && target.logs.length > 0 && !rolling.has(target.o.duty) && target === extra)
        diagnostics.push(
          dutyDiagnostic(
            "extra-log",
            "info",
            `log ${l.index + 1} is a further visit for \`${target.o.id}\``,
            ["logs", l.index],
            l.log.id,
          ),
        );
    }
    if (target === undefined) {
      diagnostics.push(
        dutyDiagnostic(
          "log-outside-window",
          "warning",
          `log ${l.index + 1} (\`${l.log.duty}\`${l.log.zone ? ` in ${l.log.zone}` : ""}${l.log.item ? `, ${l.log.item}` : ""}) falls in no occurrence's window`,
          ["logs", l.index, "at"],
          l.log.id,
        ),
      );
      continue;
    }
    target.logs.push(l);
  }

  const outcomes: OccurrenceOutcome[] = [];
  for (const list of series.values()) {
    const duty = duties[list[0]!.o.duty]!;
    const every = duty.schedule.kind === "recurring" ? duty.schedule.every?.value : undefined;
    if (rolling.has(duty.id) && every?.kind === "duration")
      rollingOutcomes(list, every.ms, now, excuses, outcomes, diagnostics);
    else for (const e of list) outcomes.push(judge(e, e.o.due, e.logs, now, excuses));
  }
  outcomes.sort((a, b) => a.occurrence.at - b.occurrence.at || (a.occurrence.id < b.occurrence.id ? -1 : 1));
  const { effects, nextWakeAt } = dutyEffects(program, outcomes, byId, now);
  return { outcomes, diagnostics, effects, nextWakeAt };
}

function judge(e: Entry, due: number, logs: Log[], now: number, excuses: Map<string, string>): OccurrenceOutcome {
  const o = e.o;
  const base: OccurrenceOutcome = { occurrence: o, status: "pending", due, logs: logs.map((l) => l.index) };
  const by = [
    ...new Set(logs.flatMap((l) => (l.log.by === undefined ? [] : Array.isArray(l.log.by) ? l.log.by : [l.log.by]))),
  ];
  const refs = logs.flatMap((l) => (l.log.ref === undefined ? [] : [l.log.ref]));
  if (by.length > 0) base.by = by;
  if (refs.length > 0) base.refs = refs;
  const reason = excuses.get(o.id);
  if (reason !== undefined) return { ...base, status: "excused", reason };
  if (logs.length === 0) {
    if (now < due + e.tolerance) return base;
    return o.checkpoints.length > 0
      ? { ...base, status: "missed", missedCheckpoints: [...o.checkpoints] }
      : { ...base, status: "missed" };
  }
  // Completed when the last missing checkpoint was visited.
  const missing = new Set(o.checkpoints);
  let doneAt = logs[0]!.at;
  for (const l of logs) {
    for (const c of l.log.checkpoints ?? []) missing.delete(c);
    if (missing.size === 0 || o.checkpoints.length === 0) {
      doneAt = l.at;
      break;
    }
    doneAt = l.at;
  }
  // A crew of two needs two people among the logs: done when the second one came.
  let crewAt = doneAt;
  if (e.crew > 1) {
    const people = new Set<string>();
    crewAt = Infinity;
    for (const l of logs) {
      for (const who of l.log.by === undefined ? [] : Array.isArray(l.log.by) ? l.log.by : [l.log.by]) people.add(who);
      if (people.size >= e.crew) {
        crewAt = l.at;
        break;
      }
    }
    if (crewAt !== Infinity) doneAt = Math.max(doneAt, crewAt);
  }
  const lateBy = doneAt > due + e.tolerance ? doneAt - due : undefined;
  const missingCrew = crewAt === Infinity ? e.crew - by.length : 0;
  if (missing.size > 0 || missingCrew > 0)
    return {
      ...base,
      status: "partial",
      doneAt,
      ...(missing.size > 0 ? { missedCheckpoints: o.checkpoints.filter((c) => missing.has(c)) } : {}),
      ...(missingCrew > 0 ? { missingCrew } : {}),
      ...(lateBy !== undefined ? { lateBy } : {}),
    };
  return lateBy === undefined ? { ...base, status: "done", doneAt } : { ...base, status: "late", doneAt, lateBy };
}

/**
 * `rolling`: in each run of back-to-back rounds (one night's window), round k is due `every` after
 * round k−1 was done (round 1: after the window opened). A visit later than two intervals leaves
 * the round missed and counts for the next one.
 */
function rollingOutcomes(
  list: Entry[],
  every: number,
  now: number,
  excuses: Map<string, string>,
  out: OccurrenceOutcome[],
  diagnostics: DutyDiagnostic[],
): void {
  let i = 0;
  while (i < list.length) {
    let j = i + 1;
    while (j < list.length && list[j]!.o.start === list[j - 1]!.o.due) j++;
    const run = list.slice(i, j);
    const visits = run.flatMap((e) => e.logs).sort((a, b) => a.at - b.at || a.index - b.index);
    let prev = run[0]!.o.start;
    let v = 0;
    for (const e of run) {
      const due = prev + every;
      const visit = visits[v];
      if (visit === undefined || visit.at > due + every + e.tolerance) {
        out.push(judge(e, due, [], now, excuses));
        prev = due;
        continue;
      }
      v++;
      out.push(judge(e, due, [visit], now, excuses));
      prev = visit.at;
    }
    // Visits beyond the rounds the window holds are kept on the last round.
    const last = out[out.length - 1]!;
    for (; v < visits.length; v++) {
      last.logs.push(visits[v]!.index);
      diagnostics.push(
        dutyDiagnostic(
          "extra-log",
          "info",
          `log ${visits[v]!.index + 1} is a further visit for \`${last.occurrence.id}\``,
          ["logs", visits[v]!.index],
          visits[v]!.log.id,
        ),
      );
    }
    i = j;
  }
}

const KIND_ORDER = { "duty-due": 0, "duty-overdue": 1, "duty-escalation": 2, "duty-missed": 3 } as const;

function dutyEffects(
  program: Program,
  outcomes: OccurrenceOutcome[],
  entries: Map<string, Entry>,
  now: number,
): { effects: DutyEffect[]; nextWakeAt: number | null } {
  const effects: DutyEffect[] = [];
  let wake = Infinity;
  for (const outcome of outcomes) {
    const o = outcome.occurrence;
    const duty = program.model.duties[o.duty]!;
    const entry = entries.get(o.id)!;
    const where = {
      ...(o.site !== undefined ? { site: o.site } : {}),
      ...(o.zone !== undefined ? { zone: o.zone } : {}),
      ...(o.item !== undefined ? { item: o.item } : {}),
    };
    const emit = (kind: DutyEffect["kind"], at: number, roles: string[], level?: number) => {
      if (at > now) {
        wake = Math.min(wake, at);
        return;
      }
      effects.push({
        key: `${o.id}/${kind}${level !== undefined ? `/${level}` : ""}`,
        kind,
        occurrence: o.id,
        duty: o.duty,
        at,
        ...where,
        roles,
        ...(level !== undefined ? { level } : {}),
      });
    };
    if (outcome.status === "excused") continue;
    emit("duty-due", o.start, [...new Set([...duty.roles, ...duty.notify])]);
    const overdueAt = outcome.due + entry.tolerance;
    const completed = outcome.doneAt !== undefined && outcome.status !== "partial" ? outcome.doneAt : Infinity;
    if (completed > overdueAt) {
      emit("duty-overdue", overdueAt, [...duty.roles]);
      duty.escalation.forEach((level, i) => {
        const t = level.at.value;
        const at =
          t.anchor === "elapsed-percent"
            ? o.start + ((outcome.due - o.start) * t.percent) / 100
            : t.anchor === "start"
              ? o.start + t.offsetMs
              : overdueAt + t.offsetMs;
        if (completed > at) emit("duty-escalation", at, level.notify, i + 1);
      });
    }
    if (outcome.logs.length === 0) emit("duty-missed", Math.max(entry.close, overdueAt), [...duty.roles]);
  }
  effects.sort((a, b) => a.at - b.at || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.key < b.key ? -1 : 1));
  return { effects, nextWakeAt: wake === Infinity ? null : wake };
}
