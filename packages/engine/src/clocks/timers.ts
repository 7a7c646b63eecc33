/**
 * Timers as data (decision 0021): the warnings, breach and escalation levels of a running cycle,
 * each an instant and an effect key. Nothing here schedules anything; the runtime fires the ones
 * that are due and reports the earliest other one as `nextWakeAt`.
 */
import type { CompiledClock } from "../compile/program.js";
import { localKey } from "../effects/effect-key.js";
import type { ClockCycle } from "../state/ticket-state.js";
import { budgetOf, effectiveDeadline, elapsedAt, instantAtElapsed } from "./clock-time.js";
import { targetText } from "./target.js";

export interface Timer {
  key: string;
  at: number;
  kind: "warning" | "breach" | "escalation";
  level: number;
  reason: string;
  roles?: string[];
  deadline: number | null;
}

const pct = (fraction: number) => `${Math.round(fraction * 10000) / 100}%`;

export function cycleTimers(clock: CompiledClock, c: ClockCycle): Timer[] {
  if (c.status !== "running") return [];
  const cal = clock.calendar;
  const deadline = effectiveDeadline(cal, c);
  const budget = budgetOf(cal, c);
  const text = targetText(clock, c.priority) ?? "the target";
  const timers: Timer[] = [];
  const key = (kind: string, level: number) => localKey(clock.id, c.n, kind, level);
  if (deadline !== null && budget !== null) {
    clock.warn.forEach((p, i) => {
      const at = instantAtElapsed(cal, c, p * budget);
      if (at !== undefined)
        timers.push({
          key: key("warning", i + 1),
          at,
          kind: "warning",
          level: i + 1,
          reason: `${pct(p)} of ${text}`,
          deadline,
        });
    });
    timers.push({ key: key("breach", 0), at: deadline, kind: "breach", level: 0, reason: `${text} passed`, deadline });
  }
  clock.escalation.forEach((level, i) => {
    const trigger = level.at.value;
    let at: number | undefined;
    if (trigger.anchor === "start") at = instantAtElapsed(cal, c, trigger.offsetMs);
    else if (trigger.anchor === "elapsed-percent") {
      if (budget !== null && deadline !== null) at = instantAtElapsed(cal, c, (trigger.percent / 100) * budget);
    } else if (trigger.anchor === "warning") {
      const first = clock.warn[0];
      if (budget !== null && deadline !== null && first !== undefined)
        at = instantAtElapsed(cal, c, first * budget + trigger.offsetMs);
    } else if (deadline !== null) {
      const after = instantAtElapsed(cal, c, elapsedAt(cal, c, deadline) + trigger.offsetMs);
      at = after === undefined ? undefined : Math.max(deadline, after);
    }
    if (at !== undefined)
      timers.push({
        key: key("escalation", i + 1),
        at,
        kind: "escalation",
        level: i + 1,
        reason: level.at.text,
        roles: level.notify,
        deadline,
      });
  });
  return timers;
}
