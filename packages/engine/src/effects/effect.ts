/**
 * Effects: what the host must do or record, as data (decision 0022). Each has a stable `key`
 * derived from (ticket, clock, cycle, kind, level), so delivering at least once plus a receiver
 * that checks the key gives exactly once. Instants are epoch milliseconds.
 */
import type { CoverageWarning } from "@yardstick/calendar";

export type EffectKind =
  | "clock-started"
  | "clock-stopped"
  | "clock-cancelled"
  | "warning"
  | "breach"
  | "escalation"
  | "deadline-changed"
  | "rework"
  | "retract";

export const EFFECT_KINDS = [
  "clock-started",
  "clock-stopped",
  "clock-cancelled",
  "warning",
  "breach",
  "escalation",
  "deadline-changed",
  "rework",
  "retract",
] as const satisfies readonly EffectKind[];

/** Who the host should find: the ticket's zone, assignee and first-contact owner, when known. */
export interface EffectPeople {
  zone?: string;
  assignee?: string;
  owner?: string;
}

export interface Effect extends EffectPeople {
  key: string;
  kind: EffectKind;
  ticket: string;
  ticketKind: string;
  /** The instant the thing happened or fell due (not when the engine noticed it). */
  at: number;
  clock?: string;
  cycle?: number;
  /** Escalation level (1-based), warning index (1-based); 0 for one-off kinds. */
  level?: number;
  /** Roles to notify (escalations). */
  roles?: string[];
  /** Why, in words: `breach + 30m`, `80% of 15m`, `priority urgent → normal`. */
  reason?: string;
  /** The clock's deadline after this effect (clock-started, deadline-changed, warning, breach). */
  deadline?: number | null;
  previousDeadline?: number | null;
  /** clock-stopped: whether it stopped at or before its deadline. */
  met?: boolean;
  /** rework: the earlier ticket this one repeats. */
  reworkOf?: string;
  /** retract: the key of the effect withdrawn. */
  retracts?: string;
  /**
   * clock-started, deadline-changed: the years between the start and the deadline that a holiday set
   * of the cycle's calendar has no data for — the deadline counted weekly hours there (decision 0085).
   */
  holidayDataMissing?: CoverageWarning[];
}
