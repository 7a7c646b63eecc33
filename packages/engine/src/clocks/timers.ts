/**
 * Timers as data (decision 0021): the warnings, breach and escalation levels of a running cycle,
 * each an instant and an effect key. Nothing here schedules anything; the runtime fires the ones
 * that are due and reports the earliest other one as `nextWakeAt`.
 */
import type { CompiledClock } from "../compile/program.js";
import { localKey } from "../effects/effect-key.js";
import type { ClockCycle } from "../state/working-ticket.js";
import { budgetOf, effectiveDeadline, elapsedAt, instantAtElapsed } from "./clock-time.js";
import { calendarOf, levelApplies, warnOf } from "./clock-scope.js";
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

const keysByClock = new WeakMap<CompiledClock, CycleKeys[]>();
/** Cycles past this many are rare (a ticket reopened again and again); their keys are not kept. */
const KEPT_CYCLES = 16;

export function cycleKeys(clock: CompiledClock, n: number): CycleKeys {
  let byCycle = keysByClock.get(clock);
  if (byCycle === undefined) keysByClock.set(clock, (byCycle = []));
  const known = byCycle[n];
  if (known !== undefined) return known;
  const keys: CycleKeys = {
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
  if (n < KEPT_CYCLES) byCycle[n] = keys;
  return keys;
}

/** The reasons of a clock's warnings and breach under a priority (they name its target). */
interface Reasons {
  warning: readonly string[];
  breach: string;
}

const reasonsByClock = new WeakMap<CompiledClock, Map<string, Reasons>>();

function reasonsOf(clock: CompiledClock, priority: string | null, startedAt: number): Reasons {
  let byTarget = reasonsByClock.get(clock);
  if (byTarget === undefined) reasonsByClock.set(clock, (byTarget = new Map()));
  // Without choices by start time the target, and so the reasons, follow from the priority alone:
  // keyed by it, without finding the target and building a key for every cycle.
  const fixed = clock.choices.size === 0;
  if (fixed) {
    const known = byTarget.get(priority ?? "\u0000");
    if (known !== undefined) return known;
  }
  const text = targetText(clock, priority, startedAt) ?? "the target";
  // The reasons name the target, which a choice by start time picks: keyed by priority and text.
  const key = fixed ? (priority ?? "\u0000") : `${priority ?? ""}\u0000${text}`;
  let reasons = byTarget.get(key);
  if (reasons === undefined) {
    reasons = { warning: warnOf(clock, priority).map((p) => `${pct(p)} of ${text}`), breach: `${text} passed` };
    byTarget.set(key, reasons);
  }
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

function computeTimers(clock: CompiledClock, c: ClockCycle): Timer[] {
  const cal = calendarOf(clock, c.priority);
  const warn = warnOf(clock, c.priority);
  const deadline = effectiveDeadline(cal, c);
  const budget = budgetOf(cal, c);
  const keys = cycleKeys(clock, c.n);
  const reasons = reasonsOf(clock, c.priority, c.startedAt);
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
  for (let i = 0; i < clock.escalation.length; i++) {
    const level = clock.escalation[i]!;
    if (!levelApplies(level, c.priority)) continue;
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
