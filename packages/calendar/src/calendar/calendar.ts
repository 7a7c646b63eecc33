/**
 * The `Calendar`: business-time operations over instants. Built from a validated spec; the hot
 * path (`isWorkingTime`, `nextWorkingInstant`, `addWorkingTime`, `workingTimeBetween`) reads the
 * numeric year blocks only, so it allocates nothing and makes no DateTime objects.
 */
import { CalendarError } from "../errors.js";
import type { CalendarSpec, Weekday } from "../spec.js";
import {
  DAY_MS,
  MAX_YEAR,
  MIN_YEAR,
  civilFromDay,
  formatDate,
  formatDateRange,
  formatMinutes,
  parseDate,
  weekdayIndex,
  weekdayNames,
} from "../time/civil.js";
import { parseClock } from "../time/clock.js";
import { type Instant, parseInstant } from "../time/instant.js";
import { type ZoneOffsets, zoneOffsets } from "../time/zone.js";
import { validateCalendarSpec } from "../validate/validate-spec.js";
import { type DayKind, type DayPlan, DayRules, type Label } from "./day-rules.js";
import { type YearBlock, buildYearBlock, dayIndexOf, firstEndingAfter, workingBefore } from "./year-block.js";

/** A year a calendar's holiday data does not cover, so its dates fall back to weekly hours. */
export interface CoverageWarning {
  code: "holiday-data-missing";
  year: number;
  /** The holiday set without data for `year`. */
  set: string;
  message: string;
  hint: string;
}

/** One date of a calendar, as `describeDay` tells it. */
export interface DayDescription {
  date: string;
  weekday: Weekday;
  /** Whether the date has working time (a working day). */
  working: boolean;
  kind: DayKind;
  /** The date's own working windows, as written and as instants (empty ones, inside a skipped hour, left out). */
  windows: { start: string; end: string; from: number; to: number }[];
  name?: Label;
  set?: string;
  /** `"weekend"`, `"2025-10-01..10-08 National Day and Mid-Autumn Festival holiday"`, `"adjusted working day …"`. */
  reason: string;
}

export interface CalendarOptions {
  /**
   * What a year outside the holiday sets' data does: `"warn"` (default) computes with weekly
   * hours and reports it through `coverageWarnings` and explanations; `"error"` throws a
   * `CalendarError` with code `holiday-data-missing` from any operation that touches that year.
   */
  holidayCoverage?: "warn" | "error";
  /** How many local years of precomputed working intervals to keep (default 32). */
  cacheYears?: number;
}

/** Business time on one calendar. Every operation is pure: the same arguments give the same result. */
export interface Calendar {
  readonly id: string | undefined;
  readonly timezone: string;
  /** The spec the calendar was built from (a frozen copy). */
  readonly spec: CalendarSpec;
  /**
   * Whether `t` is working time. Windows are half-open: a window's start is working time, its end is not.
   * @example office.isWorkingTime("2025-09-29T12:00:00+08:00"); // false: lunch starts at 12:00
   */
  isWorkingTime(t: Instant): boolean;
  /**
   * `t` itself when it is working time, else the start of the next working window.
   * @example office.nextWorkingInstant("2025-09-30T18:00:00+08:00"); // 2025-10-09T08:30+08:00, after National Day
   */
  nextWorkingInstant(t: Instant): number;
  /**
   * The earliest instant by which `ms` of working time has passed since `t`. Time outside working
   * hours does not count, so a start outside hours effectively starts at the next window; a result
   * that exhausts a window exactly is that window's end, not the next window's start. `ms` = 0 gives `t`.
   * @example office.addWorkingTime("2025-09-29T11:00:00+08:00", 2 * 3_600_000); // 14:30, after a 12:00-13:30 lunch
   */
  addWorkingTime(t: Instant, ms: number): number;
  /**
   * Working ms between two instants; negative when `b` is before `a`.
   * @example office.workingTimeBetween("2025-09-29T08:00:00+08:00", "2025-09-29T18:00:00+08:00"); // 7.5 h
   */
  workingTimeBetween(a: Instant, b: Instant): number;
  /**
   * By the end of the `n`-th working day after the day of `t`: the close of that day's last window.
   * The day of `t` is its local date (or, inside a night window that began the day before, that day).
   * `n` = 0 is `endOfWorkday(t)`.
   * @example office.addWorkdays("2025-09-30T10:00:00+08:00", 1); // 2025-10-09T17:30+08:00
   */
  addWorkdays(t: Instant, n: number): number;
  /**
   * The close of business of the working day `t` falls in, or of the next one when `t` is on a rest
   * day or after the close; with `n` ≥ 1, of the `n`-th working day after the day of `t` (`addWorkdays`).
   * @example office.endOfWorkday("2025-09-29T09:00:00+08:00"); // 2025-09-29T17:30+08:00
   */
  endOfWorkday(t: Instant, n?: number): number;
  /**
   * The wall-clock `time` (`HH:MM`) on the `n`-th working day (default 1) after the day of `t`.
   * With `n` = 0: today's `time` when today is a working day and `time` is still ahead, else the next working day's.
   * @example office.nextWorkdayAt("2025-09-30T10:00:00+08:00", "16:00"); // 2025-10-09T16:00+08:00
   */
  nextWorkdayAt(t: Instant, time: string, n?: number): number;
  /**
   * 24:00 (the next local midnight) of the local date of `t`, or of `days` days later.
   * @example office.endOfDay("2025-09-29T10:00:00+08:00"); // 2025-09-30T00:00+08:00
   */
  endOfDay(t: Instant, days?: number): number;
  /**
   * Whether a local date (`YYYY-MM-DD`) is a working day (it has working time).
   * @example office.isWorkday("2025-09-28"); // true: a Sunday worked for National Day (调休)
   */
  isWorkday(date: string): boolean;
  /**
   * The local date (`YYYY-MM-DD`) of an instant in the calendar's zone.
   * @example office.localDate("2025-09-29T23:30:00Z"); // "2025-09-30" in Asia/Shanghai
   */
  localDate(t: Instant): string;
  /**
   * A date's kind, windows and reason.
   * @example office.describeDay("2025-10-01").reason; // "2025-10-01..10-08 National Day and Mid-Autumn Festival (国庆节、中秋节) holiday"
   */
  describeDay(date: string): DayDescription;
  /**
   * Years between `from` and `to` (local years, inclusive) that a holiday set has no data for.
   * Empty when every set covers them, or when the calendar has no holiday sets.
   * @example office.coverageWarnings("2026-12-28T00:00:00+08:00", "2027-01-05T00:00:00+08:00"); // [{ code: "holiday-data-missing", year: 2027, set: "cn-mainland", … }]
   */
  coverageWarnings(from: Instant, to: Instant): CoverageWarning[];
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function checkCount(n: unknown, what: string): number {
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > 100_000) {
    throw new CalendarError(
      "invalid-count",
      `${what} must be a whole number from 0 to 100000, got ${String(n)}`,
      `pass e.g. 1 for "1 ${what}"`,
    );
  }
  return n;
}

/** Where a continuous calendar counts by subtraction: a year inside the supported range's ends (see `continuous`). */
const CONTINUOUS_FROM = Date.UTC(MIN_YEAR + 1, 0, 1);
const CONTINUOUS_TO = Date.UTC(MAX_YEAR - 1, 0, 1);

function checkDuration(ms: unknown): number {
  if (typeof ms !== "number" || !Number.isSafeInteger(ms) || ms < 0) {
    throw new CalendarError(
      "invalid-duration",
      `working time must be a whole, non-negative number of milliseconds, got ${String(ms)}`,
      "pass e.g. 8 * 3_600_000 for 8 business hours",
    );
  }
  return ms;
}

export function labelText(label: Label | undefined): string | undefined {
  if (label === undefined) return undefined;
  if (label.en !== undefined && label.zh !== undefined) return `${label.en} (${label.zh})`;
  return label.en ?? label.zh;
}

/** Why a whole day has no working time, in words. */
export function restDayReason(day: number, plan: DayPlan, first = day, last = day): string {
  const range = formatDateRange(first, last);
  switch (plan.kind) {
    case "holiday":
      return `${range} ${labelText(plan.label) ?? "public"} holiday`;
    case "override-closed":
      return `${range} closed${plan.label !== undefined ? ` (${labelText(plan.label)})` : ""}`;
    case "adjusted-workday":
      return `${range} adjusted working day without hours`;
    case "rest-day":
    case "weekly":
    case "override": {
      const wd = weekdayIndex(day);
      const lastWd = weekdayIndex(last);
      return `${range} ${wd >= 5 && lastWd >= 5 && last - first < 2 ? "weekend" : "rest day"}`;
    }
  }
}

const instances = new WeakSet<object>();

export class CalendarImpl implements Calendar {
  readonly id: string | undefined;
  readonly timezone: string;
  readonly spec: CalendarSpec;
  readonly zone: ZoneOffsets;
  readonly rules: DayRules;
  private readonly strictCoverage: boolean;
  private readonly cacheYears: number;
  private readonly blocks = new Map<number, YearBlock>();
  private lastBlock: YearBlock | undefined;
  /**
   * 24x7 with no holiday set and no override: every instant is working time, so working time is
   * elapsed time (`addWorkingTime` adds, `workingTimeBetween` subtracts) — what the year blocks
   * give, without reading them. Away from the supported years' ends only, where the blocks would
   * throw `out-of-range`.
   */
  private readonly continuous: boolean;

  constructor(spec: CalendarSpec, options: CalendarOptions = {}) {
    const problems = validateCalendarSpec(spec);
    if (problems.length > 0) throw CalendarError.fromProblems(problems);
    this.spec = deepFreeze(structuredClone(spec));
    this.id = spec.id;
    this.timezone = spec.timezone;
    this.zone = zoneOffsets(spec.timezone);
    this.rules = new DayRules(this.spec);
    this.strictCoverage = options.holidayCoverage === "error";
    this.cacheYears = Math.max(2, Math.floor(options.cacheYears ?? 32));
    this.continuous =
      this.spec.hours === "24x7" && (this.spec.holidays?.length ?? 0) === 0 && (this.spec.overrides?.length ?? 0) === 0;
    instances.add(this);
  }

  static isCalendar(value: unknown): value is CalendarImpl {
    return typeof value === "object" && value !== null && instances.has(value);
  }

  // ── year blocks ───────────────────────────────────────────────────────────────────────

  block(year: number): YearBlock {
    const cached = this.blocks.get(year);
    if (cached !== undefined) return cached;
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new CalendarError(
        "out-of-range",
        `the calendar reached year ${year}, outside ${MIN_YEAR}–${MAX_YEAR}`,
        "check the instant and the amount of working time; a calendar with very little working time can push a deadline years ahead",
      );
    }
    if (this.strictCoverage) {
      const warning = this.coverageFor(year)[0];
      if (warning !== undefined) throw new CalendarError("holiday-data-missing", warning.message, warning.hint);
    }
    const block = buildYearBlock(year, this.rules, this.zone);
    if (this.blocks.size >= this.cacheYears) {
      const oldest = this.blocks.keys().next().value;
      if (oldest !== undefined) this.blocks.delete(oldest);
    }
    this.blocks.set(year, block);
    return block;
  }

  blockAt(t: number): YearBlock {
    const last = this.lastBlock;
    if (last !== undefined && t >= last.from && t < last.to) return last;
    let year = new Date(this.zone.localOf(t)).getUTCFullYear();
    let block = this.block(year);
    while (t < block.from) block = this.block(--year);
    while (t >= block.to) block = this.block(++year);
    this.lastBlock = block;
    return block;
  }

  blockOfDay(day: number): YearBlock {
    const last = this.lastBlock;
    if (last !== undefined && day >= last.firstDay && day < last.firstDay + last.dayCount) return last;
    const block = this.block(civilFromDay(day).year);
    this.lastBlock = block;
    return block;
  }

  /** Throws when no working time can follow `day` (a calendar of dated working days only). */
  private ensureWorkAfter(day: number): void {
    if (!this.rules.hasWeeklyHours && day > this.rules.lastDatedWorkday) {
      throw new CalendarError(
        "no-working-time",
        `calendar${this.id !== undefined ? ` \`${this.id}\`` : ""} has no working time after ${formatDate(Math.max(day - 1, this.rules.lastDatedWorkday))}`,
        "give the calendar weekly hours, or use a 24x7 calendar for elapsed time",
      );
    }
  }

  // ── working time (hot path) ─────────────────────────────────────────────────────────

  isWorkingTime(input: Instant): boolean {
    const t = parseInstant(input);
    const block = this.blockAt(t);
    const i = firstEndingAfter(block, t);
    return i < block.n && (block.starts[i] as number) <= t;
  }

  nextWorkingInstant(input: Instant): number {
    let t = parseInstant(input);
    for (;;) {
      const block = this.blockAt(t);
      const i = firstEndingAfter(block, t);
      if (i < block.n) {
        const start = block.starts[i] as number;
        return start > t ? start : t;
      }
      this.ensureWorkAfter(block.firstDay + block.dayCount - 1);
      t = block.to;
    }
  }

  addWorkingTime(input: Instant, ms: number): number {
    let t = parseInstant(input);
    let left = checkDuration(ms);
    if (left === 0) return t;
    if (this.continuous && t >= CONTINUOUS_FROM && t + left < CONTINUOUS_TO) return t + left;
    for (;;) {
      const block = this.blockAt(t);
      const i = firstEndingAfter(block, t);
      if (i < block.n) {
        const start = block.starts[i] as number;
        const from = start > t ? start : t;
        const inFirst = (block.ends[i] as number) - from;
        if (left <= inFirst) return from + left;
        // Jump over whole intervals with the running totals.
        const target = (block.cum[i + 1] as number) + left - inFirst;
        if (target <= block.total) {
          const cum = block.cum;
          let lo = i + 1;
          let hi = block.n - 1; // cum[hi + 1] >= target
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if ((cum[mid + 1] as number) < target) lo = mid + 1;
            else hi = mid;
          }
          return (block.starts[lo] as number) + target - (cum[lo] as number);
        }
        left = target - block.total;
      }
      this.ensureWorkAfter(block.firstDay + block.dayCount - 1);
      t = block.to;
    }
  }

  workingTimeBetween(a: Instant, b: Instant): number {
    const from = parseInstant(a, "from");
    const to = parseInstant(b, "to");
    if (
      this.continuous &&
      from >= CONTINUOUS_FROM &&
      to >= CONTINUOUS_FROM &&
      from < CONTINUOUS_TO &&
      to < CONTINUOUS_TO
    )
      return to - from;
    if (to < from) return -this.between(to, from);
    return this.between(from, to);
  }

  private between(from: number, to: number): number {
    let block = this.blockAt(from);
    const startBefore = workingBefore(block, from);
    if (to < block.to) return workingBefore(block, to) - startBefore;
    let sum = block.total - startBefore;
    for (;;) {
      block = this.block(block.year + 1);
      if (to < block.to) return sum + workingBefore(block, to);
      sum += block.total;
    }
  }

  // ── working days ────────────────────────────────────────────────────────────────────

  /** Local midnight instant of a day. */
  dayStartOf(day: number): number {
    const block = this.blockOfDay(day);
    return block.dayStart[day - block.firstDay] as number;
  }

  /** Close of business of a day (end of its last window), NaN on a day without working time. */
  closeOf(day: number): number {
    const block = this.blockOfDay(day);
    return block.close[day - block.firstDay] as number;
  }

  isWorkingDay(day: number): boolean {
    return !Number.isNaN(this.closeOf(day));
  }

  /** Local date of an instant, as a day number. */
  dayOf(t: number): number {
    const block = this.blockAt(t);
    return block.firstDay + dayIndexOf(block, t);
  }

  /** The day whose business `t` belongs to: its local date, or the day before inside that day's night window. */
  workdayOf(t: number): number {
    const block = this.blockAt(t);
    const i = dayIndexOf(block, t);
    const previousClose = i > 0 ? (block.close[i - 1] as number) : block.prevClose;
    return previousClose > t ? block.firstDay + i - 1 : block.firstDay + i;
  }

  /** The `n`-th working day after `day` (n ≥ 1). */
  nthWorkdayAfter(day: number, n: number): number {
    let d = day;
    for (let found = 0; found < n;) {
      d++;
      this.ensureWorkAfter(d);
      if (this.isWorkingDay(d)) found++;
    }
    return d;
  }

  /** `day` itself when it is a working day, else the next working day. */
  workdayOnOrAfter(day: number): number {
    return this.isWorkingDay(day) ? day : this.nthWorkdayAfter(day, 1);
  }

  addWorkdays(input: Instant, n: number): number {
    const t = parseInstant(input);
    const count = checkCount(n, "workdays");
    if (count === 0) return this.endOfWorkday(t, 0);
    return this.closeOf(this.nthWorkdayAfter(this.workdayOf(t), count));
  }

  endOfWorkday(input: Instant, n = 0): number {
    const t = parseInstant(input);
    const count = checkCount(n, "workdays");
    const day = this.workdayOf(t);
    if (count > 0) return this.closeOf(this.nthWorkdayAfter(day, count));
    const close = this.closeOf(day);
    return close > t ? close : this.closeOf(this.nthWorkdayAfter(day, 1));
  }

  nextWorkdayAt(input: Instant, time: string, n = 1): number {
    const t = parseInstant(input);
    const count = checkCount(n, "workdays");
    const minutes = parseClock(time, true);
    if (minutes === undefined) {
      throw new CalendarError(
        "invalid-time",
        `"${String(time)}" is not a time of day HH:MM`,
        'write two-digit hours and minutes, e.g. "16:00"',
      );
    }
    const day = this.workdayOf(t);
    if (count === 0 && this.isWorkingDay(day)) {
      const today = this.zone.instantOf(day * DAY_MS + minutes * 60_000);
      if (today > t) return today;
    }
    return this.zone.instantOf(this.nthWorkdayAfter(day, Math.max(1, count)) * DAY_MS + minutes * 60_000);
  }

  endOfDay(input: Instant, days = 0): number {
    const t = parseInstant(input);
    return this.dayStartOf(this.dayOf(t) + checkCount(days, "days") + 1);
  }

  // ── dates ───────────────────────────────────────────────────────────────────────────

  private parseDay(date: string): number {
    const day = parseDate(date);
    if (day === undefined)
      throw new CalendarError(
        "invalid-date",
        `"${String(date)}" is not a date YYYY-MM-DD that exists`,
        'write a real calendar date such as "2025-10-01"',
      );
    return day;
  }

  isWorkday(date: string): boolean {
    return this.isWorkingDay(this.parseDay(date));
  }

  localDate(input: Instant): string {
    return formatDate(this.dayOf(parseInstant(input)));
  }

  describeDay(date: string): DayDescription {
    const day = this.parseDay(date);
    const plan = this.rules.plan(day);
    const windows: DayDescription["windows"] = [];
    for (const w of plan.windows) {
      const from = this.zone.instantOf(day * DAY_MS + w.start * 60_000);
      const to = this.zone.instantOf(day * DAY_MS + w.end * 60_000);
      if (to > from)
        windows.push({
          start: formatMinutes(w.start),
          end: formatMinutes(w.end > 1440 ? w.end - 1440 : w.end),
          from,
          to,
        });
    }
    const working = windows.length > 0;
    return {
      date: formatDate(day),
      weekday: weekdayNames[weekdayIndex(day)] as Weekday,
      working,
      kind: plan.kind,
      windows,
      ...(plan.label !== undefined ? { name: plan.label } : {}),
      ...(plan.set !== undefined ? { set: plan.set } : {}),
      reason: this.dayReason(day, plan, working),
    };
  }

  dayReason(day: number, plan: DayPlan, working: boolean): string {
    if (!working) {
      return plan.kind === "holiday" ? restDayReason(day, plan, plan.spanFrom, plan.spanTo) : restDayReason(day, plan);
    }
    const name = labelText(plan.label);
    switch (plan.kind) {
      case "adjusted-workday":
        if (name !== undefined && name.includes("adjusted working day")) return `${formatDateRange(day, day)} ${name}`;
        return `${formatDateRange(day, day)} adjusted working day${name !== undefined ? ` (${name})` : ""}`;
      case "override":
        return `${formatDateRange(day, day)} special hours${name !== undefined ? ` — ${name}` : ""}`;
      case "weekly":
      case "holiday":
      case "override-closed":
      case "rest-day":
        return `${formatDateRange(day, day)} working day`;
    }
  }

  // ── coverage ────────────────────────────────────────────────────────────────────────

  coverageFor(year: number): CoverageWarning[] {
    const warnings: CoverageWarning[] = [];
    for (const set of this.rules.coveringSets) {
      if (set.years.has(year)) continue;
      const covered = [...set.years].sort((a, b) => a - b);
      warnings.push({
        code: "holiday-data-missing",
        year,
        set: set.id,
        message: `holiday set \`${set.id}\` has no data for ${year} (it covers ${covered.join(", ") || "no year"}): dates in ${year} follow the weekly hours, without holidays or adjusted working days`,
        hint: `add ${year}'s holidays and adjusted working days to the standard (a holiday set with years: [${year}]), or update @yardstick/calendar when the ${year} notice is out`,
      });
    }
    return warnings;
  }

  coverageWarnings(a: Instant, b: Instant): CoverageWarning[] {
    const from = parseInstant(a, "from");
    const to = parseInstant(b, "to");
    const first = civilFromDay(Math.floor(this.zone.localOf(Math.min(from, to)) / DAY_MS)).year;
    const last = civilFromDay(Math.floor(this.zone.localOf(Math.max(from, to)) / DAY_MS)).year;
    const warnings: CoverageWarning[] = [];
    for (let year = first; year <= last; year++) warnings.push(...this.coverageFor(year));
    return warnings;
  }
}

/**
 * Builds a calendar from its spec. Throws a `CalendarError` (with every problem in `problems`)
 * when the spec is invalid; call `validateCalendarSpec` first to get the problems as data.
 *
 * @example
 * const office = createCalendar({
 *   id: "office",
 *   timezone: "Asia/Shanghai",
 *   hours: { mon: [{ start: "08:30", end: "12:00" }, { start: "13:30", end: "17:30" }], tue: …, fri: … },
 *   holidays: [getBuiltinHolidaySet("cn-mainland")],
 * });
 * formatInstant(office, office.addWorkdays("2025-09-30T10:00:00+08:00", 1)); // "2025-10-09T17:30:00+08:00"
 */
export function createCalendar(spec: CalendarSpec, options?: CalendarOptions): Calendar {
  return new CalendarImpl(spec, options);
}

/** The implementation behind a `Calendar`, for this package's other modules. */
export function internals(calendar: Calendar): CalendarImpl {
  if (!CalendarImpl.isCalendar(calendar)) {
    throw new TypeError("expected a Calendar made by createCalendar()");
  }
  return calendar;
}
