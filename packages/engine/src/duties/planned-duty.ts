/** A duty as the planner walks it: where it is planned (its targets) and what each occurrence carries. */
import type { Calendar } from "@yardstick/calendar";
import type { DutyModel } from "@yardstick/dsl";
import type { Slot } from "./duty-schedule.js";
import type { DutyOccurrence } from "./occurrence.js";

/**
 * Where an occurrence is. Every field is an own property, undefined when absent (`makeTarget` makes
 * them): objects built by conditional spreads each got their own shape, and reading them for every
 * occurrence cost the planner five times its speed.
 */
export interface Target {
  site: string | undefined;
  zone: string | undefined;
  item: string | undefined;
  /** The id up to the time stamp: `night-patrol/一区/`. */
  prefix: string;
}

export interface PlannedDuty {
  duty: DutyModel;
  order: number;
  calendar: Calendar | undefined;
  targets: Target[];
  roles: string[];
  checkpoints: string[];
}

export function makeTarget(
  site: string | undefined,
  zone: string | undefined,
  item: string | undefined,
  prefix: string,
): Target {
  return { site, zone, item, prefix };
}

export function occurrence(planned: PlannedDuty, target: Target, slot: Slot, stamp: string): DutyOccurrence {
  // One literal with every field, so every occurrence has the same shape (absent ones undefined).
  return {
    id: slot.index === undefined ? target.prefix + stamp : `${target.prefix}${stamp}#${slot.index}`,
    duty: planned.duty.id,
    site: target.site,
    zone: target.zone,
    item: target.item,
    roles: planned.roles,
    checkpoints: planned.checkpoints,
    at: slot.at,
    allDay: slot.allDay,
    start: slot.start,
    due: slot.due,
    index: slot.index,
    trigger: undefined,
  };
}
