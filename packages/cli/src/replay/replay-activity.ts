/**
 * Replays an activity file under a standard through the engine: every ticket's history (one
 * `replayTicket` call, or event by event when a line is refused, so the refused line is named),
 * advanced to the end of the window; the duties planned and reconciled against the logs. The
 * result is the activity an audit reads (`AuditActivity`) plus what happened on the way: each
 * clock's cycles, breaches and escalations, and every line the engine refused.
 */
import {
  advance,
  applyEvent,
  instantFrom,
  isEngineError,
  openTicket,
  periodOf,
  planDuties,
  reconcile,
  replayTicket,
  type AuditActivity,
  type DutyEvent,
  type DutyExcuse,
  type DutyLog,
  type DutyResult,
  type DutySubject,
  type Effect,
  type FactRecord,
  type OpenTicketInput,
  type PeriodKind,
  type Program,
  type RecentTicket,
  type TicketEvent,
  type TicketState,
} from "@yardstick/engine";
import type { LineProblem, ReadRecord } from "../activity/read-records.js";
import type { EventRecord, OpenRecord } from "../activity/records.js";
import { usageError } from "../user-error.js";

export interface ReplayWindow {
  period: string;
  from: number;
  to: number;
  items: Record<string, string[]>;
}

/** One clock of one ticket kind, over the replayed tickets (effects after retractions). */
export interface ClockTally {
  kind: string;
  clock: string;
  started: number;
  met: number;
  late: number;
  breaches: number;
  warnings: number;
  escalations: number;
}

export interface ReplayResult {
  window: ReplayWindow;
  activity: AuditActivity;
  clocks: ClockTally[];
  /** Duty outcome status → count. */
  duties: Record<string, number>;
  counts: { tickets: number; events: number; logs: number };
  /** Lines the engine refused or could not place, with the line, a code and a hint. */
  problems: LineProblem[];
}

const PERIOD_FORMS: [PeriodKind, RegExp][] = [
  ["day", /^\d{4}-\d{2}-\d{2}$/],
  ["week", /^\d{4}-W\d{2}$/],
  ["month", /^\d{4}-\d{2}$/],
  ["quarter", /^\d{4}-Q\d$/],
  ["year", /^\d{4}$/],
];

/** The window: `--period` if given, else the header's; the header's items either way. */
export function replayWindow(
  program: Program,
  records: readonly ReadRecord[],
  period: string | undefined,
): ReplayWindow {
  const header = records[0]?.record.type === "header" ? records[0].record : undefined;
  const items = header?.items ?? {};
  const label = period ?? header?.period;
  if (label !== undefined) {
    const kind = PERIOD_FORMS.find(([, re]) => re.test(label))?.[0];
    if (kind === undefined) throw usageError("invalid-option-value", "period", { value: label });
    const p = periodOf(kind, label, program.timezone);
    return { period: p.label, from: p.start, to: p.end, items };
  }
  if (header !== undefined) {
    const from = instantFrom(header.from, program.timezone)!;
    const to = instantFrom(header.to, program.timezone)!;
    return { period: header.period ?? `${header.from}/${header.to}`, from, to, items };
  }
  throw usageError("missing-option", "eventsPeriod", {});
}

function engineProblem(line: number, error: unknown): LineProblem {
  if (!isEngineError(error)) throw error;
  return { line, code: error.code, severity: "error", message: error.message, hint: error.hint ?? "" };
}

interface TicketLines {
  open: { line: number; record: OpenRecord };
  events: { line: number; record: EventRecord }[];
}

export interface ReplayOptions {
  period?: string;
  onProgress?: (done: number, total: number) => void;
}

export function replayActivity(
  program: Program,
  records: readonly ReadRecord[],
  options: ReplayOptions = {},
): ReplayResult {
  const tz = program.timezone;
  const window = replayWindow(program, records, options.period);
  const problems: LineProblem[] = [];
  const tickets = new Map<string, TicketLines>();
  const logs: DutyLog[] = [];
  const logLines: number[] = [];
  const excuses: DutyExcuse[] = [];
  const excuseLines: number[] = [];
  const triggers: DutyEvent[] = [];
  const triggerLines: number[] = [];
  const subjects: DutySubject[] = [];
  const subjectLines: number[] = [];
  const facts: FactRecord[] = [];
  let events = 0;
  for (const { line, record: r } of records) {
    switch (r.type) {
      case "open":
        if (tickets.has(r.ticket))
          problems.push({
            line,
            code: "duplicate-ticket",
            severity: "error",
            message: `ticket \`${r.ticket}\` was opened before (line ${tickets.get(r.ticket)!.open.line})`,
            hint: "each ticket is opened once; later lines are `event` records",
          });
        else tickets.set(r.ticket, { open: { line, record: r }, events: [] });
        break;
      case "event": {
        const t = tickets.get(r.ticket);
        if (t === undefined)
          problems.push({
            line,
            code: "unknown-ticket",
            severity: "error",
            message: `an event for ticket \`${r.ticket}\`, which no earlier line opens`,
            hint: "an `open` record must come before the ticket's events",
          });
        else {
          t.events.push({ line, record: r });
          events++;
        }
        break;
      }
      case "log": {
        const { type: _, ...log } = r;
        logs.push(log);
        logLines.push(line);
        break;
      }
      case "excuse":
        excuses.push({ occurrence: r.occurrence, reason: r.reason });
        excuseLines.push(line);
        break;
      case "trigger":
        triggers.push({
          type: r.event,
          at: r.at,
          ...(r.zone ? { zone: r.zone } : {}),
          ...(r.item ? { item: r.item } : {}),
          ...(r.id ? { id: r.id } : {}),
        });
        triggerLines.push(line);
        break;
      case "subject":
        subjects.push({ id: r.id, ...(r.zone ? { zone: r.zone } : {}), data: r.data });
        subjectLines.push(line);
        break;
      case "facts": {
        const { type: _, ...f } = r;
        facts.push(f);
        break;
      }
      case "header":
        break;
    }
  }

  // Tickets, in the order they were opened; a kind's earlier tickets are its `recent` (rework).
  const states: TicketState[] = [];
  const effects = new Map<string, Effect>();
  const recentByKey = new Map<string, RecentTicket[]>();
  const total = tickets.size + 1;
  let done = 0;
  for (const t of tickets.values()) {
    const o = t.open.record;
    // Only the earlier tickets with the same `rework.same` values can be what this one repeats.
    const same = program.tickets.get(o.kind)?.model.rework?.same;
    const key =
      same === undefined ? undefined : `${o.kind}\u0000${same.map((f) => String(o.data?.[f] ?? "")).join("\u0000")}`;
    const recent = key === undefined ? [] : (recentByKey.get(key) ?? []);
    const open: OpenTicketInput = {
      id: o.ticket,
      kind: o.kind,
      at: o.at,
      ...(o.data ? { data: o.data } : {}),
      ...(o.by ? { by: o.by } : {}),
      recent,
    };
    const list: TicketEvent[] = t.events.map(({ record: e }) => ({
      type: e.event,
      at: e.at,
      ...(e.id ? { id: e.id } : {}),
      ...(e.by ? { by: e.by } : {}),
      ...(e.data ? { data: e.data } : {}),
    }));
    const last = Math.max(window.to, ...list.map((e) => instantFrom(e.at, tz) ?? 0));
    let result: { ticket: TicketState; effects: Effect[] } | undefined;
    try {
      result = replayTicket(program, { open, events: list, until: last });
    } catch {
      const stepwise = replayStepwise(program, t, open, list, last, problems);
      result = stepwise.result;
      events -= stepwise.refused;
    }
    if (result !== undefined) {
      states.push(result.ticket);
      for (const e of result.effects) {
        if (e.kind === "retract") effects.delete(e.retracts!);
        else effects.set(e.key, e);
      }
      if (key !== undefined) {
        recent.push({ id: o.ticket, at: o.at, data: o.data ?? {} });
        recentByKey.set(key, recent);
      }
    }
    options.onProgress?.(++done, total);
  }

  // Duties: planned over the window with the triggers and records, reconciled against the logs.
  const plan = planDuties(program, {
    from: window.from,
    to: window.to,
    items: window.items,
    events: triggers,
    subjects,
  });
  const linesOf: Record<string, number[]> = {
    logs: logLines,
    excuses: excuseLines,
    events: triggerLines,
    subjects: subjectLines,
  };
  const reconciled = reconcile(program, { occurrences: plan, logs, excuses, now: window.to });
  for (const d of [...plan.diagnostics, ...reconciled.diagnostics]) {
    const [list, index] = d.path as [string, number];
    const line = linesOf[list]?.[index] ?? 0;
    problems.push({ line, code: d.code, severity: d.severity, message: d.message, hint: d.hint ?? "" });
  }
  const outcomes: DutyResult[] = reconciled.outcomes;
  const duties: Record<string, number> = {};
  for (const o of outcomes) duties[o.status] = (duties[o.status] ?? 0) + 1;
  options.onProgress?.(total, total);

  return {
    window,
    activity: { tickets: states, duties: outcomes, facts },
    clocks: tallyClocks(program, effects.values()),
    duties,
    counts: { tickets: states.length, events, logs: logs.length },
    problems: problems.sort((a, b) => a.line - b.line),
  };
}

/** Event by event, so the line the engine refuses is named; the refused event is left out. */
function replayStepwise(
  program: Program,
  t: TicketLines,
  open: OpenTicketInput,
  list: TicketEvent[],
  until: number,
  problems: LineProblem[],
): { result: { ticket: TicketState; effects: Effect[] } | undefined; refused: number } {
  const out: Effect[] = [];
  let refused = 0;
  let ticket: TicketState;
  try {
    const r = openTicket(program, open);
    ticket = r.ticket;
    out.push(...r.effects);
  } catch (error) {
    problems.push(engineProblem(t.open.line, error));
    for (const e of t.events)
      problems.push({
        line: e.line,
        code: "unknown-ticket",
        severity: "error",
        message: `skipped: ticket \`${e.record.ticket}\` could not be opened (line ${t.open.line})`,
        hint: "fix the ticket's `open` line",
      });
    return { result: undefined, refused: t.events.length };
  }
  list.forEach((event, i) => {
    try {
      const r = applyEvent(program, ticket, event);
      ticket = r.ticket;
      out.push(...r.effects);
    } catch (error) {
      problems.push(engineProblem(t.events[i]!.line, error));
      refused++;
    }
  });
  const r = advance(program, ticket, until);
  out.push(...r.effects);
  return { result: { ticket: r.ticket, effects: out }, refused };
}

function tallyClocks(program: Program, effects: Iterable<Effect>): ClockTally[] {
  const tallies = new Map<string, ClockTally>();
  for (const kind of program.tickets.values())
    for (const clock of kind.clocks)
      tallies.set(`${kind.id}/${clock.id}`, {
        kind: kind.id,
        clock: clock.id,
        started: 0,
        met: 0,
        late: 0,
        breaches: 0,
        warnings: 0,
        escalations: 0,
      });
  for (const e of effects) {
    const t = e.clock === undefined ? undefined : tallies.get(`${e.ticketKind}/${e.clock}`);
    if (t === undefined) continue;
    if (e.kind === "clock-started") t.started++;
    else if (e.kind === "clock-stopped") {
      if (e.met === false) t.late++;
      else t.met++;
    } else if (e.kind === "breach") t.breaches++;
    else if (e.kind === "warning") t.warnings++;
    else if (e.kind === "escalation") t.escalations++;
  }
  return [...tallies.values()];
}
