import type { LineCounter } from "yaml";
import type { Span } from "../parse/source-map.js";
import { compareCodeUnits } from "./code-unit-order.js";
import { capQuotes } from "./cap-quotes.js";
import { type DiagnosticCode, diagnosticCodes, phrase } from "./codes.js";
import type { Diagnostic, RelatedLocation, Severity, SourcePosition } from "./diagnostic.js";
import { inLang, type Lang, type Words } from "./words.js";

/** Most diagnostics a load reports; past it one `too-many-diagnostics` closes the list. */
export const DEFAULT_MAX_DIAGNOSTICS = 100;

/** A place a diagnostic involves, its message in both languages until the reporter picks one. */
export type RelatedInput = Omit<RelatedLocation, "message"> & { message: Words | string };

export interface DiagnosticInput {
  code: DiagnosticCode;
  message: Words | string;
  hint?: Words | string;
  /** The code's first severity in the registry when not given. */
  severity?: Severity;
  path?: (string | number)[];
  span: Span;
  related?: RelatedInput[];
}

/**
 * Collects diagnostics for one file: turns offsets into 1-based lines and columns, and caps the
 * list (as graphql-js's `validate` does) so a broken 10,000-line file yields a readable report.
 */
export class Reporter {
  readonly diagnostics: Diagnostic<DiagnosticCode>[] = [];
  private capped = false;

  constructor(
    readonly file: string,
    private readonly lineCounter: LineCounter,
    private readonly maxDiagnostics = DEFAULT_MAX_DIAGNOSTICS,
    /** The language messages and hints are written in. */
    readonly lang: Lang = "en",
  ) {}

  report(input: DiagnosticInput): void {
    if (this.capped) return;
    if (this.diagnostics.length >= this.maxDiagnostics) {
      this.capped = true;
      this.diagnostics.push(
        this.make({
          code: "too-many-diagnostics",
          ...phrase("too-many-diagnostics", "cap", { max: this.maxDiagnostics }),
          span: input.span,
        }),
      );
      return;
    }
    this.diagnostics.push(this.make(input));
  }

  get errorCount(): number {
    return this.diagnostics.filter((d) => d.severity === "error").length;
  }

  private make(input: DiagnosticInput): Diagnostic<DiagnosticCode> {
    const start = this.position(input.span[0]);
    const end = this.position(Math.max(input.span[0], input.span[1]));
    const diagnostic: Diagnostic<DiagnosticCode> = {
      code: input.code,
      severity: input.severity ?? diagnosticCodes[input.code].severities[0],
      message: capQuotes(inLang(input.message, this.lang)),
      file: this.file,
      line: start.line,
      column: start.column,
      range: { start, end },
      path: input.path ?? [],
    };
    const hint = input.hint === undefined ? "" : inLang(input.hint, this.lang);
    if (hint !== "") diagnostic.hint = capQuotes(hint);
    if (input.related?.length)
      diagnostic.related = input.related.map((r): RelatedLocation => ({ ...r, message: inLang(r.message, this.lang) }));
    return diagnostic;
  }

  /**
   * Line and column of many offsets given mostly in ascending order (a document's values):
   * a cursor that moves from the previous answer instead of a binary search each time.
   */
  positionCursor(): (offset: number) => { line: number; column: number } {
    const starts = this.lineCounter.lineStarts;
    let index = 0;
    return (offset) => {
      if (offset < (starts[index] ?? 0)) index = 0;
      while (index + 1 < starts.length && starts[index + 1]! <= offset) index++;
      return { line: index + 1, column: offset - (starts[index] ?? 0) + 1 };
    };
  }

  position(offset: number): SourcePosition {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col, offset };
  }
}

/** Errors first, then by position; stable for equal keys, so output is byte-identical run to run. */
export function sortDiagnostics<Code extends string>(diagnostics: Diagnostic<Code>[]): Diagnostic<Code>[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return diagnostics
    .map((d, i) => [d, i] as const)
    .sort(
      ([a, i], [b, j]) =>
        compareCodeUnits(a.file, b.file) ||
        a.range.start.offset - b.range.start.offset ||
        rank[a.severity] - rank[b.severity] ||
        i - j,
    )
    .map(([d]) => d);
}
