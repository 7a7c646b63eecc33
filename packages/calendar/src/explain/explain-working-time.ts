/**
 * Why a stretch of time holds the working time it does: the working spans counted and the gaps
 * skipped, each gap with its reason ("2025-10-01..10-08 National Day holiday", "Sat 2025-09-27
 * weekend", "Mon 2025-09-29 12:00-13:30 break"). Not on the hot path: built on demand.
 */
import type { Calendar, CoverageWarning } from "../calendar/calendar.js";
import { internals, restDayReason } from "../calendar/calendar.js";
import type { DayPlan, Label } from "../calendar/day-rules.js";
import { firstEndingAfter } from "../calendar/year-block.js";
import { formatDate, formatDateRange, formatDayTitle, formatLocalClock } from "../time/civil.js";
import { type Instant, parseInstant } from "../time/instant.js";

/** Working time counted, within one local date. */
export interface WorkingSpan {
  from: number;
  to: number;
  ms: number;
  /** The local date the span lies in. */
  date: string;
}

/** Why time is not working time. Stable strings. */
export type GapKind = "before-hours" | "after-hours" | "break" | "rest-day" | "holiday" | "closed";

/** Time skipped, with its reason. Whole rest days in a row with the same reason are one gap. */
export interface Gap {
  from: number;
  to: number;
  ms: number;
  kind: GapKind;
  /** First and last local date the gap lies in. */
  date: string;
  lastDate: string;
  reason: string;
  name?: Label;
  set?: string;
}

export interface WorkingTimeExplanation {
  from: number;
  to: number;
  workingMs: number;
  spans: WorkingSpan[];
  gaps: Gap[];
  /** Years in the stretch the holiday data does not cover. */
  warnings: CoverageWarning[];
}

interface GapPiece {
  from: number;
  to: number;
  day: number;
  kind: GapKind;
  plan: DayPlan;
  wholeDay: boolean;
}

/**
 * The working spans and the gaps between two instants (in either order).
 *
 * @example
 * const why = explainWorkingTime(office, "2025-09-30T16:00:00+08:00", "2025-10-09T09:30:00+08:00");
 * why.gaps.map((g) => g.reason);
 * // ["Tue 2025-09-30 17:30-24:00 after hours",
 * //  "2025-10-01..10-08 National Day and Mid-Autumn Festival (国庆节、中秋节) holiday",
 * //  "Thu 2025-10-09 00:00-08:30 before hours"]
 */
export function explainWorkingTime(calendar: Calendar, a: Instant, b: Instant): WorkingTimeExplanation {
  const cal = internals(calendar);
  const first = parseInstant(a, "from");
  const second = parseInstant(b, "to");
  const from = Math.min(first, second);
  const to = Math.max(first, second);
  const spans: WorkingSpan[] = [];
  const pieces: GapPiece[] = [];
  let workingMs = 0;

  const gapPiece = (lo: number, hi: number, day: number, dayStart: number, dayEnd: number): void => {
    const plan = cal.rules.plan(day);
    const close = cal.closeOf(day);
    let kind: GapKind;
    if (Number.isNaN(close))
      kind = plan.kind === "holiday" ? "holiday" : plan.kind === "override-closed" ? "closed" : "rest-day";
    else {
      const block = cal.blockOfDay(day);
      const dayOpen = block.open[day - block.firstDay] as number;
      kind = hi <= dayOpen ? "before-hours" : lo >= close ? "after-hours" : "break";
    }
    pieces.push({ from: lo, to: hi, day, kind, plan, wholeDay: lo === dayStart && hi === dayEnd });
  };

  let day = cal.dayOf(from);
  for (;;) {
    const dayStart = cal.dayStartOf(day);
    const dayEnd = cal.dayStartOf(day + 1);
    const lo = Math.max(from, dayStart);
    const hi = Math.min(to, dayEnd);
    if (lo >= to) break;
    const block = cal.blockAt(lo);
    let cursor = lo;
    for (let i = firstEndingAfter(block, lo); i < block.n && (block.starts[i] as number) < hi; i++) {
      const s = Math.max(block.starts[i] as number, lo);
      const e = Math.min(block.ends[i] as number, hi);
      if (s > cursor) gapPiece(cursor, s, day, dayStart, dayEnd);
      spans.push({ from: s, to: e, ms: e - s, date: formatDate(day) });
      workingMs += e - s;
      cursor = e;
    }
    if (cursor < hi) gapPiece(cursor, hi, day, dayStart, dayEnd);
    day++;
  }

  const gaps: Gap[] = [];
  let run: GapPiece[] = [];
  const sameRun = (x: GapPiece, y: GapPiece): boolean =>
    x.to === y.from &&
    y.day === x.day + 1 &&
    x.kind === y.kind &&
    (x.kind === "rest-day" || ((x.kind === "holiday" || x.kind === "closed") && x.plan === y.plan));
  const flush = (): void => {
    const head = run[0];
    const tail = run[run.length - 1];
    if (head === undefined || tail === undefined) return;
    const reason = gapReason(cal, head, tail);
    gaps.push({
      from: head.from,
      to: tail.to,
      ms: tail.to - head.from,
      kind: head.kind,
      date: formatDate(head.day),
      lastDate: formatDate(tail.day),
      reason,
      ...(head.plan.label !== undefined && (head.kind === "holiday" || head.kind === "closed")
        ? { name: head.plan.label }
        : {}),
      ...(head.plan.set !== undefined && head.kind === "holiday" ? { set: head.plan.set } : {}),
    });
    run = [];
  };
  for (const piece of pieces) {
    const previous = run[run.length - 1];
    if (previous !== undefined && !sameRun(previous, piece)) flush();
    run.push(piece);
  }
  flush();
  return { from, to, workingMs, spans, gaps, warnings: cal.coverageWarnings(from, to) };
}

function clock(cal: ReturnType<typeof internals>, t: number, day: number): string {
  return t === cal.dayStartOf(day + 1) ? "24:00" : formatLocalClock(cal.zone.localOf(t), day);
}

function gapReason(cal: ReturnType<typeof internals>, head: GapPiece, tail: GapPiece): string {
  const times = `${clock(cal, head.from, head.day)}-${clock(cal, tail.to, tail.day)}`;
  switch (head.kind) {
    case "before-hours":
      return `${formatDayTitle(head.day)} ${times} before hours`;
    case "after-hours":
      return `${formatDayTitle(head.day)} ${times} after hours`;
    case "break":
      return `${formatDayTitle(head.day)} ${times} break`;
    case "closed":
    case "holiday":
    case "rest-day": {
      const whole = head.wholeDay && tail.wholeDay;
      const base = restDayReason(head.day, head.plan, head.day, tail.day);
      if (whole) return base;
      if (head.day === tail.day)
        return base.replace(formatDateRange(head.day, head.day), `${formatDayTitle(head.day)} ${times}`);
      return `${base} (${formatDate(head.day)} ${clock(cal, head.from, head.day)} to ${formatDate(tail.day)} ${clock(cal, tail.to, tail.day)})`;
    }
  }
}
