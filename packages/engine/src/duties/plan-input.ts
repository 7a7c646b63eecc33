/** What a host hands the planner. Instants are epoch ms or ISO 8601 (or a local time in the standard's zone). */
export interface PlanSite {
  id: string;
  /** The zones this site has; a duty is planned in the zones it names that the site has. Default: all of the duty's. */
  zones?: string[];
  /** The items of each `each:` set at this site: `{ lifts: ["L1", "L2"] }`. */
  items?: Record<string, string[]>;
}

/** An event a triggered duty listens to (`rain_stopped` at 14:20 in zone B). */
export interface DutyEvent {
  type: string;
  at: number | string;
  id?: string;
  site?: string;
  zone?: string;
  item?: string;
}

/** A host record a date-relative duty reads its date from (a unit with `warrantyEnd`). */
export interface DutySubject {
  id: string;
  site?: string;
  zone?: string;
  /** Field values; `unit.warrantyEnd` is read as a flat key first, then as a path (`{ unit: { warrantyEnd } }`). */
  data: Record<string, unknown>;
}

export interface PlanInput {
  /** The window: occurrences whose planned instant (`at`) is in [from, to). */
  from: number | string;
  to: number | string;
  /** Default: one site, left out of ids. */
  sites?: PlanSite[];
  /** Only these zones (`yardstick plan --zone`). */
  zones?: string[];
  /** Only these duties. */
  duties?: string[];
  /** The items of each `each:` set, for sites that do not list their own. */
  items?: Record<string, string[]>;
  events?: DutyEvent[];
  subjects?: DutySubject[];
}
