/** Calendars compose: a site calendar = a base (hours, a national holiday set) + local additions. */
import type { CalendarSpec } from "./spec.js";

/**
 * A calendar spec built from a base and layers applied in order. `timezone`, `hours`, `id` and
 * `adjustedWorkdayHours` are replaced when a layer gives them; holiday sets are appended (a layer's
 * set with an id already present replaces that set in place); overrides are merged by date, the
 * layer's winning.
 *
 * @example
 * const site = composeCalendarSpecs(
 *   { timezone: "Asia/Shanghai", hours: officeHours, holidays: [getBuiltinHolidaySet("cn-mainland")!] },
 *   { id: "harbour-view", overrides: [{ date: "2025-12-31", hours: [{ start: "08:30", end: "12:00" }] }] },
 * );
 */
export function composeCalendarSpecs(base: CalendarSpec, ...layers: Partial<CalendarSpec>[]): CalendarSpec {
  const result: CalendarSpec = {
    ...base,
    holidays: [...(base.holidays ?? [])],
    overrides: [...(base.overrides ?? [])],
  };
  for (const layer of layers) {
    if (layer.id !== undefined) result.id = layer.id;
    if (layer.timezone !== undefined) result.timezone = layer.timezone;
    if (layer.hours !== undefined) result.hours = layer.hours;
    if (layer.adjustedWorkdayHours !== undefined) result.adjustedWorkdayHours = layer.adjustedWorkdayHours;
    for (const set of layer.holidays ?? []) {
      const holidays = result.holidays ?? [];
      const at = holidays.findIndex((existing) => existing.id === set.id);
      if (at >= 0) holidays[at] = set;
      else holidays.push(set);
      result.holidays = holidays;
    }
    for (const override of layer.overrides ?? []) {
      const overrides = (result.overrides ?? []).filter((existing) => existing.date !== override.date);
      overrides.push(override);
      result.overrides = overrides;
    }
  }
  if (result.holidays?.length === 0) delete result.holidays;
  if (result.overrides?.length === 0) delete result.overrides;
  return result;
}
