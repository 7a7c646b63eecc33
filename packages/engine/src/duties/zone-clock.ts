/**
 * Wall-clock days and times in the standard's zone, as instants. A planner asks for a handful of
 * wall times per day (not per site), so each answer may cost a luxon DateTime; midnights are
 * remembered because every duty of a day asks for them.
 */
import { DateTime } from "luxon";
import { dayFromYmd, ymdFromDay } from "./civil-date.js";

export class ZoneClock {
  readonly timezone: string;
  private readonly midnights = new Map<number, number>();

  constructor(timezone: string) {
    this.timezone = timezone;
  }

  /** The instant of `minutes` after midnight (wall clock) on `day`; 1440 is the next midnight. */
  instantOf(day: number, minutes: number): number {
    if (minutes === 0) return this.midnight(day);
    if (minutes >= 1440) return this.instantOf(day + Math.floor(minutes / 1440), minutes % 1440);
    const { y, m, d } = ymdFromDay(day);
    // A wall time in a spring-forward gap moves forward (luxon's rule, as in time/local-time.ts).
    return DateTime.fromObject(
      { year: y, month: m, day: d, hour: Math.floor(minutes / 60), minute: minutes % 60 },
      { zone: this.timezone },
    ).toMillis();
  }

  midnight(day: number): number {
    let t = this.midnights.get(day);
    if (t === undefined) {
      const { y, m, d } = ymdFromDay(day);
      t = DateTime.fromObject({ year: y, month: m, day: d }, { zone: this.timezone }).toMillis();
      if (this.midnights.size > 4096) this.midnights.clear();
      this.midnights.set(day, t);
    }
    return t;
  }

  /** The local day an instant falls on. */
  dayOf(t: number): number {
    const dt = DateTime.fromMillis(t, { zone: this.timezone });
    return dayFromYmd(dt.year, dt.month, dt.day);
  }

  /** `YYYYMMDDTHHMM` in the zone: the time part of occurrence ids. */
  stamp(t: number): string {
    return DateTime.fromMillis(t, { zone: this.timezone }).toFormat("yyyyMMdd'T'HHmm");
  }
}
