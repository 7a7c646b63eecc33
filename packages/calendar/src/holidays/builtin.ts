/**
 * Holiday sets shipped with the package, as data files under `src/data/` with their sources.
 * Each is validated by the package's tests (every adjusted working day is a weekend day; no date
 * is both a holiday and a working day) and deep-frozen, so a host cannot change them by accident.
 */
import type { HolidaySet } from "../spec.js";
import cnMainland from "../data/cn-mainland.json" with { type: "json" };

function freeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The built-in holiday sets by id: `cn-mainland` (mainland China 2025–2026, with 调休 working days). */
export const builtinHolidaySets: Readonly<Record<string, HolidaySet>> = freeze({
  "cn-mainland": cnMainland satisfies HolidaySet,
});

/** The ids of the built-in holiday sets. */
export const builtinHolidaySetIds: readonly string[] = Object.freeze(Object.keys(builtinHolidaySets));

/**
 * A built-in holiday set by id, or `undefined` when there is none by that name.
 *
 * @example
 * const office = createCalendar({
 *   timezone: "Asia/Shanghai",
 *   hours: { mon: [{ start: "09:00", end: "18:00" }] },
 *   holidays: [getBuiltinHolidaySet("cn-mainland")!],
 * });
 */
export function getBuiltinHolidaySet(id: string): HolidaySet | undefined {
  return Object.hasOwn(builtinHolidaySets, id) ? builtinHolidaySets[id] : undefined;
}
