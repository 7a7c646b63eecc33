/**
 * The page's questions answered by the language and the engine themselves: "is my file right?"
 * (loadStandard's diagnostics), "a leak reported now: when is someone due, who is told when?"
 * (the runtime's open + explain), the scenarios, the duty week and the handbook. No DOM here:
 * the worker runs it, and so can a test in Node.
 */
import { loadStandard, type Diagnostic, type Label, type LoadCache, type LoadedSource } from "@yardstick/dsl";
import {
  applyEvent,
  buildHandbook,
  compileStandard,
  explain,
  formatShort,
  instantFrom,
  openTicket,
  planDuties,
  renderHandbook,
  runScenarios,
  status,
  type Program,
} from "@yardstick/engine";
import { WORDS, type PageLang } from "../words.js";
import type {
  ClockLine,
  DutyRow,
  DutyWeek,
  KindChoice,
  PageDiagnostic,
  ScenarioLine,
  TicketQuery,
  Timeline,
  TimelineMark,
  TimelineStep,
} from "./protocol.js";
import { shippedResolver } from "./shipped.js";

/** The name the edited text goes by in diagnostics. */
export const EDITED_FILE = "playground.yaml";

export interface Loaded {
  diagnostics: PageDiagnostic[];
  program: Program | undefined;
  ms: { load: number; compile: number };
}

const label = (l: Label | undefined, lang: PageLang, fallback: string) => l?.[lang] ?? l?.en ?? l?.zh ?? fallback;

/**
 * Loads and compiles the edited text; every problem comes back as the page shows it, in its
 * language. With `cache` (the worker keeps one), the standards it extends and the top-level
 * sections the edit did not touch are not parsed again.
 */
export function loadText(text: string, lang: PageLang, cache?: LoadCache): Loaded {
  const t0 = performance.now();
  const { standard, diagnostics, sources } = loadStandard(text, {
    file: EDITED_FILE,
    resolve: shippedResolver,
    lang,
    ...(cache !== undefined ? { cache } : {}),
  });
  const t1 = performance.now();
  const compiled = standard === undefined ? undefined : compileStandard(standard);
  const t2 = performance.now();
  const all = [...diagnostics, ...(compiled?.diagnostics ?? [])];
  return {
    diagnostics: all.map((d) => pageDiagnostic(d, text, sources)),
    program: all.some((d) => d.severity === "error") ? undefined : compiled?.program,
    ms: { load: t1 - t0, compile: t2 - t1 },
  };
}

function pageDiagnostic(d: Diagnostic, text: string, sources: LoadedSource[]): PageDiagnostic {
  const base: PageDiagnostic = {
    code: d.code,
    severity: d.severity,
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column,
    ...(d.hint !== undefined ? { hint: d.hint } : {}),
  };
  if (d.file !== EDITED_FILE || !sources.some((s) => s.file === EDITED_FILE)) return base;
  const from = offsetOf(text, d.range.start);
  const to = Math.max(from, offsetOf(text, d.range.end));
  return { ...base, from, to };
}

/** A position's UTF-16 offset; from its line and column when the dsl had no offset (-1). */
function offsetOf(text: string, p: { line: number; column: number; offset: number }): number {
  if (p.offset >= 0) return Math.min(p.offset, text.length);
  let offset = 0;
  for (let line = 1; line < p.line; line++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + p.column - 1, text.length);
}

/** The ticket kinds to choose from, each with the fields its priorities are chosen by. */
export function kindChoices(program: Program, lang: PageLang): KindChoice[] {
  return Object.values(program.model.tickets).map((kind) => {
    const values = new Map<string, Set<string>>();
    for (const p of kind.priorities)
      for (const test of p.when) {
        const set = values.get(test.field) ?? new Set<string>();
        for (const v of Array.isArray(test.value) ? test.value : [test.value]) set.add(String(v));
        values.set(test.field, set);
      }
    for (const [id, set] of values) for (const v of kind.fields[id]?.values ?? []) set.add(String(v));
    return {
      id: kind.id,
      title: label(kind.title, lang, kind.id),
      events: Object.keys(kind.states[kind.initial]?.on ?? {}),
      fields: [...values].map(([id, set]) => ({
        id,
        title: label(kind.fields[id]?.title, lang, id),
        values: [...set],
      })),
    };
  });
}

type Ticket = ReturnType<typeof openTicket>["ticket"];
type KindModel = Program["model"]["tickets"][string];

/** The events the ticket's state allows, with their titles. */
function eventsOf(kind: KindModel, state: string, lang: PageLang): { id: string; title: string }[] {
  return Object.keys(kind.states[state]?.on ?? {}).map((id) => ({
    id,
    title: label(kind.events[id]?.title, lang, id),
  }));
}

/** What starts a clock, in the page's words. */
function startsOnWords(kind: KindModel, clock: KindModel["clocks"][string], lang: PageLang): string {
  const w = WORDS[lang].startsOn;
  return clock.start
    .map((c) =>
      c.kind === "state"
        ? w.state(label(kind.states[c.state]?.title, lang, c.state))
        : c.kind === "event"
          ? w.event(label(kind.events[c.event]?.title, lang, c.event))
          : w.breach(label(kind.clocks[c.clock]?.title, lang, c.clock)),
    )
    .join(" / ");
}

/**
 * The shortest run of events from `state` that starts one of `clocks` (entering a state or taking
 * an event its `start` names), trying the clocks in their order; transitions that wait for a breach
 * are left out (the path is the one done on time).
 */
function pathToStart(kind: KindModel, state: string, clocks: string[]): string[] | undefined {
  for (const id of clocks) {
    const clock = kind.clocks[id]!;
    const starts = (event: string, to: string) =>
      clock.start.some((c) => (c.kind === "state" && c.state === to) || (c.kind === "event" && c.event === event));
    const seen = new Set([state]);
    let frontier: { state: string; path: string[] }[] = [{ state, path: [] }];
    while (frontier.length > 0) {
      const next: typeof frontier = [];
      for (const { state: from, path } of frontier)
        for (const [event, transitions] of Object.entries(kind.states[from]?.on ?? {}))
          for (const t of transitions) {
            if (t.afterBreach !== undefined) continue;
            if (starts(event, t.to)) return [...path, event];
            if (!seen.has(t.to)) {
              seen.add(t.to);
              next.push({ state: t.to, path: [...path, event] });
            }
          }
      frontier = next;
    }
  }
  return undefined;
}

/**
 * The default path after the opening: until every clock has started (or none can), the shortest
 * run of events to the next clock's start, each event at the deadline of the clock it stops (done
 * just in time), or when the step before it was, if it stops none. At most 12 events.
 */
function defaultSteps(
  program: Program,
  kind: KindModel,
  ticket: Ticket,
  from: number,
): { event: string; at: number }[] {
  const steps: { event: string; at: number }[] = [];
  let t = from;
  let current = ticket;
  while (steps.length < 12) {
    const now = status(program, current);
    if (now.final) break;
    const waiting = now.clocks.filter((c) => c.cycles === 0).map((c) => c.clock);
    const path = waiting.length > 0 ? pathToStart(kind, now.state, waiting) : undefined;
    if (path === undefined) break;
    for (const event of path) {
      const before = status(program, current).clocks;
      let tried: Ticket;
      try {
        tried = applyEvent(program, current, { type: event, at: t }).ticket;
      } catch {
        return steps; // refused (a guard on data, say): the path ends here
      }
      // The clocks this event stops: take it at the earliest of their deadlines still to come.
      const after = new Map(status(program, tried).clocks.map((c) => [c.clock, c]));
      const stopped = before.filter(
        (c) => c.status === "running" && c.deadline !== null && after.get(c.clock)?.status !== "running",
      );
      const due = Math.min(...stopped.map((c) => c.deadline!));
      if (Number.isFinite(due) && due > t) {
        t = due;
        tried = applyEvent(program, current, { type: event, at: t }).ticket;
      }
      current = tried;
      steps.push({ event, at: t });
    }
  }
  return steps;
}

type Mark = NonNullable<ReturnType<typeof explain>["cycles"][number]["timeline"]>[number];
const ENDS = new Set(["stop", "cancel", "reset"]);

/**
 * A clock's marks. From the snapshot where it started (the opening, or the step that started it):
 * its schedule as if nobody acted — every warning, breach and escalation with who is told, which is
 * what the panel is asked. On the user's own path (`asWalked`), a clock a step ended shows what it
 * reached before the end, and the end; the default path only places the later clocks' starts.
 */
function clockMarks(
  program: Program,
  snapshots: { ticket: Ticket; status: ReturnType<typeof status> }[],
  clock: string,
  final: Mark[],
  asWalked: boolean,
): Mark[] {
  const startedAt = snapshots.findIndex((t) => {
    const c = t.status.clocks.find((x) => x.clock === clock);
    return c !== undefined && c.cycles > 0;
  });
  if (startedAt < 0) return final;
  const schedule = explain(program, snapshots[startedAt]!.ticket, clock).cycles[0]?.timeline ?? [];
  if (!asWalked) return schedule;
  const end = final.find((m) => ENDS.has(m.kind));
  if (end === undefined) return final;
  return [...schedule.filter((m) => m.at < end.at && !ENDS.has(m.kind)), end];
}

/**
 * Opens a ticket at the time asked and explains every clock: the deadline with the calendar's
 * account, and each warning, breach and escalation still to come, as the runtime computes them.
 * Then the path (the user's, or the default one) is applied, so the clocks that start later — a
 * callback when the repair is completed — are on the timeline too, with the events that start them.
 */
export function ticketTimeline(program: Program, query: TicketQuery, lang: PageLang): Timeline {
  const zone = program.timezone;
  const at = instantFrom(query.at, zone);
  const empty = {
    opened: query.at,
    openedAt: 0,
    state: "",
    priority: null,
    clocks: [],
    marks: [],
    steps: [],
    nextEvents: [],
  };
  if (at === undefined) return { ...empty, problem: `\`${query.at}\` is not a time (write 2026-09-30 17:00)` };
  const kind = program.tickets.get(query.kind);
  const kindModel = program.model.tickets[query.kind];
  if (kind === undefined || kindModel === undefined) return { ...empty, problem: `no ticket kind \`${query.kind}\`` };
  const data = Object.fromEntries(Object.entries(query.data).filter(([, v]) => v !== ""));
  let { ticket } = openTicket(program, { id: "playground", kind: query.kind, at, data });
  if (query.event !== undefined && query.event !== "")
    ({ ticket } = applyEvent(program, ticket, { type: query.event, at }));
  const opened = status(program, ticket);

  // The path after the opening.
  const steps: TimelineStep[] = [];
  let stepProblem: string | undefined;
  const auto = query.steps === undefined;
  const planned = auto
    ? defaultSteps(program, kindModel, ticket, at).map((s) => ({ event: s.event, at: s.at }))
    : query.steps!.map((s) => ({ event: s.event, at: instantFrom(s.at, zone), text: s.at }));
  let last = at;
  /** The ticket after the opening, then after each step: a clock's coming marks are read where it still ran. */
  const snapshots = [ticket];
  for (const step of planned) {
    const state = status(program, ticket).state;
    if (step.at === undefined) {
      stepProblem = `\`${(step as { text?: string }).text ?? ""}\` is not a time (write 2026-09-30 17:00)`;
      break;
    }
    if (step.at < last) {
      stepProblem = `\`${step.event}\` at ${formatShort(step.at, zone)} is before the step above it (${formatShort(last, zone)})`;
      break;
    }
    try {
      ({ ticket } = applyEvent(program, ticket, { type: step.event, at: step.at }));
    } catch (error) {
      stepProblem = error instanceof Error ? error.message : String(error);
      break;
    }
    last = step.at;
    snapshots.push(ticket);
    steps.push({
      event: step.event,
      title: label(kindModel.events[step.event]?.title, lang, step.event),
      at: formatShort(step.at, zone),
      state: status(program, ticket).state,
      choices: eventsOf(kindModel, state, lang),
      auto,
    });
  }
  const now = status(program, ticket);
  const walked = snapshots.map((t, i) => ({
    ticket: t,
    status: i === snapshots.length - 1 ? now : status(program, t),
  }));

  const clocks: ClockLine[] = [];
  const marks: TimelineMark[] = [];
  for (const c of kind.clocks) {
    const title = label(c.model.title, lang, c.id);
    const e = explain(program, ticket, c.id);
    const cycle = e.cycles[0];
    clocks.push({
      clock: c.id,
      title,
      calendar: e.calendar,
      priority: cycle?.priority ?? null,
      started: cycle !== undefined,
      startsOn: startsOnWords(kindModel, c.model, lang),
      steps: cycle?.counting?.steps ?? [],
      skipped: [
        ...(cycle?.counting?.days.filter((d) => !d.counted).map((d) => `${d.date}: ${d.reason}`) ?? []),
        ...(cycle?.counting?.gaps.map((g) => `${formatShort(g.from, zone)}–${formatShort(g.to, zone)}: ${g.reason}`) ??
          []),
      ],
      ...(cycle?.target !== undefined ? { target: cycle.target } : {}),
      ...(cycle?.deadline != null ? { due: formatShort(cycle.deadline, zone) } : {}),
    });
    for (const m of clockMarks(program, walked, c.id, cycle?.timeline ?? [], !auto))
      marks.push({
        clock: c.id,
        clockTitle: title,
        kind: m.kind,
        at: m.at,
        time: formatShort(m.at, zone),
        roles: m.roles ?? [],
        reason: m.reason,
        ...(m.level !== undefined ? { level: m.level } : {}),
      });
  }
  marks.sort((a, b) => a.at - b.at || a.clock.localeCompare(b.clock));
  return {
    opened: formatShort(at, zone),
    openedAt: at,
    state: opened.state,
    priority: now.priority ?? null,
    clocks,
    marks,
    steps,
    nextEvents: now.final ? [] : eventsOf(kindModel, now.state, lang),
    ...(stepProblem !== undefined ? { stepProblem } : {}),
  };
}

/** The standard's own scenario tests (`tests:`), as `yardstick test` runs them. */
export function scenarioLines(program: Program): {
  lines: ScenarioLine[];
  passed: number;
  failed: number;
  notRun: number;
} {
  const report = runScenarios(program);
  return {
    lines: report.results.map((r) => ({
      id: r.id,
      subject: r.subject,
      outcome: r.outcome,
      checks: r.checks.map(({ at, field, expected, actual, ok }) => ({ at, field, expected, actual, ok })),
      ...(r.title !== undefined ? { title: r.title } : {}),
      ...(r.message !== undefined ? { message: r.message } : {}),
    })),
    passed: report.passed,
    failed: report.failed,
    notRun: report.notRun,
  };
}

const DAY_MS = 86_400_000;

/** The occurrences of seven days from `week` (a date) by the duty planner: a row per duty, a cell per day. */
export function dutyWeek(program: Program, week: string, lang: PageLang): DutyWeek {
  const zone = program.timezone;
  const from = instantFrom(`${week} 00:00`, zone);
  if (from === undefined) return { days: [], rows: [], problems: [`\`${week}\` is not a date (write 2026-09-28)`] };
  // Noon of each day, so a 23- or 25-hour day (a clock change) still names the right date.
  const dates = Array.from({ length: 8 }, (_, d) => formatShort(from + d * DAY_MS + 12 * 3_600_000, zone).slice(0, 10));
  const to = instantFrom(`${dates[7]} 00:00`, zone)!;
  const days = dates.slice(0, 7).map((date) => ({ date, weekday: new Date(`${date}T12:00:00Z`).getUTCDay() }));
  const index = new Map(days.map((d, i) => [d.date, i]));
  const rows = new Map<string, DutyRow>();
  const plan = planDuties(program, { from, to });
  for (const o of plan) {
    const day = index.get(formatShort(o.at, zone).slice(0, 10));
    if (day === undefined) continue;
    let row = rows.get(o.duty);
    if (row === undefined) {
      row = {
        duty: o.duty,
        title: label(program.model.duties[o.duty]?.title, lang, o.duty),
        roles: o.roles,
        days: days.map(() => ({ times: [], count: 0 })),
      };
      rows.set(o.duty, row);
    }
    const cell = row.days[day]!;
    const time = o.allDay ? "" : formatShort(o.at, zone).slice(11);
    const same = cell.times.find((t) => t.time === time);
    if (same !== undefined) same.count++;
    else cell.times.push({ time, count: 1 });
    cell.count++;
  }
  return { days, rows: [...rows.values()], problems: plan.diagnostics.map((d) => `${d.code}: ${d.message}`) };
}

/** The staff handbook as the CLI prints it (`yardstick handbook --format html`). */
export function handbookHtml(program: Program, lang: PageLang): string {
  return renderHandbook(buildHandbook(program, { lang }), { format: "html" });
}
