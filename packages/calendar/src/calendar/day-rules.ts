/**
 * A validated `CalendarSpec` compiled into a lookup: for any date, which kind of day it is, its
 * working windows in minutes, and why. Precedence: override > holiday sets (later set wins) >
 * weekly hours. Adjusted working days take `adjustedWorkdayHours`.
 */
import type { CalendarSpec, ClockWindow, HolidaySet } from "../spec.js";
import { parseDate, weekdayIndex, weekdayNames } from "../time/civil.js";
import { parseClock } from "../time/clock.js";
import type { MinuteWindow } from "../validate/validate-spec.js";

/** What kind of day a date is. Stable strings: explanations carry them. */
export type DayKind = "weekly" | "rest-day" | "holiday" | "adjusted-workday" | "override" | "override-closed";

import type { Label } from "../vocabulary.js";

export type { Label } from "../vocabulary.js";

export interface DayPlan {
  kind: DayKind;
  /** Sorted, disjoint; `end` > 1440 when a window crosses midnight into the next day. */
  windows: readonly MinuteWindow[];
  label?: Label;
  /** The holiday set that decided the day. */
  set?: string;
  /** For holidays: the whole block the day belongs to (day numbers, inclusive). */
  spanFrom?: number;
  spanTo?: number;
}

export function toMinuteWindows(windows: readonly ClockWindow[]): MinuteWindow[] {
  return windows
    .map((w) => {
      const start = parseClock(w.start, false) as number;
      const end = parseClock(w.end, true) as number;
      return { start, end: end > start ? end : end + 1440 };
    })
    .sort((a, b) => a.start - b.start);
}

const ALL_DAY: readonly MinuteWindow[] = [{ start: 0, end: 1440 }];

export class DayRules {
  private readonly weekly: DayPlan[];
  private readonly dated = new Map<number, DayPlan>();
  /** Sets that claim whole years, for coverage warnings. */
  readonly coveringSets: readonly { id: string; years: ReadonlySet<number> }[];
  /** Whether any weekday has hours: if not, working time ends after the last dated working day. */
  readonly hasWeeklyHours: boolean;
  /** The last date with working time when `hasWeeklyHours` is false. */
  readonly lastDatedWorkday: number;
  /** The first date with working time when `hasWeeklyHours` is false. */
  readonly firstDatedWorkday: number;

  constructor(spec: CalendarSpec) {
    const hours = spec.hours;
    this.weekly = weekdayNames.map((name) => {
      const windows = hours === "24x7" ? ALL_DAY : toMinuteWindows(hours[name] ?? []);
      return windows.length > 0 ? { kind: "weekly", windows } : { kind: "rest-day", windows: [] };
    });
    this.hasWeeklyHours = this.weekly.some((plan) => plan.windows.length > 0);
    const adjusted: readonly MinuteWindow[] =
      spec.adjustedWorkdayHours !== undefined
        ? toMinuteWindows(spec.adjustedWorkdayHours)
        : (this.weekly.find((plan) => plan.windows.length > 0)?.windows ?? []);

    for (const set of spec.holidays ?? []) this.addSet(set, adjusted);
    for (const override of spec.overrides ?? []) {
      const day = parseDate(override.date) as number;
      const closed = override.hours === "closed";
      this.dated.set(day, {
        kind: closed ? "override-closed" : "override",
        windows: closed ? [] : toMinuteWindows(override.hours as ClockWindow[]),
        ...(override.reason !== undefined ? { label: override.reason } : {}),
      });
    }
    this.coveringSets = (spec.holidays ?? [])
      .filter((set) => set.additions !== true)
      .map((set) => ({ id: set.id, years: new Set(set.years) }));
    let first = Infinity;
    let last = -Infinity;
    for (const [day, plan] of this.dated) {
      if (plan.windows.length > 0) {
        first = Math.min(first, day);
        last = Math.max(last, day);
      }
    }
    this.firstDatedWorkday = first;
    this.lastDatedWorkday = last;
  }

  private addSet(set: HolidaySet, adjusted: readonly MinuteWindow[]): void {
    for (const span of set.holidays) {
      const from = parseDate(span.from) as number;
      const to = parseDate(span.to) as number;
      const plan: DayPlan = {
        kind: "holiday",
        windows: [],
        set: set.id,
        spanFrom: from,
        spanTo: to,
        ...(span.name !== undefined ? { label: span.name } : {}),
      };
      for (let day = from; day <= to; day++) this.dated.set(day, plan);
    }
    for (const workday of set.workdays) {
      const day = parseDate(workday.date) as number;
      this.dated.set(day, {
        kind: "adjusted-workday",
        windows: adjusted,
        set: set.id,
        ...(workday.name !== undefined ? { label: workday.name } : {}),
      });
    }
  }

  plan(day: number): DayPlan {
    return this.dated.get(day) ?? (this.weekly[weekdayIndex(day)] as DayPlan);
  }
}
