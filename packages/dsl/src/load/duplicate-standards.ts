import { LineCounter } from "yaml";
import { phrase } from "../diagnostics/codes.js";
import type { DiagnosticCode } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { Reporter } from "../diagnostics/reporter.js";
import type { Lang } from "../diagnostics/words.js";

/** A `standard:` line at the start of a line, its id as written (quoted or not). */
const STANDARD_LINE = /^standard:[ \t]*(["']?)([^\s"'#]+)\1/m;

/**
 * The id a standard's text declares on its `standard:` line, wherever that line is (after any
 * length of comments), and the offset of the id; undefined when there is no such line.
 *
 * @example
 * declaredStandard("# 说明…\nstandard: harbour-view\n"); // { id: "harbour-view", offset: 18 }
 */
export function declaredStandard(text: string): { id: string; offset: number } | undefined {
  const match = STANDARD_LINE.exec(text);
  if (!match) return undefined;
  return { id: match[2]!, offset: match.index + match[0].length - match[2]!.length - match[1]!.length };
}

/**
 * Files given together that declare the same standard id: a `duplicate-standard` error on each
 * later file, at its `standard:` line, with the first file's line as the related place. Which of
 * the two `extends` would find is otherwise a matter of file order.
 */
export function findDuplicateStandards(
  files: readonly { file: string; text: string }[],
  options: { lang?: Lang } = {},
): Diagnostic<DiagnosticCode>[] {
  const first = new Map<string, { file: string; text: string; offset: number }>();
  const out: Diagnostic<DiagnosticCode>[] = [];
  for (const { file, text } of files) {
    const declared = declaredStandard(text);
    if (!declared) continue;
    const earlier = first.get(declared.id);
    if (!earlier) {
      first.set(declared.id, { file, text, offset: declared.offset });
      continue;
    }
    const here = reporterFor(file, text, options.lang);
    const there = reporterFor(earlier.file, earlier.text, options.lang).position(earlier.offset);
    const words = phrase("duplicate-standard", "twice", { file, other: earlier.file, id: declared.id });
    here.report({
      code: "duplicate-standard",
      ...words,
      path: ["standard"],
      span: [declared.offset, declared.offset + declared.id.length],
      related: [
        {
          message: phrase("duplicate-standard", "first", { file: earlier.file }).message,
          file: earlier.file,
          line: there.line,
          column: there.column,
          range: { start: there, end: there },
          path: ["standard"],
        },
      ],
    });
    out.push(...here.diagnostics);
  }
  return out;
}

function reporterFor(file: string, text: string, lang: Lang | undefined): Reporter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
  return new Reporter(file, lines, undefined, lang);
}
