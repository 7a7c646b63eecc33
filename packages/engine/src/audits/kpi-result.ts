import type { KpiModel } from "@yardstick/dsl";
import type { Subject } from "./activity.js";

/** One ticket clock cycle, ticket, occurrence or checkpoint behind a KPI, and how it counted. */
export interface KpiItem {
  /** `T-17#arrival/1` (ticket, clock, cycle), `T-17` (ticket), an occurrence id, or `<occurrence>@<checkpoint>`. */
  ref: string;
  /**
   * `numerator`: counted on both sides (for a total: counted, with its `value`); `denominator`:
   * counted against; `excluded`: not counted, see `status`.
   */
  in: "numerator" | "denominator" | "excluded";
  /**
   * met, late, pending, cancelled, reset, no-target, rework, first-time, opened, excluded, stopped,
   * open, done, partial, missed, excused, visited, not-visited.
   */
  status: string;
  /** A `clock-duration` item's duration in the KPI's unit. */
  value?: number;
  ticket?: string;
  occurrence?: string;
}

/** The band a KPI's value falls in: its position in `bands` (0-based), grade and points. */
export interface KpiBand {
  index: number;
  grade?: string;
  points?: number;
}

export interface KpiResult {
  kpi: string;
  measure: KpiModel["measure"];
  subject: Subject;
  /** The KPI's value in its unit (percent 0–100, a duration, a count, or the fact's number); null when nothing was measured. */
  value: number | null;
  /** Shares: the count on time (or done…); durations: their total; counts: the tickets; null for a `fact` or a percentile. */
  numerator: number | null;
  /** Shares: the count judged; durations: the cycles; per-N counts: the items; null otherwise. */
  denominator: number | null;
  unit: KpiModel["target"]["unit"];
  target: KpiModel["target"];
  /** null when there is no value (no cycles, no occurrences, no fact). */
  met: boolean | null;
  /** With `bands`: the first band the value meets; null when there is no value or no band fits. */
  band?: KpiBand | null;
  items: KpiItem[];
}

type Bounds = { min?: number; max?: number; inclusive: boolean };

/**
 * Whether a value meets a target. A share is compared as numerator × scale against bound ×
 * denominator (scale 100 for a percentage, N for a count per N items), so 4 of 5 meets `min: 80%`
 * exactly (以上 includes the bound when `inclusive`).
 */
export function meetsTarget(
  target: Bounds,
  value: number,
  share?: { numerator: number; denominator: number; scale?: number },
): boolean {
  const scaled = (bound: number) =>
    share === undefined ? [value, bound] : [share.numerator * (share.scale ?? 100), bound * share.denominator];
  const ok = (bound: number | undefined, above: boolean): boolean => {
    if (bound === undefined) return true;
    const [a, b] = scaled(bound) as [number, number];
    if (target.inclusive) return above ? a >= b : a <= b;
    return above ? a > b : a < b;
  };
  return ok(target.min, true) && ok(target.max, false);
}

/** The first band of the KPI whose bounds (inclusive) the value meets, compared as the target is. */
export function bandOf(k: KpiModel, value: number, r: Pick<KpiResult, "numerator" | "denominator">): KpiBand | null {
  const share =
    k.target.unit === "percent" && r.numerator !== null && r.denominator !== null && k.measure !== "fact"
      ? { numerator: r.numerator, denominator: r.denominator }
      : k.measure === "ticket-count" && k.per !== undefined && r.denominator !== null
        ? { numerator: r.numerator!, denominator: r.denominator, scale: k.per.count }
        : undefined;
  const bands = k.bands ?? [];
  for (let index = 0; index < bands.length; index++) {
    const b = bands[index]!;
    if (!meetsTarget({ min: b.min, max: b.max, inclusive: true }, value, share)) continue;
    const out: KpiBand = { index };
    if (b.grade !== undefined) out.grade = b.grade;
    if (b.points !== undefined) out.points = b.points;
    return out;
  }
  return null;
}
