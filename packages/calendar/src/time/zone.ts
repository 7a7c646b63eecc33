/**
 * Time-zone offsets as numbers. luxon's `IANAZone` (through `Intl`) is asked for an offset only
 * while a year's table of clock changes is built; after that every conversion between instants
 * and wall-clock times is arithmetic on a few numbers. luxon's global `Settings` are never touched.
 */
import { IANAZone } from "luxon";
import { DAY_MS } from "./civil.js";

/** Canonical spellings of the zones `Intl` knows, for "did you mean" hints. */
let knownZones: readonly string[] | undefined;
export function knownTimeZones(): readonly string[] {
  knownZones ??= typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return knownZones;
}

function resolvedZoneName(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * Whether `name` is an IANA time zone this runtime knows, spelled with its proper case
 * (`Asia/Shanghai`, `Europe/London`, `UTC`; links such as `US/Eastern` too). Offsets such as
 * `+08:00` and wrong case (`asia/shanghai`) are not zones.
 *
 * @example
 * isValidTimeZone("Asia/Shanghai"); // true
 * isValidTimeZone("Asia/Shangai");  // false
 */
export function isValidTimeZone(name: unknown): boolean {
  if (typeof name !== "string") return false;
  // Each answer costs an Intl.DateTimeFormat; zones are few, and whether one exists does not change while a process runs.
  let valid = validity.get(name);
  if (valid === undefined) {
    if (validity.size >= MAX_REMEMBERED_ZONES) validity.clear();
    valid = checkTimeZone(name);
    validity.set(name, valid);
  }
  return valid;
}

const MAX_REMEMBERED_ZONES = 1024;
const validity = new Map<string, boolean>();

function checkTimeZone(name: string): boolean {
  if (name.length === 0 || !IANAZone.isValidZone(name)) return false;
  if (/^[+-]\d/u.test(name)) return false;
  const resolved = resolvedZoneName(name);
  if (resolved === undefined) return false;
  // Intl resolves any case; a zone written in the wrong case is a typo to report, not to guess.
  return resolved === name || resolved.toLowerCase() !== name.toLowerCase() || knownTimeZones().includes(name);
}

/** The zone's canonical spelling when `name` differs from one only in case. */
export function caseCorrectedZone(name: string): string | undefined {
  const resolved = resolvedZoneName(name);
  return resolved !== undefined && resolved !== name && resolved.toLowerCase() === name.toLowerCase()
    ? resolved
    : undefined;
}

/** Clock changes within one UTC year (with two days either side). */
interface YearOffsets {
  from: number;
  to: number;
  /** Offset in ms before the first change. */
  base: number;
  /** Instants of the changes, ascending, and the offset from each on. */
  at: number[];
  after: number[];
}

const YEAR_CACHE_LIMIT = 16;

const shared = new Map<string, ZoneOffsets>();
const SHARED_LIMIT = 64;

/**
 * The offsets of a zone, shared by every calendar in that zone (the tables depend on the zone
 * name and the runtime's time-zone data only). Bounded, so memory stays flat.
 */
export function zoneOffsets(name: string): ZoneOffsets {
  let zone = shared.get(name);
  if (zone === undefined) {
    if (shared.size >= SHARED_LIMIT) {
      const oldest = shared.keys().next().value;
      if (oldest !== undefined) shared.delete(oldest);
    }
    zone = new ZoneOffsets(name);
    shared.set(name, zone);
  }
  return zone;
}

/** Offsets of one IANA zone, cached per year (bounded, so memory stays flat). */
export class ZoneOffsets {
  readonly name: string;
  private readonly zone: IANAZone;
  private readonly years = new Map<number, YearOffsets>();
  private last: YearOffsets | undefined;

  constructor(name: string) {
    this.name = name;
    this.zone = IANAZone.create(name);
  }

  /** The zone's offset from UTC at instant `t`, in ms (`+08:00` → 28 800 000). */
  offsetAt(t: number): number {
    let table = this.last;
    if (table === undefined || t < table.from || t >= table.to) {
      table = this.tableFor(new Date(t).getUTCFullYear());
      this.last = table;
    }
    let offset = table.base;
    for (let i = 0; i < table.at.length; i++) {
      if (t < (table.at[i] as number)) break;
      offset = table.after[i] as number;
    }
    return offset;
  }

  /** The wall clock at instant `t`, as local ms. */
  localOf(t: number): number {
    return t + this.offsetAt(t);
  }

  /**
   * The instant a wall-clock time (local ms) names. A time skipped by a clock change (02:30 when
   * clocks jump 02:00 → 03:00) is read with the offset before the change, which moves it forward
   * by the gap (→ 03:30). A time that happens twice (01:30 when clocks fall back 02:00 → 01:00)
   * is its first occurrence, the earlier instant. These are RFC 5545's and Temporal's
   * "compatible" rules; see docs/decisions/0013.
   */
  instantOf(local: number): number {
    const before = this.offsetAt(local - DAY_MS);
    const after = this.offsetAt(local + DAY_MS);
    if (before === after) return local - before;
    const early = local - before;
    const late = local - after;
    const earlyValid = this.offsetAt(early) === before;
    const lateValid = this.offsetAt(late) === after;
    if (earlyValid && lateValid) return Math.min(early, late);
    if (lateValid) return late;
    return early; // valid, or a skipped time read with the offset before the change
  }

  private tableFor(year: number): YearOffsets {
    const cached = this.years.get(year);
    if (cached !== undefined) return cached;
    const from = Date.UTC(year, 0, 1) - 2 * DAY_MS;
    const to = Date.UTC(year + 1, 0, 1) + 2 * DAY_MS;
    const offsetMs = (t: number): number => Math.round(this.zone.offset(t) * 60_000);
    const base = offsetMs(from);
    const at: number[] = [];
    const after: number[] = [];
    let previous = base;
    // Sample once a day: clock changes are weeks or months apart, so none is missed.
    for (let t = from + DAY_MS; t <= to; t += DAY_MS) {
      const offset = offsetMs(t);
      if (offset === previous) continue;
      let lo = t - DAY_MS; // offset here is `previous`
      let hi = t; // offset here is `offset`
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetMs(mid) === previous) lo = mid;
        else hi = mid;
      }
      at.push(hi);
      after.push(offset);
      previous = offset;
    }
    const table: YearOffsets = { from, to, base, at, after };
    if (this.years.size >= YEAR_CACHE_LIMIT) {
      const oldest = this.years.keys().next().value;
      if (oldest !== undefined) this.years.delete(oldest);
    }
    this.years.set(year, table);
    return table;
  }
}
