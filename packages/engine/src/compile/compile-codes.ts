/**
 * The engine's compile checks, one code each, in the language's registry shape
 * (`defineDiagnosticCodes`); documented in docs/reference/engine.md (a test compares them).
 */
import { defineDiagnosticCodes, type Severity } from "@yardstick/dsl";

export const compileCodes = defineDiagnosticCodes({
  "pause-without-resume": {
    severities: ["error"],
    stages: ["compile"],
    summary: "a clock paused by an event has no way to resume",
  },
  "due-at-not-a-date": {
    severities: ["error"],
    stages: ["compile"],
    summary: "a clock's `dueAt` names a field that is not a date",
  },
  "calendar-not-compiled": {
    severities: ["error"],
    stages: ["compile"],
    summary: "a calendar of the model could not be built",
  },
  "machine-reference": {
    severities: ["error"],
    stages: ["compile"],
    summary: "the workflow machine names a guard, state or event that does not exist",
  },
  "clock-never-starts": {
    severities: ["warning"],
    stages: ["compile"],
    summary: "no state or event of the workflow can start the clock",
  },
});

export type CompileCode = keyof typeof compileCodes;

/** What a compile rule reports: located at the YAML through the model's origins (`diagnosticAt`). */
export interface CompileProblem {
  code: CompileCode;
  path: (string | number)[];
  message: string;
  hint: string;
  /** Default: the code's first severity. */
  severity?: Severity;
}
