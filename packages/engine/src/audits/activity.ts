/**
 * What an audit reads: the host's ticket states, duty outcomes and facts for a period. Nothing here
 * is fetched: the host hands the activity in, as it hands events to the ticket runtime.
 */
import type { TicketState } from "../state/ticket-state.js";

/** A value the host reports: a survey's satisfaction rate, a count of inspections, an object to pick a path from. */
export type Facts = Record<string, unknown>;

/**
 * The part of a duty outcome an audit reads. The duty reconciler's `OccurrenceOutcome` has this
 * shape, so its results plug in unchanged; a host with its own duty records can build these too.
 */
export interface DutyResult {
  occurrence: {
    id: string;
    duty: string;
    zone?: string;
    checkpoints: readonly string[];
    /** The instant it was planned for: the period it counts in. */
    at: number;
  };
  status: "done" | "late" | "partial" | "missed" | "excused" | "pending";
  doneAt?: number;
  /** Checkpoints not visited (a partial or missed round). */
  missedCheckpoints?: readonly string[];
  /** Staff who did it. */
  by?: readonly string[];
}

/**
 * Facts for one scope: the site (no `zone`, no `staff`), a zone, or a staff member; for one period
 * (`2026-11`) or, without `period`, for every period.
 */
export interface FactRecord {
  period?: string;
  zone?: string;
  staff?: string;
  facts: Facts;
}

export interface AuditActivity {
  tickets?: readonly TicketState[];
  duties?: readonly DutyResult[];
  facts?: readonly FactRecord[];
}

/** Who a KPI, a finding or a score is about. The site is `{ kind: "site", id: "site" }`. */
export interface Subject {
  kind: "site" | "zone" | "staff";
  id: string;
}

export const SITE: Subject = { kind: "site", id: "site" };

/** `zone:A`, `staff:w-07`, `site`: a subject as one string (map keys, CSV). */
export function subjectKey(s: Subject): string {
  return s.kind === "site" ? "site" : `${s.kind}:${s.id}`;
}
