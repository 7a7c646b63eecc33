/**
 * `explain(ticket, clock)`: why a clock's deadline is what it is — the target, the calendar's
 * counting (days skipped for weekends, holidays, 调休, lunch breaks), the pauses, and every warning,
 * breach and escalation on a timeline, with whether it has been announced.
 */
import { explainDeadline, type Gap } from "@yardstick/calendar";
import { clockCalendarOf } from "@yardstick/dsl";
import type { Program } from "../compile/program.js";
import { effectiveDeadline } from "../clocks/clock-time.js";
import { calendarOf } from "../clocks/clock-scope.js";
import { chosenTarget, countedDeadline, dayCountedFrom, targetText } from "../clocks/target.js";
import { cycleTimers } from "../clocks/timers.js";
import { EngineError } from "../errors/engine-error.js";
import type { TicketState } from "../state/ticket-state.js";
import { formatShort } from "../time/local-time.js";
import { checkState } from "./input.js";

export interface TimelineEntry {
  at: number;
  kind: "start" | "warning" | "breach" | "escalation" | "pause" | "resume" | "stop" | "cancel" | "reset";
  level?: number;
  roles?: string[];
  reason: string;
  /** For warnings, breaches and escalations: announced already (true) or still to come. */
  announced?: boolean;
}

export interface CycleExplanation {
  cycle: number;
  priority: string | null;
  target?: string;
  startedAt: number;
  /** The calendar the cycle counts on: its priority's (decision 0060). */
  calendar: string;
  deadline: number | null;
  /** The calendar's account of the deadline before pauses. */
  counting?: {
    summary: string;
    steps: string[];
    days: { date: string; counted: boolean; reason: string }[];
    gaps: Gap[];
  };
  pauses: { from: number; to: number | null }[];
  timeline: TimelineEntry[];
}

export interface ClockExplanation {
  clock: string;
  calendar: string;
  cycles: CycleExplanation[];
  /** The same, in lines of text in the standard's zone (for the CLI and logs). */
  lines: string[];
}

export function explain(program: Program, ticket: TicketState, clockId: string): ClockExplanation {
  const { st, kind } = checkState(program, ticket);
  const clock = kind.clocks.find((c) => c.id === clockId);
  if (clock === undefined) {
    throw new EngineError("unknown-clock", `\`${clockId}\` is not a clock of \`${kind.id}\``, {
      hint: `the clocks are ${kind.clocks.map((c) => `\`${c.id}\``).join(", ") || "(none)"}`,
      path: ["clock"],
    });
  }
  const zone = program.timezone;
  const show = (t: number) => formatShort(t, zone);
  // Priorities counted on another calendar than the clock's (a map, or an elapsed target) say so.
  const byPriority = Object.entries(clock.model.calendars ?? {})
    .map(([p, id]) => `${p} on ${id}`)
    .join(", ");
  const lines: string[] = [
    `clock ${clock.id} (${clock.model.title.en ?? clock.model.title.zh ?? clock.id}) on calendar ${clock.model.calendar}${byPriority ? `; ${byPriority}` : ""}`,
  ];
  const cycles: CycleExplanation[] = [];
  for (const c of st.clocks[clock.index]!) {
    const target = targetText(clock, c.priority, c.startedAt);
    const deadline = effectiveDeadline(calendarOf(clock, c.priority), c);
    const calendar = clockCalendarOf(clock.model, c.priority);
    const entry: CycleExplanation = {
      cycle: c.n,
      priority: c.priority,
      startedAt: c.startedAt,
      calendar,
      deadline,
      pauses: [
        ...c.pauses.map(([from, to]) => ({ from, to })),
        ...(c.pausedAt !== undefined ? [{ from: c.pausedAt, to: null }] : []),
      ],
      timeline: [],
    };
    if (target !== undefined) entry.target = target;
    const targetModel = chosenTarget(clock, c.priority, c.startedAt);
    lines.push(
      `cycle ${c.n}: started ${show(c.startedAt)}${c.priority !== null ? `, priority ${c.priority}` : ""}${target !== undefined ? `, target ${target}` : ", no target (measured only)"}, on ${calendar}`,
    );
    if (targetModel !== undefined && clock.model.dueAt === undefined) {
      const counted = countedDeadline(clock, targetModel.value);
      const cal = calendarOf(clock, c.priority);
      const why = explainDeadline(cal, dayCountedFrom(clock, cal, c.startedAt, counted), counted, {
        rollForwardOnRestDay: clock.model.rollForwardOnRestDay === true,
      });
      entry.counting = { summary: why.summary, steps: why.steps, days: why.days, gaps: why.gaps };
      for (const step of why.steps) lines.push(`  ${step}`);
      for (const day of why.days) if (!day.counted) lines.push(`  skipped ${day.date}: ${day.reason}`);
      for (const gap of why.gaps) lines.push(`  not counted ${show(gap.from)}–${show(gap.to)}: ${gap.reason}`);
    }
    entry.timeline.push({ at: c.startedAt, kind: "start", reason: "the clock started" });
    for (const p of entry.pauses) {
      entry.timeline.push({ at: p.from, kind: "pause", reason: "paused" });
      if (p.to !== null) entry.timeline.push({ at: p.to, kind: "resume", reason: "resumed" });
    }
    const timers = c.status === "running" ? cycleTimers(clock, c) : [];
    for (const timer of timers)
      entry.timeline.push({
        at: timer.at,
        kind: timer.kind,
        level: timer.level,
        reason: timer.reason,
        ...(timer.roles !== undefined ? { roles: timer.roles } : {}),
        announced: st.announced.includes(timer.token),
      });
    if (c.endedAt !== undefined) {
      const kindOfEnd = c.status === "stopped" ? "stop" : c.status === "cancelled" ? "cancel" : "reset";
      const met = c.status === "stopped" ? (deadline === null || c.endedAt <= deadline ? " — met" : " — late") : "";
      entry.timeline.push({ at: c.endedAt, kind: kindOfEnd, reason: `${c.status}${met}` });
    }
    entry.timeline.sort((a, b) => a.at - b.at);
    if (deadline !== null)
      lines.push(`  due ${show(deadline)}${c.pauses.length > 0 ? " (moved on by the pauses)" : ""}`);
    for (const e of entry.timeline) {
      const who = e.roles !== undefined ? ` → notify ${e.roles.join(", ")}` : "";
      const when = e.announced === undefined ? "" : e.announced ? " (announced)" : " (to come)";
      lines.push(`  ${show(e.at)}  ${e.kind}${e.level ? ` ${e.level}` : ""}: ${e.reason}${who}${when}`);
    }
    cycles.push(entry);
  }
  if (cycles.length === 0) lines.push("  not started");
  return { clock: clock.id, calendar: clock.model.calendar, cycles, lines };
}
