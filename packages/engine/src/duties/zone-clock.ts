/**
 * Wall-clock days and times in the standard's zone, as instants, by the zone's offsets alone (not
 * luxon's `fromObject`, which guesses an offset from `Date.now()`; see time/local-time.ts). A
 * planner asks for a handful of wall times per day, not per site; midnights are remembered
 * because every duty of a day asks for them.
 */
import { IANAZone } from "luxon";
import { ymdFromDay } from "./civil-date.js";

const DAY_MS = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export class ZoneClock {
  readonly timezone: string;
  private readonly zone: IANAZone;
  private readonly midnights = new Map<number, number>();

  constructor(timezone: string) {
    this.timezone = timezone;
    this.zone = IANAZone.create(timezone);
  }

  private offset(t: number): number {
    return Math.round(this.zone.offset(t) * 60_000);
  }

  /**
   * The instant of `minutes` after midnight (wall clock) on `day`; 1440 is the next midnight. A
   * wall time skipped by a clock change moves forward; one that happens twice takes the earlier.
   */
  instantOf(day: number, minutes: number): number {
    if (minutes === 0) return this.midnight(day);
    return this.wall(day * DAY_MS + minutes * 60_000);
  }

  midnight(day: number): number {
    let t = this.midnights.get(day);
    if (t === undefined) {
      t = this.wall(day * DAY_MS);
      if (this.midnights.size > 4096) this.midnights.clear();
      this.midnights.set(day, t);
    }
    return t;
  }

  private wall(local: number): number {
    const before = this.offset(local - DAY_MS);
    const after = this.offset(local + DAY_MS);
    if (before === after) return local - before;
    const early = local - before;
    const late = local - after;
    const earlyValid = this.offset(early) === before;
    const lateValid = this.offset(late) === after;
    if (earlyValid && lateValid) return Math.min(early, late);
    return lateValid ? late : early;
  }

  /** The local day an instant falls on. */
  dayOf(t: number): number {
    return Math.floor((t + this.offset(t)) / DAY_MS);
  }

  /** `YYYYMMDDTHHMM` in the zone: the time part of occurrence ids. */
  stamp(t: number): string {
    const local = t + this.offset(t);
    const day = Math.floor(local / DAY_MS);
    const minutes = Math.floor((local - day * DAY_MS) / 60_000);
    const { y, m, d } = ymdFromDay(day);
    return `${pad(y, 4)}${pad(m)}${pad(d)}T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`;
  }
}
