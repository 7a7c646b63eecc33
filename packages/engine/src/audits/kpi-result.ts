import type { KpiModel } from "@yardstick/dsl";
import type { Subject } from "./activity.js";

/** One ticket clock cycle, occurrence or checkpoint behind a KPI, and how it counted. */
export interface KpiItem {
  /** `T-17#arrival/1` (ticket, clock, cycle), `T-17` (ticket), an occurrence id, or `<occurrence>@<checkpoint>`. */
  ref: string;
  /** `numerator`: counted on both sides; `denominator`: counted against; `excluded`: not counted, see `status`. */
  in: "numerator" | "denominator" | "excluded";
  /** met, late, pending, cancelled, reset, no-target, rework, first-time, done, partial, missed, excused, visited, not-visited. */
  status: string;
  ticket?: string;
  occurrence?: string;
}

export interface KpiResult {
  kpi: string;
  measure: KpiModel["measure"];
  subject: Subject;
  /** The KPI's value in its unit (percent 0–100, or the fact's number); null when nothing was measured. */
  value: number | null;
  /** null for a `fact` KPI, which the host reports as one number. */
  numerator: number | null;
  denominator: number | null;
  unit: KpiModel["target"]["unit"];
  target: KpiModel["target"];
  /** null when there is no value (no cycles, no occurrences, no fact). */
  met: boolean | null;
  items: KpiItem[];
}

/**
 * Whether a value meets a target. A share is compared as numerator × 100 against bound ×
 * denominator, so 4 of 5 meets `min: 80%` exactly (以上 includes the bound when `inclusive`).
 */
export function meetsTarget(
  target: KpiModel["target"],
  value: number,
  share?: { numerator: number; denominator: number },
): boolean {
  const scaled = (bound: number) =>
    share === undefined ? [value, bound] : [share.numerator * 100, bound * share.denominator];
  const ok = (bound: number | undefined, above: boolean): boolean => {
    if (bound === undefined) return true;
    const [a, b] = scaled(bound) as [number, number];
    if (target.inclusive) return above ? a >= b : a <= b;
    return above ? a > b : a < b;
  };
  return ok(target.min, true) && ok(target.max, false);
}
