/**
 * What planning and reconciling report about their input, typed: every code has a hint here and a
 * row in docs/reference/duties.md. Nothing is dropped silently — a log that matches no occurrence,
 * or an event for a zone the duty does not cover, comes back as one of these.
 */
export const dutyDiagnosticCodes = {
  "missing-items": "pass the items of the set (`items: { lifts: [...] }`, or per site) so each gets its occurrence",
  "unknown-zone": "the duty's zones are listed under `zones:` in the standard; send the event or log for one of them",
  "invalid-date": "host data dates are `YYYY-MM-DD` or an ISO 8601 instant",
  "missing-date": "the record has no value for the duty's `of` field, so it has no occurrence",
  "shadowed-field":
    "`of: holidays` always means the calendars' holidays; to count from a host field, give it another name (`unit.holidays`) and write that in `of`",
  "invalid-log": "a log needs `duty` and `at` (epoch ms or ISO 8601 with an offset)",
  "unknown-duty": "the duties are the keys of `duties:` in the standard",
  "duplicate-log": "the same log (same id, or same duty, place, time and checkpoints) was sent twice; it counts once",
  "log-out-of-order": "logs are read in time order; this one came after a later one (it is still counted)",
  "log-outside-window": "no occurrence of the duty is open at that time for that site, zone and item",
  "extra-log": "the occurrence was already done; this visit is kept on it but does not change its outcome",
  "unknown-checkpoint": "the duty's checkpoints are listed under `checkpoints:`",
  "unknown-occurrence": "excuses name an occurrence id from the plan",
  "holiday-data-missing":
    "the duty's occurrences in that year follow the weekly hours, with no holidays or 调休: add the year's holiday set to the standard (`holidaySets:`) when it is published",
} as const;

export type DutyDiagnosticCode = keyof typeof dutyDiagnosticCodes;

export interface DutyDiagnostic {
  code: DutyDiagnosticCode;
  severity: "error" | "warning" | "info";
  message: string;
  hint: string;
  /** Where in the input: `["logs", 3]`, `["events", 0, "zone"]`. */
  path: (string | number)[];
  /** The log, event or record concerned (its `id` when it has one). */
  subject?: string;
}

export function dutyDiagnostic(
  code: DutyDiagnosticCode,
  severity: DutyDiagnostic["severity"],
  message: string,
  path: (string | number)[],
  subject?: string,
): DutyDiagnostic {
  return {
    code,
    severity,
    message,
    hint: dutyDiagnosticCodes[code],
    path,
    ...(subject !== undefined ? { subject } : {}),
  };
}
