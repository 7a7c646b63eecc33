import type { Instant } from "@yardstick/calendar";
import type { Data } from "../compile/matcher.js";
import type { CompiledClock, CompiledKind, Program } from "../compile/program.js";
import { budgetOf, effectiveDeadline, elapsedAt, instantAtElapsed } from "../clocks/clock-time.js";
import { calendarOf, warnOf } from "../clocks/clock-scope.js";
import { EngineError } from "../errors/engine-error.js";
import { keyOfToken } from "../state/codec.js";
import type { TicketState } from "../state/ticket-state.js";
import type { ClockCycle, WorkingTicket } from "../state/working-ticket.js";
import { checkState, instant } from "./input.js";
import { nextWakeAt } from "./core.js";

/** The statuses scenario tests name (`status: breached`), one per clock at an instant. */
export type ClockStatusName = "not-started" | "running" | "warning" | "paused" | "breached" | "stopped" | "cancelled";

export interface ClockStatus {
  clock: string;
  status: ClockStatusName;
  /** The current (or last) cycle, 1-based; 0 before the clock first starts. */
  cycle: number;
  cycles: number;
  priority: string | null;
  startedAt: number | null;
  /** The deadline now in force; null without a target, or while paused before it. */
  deadline: number | null;
  /** Working time counted so far on the clock's calendar, pauses excluded. */
  elapsedMs: number;
  /** Working time left before the deadline (negative once past it); null without a deadline. */
  remainingMs: number | null;
  /** Elapsed as a percentage of the target's working time; null without a target. */
  percent: number | null;
  /** Breached now: running or paused past the deadline. */
  breached: boolean;
  /** In any cycle: past its deadline while open, or stopped after it. */
  everBreached: boolean;
  /** The last cycle stopped at or before its deadline (undefined while it is open). */
  met?: boolean;
}

export interface TicketStatus {
  ticket: string;
  kind: string;
  state: string;
  final: boolean;
  priority: string | null;
  /** The ticket's data now: what it was opened with, each event's data merged over it in order. */
  data: Data;
  owner?: string;
  reworkOf?: string;
  clocks: ClockStatus[];
  /** Roles notified by escalations so far, in order of first notice. */
  notified: string[];
  nextWakeAt: number | null;
}

function cycleBreached(clock: CompiledClock, c: ClockCycle, now: number): boolean {
  const deadline = effectiveDeadline(
    calendarOf(clock, c.priority),
    c.pausedAt !== undefined && c.endedAt === undefined ? { ...c, pausedAt: undefined } : c,
  );
  if (deadline === null) return false;
  if (c.endedAt !== undefined) return c.status === "stopped" && c.endedAt > deadline;
  if (c.pausedAt !== undefined) return c.pausedAt >= deadline;
  return now >= deadline;
}

export function clockStatus(clock: CompiledClock, cycles: readonly ClockCycle[], now: number): ClockStatus {
  const c = cycles.length === 0 ? undefined : cycles[cycles.length - 1];
  if (c === undefined) {
    return {
      clock: clock.id,
      status: "not-started",
      cycle: 0,
      cycles: 0,
      priority: null,
      startedAt: null,
      deadline: null,
      elapsedMs: 0,
      remainingMs: null,
      percent: null,
      breached: false,
      everBreached: false,
    };
  }
  const cal = calendarOf(clock, c.priority);
  const open = c.status === "running" || c.status === "paused";
  const breachedNow = open && cycleBreached(clock, c, now);
  const deadline =
    effectiveDeadline(cal, c) ??
    (c.pausedAt !== undefined && breachedNow ? effectiveDeadline(cal, { ...c, pausedAt: undefined }) : null);
  const budget = budgetOf(cal, c);
  const elapsed = elapsedAt(cal, c, now);
  const firstWarning = warnOf(clock, c.priority)[0];
  const warnAt =
    budget !== null && firstWarning !== undefined ? instantAtElapsed(cal, c, firstWarning * budget) : undefined;
  let status: ClockStatusName;
  if (c.status === "stopped") status = "stopped";
  else if (c.status === "cancelled") status = "cancelled";
  else if (breachedNow) status = "breached";
  else if (c.status === "paused") status = "paused";
  else if (warnAt !== undefined && deadline !== null && now >= warnAt) status = "warning";
  else status = "running";
  const result: ClockStatus = {
    clock: clock.id,
    status,
    cycle: c.n,
    cycles: cycles.length,
    priority: c.priority,
    startedAt: c.startedAt,
    deadline,
    elapsedMs: elapsed,
    remainingMs:
      deadline === null
        ? null
        : deadline >= now || !open
          ? cal.workingTimeBetween(open ? now : c.endedAt!, deadline)
          : -cal.workingTimeBetween(deadline, now),
    percent: budget === null || budget === 0 ? null : Math.round((elapsed / budget) * 10000) / 100,
    breached: breachedNow,
    everBreached: cycles.some((x) => cycleBreached(clock, x, now)),
  };
  if (c.status === "stopped") result.met = !cycleBreached(clock, c, now);
  return result;
}

/** Roles notified by escalations so far (of one clock, when given), in order of first notice. */
export function notifiedRoles(kind: CompiledKind, st: WorkingTicket, only?: string): string[] {
  const roles: string[] = [];
  for (const token of st.announced) {
    const [clockId, , what, level] = keyOfToken(kind, st.opened.at, token).split("/");
    if (what !== "escalation" || (only !== undefined && clockId !== only)) continue;
    const clock = kind.clocks.find((c) => c.id === clockId);
    for (const role of clock?.escalation[Number(level) - 1]?.notify ?? []) if (!roles.includes(role)) roles.push(role);
  }
  return roles;
}

/**
 * Every clock's status at `now` (default: the ticket's last instant), read-only: the state is not
 * advanced and no effect is announced. `notified` lists what has been announced so far.
 */
export function status(program: Program, ticket: TicketState, now?: Instant): TicketStatus {
  const { st, kind } = checkState(program, ticket);
  const t = now === undefined ? st.now : instant(now, ["now"]);
  if (t < st.now) {
    throw new EngineError(
      "time-went-back",
      `now is before the ticket's last instant (${new Date(st.now).toISOString()})`,
      { path: ["now"] },
    );
  }
  const result: TicketStatus = {
    ticket: st.id,
    kind: st.kind,
    state: st.state,
    final: kind.finals.has(st.state),
    priority: st.priority,
    data: st.data,
    clocks: kind.clocks.map((clock) => clockStatus(clock, st.clocks[clock.index]!, t)),
    notified: notifiedRoles(kind, st),
    nextWakeAt: nextWakeAt(kind, st),
  };
  if (st.owner !== undefined) result.owner = st.owner;
  if (st.reworkOf !== undefined) result.reworkOf = st.reworkOf;
  return result;
}
