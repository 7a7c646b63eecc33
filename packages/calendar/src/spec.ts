/**
 * A calendar as data: what the DSL's `calendars:` compile to, and what a host may write by hand.
 * Plain JSON, so a resolved standard can carry it and a ticket can pin it.
 */

import type { Label, Weekday } from "./vocabulary.js";

export type { Weekday } from "./vocabulary.js";

/**
 * A working window on the wall clock, `HH:MM` to `HH:MM`. `end` may be `24:00`. A window whose
 * end is before its start crosses midnight (`22:00`-`06:00`) and belongs to the day it starts on.
 * A window whose start equals its end is an error (`empty-window`): write `00:00`-`24:00` for a whole day.
 */
export interface ClockWindow {
  start: string;
  end: string;
}

/** A named, inclusive run of calendar dates (`YYYY-MM-DD`), e.g. a holiday block. */
export interface DateSpan {
  from: string;
  to: string;
  name?: Label;
}

/** An adjusted working day (调休上班): a date that is a working day although it would not be. */
export interface AdjustedWorkday {
  date: string;
  name?: Label;
}

/**
 * A set of holidays and adjusted working days, built in (`cn-mainland`) or written in a standard.
 * `years` lists the years the data covers; outside them the set knows nothing, and the calendar
 * warns rather than silently treating every weekday as a working day.
 */
export interface HolidaySet {
  id: string;
  title?: Label;
  /** Where the dates come from (a notice, a URL). */
  sources?: string[];
  years: number[];
  holidays: DateSpan[];
  workdays: AdjustedWorkday[];
  /**
   * `true` for local additions (a site's own closures or extra working days) that do not claim to
   * list every holiday of a year: such a set never raises `holiday-data-missing`, and its dates
   * need not fall within `years` (which may be empty).
   */
  additions?: boolean;
}

/** A date with its own hours, or closed. Overrides win over weekly hours, holidays and adjusted days. */
export interface DateOverride {
  date: string;
  hours: ClockWindow[] | "closed";
  reason?: Label;
}

/** Everything a calendar needs. */
export interface CalendarSpec {
  id?: string;
  /** A display name, e.g. `{ zh: 办公时间, en: Office hours }`. */
  title?: Label;
  /** IANA zone, e.g. `Asia/Shanghai`. */
  timezone: string;
  /** `24x7`, or working windows per weekday (a weekday absent is a rest day). */
  hours: "24x7" | Partial<Record<Weekday, ClockWindow[]>>;
  /**
   * Hours for an adjusted working day (调休上班). Defaults to the hours of the first weekday,
   * Monday first, that has any (holiday notices do not say which weekday a swap stands for).
   */
  adjustedWorkdayHours?: ClockWindow[];
  /**
   * Holiday sets, applied in order: when two sets disagree about a date (one says holiday, the
   * other adjusted working day), the later set wins, so local additions go after the national set.
   */
  holidays?: HolidaySet[];
  overrides?: DateOverride[];
}
