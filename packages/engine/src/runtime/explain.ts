/**
 * `explain(ticket, clock)`: why a clock's deadline is what it is — the target, the calendar's
 * counting (days skipped for weekends, holidays, 调休, lunch breaks), the pauses, and every warning,
 * breach and escalation on a timeline, with whether it has been announced. In English or Chinese
 * (`{ lang }`): the words change, the ids, instants and kinds do not.
 */
import { explainDeadline, type Calendar, type Gap } from "@yardstick/calendar";
import { clockCalendarOf, type Lang, phrasesIn } from "@yardstick/dsl";
import type { CompiledClock, Program } from "../compile/program.js";
import { effectiveDeadline } from "../clocks/clock-time.js";
import { calendarOf } from "../clocks/clock-scope.js";
import { planOf } from "../clocks/clock-plan.js";
import { chosenTarget, countedDeadline, dayCountedFrom, targetText } from "../clocks/target.js";
import { cycleTimers, type Timer } from "../clocks/timers.js";
import { EngineError } from "../errors/engine-error.js";
import { deadlineWords, say, triggerWords, weekdayWords } from "../handbook/words.js";
import type { TicketState } from "../state/ticket-state.js";
import { formatShort } from "../time/local-time.js";
import { explainWords } from "./explain-words.js";
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

export interface ExplainOptions {
  /**
   * The language of `lines` and of every `reason`, `summary` and `steps` (default `"en"`). In
   * Chinese the counting is told from the calendar's answer (dates, gap kinds, holiday names); ids,
   * instants, kinds and targets as written are the same in both.
   */
  lang?: Lang;
}

/**
 * Why a clock's deadline is what it is, cycle by cycle, with `lines` to print.
 *
 * @example
 * explain(program, ticket, "callback").lines; // ["clock callback (Repair callback) on calendar office", …]
 * explain(program, ticket, "callback", { lang: "zh" }).lines; // ["时钟 callback（维修回访），日历 office", …]
 */
export function explain(
  program: Program,
  ticket: TicketState,
  clockId: string,
  options: ExplainOptions = {},
): ClockExplanation {
  const lang: Lang = options.lang ?? "en";
  const zh = lang === "zh";
  const w = phrasesIn(explainWords, lang);
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
    .map(([priority, calendar]) => w("onCalendar", { priority, calendar }))
    .join(zh ? "，" : ", ");
  const lines: string[] = [
    w("clock", { clock: clock.id, title: say(clock.model.title, lang, clock.id), calendar: clock.model.calendar }) +
      (byPriority ? w("byPriority", { list: byPriority }) : ""),
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
    // The target as the standard writes it; an agreed time in the language's words.
    const targetSaid =
      clock.model.dueAt !== undefined ? w("agreedTime", { field: clock.model.dueAt }) : (target ?? w("theTarget", {}));
    if (target !== undefined) entry.target = target;
    const targetModel = chosenTarget(clock, c.priority, c.startedAt);
    lines.push(
      w("cycle", { n: c.n, at: show(c.startedAt) }) +
        (c.priority !== null ? w("priority", { priority: c.priority }) : "") +
        (target !== undefined ? w("target", { target: targetSaid }) : w("noTarget", {})) +
        w("cycleCalendar", { calendar }),
    );
    if (targetModel !== undefined && clock.model.dueAt === undefined) {
      const counted = countedDeadline(clock, targetModel.value);
      const cal = calendarOf(clock, c.priority);
      const why = explainDeadline(cal, dayCountedFrom(clock, cal, c.startedAt, counted), counted, {
        rollForwardOnRestDay: clock.model.rollForwardOnRestDay === true,
      });
      entry.counting = { summary: why.summary, steps: why.steps, days: why.days, gaps: why.gaps };
      if (zh) entry.counting = countingInChinese(entry.counting, why, cal, calendar, targetModel.value, show);
      for (const step of entry.counting.steps) lines.push(`  ${step}`);
      for (const day of entry.counting.days)
        if (!day.counted) lines.push(`  ${w("skipped", { date: dayTitle(day.date, lang), reason: day.reason })}`);
      for (const gap of entry.counting.gaps)
        lines.push(`  ${w("notCounted", { from: show(gap.from), to: show(gap.to), reason: gap.reason })}`);
    }
    entry.timeline.push({ at: c.startedAt, kind: "start", reason: w("started", {}) });
    for (const p of entry.pauses) {
      entry.timeline.push({ at: p.from, kind: "pause", reason: w("paused", {}) });
      if (p.to !== null) entry.timeline.push({ at: p.to, kind: "resume", reason: w("resumed", {}) });
    }
    const timers = c.status === "running" ? cycleTimers(clock, c) : [];
    for (const timer of timers)
      entry.timeline.push({
        at: timer.at,
        kind: timer.kind,
        level: timer.level,
        reason: zh ? timerReasonInChinese(clock, c.priority, timer, targetSaid) : timer.reason,
        ...(timer.roles !== undefined ? { roles: timer.roles } : {}),
        announced: st.announced.includes(timer.token),
      });
    if (c.endedAt !== undefined) {
      const kindOfEnd = c.status === "stopped" ? "stop" : c.status === "cancelled" ? "cancel" : "reset";
      const met =
        c.status === "stopped" ? (deadline === null || c.endedAt <= deadline ? w("met", {}) : w("late", {})) : "";
      const ended = c.status === "stopped" ? "stopped" : c.status === "cancelled" ? "cancelled" : "reset";
      entry.timeline.push({
        at: c.endedAt,
        kind: kindOfEnd,
        reason: zh ? `${w(ended, {})}${met}` : `${c.status}${met}`,
      });
    }
    entry.timeline.sort((a, b) => a.at - b.at);
    if (deadline !== null)
      lines.push(`  ${w("due", { at: show(deadline) })}${c.pauses.length > 0 ? w("movedByPauses", {}) : ""}`);
    for (const e of entry.timeline) {
      const who = e.roles !== undefined ? w("notify", { roles: e.roles.join(zh ? "、" : ", ") }) : "";
      const when = e.announced === undefined ? "" : e.announced ? w("announced", {}) : w("toCome", {});
      const level = e.level ? w("level", { level: e.level }) : "";
      lines.push(`  ${show(e.at)}  ${w(KIND_WORDS[e.kind], {})}${level}${zh ? "：" : ": "}${e.reason}${who}${when}`);
    }
    cycles.push(entry);
  }
  if (cycles.length === 0) lines.push(`  ${w("notStarted", {})}`);
  return { clock: clock.id, calendar: clock.model.calendar, cycles, lines };
}

const KIND_WORDS = {
  start: "kindStart",
  warning: "kindWarning",
  breach: "kindBreach",
  escalation: "kindEscalation",
  pause: "kindPause",
  resume: "kindResume",
  stop: "kindStop",
  cancel: "kindCancel",
  reset: "kindReset",
} as const satisfies Record<TimelineEntry["kind"], keyof typeof explainWords>;

const pct = (fraction: number) => `${Math.round(fraction * 10000) / 100}%`;

/** A warning's, breach's or escalation's reason in Chinese, from the plan the timer came from. */
function timerReasonInChinese(clock: CompiledClock, priority: string | null, timer: Timer, target: string): string {
  const w = phrasesIn(explainWords, "zh");
  const plan = planOf(clock, priority);
  if (timer.kind === "warning") {
    const fraction = plan.warn[timer.level - 1];
    return fraction === undefined ? timer.reason : w("warningReason", { percent: pct(fraction), target });
  }
  if (timer.kind === "breach") return w("breachReason", { target });
  const level = plan.levels.find((l) => l.index === timer.level - 1)?.level;
  return level === undefined ? timer.reason : triggerWords(level.at.value, "zh");
}

/** `Thu 2026-10-01` (the calendar's day title) as `2026-10-01（周四）` in Chinese. */
function dayTitle(title: string, lang: Lang): string {
  const [weekday, date] = title.split(" ");
  if (lang !== "zh" || weekday === undefined || date === undefined) return title;
  return phrasesIn(explainWords, "zh")("dayTitle", { date, weekday: weekdayWords(weekday.toLowerCase(), "zh") });
}

type Counting = NonNullable<CycleExplanation["counting"]>;
type Deadline = NonNullable<ReturnType<typeof chosenTarget>>["value"];

/**
 * The calendar's counting told in Chinese: its steps are English sentences, so the summary, the
 * rules that moved the deadline and every reason are said again from its dates, kinds and names.
 */
function countingInChinese(
  counting: Counting,
  why: ReturnType<typeof explainDeadline>,
  cal: Calendar,
  calendar: string,
  target: Deadline,
  show: (t: number) => string,
): Counting {
  const w = phrasesIn(explainWords, "zh");
  const args = { deadline: deadlineWords(target, "zh"), start: show(why.start), end: show(why.deadline), calendar };
  const summary = calendar === "24x7" ? w("counting24x7", args) : w("counting", args);
  const steps = [summary];
  if (why.kind === "duration" && !cal.isWorkingTime(why.start))
    steps.push(w("outsideHours", { at: show(why.start), next: show(cal.nextWorkingInstant(why.start)) }));
  if (why.kind === "workdays")
    steps.push(w("startDayNotCounted", { date: dayTitle(titleOf(cal, show(why.start).slice(0, 10)), "zh") }));
  const days = why.days.map((day) => {
    const date = day.date.split(" ")[1] ?? day.date;
    const described = cal.describeDay(date);
    let n = 0;
    for (const d of why.days) {
      if (d.counted) n++;
      if (d === day) break;
    }
    const reason = day.counted
      ? described.kind === "adjusted-workday"
        ? w("adjustedWorkday", { n, name: described.name?.zh ?? described.name?.en ?? w("adjusted", {}) })
        : w("nthWorkday", { n })
      : restDayInChinese(described.kind, described.name, "", described.weekday).trim();
    return { ...day, reason };
  });
  for (const day of days) {
    const described = cal.describeDay(day.date.split(" ")[1] ?? day.date);
    if (day.counted && described.kind === "adjusted-workday")
      steps.push(
        w("adjustedCounted", {
          date: dayTitle(day.date, "zh"),
          name: described.name?.zh ?? described.name?.en ?? w("adjusted", {}),
        }),
      );
  }
  if (why.steps.some((s) => s.includes("art. 203"))) steps.push(w("rolledForward", {}));
  const gaps = why.gaps.map((gap) => ({ ...gap, reason: gapInChinese(gap, cal, show) }));
  return { summary, steps, days, gaps };
}

type DayKind = ReturnType<Calendar["describeDay"]>["kind"];

function restDayInChinese(
  kind: DayKind,
  name: { zh?: string; en?: string } | undefined,
  range: string,
  weekday: string,
): string {
  const w = phrasesIn(explainWords, "zh");
  const named = name?.zh ?? name?.en;
  switch (kind) {
    case "holiday":
      return named !== undefined ? w("holiday", { range, name: named }) : w("publicHoliday", { range });
    case "override-closed":
      return named !== undefined ? w("closedNamed", { range, name: named }) : w("closed", { range });
    case "adjusted-workday":
      return w("adjustedWithoutHours", { range });
    case "override":
    case "rest-day":
    case "weekly":
      return weekday === "sat" || weekday === "sun" ? w("weekend", { range }) : w("restDay", { range });
  }
}

function gapInChinese(gap: Gap, cal: Calendar, show: (t: number) => string): string {
  const w = phrasesIn(explainWords, "zh");
  const fromTime = show(gap.from).split(" ")[1]!;
  const toTime = show(gap.to).split(" ")[1]!;
  const times = `${fromTime}-${toTime === "00:00" && gap.to > gap.from ? "24:00" : toTime}`;
  const date = dayTitle(titleOf(cal, gap.date), "zh");
  switch (gap.kind) {
    case "before-hours":
      return w("beforeHours", { date, times });
    case "after-hours":
      return w("afterHours", { date, times });
    case "break":
      return w("break", { date, times });
    case "closed":
    case "holiday":
    case "rest-day": {
      const range = gap.date === gap.lastDate ? date : w("dayRange", { first: gap.date, last: gap.lastDate });
      const kind: DayKind = gap.kind === "holiday" ? "holiday" : gap.kind === "closed" ? "override-closed" : "rest-day";
      const weekday = cal.describeDay(gap.date).weekday;
      const lastWeekday = cal.describeDay(gap.lastDate).weekday;
      // A weekend as the calendar says it: a run of Saturdays and Sundays only.
      const weekendOnly = (weekday === "sat" || weekday === "sun") && (lastWeekday === "sat" || lastWeekday === "sun");
      const base = restDayInChinese(kind, gap.name, range, weekendOnly ? "sat" : "mon");
      const whole = show(gap.from).endsWith(" 00:00") && show(gap.to).endsWith(" 00:00");
      if (whole) return base;
      if (gap.date === gap.lastDate)
        return restDayInChinese(kind, gap.name, `${date} ${times}`, weekendOnly ? "sat" : "mon");
      return w("partOfDays", { reason: base, from: show(gap.from), to: show(gap.to) });
    }
  }
}

/** `2026-10-01` → `Thu 2026-10-01`, the calendar's day title. */
function titleOf(cal: Calendar, date: string): string {
  const weekday = cal.describeDay(date).weekday;
  return `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)} ${date}`;
}
