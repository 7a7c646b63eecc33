import type { DiagnosticCode } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { suggestionList } from "@yardstick/calendar";
import type { Lang } from "../diagnostics/words.js";
import { sortDiagnostics } from "../diagnostics/reporter.js";
import type { StandardModel } from "../model/standard-model.js";
import type { ParseLimits } from "../parse/parse-yaml.js";
import { buildModel } from "../resolve/build-model.js";
import { mergeChain } from "../merge/merge-extends.js";
import { checkSchema } from "../validate/check-schema.js";
import type { SemanticRule } from "../validate/rule-context.js";
import { runSemanticRules } from "../validate/run-rules.js";
import { DocumentSet, type ParsedFile, parseFile } from "./document-set.js";
import { blameChild } from "./blame-child.js";
import { phrase, suggestion } from "../diagnostics/codes.js";
import type { LoadCache } from "./load-cache.js";

/** A standard's source: its file name (for diagnostics) and its text or bytes. */
export interface StandardSource {
  file: string;
  text: string | Uint8Array;
}

/**
 * Finds the standard an `extends:` names; returns undefined when there is none. A resolver may
 * list the ids it knows (`knownIds`), so an unknown one gets a "did you mean".
 */
export type StandardResolver = ((id: string, from: string) => StandardSource | undefined) & {
  knownIds?: () => Iterable<string>;
};

export interface LoadOptions {
  /** Name used in diagnostics and origins. Default `<standard>`. */
  file?: string;
  /** Resolves `extends`. Without it, a standard that extends another reports `unresolved-extends`. */
  resolve?: StandardResolver;
  /** Largest file accepted, in bytes (default 512 KiB). */
  maxBytes?: number;
  /** Most diagnostics reported per file (default 100). */
  maxDiagnostics?: number;
  limits?: ParseLimits;
  /** Longest `extends` chain followed (default 16). */
  maxExtendsDepth?: number;
  /**
   * The semantic rules to run, in order (default `specifiedRules`), as graphql-js's
   * `validate(schema, document, rules)`: a test runs one rule alone, a host adds its own.
   */
  rules?: readonly SemanticRule[];
  /** The language of messages and hints: `en` (default) or `zh`. Codes do not change. */
  lang?: Lang;
  /**
   * What earlier loads parsed (`createLoadCache()`), for an editor loading at every keystroke:
   * unchanged files and unchanged top-level sections are not parsed again. The result is the
   * same as without it.
   */
  cache?: LoadCache;
}

export interface LoadResult {
  /** The resolved model; undefined when any error was found (warnings still give a model). */
  standard: StandardModel | undefined;
  /** Every problem found, errors first within each position, capped per file. */
  diagnostics: Diagnostic<DiagnosticCode>[];
  /**
   * The text of every file the load read, the root first, then each standard it extends, as the
   * diagnostics' `file` names them: print a diagnostic's source line from here, not by reading
   * the file again (it may have changed, or not be where the process's working folder says).
   */
  sources: LoadedSource[];
}

/** A file a load read, decoded (a byte-order mark dropped), as diagnostics' lines and columns count in it. */
export interface LoadedSource {
  file: string;
  text: string;
}

/**
 * Loads a standard from YAML: parse, merge its `extends` chain, validate against the schema and
 * the semantic rules, and resolve into the Standard model. Never throws on bad input.
 *
 * @example
 * const { standard, diagnostics } = loadStandard(text, { file: "standards/harbour-view.yaml" });
 * for (const d of diagnostics) console.error(formatDiagnostic(d, { source: text }));
 */
export function loadStandard(text: string | Uint8Array, options: LoadOptions = {}): LoadResult {
  const file = options.file ?? "<standard>";
  const parseOptions = {
    maxBytes: options.maxBytes,
    maxDiagnostics: options.maxDiagnostics,
    limits: options.limits,
    lang: options.lang,
    cache: options.cache,
  };
  const root = parseFile(file, text, parseOptions);
  if (!root.ok) return failed([root]);

  const chain = followExtends(root, options, parseOptions);
  const documents = new DocumentSet(chain.files);
  if (chain.failed) return failed(chain.files);

  // The schema checks the root's header; an ancestor's is dropped in the merge, so check it here.
  for (const f of chain.files.slice(0, -1)) checkOwnHeader(f);
  const merged = mergeChain(documents);
  if (!checkSchema(merged, documents) || documents.errorCount > 0) return failed(chain.files);

  const model = buildModel(merged, documents, chain.ancestors);
  runSemanticRules(model, merged, documents, options.rules);
  const parent = chain.files.at(-2);
  const diagnostics = blameChild(
    sortDiagnostics(documents.diagnostics),
    root,
    parent,
    (p) => loadStandard(p.text, { ...options, file: p.file }).diagnostics,
  );
  return { standard: documents.errorCount === 0 ? model : undefined, diagnostics, sources: sourcesOf(chain.files) };
}

function failed(files: ParsedFile[]): LoadResult {
  return {
    standard: undefined,
    diagnostics: sortDiagnostics(files.flatMap((f) => f.reporter.diagnostics)),
    sources: sourcesOf(files),
  };
}

/** The root first, then its ancestors (`files` is ancestor first, as the merge wants it). */
function sourcesOf(files: ParsedFile[]): LoadedSource[] {
  return files.map(({ file, text }) => ({ file, text })).reverse();
}

/** The header keys each file must have itself: a child does not inherit its parent's identity. */
function checkOwnHeader(file: ParsedFile): void {
  const value = file.value as Record<string, unknown>;
  for (const key of ["standard", "version", "title"]) {
    if (value[key] === undefined) {
      file.reporter.report({
        code: "missing-key",
        ...(key === "standard"
          ? phrase("missing-key", "ownStandard", {})
          : phrase("missing-key", "ownHeader", { key })),
        path: [],
        span: [0, 0],
      });
    }
  }
}

interface Chain {
  files: ParsedFile[];
  ancestors: string[];
  failed: boolean;
}

/** Follows `extends` from the root upwards; returns the files ancestor first. */
function followExtends(root: ParsedFile, options: LoadOptions, parseOptions: Parameters<typeof parseFile>[2]): Chain {
  const files = [root];
  const ids = [String((root.value as { standard?: unknown }).standard ?? root.file)];
  const maxDepth = options.maxExtendsDepth ?? 16;
  let current = root;
  for (;;) {
    const parentId = (current.value as { extends?: unknown }).extends;
    if (parentId === undefined) break;
    const span = current.sourceMap.locate(["extends"]);
    if (typeof parentId !== "string") break; // the schema check reports the type
    const seen = ids.indexOf(parentId);
    if (seen !== -1) {
      current.reporter.report({
        code: "circular-extends",
        ...phrase("circular-extends", "cycle", { cycle: [...ids.slice(seen), parentId].join(" → ") }),
        path: ["extends"],
        span,
      });
      return { files: files.reverse(), ancestors: [], failed: true };
    }
    if (files.length > maxDepth) {
      current.reporter.report({
        code: "extends-too-deep",
        ...phrase("extends-too-deep", "depth", { max: maxDepth }),
        path: ["extends"],
        span,
      });
      return { files: files.reverse(), ancestors: [], failed: true };
    }
    const source = options.resolve?.(parentId, current.file);
    if (!source) {
      const close = suggestion(suggestionList(parentId, options.resolve?.knownIds?.() ?? []));
      current.reporter.report({
        code: "unresolved-extends",
        ...(!options.resolve
          ? phrase("unresolved-extends", "noResolver", { id: parentId })
          : phrase("unresolved-extends", "notFound", {
              id: parentId,
              suggestion: close ?? phrase("unresolved-extends", "checkId", {}).hint,
            })),
        path: ["extends"],
        span,
      });
      return { files: files.reverse(), ancestors: [], failed: true };
    }
    const parent = parseFile(source.file, source.text, parseOptions);
    files.push(parent);
    ids.push(parentId);
    if (!parent.ok) return { files: files.reverse(), ancestors: [], failed: true };
    const declared = (parent.value as { standard?: unknown }).standard;
    if (declared !== parentId) {
      current.reporter.report({
        code: "unresolved-extends",
        ...phrase("unresolved-extends", "declaresOther", {
          file: source.file,
          declared: String(declared),
          id: parentId,
          suggestion:
            suggestion(suggestionList(parentId, [String(declared)])) ??
            phrase("unresolved-extends", "pointAt", {}).hint,
        }),
        path: ["extends"],
        span,
      });
      return { files: files.reverse(), ancestors: [], failed: true };
    }
    current = parent;
  }
  return { files: files.reverse(), ancestors: ids.slice(1), failed: false };
}
