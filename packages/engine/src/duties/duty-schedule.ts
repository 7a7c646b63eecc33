/**
 * A duty's recurring schedule, compiled: which days it runs on, and the slots (planned instant,
 * earliest start, due) it has on a day. Slots are computed once per day and duty, and shared by
 * every site, zone and item, so planning many sites costs one object per occurrence.
 */
import type { Calendar } from "@yardstick/calendar";
import type { DutyModel, RecurringSchedule } from "@yardstick/dsl";
import { dayFromYmd, weekdayOf, ymdFromDay } from "./civil-date.js";
import { rrulestr, type RRuleType } from "./rrule-library.js";
import type { ZoneClock } from "./zone-clock.js";

export interface Slot {
  at: number;
  start: number;
  due: number;
  allDay: boolean;
  index?: number;
  /** The local day the slot was planned on (its window opens that day). */
  day: number;
}

const DAY_MS = 86_400_000;
const WEEKDAY_INDEX = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const;
/** A Monday: `every: 2w` and longer intervals count from it (1970-01-05). */
const EPOCH_MONDAY = 4;

export type Period = "day" | "week" | "month" | "quarter" | "year";

/** The first day of the period `day` is in. */
export function periodStart(day: number, per: Period): number {
  if (per === "day") return day;
  if (per === "week") return day - weekdayOf(day);
  const { y, m } = ymdFromDay(day);
  if (per === "month") return dayFromYmd(y, m, 1);
  if (per === "quarter") return dayFromYmd(y, m - ((m - 1) % 3), 1);
  return dayFromYmd(y, 1, 1);
}

/** The first day after the period that starts on `start`. */
export function periodEnd(start: number, per: Period): number {
  if (per === "day") return start + 1;
  if (per === "week") return start + 7;
  const { y, m } = ymdFromDay(start);
  const months = per === "month" ? 1 : per === "quarter" ? 3 : 12;
  const index = y * 12 + (m - 1) + months;
  return dayFromYmd(Math.floor(index / 12), (index % 12) + 1, 1);
}

export class RecurringPlan {
  private readonly weekdays: boolean[];
  private readonly monthly: ReadonlySet<number>;
  /** Months of the year it runs in (index 1–12), all when the duty names no season. */
  private readonly months: boolean[];
  /** Dates of the year as month * 100 + day. */
  private readonly yearly: ReadonlySet<number>;
  private readonly workdays = new Map<number, boolean>();
  private readonly rule: RRuleType | undefined;
  private readonly ruleAllDay: boolean;
  private ruleBuffer: { from: number; to: number; slots: Map<number, Slot[]> } | undefined;

  constructor(
    readonly duty: DutyModel,
    readonly schedule: RecurringSchedule,
    private readonly clock: ZoneClock,
    private readonly calendar: Calendar | undefined,
  ) {
    this.weekdays = [false, false, false, false, false, false, false];
    for (const d of schedule.days) this.weekdays[WEEKDAY_INDEX[d]] = true;
    this.monthly = new Set(schedule.monthly);
    this.months = Array.from({ length: 13 }, (_, m) => schedule.months === undefined || schedule.months.includes(m));
    this.yearly = new Set((schedule.yearly ?? []).map((d) => Number(d.slice(0, 2)) * 100 + Number(d.slice(3))));
    if (schedule.rrule !== undefined) {
      // Expanded on the wall clock ("floating" times read as UTC), then placed in the zone.
      const text = /DTSTART/i.test(schedule.rrule)
        ? schedule.rrule
        : `DTSTART:20000101T000000Z\nRRULE:${schedule.rrule}`;
      this.rule = rrulestr(text) as RRuleType;
      const o = this.rule.origOptions;
      this.ruleAllDay =
        o.byhour === undefined &&
        o.byminute === undefined &&
        (o.freq === undefined || o.freq <= 3) &&
        !/DTSTART/i.test(schedule.rrule);
    } else {
      this.ruleAllDay = false;
    }
  }

  /** Whether the duty runs on `day`: its weekdays, its days of the month, its calendar's working days. */
  runsOn(day: number): boolean {
    if (!this.weekdays[weekdayOf(day)]) return false;
    if (this.monthly.size > 0 || this.yearly.size > 0 || this.schedule.months !== undefined) {
      const { m, d } = ymdFromDay(day);
      if (!this.months[m]) return false;
      if (this.monthly.size > 0 && !this.monthly.has(d)) return false;
      if (this.yearly.size > 0 && !this.yearly.has(m * 100 + d)) return false;
    }
    return this.isWorkday(day);
  }

  private isWorkday(day: number): boolean {
    if (this.calendar === undefined) return true;
    let known = this.workdays.get(day);
    if (known === undefined) {
      const { y, m, d } = ymdFromDay(day);
      known = this.calendar.isWorkday(`${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
      if (this.workdays.size > 4096) this.workdays.clear();
      this.workdays.set(day, known);
    }
    return known;
  }

  /** The slots planned on `day` (whose `at` falls on it), in time order. */
  slotsOn(day: number): Slot[] {
    const s = this.schedule;
    if (this.rule !== undefined) return this.ruleSlots(day);
    if (s.quota !== undefined || (s.by !== undefined && s.every === undefined && s.at.length === 0))
      return this.quotaSlots(day, s.quota ?? { times: 1, per: "day" });
    if (s.at.length > 0) {
      if (!this.runsOn(day)) return [];
      return s.at.map((t) => {
        const at = this.clock.instantOf(day, t.value.minutes);
        return { at, start: at, due: at, allDay: false, day };
      });
    }
    if (s.every !== undefined) return this.everySlots(day, s);
    // `days` or `monthly` alone: the day itself.
    if (!this.runsOn(day)) return [];
    const start = this.clock.midnight(day);
    return [{ at: start, start, due: this.clock.midnight(day + 1), allDay: true, day }];
  }

  private everySlots(day: number, s: RecurringSchedule): Slot[] {
    const every = s.every!.value;
    if (every.kind === "duration" && every.ms < DAY_MS) {
      if (!this.runsOn(day)) return [];
      const open =
        s.between === undefined ? this.clock.midnight(day) : this.clock.instantOf(day, s.between.value.start.minutes);
      const close =
        s.between === undefined
          ? this.clock.midnight(day + 1)
          : this.clock.instantOf(day + (s.between.value.crossesMidnight ? 1 : 0), s.between.value.end.minutes);
      const slots: Slot[] = [];
      for (let start = open; start < close; start += every.ms)
        slots.push({ at: start, start, due: Math.min(start + every.ms, close), allDay: false, day });
      return slots;
    }
    // Whole days or months: one all-day occurrence per interval, counted from a fixed Monday / 2000-01.
    if (every.kind === "calendar-months") {
      const { y, m, d } = ymdFromDay(day);
      if (d !== 1 || ((((y - 2000) * 12 + m - 1) % every.months) + every.months) % every.months !== 0) return [];
      if (!this.runsOn(day)) return [];
      const index = y * 12 + (m - 1) + every.months;
      const end = dayFromYmd(Math.floor(index / 12), (index % 12) + 1, 1);
      return [
        {
          at: this.clock.midnight(day),
          start: this.clock.midnight(day),
          due: this.clock.midnight(end),
          allDay: true,
          day,
        },
      ];
    }
    const days = every.kind === "calendar-days" ? every.days : Math.max(1, Math.round(every.ms / DAY_MS));
    if ((((day - EPOCH_MONDAY) % days) + days) % days !== 0 || !this.runsOn(day)) return [];
    const start = this.clock.midnight(day);
    return [{ at: start, start, due: this.clock.midnight(day + days), allDay: true, day }];
  }

  /** `times` per period: all due in the period (by `by` on its last running day when given). */
  private quotaSlots(day: number, quota: { times: number; per: Period }): Slot[] {
    const by = this.schedule.by?.value.minutes;
    let first = day;
    let firstRunning = day;
    let lastRunning = day;
    if (quota.per === "day") {
      if (!this.runsOn(day)) return [];
    } else {
      first = periodStart(day, quota.per);
      if (by === undefined && this.schedule.between === undefined && day !== first) return [];
      const span = this.runningSpan(first, quota.per);
      if (span === undefined) return [];
      [firstRunning, lastRunning] = span;
      // `by: fri`: due on the week's Friday, or the last running day before it (a holiday Friday).
      if (this.schedule.byDay !== undefined) lastRunning = this.deadlineDay(first, span);
      // With `by`, the slot is planned at its due time, on the period's last running day.
      if (by !== undefined && day !== lastRunning) return [];
      // With `between`, at the window's opening on the period's first running day.
      if (by === undefined && this.schedule.between !== undefined && day !== firstRunning) return [];
    }
    const between = this.schedule.between?.value;
    let start = this.clock.midnight(firstRunning);
    let due = by === undefined ? this.clock.midnight(lastRunning + 1) : this.clock.instantOf(lastRunning, by);
    let at = by === undefined ? this.clock.midnight(first) : due;
    let allDay = by === undefined;
    if (between !== undefined) {
      // `times: 3, per: day, between: 07:00-19:00`: each within those hours (of the period's first and last running day).
      start = this.clock.instantOf(firstRunning, between.start.minutes);
      due = this.clock.instantOf(lastRunning + (between.crossesMidnight ? 1 : 0), between.end.minutes);
      at = start;
      allDay = false;
    }
    const slots: Slot[] = [];
    // Numbered only when there are several in a period: `garbage/20260306#2`.
    if (quota.times === 1) return [{ at, start, due, allDay, day }];
    for (let i = 1; i <= quota.times; i++) slots.push({ at, start, due, allDay, index: i, day });
    return slots;
  }

  /** The day a `by: fri` week is due: that weekday, or the last running day before it, or the week's first. */
  private deadlineDay(first: number, span: [number, number]): number {
    const target = first + WEEKDAY_INDEX[this.schedule.byDay!];
    for (let d = target; d >= span[0]; d--) if (this.runsOn(d)) return d;
    return span[0];
  }

  private span: { first: number; value: [number, number] | undefined } | undefined;

  /** The first and last running day of the period starting on `first` (remembered for the period). */
  private runningSpan(first: number, per: Period): [number, number] | undefined {
    if (this.span?.first === first) return this.span.value;
    let value: [number, number] | undefined;
    const end = periodEnd(first, per);
    for (let d = first; d < end; d++) if (this.runsOn(d)) value = value === undefined ? [d, d] : [value[0], d];
    this.span = { first, value };
    return value;
  }

  private ruleSlots(day: number): Slot[] {
    if (this.ruleBuffer === undefined || day < this.ruleBuffer.from || day >= this.ruleBuffer.to) {
      // Expand a month of the rule at a time: memory stays flat over a long plan.
      const from = day;
      const to = day + 31;
      const slots = new Map<number, Slot[]>();
      const list = this.rule!.between(new Date(from * DAY_MS), new Date(to * DAY_MS), true);
      for (const floating of list) {
        const wall = floating.getTime();
        const d = Math.floor(wall / DAY_MS);
        const minutes = Math.round((wall - d * DAY_MS) / 60_000);
        if (this.calendar !== undefined && !this.isWorkday(d)) continue;
        const at = this.clock.instantOf(d, minutes);
        const slot: Slot = this.ruleAllDay
          ? { at, start: at, due: this.clock.midnight(d + 1), allDay: true, day: d }
          : { at, start: at, due: at, allDay: false, day: d };
        const onDay = slots.get(d) ?? [];
        onDay.push(slot);
        slots.set(d, onDay);
      }
      this.ruleBuffer = { from, to, slots };
    }
    return this.ruleBuffer.slots.get(day) ?? [];
  }
}
