/**
 * A duty occurrence: one piece of work the standard asks for, for one site, zone and item, in a
 * window. Instants are epoch milliseconds. The id is derived from what the occurrence is (duty,
 * site, zone, item, local time, index), so planning the same window twice gives the same ids.
 */
export interface DutyOccurrence {
  /** `<duty>/<site>/<zone>/<item>/<local stamp>[#n]`, with absent parts left out. */
  id: string;
  duty: string;
  site?: string;
  zone?: string;
  /** The item of an `each:` set (a lift, a vacant unit), or the host record a date-relative duty was read from. */
  item?: string;
  roles: string[];
  checkpoints: string[];
  /** The instant it is planned for: what a plan lists (and a scenario's `occurrences` names). */
  at: number;
  /** Planned for a day (or the first day of a week, month, quarter, year) rather than a time. */
  allDay: boolean;
  /** Earliest instant a completion counts for it. */
  start: number;
  /** When it must be done by (before `tolerance`). */
  due: number;
  /** 1-based index among the occurrences of one period (`times: 2` per day gives #1 and #2). */
  index?: number;
  /** The event that opened a triggered occurrence. */
  trigger?: { event: string; at: number; id?: string };
}

export type DutyKind = "recurring" | "triggered" | "date-relative";
