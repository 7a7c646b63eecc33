import { type Diagnostic, type LoadOptions, loadStandard } from "@yardstick/dsl";

/** A diagnostic as a rule test compares it: what, how bad, and where. */
export interface Found {
  code: string;
  severity: Diagnostic["severity"];
  line: number;
  column: number;
  message: string;
}

/** Loads `text` and returns its diagnostics in the short form tests compare. */
export function diagnosticsOf(text: string, options: LoadOptions = {}): Found[] {
  return loadStandard(text, options).diagnostics.map(({ code, severity, line, column, message }) => ({
    code,
    severity,
    line,
    column,
    message,
  }));
}

/** The codes of a load's diagnostics, in order. */
export function codesOf(text: string, options: LoadOptions = {}): string[] {
  return loadStandard(text, options).diagnostics.map((d) => d.code);
}
