import type { DutyOccurrence } from "./occurrence.js";

/** A completion log from the host: who did which duty, when, where, which checkpoints, with what proof. */
export interface DutyLog {
  id?: string;
  duty: string;
  at: number | string;
  /** Who did it (staff ids); a crew lists several. */
  by?: string | string[];
  site?: string;
  zone?: string;
  item?: string;
  /** The occurrence id, when the host's app knows it; otherwise the log is matched by time and place. */
  occurrence?: string;
  checkpoints?: string[];
  /** A photo or note reference, carried through to the outcome. */
  ref?: string;
}

/** An occurrence the host says need not be done (a lift out of service, a typhoon day). */
export interface DutyExcuse {
  occurrence: string;
  reason: string;
}

export interface ReconcileInput {
  occurrences: Iterable<DutyOccurrence>;
  logs: readonly DutyLog[];
  excuses?: readonly DutyExcuse[];
  /** The current time: occurrences not yet due are `pending`, not `missed`. */
  now: number | string;
}
