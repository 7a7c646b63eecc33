/**
 * Timers as data (decision 0021): the warnings, breach and escalation levels of a running cycle,
 * each an instant and an effect key. Nothing here schedules anything; the runtime fires the ones
 * that are due and reports the earliest other one as `nextWakeAt`.
 */
import type { CompiledClock } from "../compile/program.js";
import { localKey } from "../effects/effect-key.js";
import type { ClockCycle } from "../state/working-ticket.js";
import { budgetOf, effectiveDeadline, elapsedAt, instantAtElapsed } from "./clock-time.js";
import { planOf, type ClockPlan } from "./clock-plan.js";
import { targetText } from "./target.js";

export interface Timer {
  key: string;
  /** The key's stored token (`0w1.1`): what the ticket's `announced` lists. */
  token: string;
  at: number;
  kind: "warning" | "breach" | "escalation";
  level: number;
  reason: string;
  roles?: string[];
  deadline: number | null;
}

const pct = (fraction: number) => `${Math.round(fraction * 10000) / 100}%`;
const NONE: readonly Timer[] = [];

/** The effect keys of a clock's cycle `n` (the same strings for every ticket: built once). */
export interface CycleKeys {
  started: string;
  stopped: string;
  cancelled: string;
  warning: readonly string[];
  breach: string;
  escalation: readonly string[];
  /** The same keys as the stored tokens (state/ticket-state.ts: `<clock index><letter><cycle>[.<level>]`). */
  tokens: {
    started: string;
    stopped: string;
    cancelled: string;
    warning: readonly string[];
    breach: string;
    escalation: readonly string[];
  };
}

/** Cycles past this many are rare (a ticket reopened again and again); their keys are not kept. */
const KEPT_CYCLES = 16;

export function cycleKeys(clock: CompiledClock, n: number): CycleKeys {
  if (n > KEPT_CYCLES) return buildKeys(clock, n);
  // Cycle n at index n - 1, filled in order so the list stays packed (a hole makes every read slow).
  const byCycle = clock.memo.keys;
  while (byCycle.length < n) byCycle.push(buildKeys(clock, byCycle.length + 1));
  return byCycle[n - 1]!;
}

function buildKeys(clock: CompiledClock, n: number): CycleKeys {
  return {
    started: localKey(clock.id, n, "started", 0),
    stopped: localKey(clock.id, n, "stopped", 0),
    cancelled: localKey(clock.id, n, "cancelled", 0),
    warning: Array.from({ length: clock.warnLevels }, (_, i) => localKey(clock.id, n, "warning", i + 1)),
    breach: localKey(clock.id, n, "breach", 0),
    escalation: clock.escalation.map((_, i) => localKey(clock.id, n, "escalation", i + 1)),
    tokens: {
      started: `${clock.index}s${n}`,
      stopped: `${clock.index}t${n}`,
      cancelled: `${clock.index}c${n}`,
      warning: Array.from({ length: clock.warnLevels }, (_, i) => `${clock.index}w${n}.${i + 1}`),
      breach: `${clock.index}b${n}`,
      escalation: clock.escalation.map((_, i) => `${clock.index}e${n}.${i + 1}`),
    },
  };
}

/** The reasons of a clock's warnings and breach under a priority (they name its target). */
export interface Reasons {
  warning: readonly string[];
  breach: string;
}

export function reasonsFor(warn: readonly number[], text: string): Reasons {
  return { warning: warn.map((p) => `${pct(p)} of ${text}`), breach: `${text} passed` };
}

function reasonsOf(clock: CompiledClock, plan: ClockPlan, priority: string | null, startedAt: number): Reasons {
  if (plan.reasons !== undefined) return plan.reasons;
  // A target chosen by start time: the reasons name the one chosen, keyed by priority and its text.
  const text = targetText(clock, priority, startedAt) ?? "the target";
  const key = `${priority ?? ""}\u0000${text}`;
  let reasons = clock.memo.reasons.get(key);
  if (reasons === undefined) clock.memo.reasons.set(key, (reasons = reasonsFor(plan.warn, text)));
  return reasons;
}

/**
 * The timers of a running cycle, in the order written (warnings, breach, escalations). With `keep`
 * (the runtime's calls), they are kept on the cycle until it changes: timers are asked for at every
 * step (what is due before the event, then `nextWakeAt`) and a cycle's inputs change at few of
 * them. The runtime clears them wherever it changes a cycle (core.ts, `cycleChanged`); a cycle is
 * a fresh object in every call (decoded), so nothing kept outlives the call. Shared: do not change
 * the result.
 */
export function cycleTimers(clock: CompiledClock, c: ClockCycle, keep = false): readonly Timer[] {
  if (c.status !== "running") return NONE;
  if (!keep) return computeTimers(clock, c);
  return (c.timers ??= computeTimers(clock, c));
}

/**
 * An instant none of a running cycle's timers falls before, for much less than computing them: a
 * step before it needs none of them (most cycles end before their first warning), so they are
 * computed only when a step reaches it, or for `nextWakeAt`. Each timer is the instant the cycle's
 * elapsed time reaches some x (or the deadline, or later), and working time never runs faster than
 * the wall clock, pauses only hold it back, and the deadline is the base moved on by pauses — so
 * a timer at elapsed x is no earlier than start + x, and the breach and everything after it no
 * earlier than the base. -Infinity when a level counts back (a negative x), where that does not hold.
 */
export function timersFloor(clock: CompiledClock, c: ClockCycle): number {
  const plan = planOf(clock, c.priority);
  const start = c.startedAt;
  // Timers other than those counted from the start exist only with a deadline (computeTimers).
  const budget = c.base === null ? null : Math.max(0, plan.calendar.workingTimeBetween(start, c.base));
  let floor = Infinity;
  if (budget !== null) {
    floor = c.base!;
    const first = plan.warn[0];
    if (first !== undefined) floor = Math.min(floor, start + first * budget);
  }
  for (let k = 0; k < plan.levels.length; k++) {
    const trigger = plan.levels[k]!.level.at.value;
    if (trigger.anchor === "start") {
      if (trigger.offsetMs < 0) return -Infinity;
      floor = Math.min(floor, start + trigger.offsetMs);
    } else if (budget !== null) {
      if (trigger.anchor === "elapsed-percent") {
        if (trigger.percent < 0) return -Infinity;
        floor = Math.min(floor, start + (trigger.percent / 100) * budget);
      } else if (trigger.anchor === "warning") {
        const first = plan.warn[0];
        if (first === undefined) continue;
        const x = first * budget + trigger.offsetMs;
        if (x < 0) return -Infinity;
        floor = Math.min(floor, start + x);
      }
      // After the breach (any offset): no earlier than the deadline, so than the base, which floor is at most.
    }
  }
  return floor;
}

function computeTimers(clock: CompiledClock, c: ClockCycle): Timer[] {
  const plan = planOf(clock, c.priority);
  const cal = plan.calendar;
  const warn = plan.warn;
  const deadline = effectiveDeadline(cal, c);
  const budget = budgetOf(cal, c);
  const keys = cycleKeys(clock, c.n);
  const reasons = reasonsOf(clock, plan, c.priority, c.startedAt);
  const timers: Timer[] = [];
  if (deadline !== null && budget !== null) {
    for (let i = 0; i < warn.length; i++) {
      const p = warn[i]!;
      const at = instantAtElapsed(cal, c, p * budget);
      if (at !== undefined)
        timers.push({
          key: keys.warning[i]!,
          token: keys.tokens.warning[i]!,
          at,
          kind: "warning",
          level: i + 1,
          reason: reasons.warning[i]!,
          deadline,
        });
    }
    timers.push({
      key: keys.breach,
      token: keys.tokens.breach,
      at: deadline,
      kind: "breach",
      level: 0,
      reason: reasons.breach,
      deadline,
    });
  }
  // The elapsed time at the deadline, once for every level counted from the breach.
  let atDeadline: number | undefined;
  for (let k = 0; k < plan.levels.length; k++) {
    const { level, index: i } = plan.levels[k]!;
    const trigger = level.at.value;
    let at: number | undefined;
    if (trigger.anchor === "start") at = instantAtElapsed(cal, c, trigger.offsetMs);
    else if (trigger.anchor === "elapsed-percent") {
      if (budget !== null && deadline !== null) at = instantAtElapsed(cal, c, (trigger.percent / 100) * budget);
    } else if (trigger.anchor === "warning") {
      const first = warn[0];
      if (budget !== null && deadline !== null && first !== undefined)
        at = instantAtElapsed(cal, c, first * budget + trigger.offsetMs);
    } else if (deadline !== null) {
      atDeadline ??= elapsedAt(cal, c, deadline);
      const after = instantAtElapsed(cal, c, atDeadline + trigger.offsetMs);
      at = after === undefined ? undefined : Math.max(deadline, after);
    }
    if (at !== undefined)
      timers.push({
        key: keys.escalation[i]!,
        token: keys.tokens.escalation[i]!,
        at,
        kind: "escalation",
        level: i + 1,
        reason: level.at.text,
        roles: level.notify,
        deadline,
      });
  }
  return timers;
}
