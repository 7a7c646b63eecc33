import { phrase } from "../diagnostics/codes.js";
import type { DiagnosticCode } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { sortDiagnostics } from "../diagnostics/reporter.js";
import type { ParsedFile } from "./document-set.js";

const where = (d: Diagnostic) => `${d.code}|${d.file}|${d.line}|${d.column}`;

/** Every `null` the child writes (a removal of what a parent wrote), with its path. */
function removals(value: unknown, path: string[] = [], out: string[][] = []): string[][] {
  if (value === null && path.length > 0) out.push(path);
  else if (typeof value === "object" && value !== null && !Array.isArray(value))
    for (const [key, v] of Object.entries(value)) removals(v, [...path, key], out);
  return out;
}

/**
 * A problem found in a parent's file that the parent alone does not have was caused by the child
 * (it removed a calendar the parent's clock uses, or redefined a state): it is reported in the
 * child, with the parent's line as the related place — the author of the child is the one to act,
 * and may not even have the parent's file open. It is reported at the child's `null` that removed
 * the name the problem is about (`office: null` for "unknown calendar `office`"), else at the
 * child's `extends:` line.
 */
export function blameChild(
  diagnostics: Diagnostic<DiagnosticCode>[],
  root: ParsedFile,
  parent: ParsedFile | undefined,
  loadAlone: (parent: ParsedFile) => Diagnostic<DiagnosticCode>[],
): Diagnostic<DiagnosticCode>[] {
  if (parent === undefined || diagnostics.every((d) => d.file === root.file)) return diagnostics;
  const own = new Set(loadAlone(parent).map(where));
  const place = (path: readonly string[], prefer: "key" | "value") => {
    const [from, to] = root.sourceMap.locate(path, prefer);
    return { start: root.reporter.position(from), end: root.reporter.position(Math.max(from, to)) };
  };
  const removed = removals(root.value);
  const lang = root.reporter.lang;
  return sortDiagnostics(
    diagnostics.map((d) => {
      if (d.file === root.file || own.has(where(d))) return d;
      const note = phrase("unresolved-extends", "inheritedHere", { file: d.file }).message[lang];
      // The names the problem quotes (`office`), the same in every language; the first one removed.
      const names = [...d.message.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
      const removal = names.map((n) => removed.find((path) => path.at(-1) === n)).find((r) => r !== undefined);
      const { start, end } = removal !== undefined ? place(removal, "key") : place(["extends"], "value");
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
