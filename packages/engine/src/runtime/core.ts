/**
 * The ticket runtime's steps, on a working ticket the caller owns (decoded from the stored state).
 * Timers before an event fire strictly before it, so an event at the very instant of a deadline
 * counts as on time (以内 includes the bound); `advance(now)` fires timers due at or before `now`.
 */
import type { CoverageWarning } from "@yardstick/calendar";
import type { Data } from "../compile/matcher.js";
import {
  ON,
  type ClockStep,
  type CompiledClock,
  type CompiledConditions,
  type CompiledKind,
  type CompiledTransition,
  type Program,
} from "../compile/program.js";
import { closedPausesDeadline, effectiveDeadline } from "../clocks/clock-time.js";
import { calendarOf, clockStarts } from "../clocks/clock-scope.js";
import { holidayDataMissing } from "../clocks/holiday-coverage.js";
import { baseDeadline } from "../clocks/target.js";
import { cycleKeys, cycleTimers, timersFloor, type Timer } from "../clocks/timers.js";
import type { Effect, EffectKind } from "../effects/effect.js";
import { effectKey, localKey } from "../effects/effect-key.js";
import { EngineError } from "../errors/engine-error.js";
import { encodeEvent, tokenOfKey } from "../state/codec.js";
import type { ClockCycle, StoredEvent, WorkingTicket } from "../state/working-ticket.js";

export interface Ctx {
  program: Program;
  kind: CompiledKind;
  out: Effect[];
  /** Who the effects name, for the ticket's data and owner they were read from (see addPeople). */
  people?: People;
  /**
   * No timer of `dueOf`'s running cycles not yet announced is before this instant (Infinity: there
   * is none); undefined until fireDue first collects them. Most events fire nothing: with it, they
   * skip collecting every clock's timers. Exact (the earliest such timer, which nextWakeAt can use)
   * only while `dueExact`: a cycle passed over by its floor (timers.ts `timersFloor`), or changed
   * since (`cycleChanged`), leaves it a bound.
   */
  due?: number;
  dueExact?: boolean;
  dueOf?: WorkingTicket;
}

/**
 * A cycle started, ended, paused, resumed or was retargeted: its timers are computed again when next
 * asked for. The call's earliest timer stays a bound below every timer — lowered to the cycle's
 * floor when it runs (timers.ts `timersFloor`); a cycle that stopped or paused has fewer timers, so
 * the bound holds — but no longer exact: the next step that reaches it collects the timers again.
 */
function cycleChanged(ctx: Ctx, clock: CompiledClock, c: ClockCycle): void {
  c.timers = undefined;
  c.floor = undefined;
  if (ctx.due === undefined) return;
  ctx.dueExact = false;
  if (c.status === "running") {
    const floor = (c.floor = timersFloor(clock, c));
    if (floor < ctx.due) ctx.due = floor;
  }
}

interface People {
  data: Data;
  owner: string | undefined;
  zone: string | undefined;
  assignee: string | undefined;
  effectOwner: string | undefined;
}

/**
 * Whether an effect was announced, by its token: a scan of the ticket's few tokens (a dozen in a long
 * history), cheaper than building a set at every call.
 */
function announced(st: WorkingTicket, token: string): boolean {
  return st.announced.includes(token);
}

const NO_CLOCKS: readonly ClockStep[] = [];

export function choosePriority(kind: CompiledKind, data: Data): string | null {
  let fallback: string | null = null;
  const written = kind.model.priorities;
  for (let i = 0; i < written.length; i++) {
    const p = written[i]!;
    if (p.default) {
      fallback ??= p.id;
      continue;
    }
    // compileKind keeps the priorities in the order written, so the same index is the same one.
    const compiled = kind.priorities[i]?.id === p.id ? kind.priorities[i] : kind.priorities.find((c) => c.id === p.id);
    if (compiled?.test === undefined || compiled.test(data, undefined)) return p.id;
  }
  return fallback;
}

/**
 * Adds who the host should find (zone, assignee, owner) to an effect, after its other fields. Read
 * once per data object and owner (a call announces several effects between two changes of either).
 */
function addPeople(ctx: Ctx, st: WorkingTicket, result: Effect): Effect {
  const p = peopleNow(ctx, st);
  if (p.zone !== undefined) result.zone = p.zone;
  if (p.assignee !== undefined) result.assignee = p.assignee;
  if (p.effectOwner !== undefined) result.owner = p.effectOwner;
  return result;
}

/** Who the effects announced now name: read once per data object and owner. */
function peopleNow(ctx: Ctx, st: WorkingTicket): People {
  const p = ctx.people;
  if (p !== undefined && p.data === st.data && p.owner === st.owner) return p;
  return (ctx.people = peopleOf(ctx.kind, st));
}

function peopleOf(kind: CompiledKind, st: WorkingTicket): People {
  const field = kind.zoneField;
  const zone = field !== undefined && Object.prototype.hasOwnProperty.call(st.data, field) ? st.data[field] : undefined;
  const assigned = Object.prototype.hasOwnProperty.call(st.data, "assignee") ? st.data.assignee : undefined;
  const assignee = assigned === undefined ? undefined : String(assigned);
  // 首问负责制: the first taker; otherwise whoever the ticket is assigned to.
  const effectOwner = st.owner ?? (kind.model.ownership === "assigned" ? assignee : undefined);
  return { data: st.data, owner: st.owner, zone: zone === undefined ? undefined : String(zone), assignee, effectOwner };
}

export function announce(
  ctx: Ctx,
  st: WorkingTicket,
  local: string,
  kind: EffectKind,
  at: number,
  fields: Partial<Effect>,
): void {
  const token = tokenOfKey(ctx.kind, st.opened.at, local);
  if (announced(st, token)) return;
  const effect: Effect = { key: effectKey(st.id, local), kind, ticket: st.id, ticketKind: st.kind, at };
  // The fields in the order given, as a spread would put them (`fields` is an object literal).
  for (const name in fields) (effect as unknown as Record<string, unknown>)[name] = fields[name as keyof Effect];
  announceEffect(ctx, st, token, addPeople(ctx, st, effect));
}

/**
 * `announce` for the runtime's own steps, with the effect written out as one literal, the people it
 * names included (`peopleNow`): the clocks' effects are most of what a replay allocates, and fields
 * added to an object after its literal cost a store each and a larger object. A field the effect does
 * not have is undefined in the literal (JSON leaves it out: the same text as when fields were added
 * one by one); an effect with the rare `holidayDataMissing` is rebuilt by `withHolidayDataMissing`.
 * `token` is the effect's key
 * as the state stores it (timers.ts's `CycleKeys.tokens`).
 */
function announceEffect(ctx: Ctx, st: WorkingTicket, token: string, effect: Effect): void {
  if (announced(st, token)) return;
  st.announced.push(token);
  ctx.out.push(effect);
}

/**
 * The rare effect whose deadline runs past the holiday data (a clock-started or deadline-changed):
 * the field after the effect's own, before the people, and the people only where they apply — so
 * its JSON is what it always was (`holidayDataMissing` is absent from every other effect).
 */
function withHolidayDataMissing(effect: Effect, missing: CoverageWarning[]): Effect {
  const { zone, assignee, owner, ...own } = effect;
  const out: Effect = { ...own, holidayDataMissing: missing };
  if (zone !== undefined) out.zone = zone;
  if (assignee !== undefined) out.assignee = assignee;
  if (owner !== undefined) out.owner = owner;
  return out;
}

function current(st: WorkingTicket, clock: CompiledClock): ClockCycle | undefined {
  const cycles = st.clocks[clock.index]!;
  // Not `cycles[length - 1]` on an empty list: index -1 is a property lookup, many times slower.
  if (cycles.length === 0) return undefined;
  const last = cycles[cycles.length - 1]!;
  return last.status === "running" || last.status === "paused" ? last : undefined;
}

function startCycle(ctx: Ctx, st: WorkingTicket, clock: CompiledClock, at: number): void {
  const cycles = st.clocks[clock.index]!;
  const c: ClockCycle = {
    n: cycles.length + 1,
    startedAt: at,
    status: "running",
    priority: st.priority,
    base: null,
    pauses: [],
    pausedAt: undefined,
    pausedBy: undefined,
    endedAt: undefined,
    timers: undefined,
    floor: undefined,
  };
  c.base = baseDeadline(clock, st.priority, at, st.data, ctx.program.timezone);
  cycles.push(c);
  cycleChanged(ctx, clock, c);
  const keys = cycleKeys(clock, c.n);
  const calendar = calendarOf(clock, c.priority);
  const deadline = effectiveDeadline(calendar, c);
  const p = peopleNow(ctx, st);
  const effect: Effect = {
    key: effectKey(st.id, keys.started),
    kind: "clock-started",
    ticket: st.id,
    ticketKind: st.kind,
    at,
    clock: clock.id,
    cycle: c.n,
    level: 0,
    deadline,
    zone: p.zone,
    assignee: p.assignee,
    owner: p.effectOwner,
  };
  const missing = deadline === null ? undefined : holidayDataMissing(calendar, at, deadline);
  announceEffect(
    ctx,
    st,
    keys.tokens.started,
    missing === undefined ? effect : withHolidayDataMissing(effect, missing),
  );
}

function deadlineMoved(
  ctx: Ctx,
  st: WorkingTicket,
  clock: CompiledClock,
  c: ClockCycle,
  at: number,
  before: number | null,
  reason: string,
): void {
  const calendar = calendarOf(clock, c.priority);
  const after = effectiveDeadline(calendar, c);
  if (after === before || after === null) return;
  const local = localKey(clock.id, c.n, "deadline-changed", after);
  const p = peopleNow(ctx, st);
  const effect: Effect = {
    key: effectKey(st.id, local),
    kind: "deadline-changed",
    ticket: st.id,
    ticketKind: st.kind,
    at,
    clock: clock.id,
    cycle: c.n,
    level: 0,
    deadline: after,
    previousDeadline: before,
    reason,
    zone: p.zone,
    assignee: p.assignee,
    owner: p.effectOwner,
  };
  const missing = holidayDataMissing(calendar, c.startedAt, after);
  // The token of a deadline-changed key counts its deadline from the opening (codec.ts).
  announceEffect(
    ctx,
    st,
    `${clock.index}d${c.n}.${after - st.opened.at}`,
    missing === undefined ? effect : withHolidayDataMissing(effect, missing),
  );
}

/**
 * Fires the timers of every running cycle due before `until` (or at it, when `inclusive`), in time
 * order. A breach that starts follow-on clocks (decision 0084) starts them at its instant; their
 * timers due before `until` then fire in order with the rest.
 */
export function fireTimers(ctx: Ctx, st: WorkingTicket, until: number, inclusive: boolean): void {
  while (fireDue(ctx, st, until, inclusive));
}

/** One pass of fireTimers; true when a breach started a follow-on and the timers must be collected again. */
function fireDue(ctx: Ctx, st: WorkingTicket, until: number, inclusive: boolean): boolean {
  if (ctx.dueOf === st && ctx.due !== undefined && (inclusive ? ctx.due > until : ctx.due >= until)) return false;
  let due: { clock: CompiledClock; cycle: ClockCycle; timer: Timer }[] | undefined;
  let later = Infinity;
  let exact = true;
  for (const clock of ctx.kind.clocks) {
    const c = current(st, clock);
    if (c === undefined) continue;
    // Timers not computed yet, and none can be due by `until`: leave them for a later step.
    if (c.timers === undefined && c.status === "running") {
      const floor = (c.floor ??= timersFloor(clock, c));
      if (inclusive ? floor > until : floor >= until) {
        if (floor < later) later = floor;
        exact = false;
        continue;
      }
    }
    for (const timer of cycleTimers(clock, c, true)) {
      if (announced(st, timer.token)) continue;
      if (inclusive ? timer.at <= until : timer.at < until) (due ??= []).push({ clock, cycle: c, timer });
      else if (timer.at < later) later = timer.at;
    }
  }
  // Firing announces the due ones and changes no cycle, unless a breach starts a follow-on (then the
  // pass is made again, from nothing known).
  ctx.due = later;
  ctx.dueExact = exact;
  ctx.dueOf = st;
  if (due === undefined) return false;
  // In time order, stably (the order written for the same instant): an insertion sort, as there are
  // a few at most and Array.prototype.sort with a comparator costs more than the sorting.
  for (let i = 1; i < due.length; i++) {
    const d = due[i]!;
    let j = i - 1;
    while (j >= 0 && due[j]!.timer.at > d.timer.at) {
      due[j + 1] = due[j]!;
      j--;
    }
    due[j + 1] = d;
  }
  for (const { clock, cycle, timer } of due) {
    const p = peopleNow(ctx, st);
    const effect: Effect = {
      key: effectKey(st.id, timer.key),
      kind: timer.kind,
      ticket: st.id,
      ticketKind: st.kind,
      at: timer.at,
      clock: clock.id,
      cycle: cycle.n,
      level: timer.level,
      reason: timer.reason,
      deadline: timer.deadline,
      roles: timer.roles,
      zone: p.zone,
      assignee: p.assignee,
      owner: p.effectOwner,
    };
    announceEffect(ctx, st, timer.token, effect);
    if (st.firedAt === undefined || timer.at > st.firedAt) st.firedAt = timer.at;
    if (timer.kind === "breach" && startFollowOns(ctx, st, clock, timer.at)) {
      // Timers collected after this one are still to fire: the next pass collects everything again.
      ctx.due = undefined;
      return true;
    }
  }
  return false;
}

/** Starts, at a breach's instant, the clocks that start on it and are not running; whether any started. */
function startFollowOns(ctx: Ctx, st: WorkingTicket, breached: CompiledClock, at: number): boolean {
  const followOns = ctx.kind.followOns.get(breached.id);
  if (followOns === undefined) return false;
  let started = false;
  for (const clock of followOns)
    if (current(st, clock) === undefined && clockStarts(clock, st.priority, at)) {
      startCycle(ctx, st, clock, at);
      started = true;
    }
  return started;
}

/**
 * Which clocks have breached by an event at `at` (their latest cycle's breach announced, or due
 * strictly before `at`): timers fired on a copy of the clocks, so the ticket itself is not changed
 * before the transition is known to be allowed.
 */
function breachedBefore(ctx: Ctx, st: WorkingTicket, at: number): Set<string> {
  const clocks = st.clocks.map((cycles) => cycles.map((c) => ({ ...c, pauses: c.pauses.slice() })));
  const probe: WorkingTicket = { ...st, clocks, announced: st.announced.slice() };
  fireTimers({ program: ctx.program, kind: ctx.kind, out: [] }, probe, at, false);
  const announced = new Set(probe.announced);
  const breached = new Set<string>();
  for (const clock of ctx.kind.clocks) {
    const last = probe.clocks[clock.index]!.at(-1);
    if (last !== undefined && announced.has(cycleKeys(clock, last.n).tokens.breach)) breached.add(clock.id);
  }
  return breached;
}

/** The earliest timer not yet announced, over every running cycle (`ctx`: the call's, to reuse its set). */
export function nextWakeAt(kind: CompiledKind, st: WorkingTicket, ctx?: Ctx): number | null {
  if (ctx !== undefined && ctx.dueOf === st && ctx.due !== undefined && ctx.dueExact === true)
    return ctx.due === Infinity ? null : Math.max(ctx.due, st.now);
  let next: number | null = null;
  for (const clock of kind.clocks) {
    const c = current(st, clock);
    if (c === undefined) continue;
    for (const timer of cycleTimers(clock, c, ctx !== undefined)) {
      if (next !== null && timer.at >= next) continue;
      if (!announced(st, timer.token)) next = timer.at;
    }
  }
  // A timer can already be due when the call ends (a pause that began exactly at the deadline,
  // then a resume): the ticket is to be woken now, never at an instant it has passed.
  return next === null ? null : Math.max(next, st.now);
}

/**
 * Whether a step meets one of a clock's conditions: compiled for the step where the step alone
 * decides (`ClockStep`), else whether one of the event's `when`s holds on the data.
 */
function meets(
  step: ClockStep,
  bit: number,
  set: CompiledConditions,
  event: string | undefined,
  before: Data,
  eventData: Data | undefined,
): boolean {
  if ((step.always & bit) !== 0) return true;
  if ((step.dynamic & bit) === 0) return false;
  const guards = set.events.get(event!)!;
  for (let i = 0; i < guards.length; i++) if (guards[i]!(before, eventData)) return true;
  return false;
}

/**
 * Clocks' reactions to one step: the ticket opened (`event` undefined) or an event applied.
 * `steps` are the clocks that watch the state entered or left or the event, each with the
 * conditions the step meets (compiled per transition and per event: compile-kind.ts `clockStep`);
 * every condition below needs one of those.
 */
function stepClocks(
  ctx: Ctx,
  st: WorkingTicket,
  steps: readonly ClockStep[],
  at: number,
  entered: string | undefined,
  left: string | undefined,
  event: string | undefined,
  before: Data,
  eventData: Data | undefined,
): void {
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const clock = step.clock;
    const c = current(st, clock);
    if (c !== undefined) {
      const ends = meets(step, ON.cancel, clock.cancel, event, before, eventData)
        ? "cancelled"
        : meets(step, ON.stop, clock.stop, event, before, eventData)
          ? "stopped"
          : meets(step, ON.reset, clock.reset, event, before, eventData)
            ? "reset"
            : undefined;
      if (ends !== undefined) {
        endCycle(ctx, st, clock, c, ends, at);
        if (ends === "reset") startCycle(ctx, st, clock, at);
        continue;
      }
      if (c.status === "running" && meets(step, ON.pause, clock.pause, event, before, eventData)) {
        c.status = "paused";
        c.pausedAt = at;
        cycleChanged(ctx, clock, c);
        c.pausedBy = entered !== undefined && clock.pause.states.has(entered) ? "state" : "event";
        continue;
      }
      if (c.status === "paused") {
        const leftPauseState =
          c.pausedBy === "state" &&
          left !== undefined &&
          clock.pause.states.has(left) &&
          !clock.pause.states.has(entered!);
        if (leftPauseState || meets(step, ON.resume, clock.resume, event, before, eventData)) {
          const before = closedPausesDeadline(calendarOf(clock, c.priority), c);
          closePause(c, at);
          c.status = "running";
          cycleChanged(ctx, clock, c);
          deadlineMoved(ctx, st, clock, c, at, before, "resumed after a pause");
        }
      }
      continue;
    }
    if (meets(step, ON.start, clock.start, event, before, eventData) && clockStarts(clock, st.priority, at))
      startCycle(ctx, st, clock, at);
  }
}

/**
 * Ends a cycle at `at` — cancelled (neither met nor breached), stopped (met when at or before its
 * deadline) or reset (a new cycle follows) — closing an open pause, and announces the end.
 */
function endCycle(
  ctx: Ctx,
  st: WorkingTicket,
  clock: CompiledClock,
  c: ClockCycle,
  how: "cancelled" | "stopped" | "reset",
  at: number,
): void {
  // The deadline as it stood: a cycle stopped while paused before its deadline had none (met).
  const deadline = how === "stopped" ? effectiveDeadline(calendarOf(clock, c.priority), c) : null;
  if (c.pausedAt !== undefined) closePause(c, at);
  c.status = how;
  c.endedAt = at;
  cycleChanged(ctx, clock, c);
  if (how === "reset") return;
  const keys = cycleKeys(clock, c.n);
  const local = how === "stopped" ? keys.stopped : keys.cancelled;
  const token = how === "stopped" ? keys.tokens.stopped : keys.tokens.cancelled;
  const p = peopleNow(ctx, st);
  const stopped = how === "stopped";
  const effect: Effect = {
    key: effectKey(st.id, local),
    kind: stopped ? "clock-stopped" : "clock-cancelled",
    ticket: st.id,
    ticketKind: st.kind,
    at,
    clock: clock.id,
    cycle: c.n,
    level: 0,
    // A stopped cycle says its deadline (null: none) and whether it was met; a cancelled one neither.
    deadline: stopped ? deadline : undefined,
    met: stopped ? deadline === null || at <= deadline : undefined,
    zone: p.zone,
    assignee: p.assignee,
    owner: p.effectOwner,
  };
  announceEffect(ctx, st, token, effect);
}

function closePause(c: ClockCycle, at: number): void {
  if (c.pausedAt !== undefined) c.pauses.push([c.pausedAt, at]);
  c.pausedAt = undefined;
  c.pausedBy = undefined;
}

/**
 * Recomputes the deadlines of open cycles after the ticket's data changed (priority or agreed time).
 * A target's deadline depends only on the priority and the start, an agreed time's only on its
 * field: a cycle whose inputs the event did not change keeps its deadline without recomputing it.
 */
function retarget(ctx: Ctx, st: WorkingTicket, at: number, previousPriority: string | null, changed: Data): void {
  for (const clock of ctx.kind.clocks) {
    const c = current(st, clock);
    if (c === undefined) continue;
    const field = clock.model.dueAt;
    const inputsChanged =
      field !== undefined ? Object.prototype.hasOwnProperty.call(changed, field) : c.priority !== st.priority;
    const base = inputsChanged ? baseDeadline(clock, st.priority, c.startedAt, st.data, ctx.program.timezone) : c.base;
    if (base === c.base && c.priority === st.priority) continue;
    const before = effectiveDeadline(calendarOf(clock, c.priority), c);
    c.base = base;
    c.priority = st.priority;
    cycleChanged(ctx, clock, c);
    const reason =
      previousPriority !== st.priority
        ? `priority ${previousPriority ?? "none"} → ${st.priority ?? "none"}`
        : "the agreed time changed";
    deadlineMoved(ctx, st, clock, c, at, before, reason);
  }
}

export function openCore(ctx: Ctx, id: string, at: number, data: Data, by: string | undefined): WorkingTicket {
  const kind = ctx.kind;
  // Every field present, in the order decodeTicket writes them: one object shape for every ticket.
  const st: WorkingTicket = {
    kind: kind.id,
    id,
    opened: { at, data, by },
    state: kind.initial,
    priority: null,
    data: { ...data },
    owner: undefined,
    reworkOf: undefined,
    now: at,
    firedAt: undefined,
    events: [],
    clocks: kind.clocks.map(() => []),
    announced: [],
  };
  if (by !== undefined && kind.model.ownership === "first-contact") st.owner = by;
  st.priority = choosePriority(kind, st.data);
  stepClocks(ctx, st, kind.openWatchers, at, kind.initial, undefined, undefined, st.data, undefined);
  return st;
}

/** Checks an event against the state it arrives in; throws before anything changes. */
export function checkEvent(kind: CompiledKind, st: WorkingTicket, ev: StoredEvent): void {
  if (!kind.events.has(ev.type) && !kind.clockEvents.has(ev.type)) {
    throw new EngineError("unknown-event", `\`${ev.type}\` is not an event of ticket kind \`${kind.id}\``, {
      hint: `the events of \`${kind.id}\` are ${[...kind.events].map((e) => `\`${e}\``).join(", ")}`,
      path: ["event", "type"],
    });
  }
  if (kind.finals.has(st.state)) {
    throw new EngineError(
      "ticket-closed",
      `ticket \`${st.id}\` is \`${st.state}\`, a final state, and takes no more events`,
      {
        path: ["event", "type"],
      },
    );
  }
}

export function applyCore(ctx: Ctx, st: WorkingTicket, ev: StoredEvent): void {
  const kind = ctx.kind;
  checkEvent(kind, st, ev);
  // The transition is chosen before the timers due before the event fire (they change neither the
  // state nor the data a guard reads), so a refused event throws before the ticket changes at all.
  const before = st.data;
  const transitions = kind.table.get(st.state)?.get(ev.type);
  let taken: CompiledTransition | undefined;
  let breached: Set<string> | undefined;
  let waiting: string | undefined;
  if (transitions !== undefined)
    for (const t of transitions)
      if (t.guard === undefined || t.guard(before, ev.data)) {
        if (t.afterBreach !== undefined && !(breached ??= breachedBefore(ctx, st, ev.at)).has(t.afterBreach)) {
          waiting ??= t.afterBreach;
          continue;
        }
        taken = t;
        break;
      }
  if (taken === undefined && !kind.clockEvents.has(ev.type)) {
    const accepted = [...(kind.table.get(st.state)?.keys() ?? [])];
    throw new EngineError(
      "event-not-allowed",
      transitions === undefined
        ? `ticket \`${st.id}\` is \`${st.state}\`, which does not take \`${ev.type}\``
        : waiting !== undefined
          ? `\`${ev.type}\` from \`${st.state}\` is allowed only after clock \`${waiting}\` has breached, and it has not by ${new Date(ev.at).toISOString()}`
          : `no transition of \`${ev.type}\` from \`${st.state}\` has its \`when\` met by the ticket's data`,
      {
        hint:
          accepted.length > 0
            ? `in \`${st.state}\` the ticket takes ${accepted.map((e) => `\`${e}\``).join(", ")}`
            : undefined,
        path: ["event", "type"],
      },
    );
  }
  fireTimers(ctx, st, ev.at, false);
  if (ev.data !== undefined) st.data = { ...before, ...ev.data };
  if (ev.by !== undefined && st.owner === undefined && kind.model.ownership === "first-contact") st.owner = ev.by;
  const from = st.state;
  if (taken !== undefined) st.state = taken.to;
  const entered = st.state !== from ? st.state : undefined;
  const left = st.state !== from ? from : undefined;
  st.events.push(encodeEvent(ev, st.opened.at));
  if (ev.at > st.now) st.now = ev.at;
  if (ev.data !== undefined) {
    const previous = st.priority;
    st.priority = choosePriority(kind, st.data);
    retarget(ctx, st, ev.at, previous, ev.data);
  }
  const clocks = entered !== undefined ? taken!.watchers : (kind.eventWatchers.get(ev.type) ?? NO_CLOCKS);
  stepClocks(ctx, st, clocks, ev.at, entered, left, ev.type, before, ev.data);
}
