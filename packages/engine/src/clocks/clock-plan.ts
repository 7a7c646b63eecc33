/**
 * What a clock is for one priority, worked out once per compiled clock and priority rather than at
 * every cycle: the calendar it counts on, its warnings, the escalation levels that apply, and —
 * when no choice by start time can change it — its target and the reasons its timers give. The
 * runtime reads these at every cycle it starts or retargets; each is a pure function of the
 * program (clock-scope.ts, target.ts), so a plan is never stale. Kept on the compiled clock, one per
 * priority the kind has (and none), so the memo is as bounded as the program.
 */
import type { Calendar, Deadline } from "@yardstick/calendar";
import type { EscalationLevel, Timed } from "@yardstick/dsl";
import type { CompiledClock } from "../compile/program.js";
import type { CompiledChoice } from "./start-choices.js";
import { calendarOf, clockApplies, levelApplies, warnOf } from "./clock-scope.js";
import { reasonsFor, type Reasons } from "./timers.js";

export interface ClockPlan {
  calendar: Calendar;
  /** Warning thresholds as fractions of the budget, ascending. */
  warn: readonly number[];
  /** Whether the clock applies to the priority at all (`priorities:`). */
  applies: boolean;
  /** The escalation levels that fire for the priority, each with its place in the written list. */
  levels: readonly { level: EscalationLevel; index: number }[];
  /**
   * The target, when no choice by start time picks it (null: the priority has none, the cycle only
   * measures); undefined: choices decide at each start (target.ts `chosenTarget`).
   */
  target: Timed<Deadline> | null | undefined;
  /** The choices by start time that decide the target when `target` is undefined. */
  choices: readonly CompiledChoice[] | undefined;
  /** The reasons of the warnings and breach, when they do not depend on the start (`target` is not undefined, or an agreed time). */
  reasons: Reasons | undefined;
}

const NONE_KEY = "\u0000";

export function planOf(clock: CompiledClock, priority: string | null): ClockPlan {
  const plans = clock.memo.plans;
  const key = priority ?? NONE_KEY;
  let plan = plans.get(key);
  if (plan === undefined) plans.set(key, (plan = buildPlan(clock, priority)));
  return plan;
}

function buildPlan(clock: CompiledClock, priority: string | null): ClockPlan {
  const levels: { level: EscalationLevel; index: number }[] = [];
  clock.escalation.forEach((level, index) => {
    if (levelApplies(level, priority)) levels.push({ level, index });
  });
  const warn = warnOf(clock, priority);
  const { target, choices } = targetSource(clock, priority);
  const text =
    clock.model.dueAt !== undefined
      ? `the agreed time (${clock.model.dueAt})`
      : target === undefined
        ? undefined
        : target?.text;
  return {
    calendar: calendarOf(clock, priority),
    warn,
    applies: clockApplies(clock, priority),
    levels,
    target,
    choices,
    reasons:
      clock.model.dueAt !== undefined || target !== undefined ? reasonsFor(warn, text ?? "the target") : undefined,
  };
}

/**
 * What decides the target of the priority: its own (else the `*` one), a fixed target or a list of
 * choices by start time; neither when the priority has no target.
 */
function targetSource(
  clock: CompiledClock,
  priority: string | null,
): { target: Timed<Deadline> | null | undefined; choices: readonly CompiledChoice[] | undefined } {
  const targets = clock.model.targets;
  for (const key of priority !== null ? [priority, "*"] : ["*"]) {
    if (Object.prototype.hasOwnProperty.call(targets, key)) return { target: targets[key]!, choices: undefined };
    const choices = clock.choices.get(key);
    if (choices !== undefined) return { target: undefined, choices };
  }
  return { target: null, choices: undefined };
}
