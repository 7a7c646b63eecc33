import { LineCounter } from "yaml";
import type { Path } from "@yardstick/calendar";
import type { DiagnosticCode } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Lang, Words } from "../diagnostics/words.js";
import type { Report } from "../diagnostics/report.js";
import { type RelatedInput, Reporter } from "../diagnostics/reporter.js";
import { DEFAULT_PARSE_LIMITS, type ParseLimits, parseYaml } from "../parse/parse-yaml.js";
import { readSource } from "../parse/read-source.js";
import { type SourceMap, toPointer } from "../parse/source-map.js";
import type { Origin } from "../model/standard-model.js";
import { phrase } from "../diagnostics/codes.js";
import type { LoadCache } from "./load-cache.js";
import { deepFreeze } from "../parse/parse-sections.js";

/** One YAML file of a standard's `extends` chain, parsed. */
export interface ParsedFile {
  file: string;
  text: string;
  reporter: Reporter;
  sourceMap: SourceMap;
  value: unknown;
  numberSources: Map<string, string>;
  ok: boolean;
}

export interface ParseFileOptions {
  maxBytes?: number;
  maxDiagnostics?: number;
  limits?: ParseLimits;
  /** The language of messages and hints (default `en`). */
  lang?: Lang;
  /** Parses kept from earlier loads (see `LoadCache`). */
  cache?: LoadCache;
}

export function parseFile(file: string, input: string | Uint8Array, options: ParseFileOptions = {}): ParsedFile {
  const lineCounter = new LineCounter();
  const source = readSource(input, options.maxBytes);
  // The line counter must know every line start before positions are asked of it.
  const text = source.text;
  lineCounter.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
  const reporter = new Reporter(file, lineCounter, options.maxDiagnostics, options.lang);
  if (!source.ok) {
    const { problem } = source;
    reporter.report({
      code: problem.code,
      message: problem.message,
      hint: problem.hint,
      span: [Math.min(problem.offset, text.length), Math.min(problem.offset, text.length)],
    });
    return {
      file,
      text,
      reporter,
      sourceMap: undefined as never,
      value: undefined,
      numberSources: new Map(),
      ok: false,
    };
  }
  const limits = options.limits ?? DEFAULT_PARSE_LIMITS;
  const cache = options.cache;
  const key = `${file}\0${reporter.lang}\0${options.maxDiagnostics}\0${limits.maxDepth},${limits.maxNodes}\0${text}`;
  const kept = cache?.files.get(key);
  if (kept !== undefined) {
    reporter.diagnostics.push(...kept.diagnostics);
    return {
      file,
      text,
      reporter,
      sourceMap: kept.sourceMap,
      value: kept.value,
      numberSources: kept.numberSources,
      ok: kept.ok,
    };
  }
  const parsed = parseYaml(text, reporter, lineCounter, limits, cache?.sections);
  const ok =
    reporter.errorCount === 0 &&
    parsed.value !== null &&
    typeof parsed.value === "object" &&
    !Array.isArray(parsed.value);
  if (reporter.errorCount === 0 && !ok) {
    reporter.report({
      code: "not-a-standard",
      ...phrase("not-a-standard", "shape", {}),
      span: [0, Math.min(text.length, 1)],
    });
  }
  // Kept only when clean (a base standard as it usually is): the next load shares its value.
  if (cache !== undefined && ok && reporter.diagnostics.length === 0) {
    const { sourceMap, numberSources } = parsed;
    cache.files.set(key, { text, sourceMap, value: deepFreeze(parsed.value), numberSources, ok, diagnostics: [] });
  }
  return {
    file,
    text,
    reporter,
    sourceMap: parsed.sourceMap,
    value: parsed.value,
    numberSources: parsed.numberSources,
    ok,
  };
}

/**
 * The files of an `extends` chain (ancestor first) and, for the merged document, which file each
 * value came from — so a diagnostic about a merged value points into the file that wrote it.
 */
export class DocumentSet {
  private readonly originFile = new Map<string, ParsedFile>();
  /** Set when one file wrote every value (see `claimAll`). */
  private allFrom: ParsedFile | undefined;

  constructor(readonly files: ParsedFile[]) {}

  /**
   * Records that every value of the merged document came from `file`, whose source map lists
   * exactly the document's pointers in order (`SourceMap.inValueOrder`): the same claims as
   * `claim` for each of them, without walking the document to build its pointers again.
   */
  claimAll(file: ParsedFile): void {
    this.allFrom = file;
  }

  /** Records that `pointer` in the merged document came from `file`. */
  claim(pointer: string, file: ParsedFile): void {
    this.originFile.set(pointer, file);
  }

  /** The file that wrote the value at `path`, or the nearest ancestor value's file. */
  fileOf(path: readonly (string | number)[]): ParsedFile {
    if (this.allFrom) return this.allFrom;
    for (let depth = path.length; depth >= 0; depth--) {
      const file = this.originFile.get(toPointer(path.slice(0, depth)));
      if (file) return file;
    }
    return this.files[this.files.length - 1]!;
  }

  /** Reports a problem at `path` of the merged document, in the file that wrote the value there. */
  readonly report: Report = ({ code, path, message, hint, severity, related, prefer = "value" }) => {
    const file = this.fileOf(path);
    file.reporter.report({
      code,
      path,
      message,
      hint,
      severity,
      span: file.sourceMap.locate(path, prefer),
      related: related?.map((r) => this.locate(r.path, r.message)),
    });
  };

  private locate(path: Path, message: Words | string): RelatedInput {
    const file = this.fileOf(path);
    const [from, to] = file.sourceMap.locate(path, "value");
    const start = file.reporter.position(from);
    const end = file.reporter.position(Math.max(from, to));
    return { message, file: file.file, line: start.line, column: start.column, range: { start, end }, path };
  }

  /** Where each value of the merged document was written, by pointer, in document order. */
  origins(standardOf: (file: ParsedFile) => string): Record<string, Origin> {
    const origins: Record<string, Origin> = {};
    const cursors = new Map<
      ParsedFile,
      { standard: string; at: (offset: number) => { line: number; column: number } }
    >();
    const cursorOf = (file: ParsedFile) => {
      let cursor = cursors.get(file);
      if (!cursor) cursors.set(file, (cursor = { standard: standardOf(file), at: file.reporter.positionCursor() }));
      return cursor;
    };
    const add = (
      pointer: string,
      file: ParsedFile,
      spans: { key?: readonly [number, number]; value: readonly [number, number] } | undefined,
    ) => {
      if (pointer === "") return;
      const cursor = cursorOf(file);
      const { line, column } = cursor.at((spans?.key ?? spans?.value ?? [0])[0]);
      origins[pointer] = { standard: cursor.standard, file: file.file, line, column };
    };
    if (this.allFrom)
      for (const [pointer, spans] of this.allFrom.sourceMap.entries()) add(pointer, this.allFrom, spans);
    else for (const [pointer, file] of this.originFile) add(pointer, file, file.sourceMap.get(pointer));
    return origins;
  }

  get diagnostics(): Diagnostic<DiagnosticCode>[] {
    return this.files.flatMap((f) => f.reporter.diagnostics);
  }

  get errorCount(): number {
    return this.files.reduce((n, f) => n + f.reporter.errorCount, 0);
  }
}
