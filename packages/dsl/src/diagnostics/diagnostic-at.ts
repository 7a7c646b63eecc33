import type { Origin } from "../model/standard-model.js";
import { fromPointer, toPointer } from "../parse/source-map.js";
import type { Diagnostic, RelatedLocation, Severity, SourcePosition } from "./diagnostic.js";
import { inLang, type Lang, type Words } from "./words.js";

/** A problem found in a resolved model, at a JSON Pointer into it (`/tickets/repair/clocks/arrival`). */
export interface ModelReportInput<Code extends string> {
  code: Code;
  pointer: string;
  /** In both languages (from `phrase` or `phraseIn`), or one string for both. */
  message: Words | string;
  hint: Words | string;
  severity: Severity;
  related?: { pointer: string; message: Words | string }[];
  /** The language the diagnostic is written in (default English). */
  lang?: Lang;
}

/**
 * A diagnostic for a problem found after loading — the engine's compile checks — located through
 * the model's `origins` at the file, line and column that wrote the value (or its nearest
 * ancestor that has an origin). With the texts `loadStandard` returned as `sources`, offsets are
 * counted too; a model read back from storage has no texts, and its offsets are -1.
 *
 * @example
 * const { standard, sources } = loadStandard(text, { file });
 * const d = diagnosticAt(standard!, {
 *   code: "unbounded-plan", severity: "error", pointer: "/duties/night-patrol",
 *   message: "…", hint: "…",
 * }, sources);
 */
export function diagnosticAt<Code extends string>(
  model: { id: string; origins: Record<string, Origin> },
  input: ModelReportInput<Code>,
  sources: readonly { file: string; text: string }[] = [],
): Diagnostic<Code> {
  const at = locate(model, input.pointer, sources);
  const diagnostic: Diagnostic<Code> = {
    code: input.code,
    severity: input.severity,
    message: inLang(input.message, input.lang ?? "en"),
    hint: inLang(input.hint, input.lang ?? "en"),
    ...at,
  };
  if (input.related?.length)
    diagnostic.related = input.related.map((r): RelatedLocation => ({
      message: inLang(r.message, input.lang ?? "en"),
      ...locate(model, r.pointer, sources),
    }));
  return diagnostic;
}

function locate(
  model: { id: string; origins: Record<string, Origin> },
  pointer: string,
  sources: readonly { file: string; text: string }[],
): Omit<RelatedLocation, "message"> {
  // List indexes are numbers in a diagnostic's path; ids never are all digits (they start with a letter).
  const path = fromPointer(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  let origin: Origin | undefined;
  for (let depth = path.length; depth > 0 && origin === undefined; depth--) {
    const prefix = toPointer(path.slice(0, depth));
    if (Object.hasOwn(model.origins, prefix)) origin = model.origins[prefix];
  }
  // Nothing of the path has an origin (the root, or a value the model derived): the file's start.
  const first = Object.values(model.origins)[0];
  const { file, line, column } = origin ?? { file: first?.file ?? model.id, line: 1, column: 1 };
  const text = sources.find((s) => s.file === file)?.text;
  const position: SourcePosition = { line, column, offset: text === undefined ? -1 : offsetOf(text, line, column) };
  return { file, line, column, range: { start: position, end: position }, path };
}

function offsetOf(text: string, line: number, column: number): number {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf("\n", start);
    if (next === -1) return -1;
    start = next + 1;
  }
  return start + column - 1;
}
