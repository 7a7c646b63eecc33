export type { Diagnostic, Severity, SourcePosition, SourceRange } from "./diagnostics/diagnostic.js";
export type { FormatOptions } from "./diagnostics/format-diagnostic.js";
export { formatDiagnostic } from "./diagnostics/format-diagnostic.js";
