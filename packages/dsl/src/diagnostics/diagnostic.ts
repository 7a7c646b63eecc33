import type { Path } from "@yardstick/calendar";

/** How bad a diagnostic is: errors make a standard unusable, warnings do not. */
export type Severity = "error" | "warning" | "info";

/**
 * A point in a source file. `line` and `column` are 1-based; `offset` is a 0-based UTF-16 index,
 * or -1 when the text was not at hand (a diagnostic located through a stored model's origins).
 */
export interface SourcePosition {
  line: number;
  column: number;
  offset: number;
}

/** The span of source text a diagnostic is about. */
export interface SourceRange {
  start: SourcePosition;
  end: SourcePosition;
}

/**
 * One problem found in a standard. Every diagnostic carries a stable `code` (documented in
 * docs/reference/diagnostics.md), where it is (file, 1-based line and column, range, and the
 * path of keys inside the document) and a hint that says what to do.
 */
export interface Diagnostic<Code extends string = string> {
  code: Code;
  severity: Severity;
  message: string;
  hint?: string;
  file: string;
  line: number;
  column: number;
  range: SourceRange;
  /** Keys from the document root to the offending value, e.g. `["tickets", "repair", "clocks"]`. */
  path: Path;
  /** Other places the problem involves: the first of two duplicates, say (as GraphQLError's `locations`). */
  related?: RelatedLocation[];
}

/** A second place a diagnostic is about, with what it is. */
export interface RelatedLocation {
  message: string;
  file: string;
  line: number;
  column: number;
  range: SourceRange;
  path: Path;
}
