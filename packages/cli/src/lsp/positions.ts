import type { Diagnostic } from "@yardstick/dsl";
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from "vscode-languageserver/node";

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The validator's 1-based line/column range → the protocol's 0-based one. */
export function toRange(d: Diagnostic): Range {
  const start = { line: Math.max(0, d.range.start.line - 1), character: Math.max(0, d.range.start.column - 1) };
  const end = { line: Math.max(0, d.range.end.line - 1), character: Math.max(0, d.range.end.column - 1) };
  // An empty range is invisible in most editors: widen it to one character.
  if (end.line === start.line && end.character <= start.character) end.character = start.character + 1;
  return { start, end };
}

/**
 * One validator or compiler diagnostic for the document `file`. A problem inside another file of
 * the `extends` chain is shown on the document's first line, naming where it is.
 */
export function toLspDiagnostic(d: Diagnostic, file: string): LspDiagnostic {
  const elsewhere = d.file !== file;
  const message = `${elsewhere ? `${d.file}:${d.line}:${d.column}: ` : ""}${d.message}${d.hint ? `\nhint: ${d.hint}` : ""}`;
  return {
    range: elsewhere ? { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } : toRange(d),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: "yardstick",
    message,
    data: { hint: d.hint, path: d.path, file: d.file },
  };
}
