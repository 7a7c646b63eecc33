/**
 * One local year of a calendar as numbers: the instants where each day starts, opens and closes,
 * and the year's merged working intervals with running totals. Every hot-path operation is a
 * binary search and a subtraction over these arrays; DateTime math happens only here, once per year.
 */
import { DAY_MS, MINUTE_MS, dayFromCivil } from "../time/civil.js";
import type { ZoneOffsets } from "../time/zone.js";
import type { DayRules } from "./day-rules.js";

export interface YearBlock {
  year: number;
  /** Day number of 1 January and the number of days in the year. */
  firstDay: number;
  dayCount: number;
  /** The year's instants: local 1 January 00:00 up to (excluding) the next 1 January 00:00. */
  from: number;
  to: number;
  /** `dayStart[i]`: local midnight of day i; `dayStart[dayCount]` === `to`. */
  dayStart: Float64Array;
  /** First window start and last window end of each day's own windows; NaN on a day without working time. */
  open: Float64Array;
  close: Float64Array;
  /** `close` of 31 December of the year before (a night window may run into 1 January). */
  prevClose: number;
  /** Merged working intervals clipped to [from, to): `[starts[i], ends[i])`, ascending, disjoint. */
  starts: Float64Array;
  ends: Float64Array;
  /** `cum[i]`: working ms in the year before interval i; `cum[n]` === `total`. */
  cum: Float64Array;
  n: number;
  total: number;
}

/** The own windows of one day as instants, [start, end, start, end, …]; empty ones dropped. */
function dayIntervals(day: number, rules: DayRules, zone: ZoneOffsets, out: number[]): void {
  const local = day * DAY_MS;
  for (const window of rules.plan(day).windows) {
    const start = zone.instantOf(local + window.start * MINUTE_MS);
    const end = zone.instantOf(local + window.end * MINUTE_MS);
    // A window wholly inside a skipped hour (clocks jump forward) has no working time.
    if (end > start) out.push(start, end);
  }
}

export function buildYearBlock(year: number, rules: DayRules, zone: ZoneOffsets): YearBlock {
  const firstDay = dayFromCivil(year, 1, 1);
  const dayCount = dayFromCivil(year + 1, 1, 1) - firstDay;
  const dayStart = new Float64Array(dayCount + 1);
  const open = new Float64Array(dayCount);
  const close = new Float64Array(dayCount);
  for (let i = 0; i <= dayCount; i++) dayStart[i] = zone.instantOf((firstDay + i) * DAY_MS);
  const from = dayStart[0] as number;
  const to = dayStart[dayCount] as number;

  const raw: number[] = [];
  const one: number[] = [];
  let prevClose = NaN;
  for (let i = -1; i < dayCount; i++) {
    one.length = 0;
    dayIntervals(firstDay + i, rules, zone, one);
    const count = one.length;
    const dayOpen = count > 0 ? (one[0] as number) : NaN;
    const dayClose = count > 0 ? (one[count - 1] as number) : NaN;
    if (i < 0) prevClose = dayClose;
    else {
      open[i] = dayOpen;
      close[i] = dayClose;
    }
    for (const value of one) raw.push(value);
  }

  // Merge (windows may touch or, across a night shift and an override, overlap) and clip to the year.
  const pairs: [number, number][] = [];
  for (let k = 0; k < raw.length; k += 2) pairs.push([raw[k] as number, raw[k + 1] as number]);
  pairs.sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [rawStart, rawEnd] of pairs) {
    const start = Math.max(rawStart, from);
    const end = Math.min(rawEnd, to);
    if (end <= start) continue;
    const last = ends.length - 1;
    if (last >= 0 && start <= (ends[last] as number)) {
      if (end > (ends[last] as number)) ends[last] = end;
    } else {
      starts.push(start);
      ends.push(end);
    }
  }
  const n = starts.length;
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cum[i + 1] = (cum[i] as number) + (ends[i] as number) - (starts[i] as number);
  return {
    year,
    firstDay,
    dayCount,
    from,
    to,
    dayStart,
    open,
    close,
    prevClose,
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    cum,
    n,
    total: cum[n] as number,
  };
}

/** Index of the first interval whose end is after `t` (n when none). */
export function firstEndingAfter(block: YearBlock, t: number): number {
  const ends = block.ends;
  let lo = 0;
  let hi = block.n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ends[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Working ms in the block before `t` (t within [from, to]). */
export function workingBefore(block: YearBlock, t: number): number {
  const i = firstEndingAfter(block, t);
  if (i === block.n) return block.total;
  const start = block.starts[i] as number;
  return (block.cum[i] as number) + (t > start ? t - start : 0);
}

/** Index of the local day containing `t` (t within [from, to)). */
export function dayIndexOf(block: YearBlock, t: number): number {
  const starts = block.dayStart;
  // Days are about 24 h long: guess, then correct by a step or two.
  let i = Math.min(block.dayCount - 1, Math.max(0, Math.floor((t - block.from) / DAY_MS)));
  while (i > 0 && t < (starts[i] as number)) i--;
  while (i < block.dayCount - 1 && t >= (starts[i + 1] as number)) i++;
  return i;
}
