/** The engine's compile checks, one code each; documented in docs/reference/engine.md. */
import type { Severity } from "@yardstick/dsl";

export const compileCodes = {
  "pause-without-resume": {
    severity: "error" as Severity,
    summary: "a clock paused by an event has no way to resume",
  },
  "due-at-not-a-date": {
    severity: "error" as Severity,
    summary: "a clock's `dueAt` names a field that is not a date",
  },
  "calendar-not-compiled": {
    severity: "error" as Severity,
    summary: "a calendar of the model could not be built",
  },
  "machine-reference": {
    severity: "error" as Severity,
    summary: "the workflow machine names a guard, state or event that does not exist",
  },
  "clock-never-starts": {
    severity: "warning" as Severity,
    summary: "no state or event of the workflow can start the clock",
  },
} as const;

export type CompileCode = keyof typeof compileCodes;
