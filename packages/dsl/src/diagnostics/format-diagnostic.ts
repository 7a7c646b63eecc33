import { eastAsianWidth } from "get-east-asian-width";
import type { Diagnostic } from "./diagnostic.js";
import type { Lang } from "./words.js";

export interface FormatOptions {
  /** The source text the diagnostic points into; without it no source line is printed. */
  source?: string;
  /** ANSI colours for a terminal. Off by default. */
  color?: boolean;
  /** The language of the labels (`error`, `hint` …); the message is in the language it was loaded in. */
  lang?: Lang;
}

const LABELS: Record<Lang, Record<"error" | "warning" | "info" | "hint" | "note", string>> = {
  en: { error: "error", warning: "warning", info: "info", hint: "hint", note: "note" },
  zh: { error: "错误", warning: "警告", info: "提示", hint: "建议", note: "另见" },
};

const MAX_LINE_WIDTH = 160;

/**
 * Prints a diagnostic the way compilers do:
 *
 * ```text
 * standards/site.yaml:12:15 error unknown-calendar: unknown calendar `ofice`
 *    12 |     calendar: ofice
 *       |               ^^^^^
 *   hint: did you mean `office`?
 * ```
 *
 * Each related place follows as a `note:` with its own `file:line:col`.
 */
export function formatDiagnostic(diagnostic: Diagnostic, options: FormatOptions = {}): string {
  const paint = options.color ? ansi : plain;
  const { file, line, column, severity, code, message, hint } = diagnostic;
  const label = LABELS[options.lang ?? "en"];
  const head = `${paint.bold(`${file}:${line}:${column}`)} ${paint[severity](label[severity])} ${paint.dim(code)}: ${message}`;
  const out = [head];
  const sourceLine = options.source === undefined ? undefined : lineAt(options.source, line);
  if (sourceLine !== undefined) {
    const gutter = String(line).padStart(5);
    const { text, shift } = clip(sourceLine, column);
    const caretStart = Math.max(0, column - 1 - shift);
    const sameLine = diagnostic.range.end.line === diagnostic.range.start.line;
    const span = sameLine ? diagnostic.range.end.column - diagnostic.range.start.column : text.length - caretStart;
    const width = Math.max(1, Math.min(span, text.length - caretStart));
    // Chinese text takes two terminal columns a character: pad and underline by display width.
    const pad = displayWidth(text.slice(0, caretStart));
    const underline = Math.max(1, displayWidth(text.slice(caretStart, caretStart + width)));
    out.push(`${paint.dim(`${gutter} |`)} ${text}`);
    out.push(
      `${paint.dim(`${" ".repeat(gutter.length)} |`)} ${" ".repeat(pad)}${paint[severity]("^".repeat(underline))}`,
    );
  }
  if (hint) out.push(`  ${paint.bold(label.hint)}: ${hint}`);
  for (const r of diagnostic.related ?? [])
    out.push(`  ${paint.bold(label.note)}: ${r.file}:${r.line}:${r.column}: ${r.message}`);
  return out.join("\n");
}

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += eastAsianWidth(char.codePointAt(0)!);
  return width;
}

function lineAt(source: string, line: number): string | undefined {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = source.indexOf("\n", start);
    if (next === -1) return undefined;
    start = next + 1;
  }
  const end = source.indexOf("\n", start);
  return source
    .slice(start, end === -1 ? undefined : end)
    .replace(/\r$/, "")
    .replace(/\t/g, " ");
}

/** Long lines (minified input, a 20 MB line) are cut around the column so output stays readable. */
function clip(text: string, column: number): { text: string; shift: number } {
  if (text.length <= MAX_LINE_WIDTH) return { text, shift: 0 };
  const shift = Math.max(0, Math.min(column - 1 - 40, text.length - MAX_LINE_WIDTH));
  return { text: text.slice(shift, shift + MAX_LINE_WIDTH), shift };
}

type Paint = Record<"bold" | "dim" | "error" | "warning" | "info", (s: string) => string>;
const plain: Paint = { bold: (s) => s, dim: (s) => s, error: (s) => s, warning: (s) => s, info: (s) => s };
const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const ansi: Paint = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  error: wrap(31, 39),
  warning: wrap(33, 39),
  info: wrap(36, 39),
};
