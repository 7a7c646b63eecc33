import { phrase } from "../diagnostics/codes.js";
import type { DiagnosticCode } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { sortDiagnostics } from "../diagnostics/reporter.js";
import type { ParsedFile } from "./document-set.js";

const where = (d: Diagnostic) => `${d.code}|${d.file}|${d.line}|${d.column}`;

/**
 * A problem found in a parent's file that the parent alone does not have was caused by the child
 * (it removed a calendar the parent's clock uses, or redefined a state): it is reported in the
 * child, at its `extends:` line, with the parent's line as the related place — the author of the
 * child is the one to act, and may not even have the parent's file open.
 */
export function blameChild(
  diagnostics: Diagnostic<DiagnosticCode>[],
  root: ParsedFile,
  parent: ParsedFile | undefined,
  loadAlone: (parent: ParsedFile) => Diagnostic<DiagnosticCode>[],
): Diagnostic<DiagnosticCode>[] {
  if (parent === undefined || diagnostics.every((d) => d.file === root.file)) return diagnostics;
  const own = new Set(loadAlone(parent).map(where));
  const [from, to] = root.sourceMap.locate(["extends"]);
  const start = root.reporter.position(from);
  const end = root.reporter.position(Math.max(from, to));
  const lang = root.reporter.lang;
  return sortDiagnostics(
    diagnostics.map((d) => {
      if (d.file === root.file || own.has(where(d))) return d;
      const note = phrase("unresolved-extends", "inheritedHere", { file: d.file }).message[lang];
      return {
        ...d,
        file: root.file,
        line: start.line,
        column: start.column,
        range: { start, end },
        related: [{ message: note, file: d.file, line: d.line, column: d.column, range: d.range, path: d.path }],
      };
    }),
  );
}
