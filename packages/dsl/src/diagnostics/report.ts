import type { Path } from "@yardstick/calendar";
import type { DiagnosticCode, SeverityOf } from "./codes.js";
import type { Words } from "./words.js";

/**
 * One problem, as every stage after parsing reports it: where by path of keys, what by code
 * (checked against the registry, with the severities the registry allows it), and what to do.
 */
export interface ReportInput<Code extends DiagnosticCode = DiagnosticCode> {
  code: Code;
  path: Path;
  /** In both languages (from `phrase`); a plain string is the same in both. */
  message: Words | string;
  hint: Words | string;
  /** Default: the code's first severity in the registry. */
  severity?: SeverityOf<Code>;
  /** Other places the problem involves: the first of two duplicates. */
  related?: { path: Path; message: Words | string }[];
  /** Point at the key of `path` rather than its value (a whole entry, a key that is wrong). */
  prefer?: "key" | "value";
}

/** Reports a problem (as graphql-js's `ValidationContext.reportError`). */
export type Report = <Code extends DiagnosticCode>(input: ReportInput<Code>) => void;
