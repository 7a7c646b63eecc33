import {
  type Alias,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  parseDocument,
  Scalar,
  type YAMLError,
  type YAMLMap,
} from "yaml";
import type { DiagnosticCode } from "../diagnostics/codes.js";
import type { Reporter } from "../diagnostics/reporter.js";
import { pointerSegment, type Span, SourceMap } from "./source-map.js";
import { phrase, type Phrased } from "../diagnostics/codes.js";
import { type LayoutProblem, scanLayout } from "./scan-layout.js";
import { parseBySections, type SectionCache } from "./parse-sections.js";

/** Limits that keep hostile input (alias bombs, absurd nesting) from hanging or crashing a load. */
export interface ParseLimits {
  /** Deepest nesting of maps and lists accepted. A real standard nests about 10 deep. */
  maxDepth: number;
  /** Most values the document may expand to, counting every alias expansion. */
  maxNodes: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxDepth: 64, maxNodes: 100_000 };

/** Keys an object lists first, in numeric order, whatever order they were written in (a superset: all digits). */
function isArrayIndexLike(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && /^\d+$/.test(key);
}

/** Keys that would reach an object's prototype if a consumer copied the model carelessly. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export interface ParsedYaml {
  /** The document as plain JSON (objects have no prototype tricks: forbidden keys are dropped). */
  value: unknown;
  sourceMap: SourceMap;
  lineCounter: LineCounter;
  /** Source text of plain scalars that YAML read as numbers (`version: 2026.10` keeps its zero). */
  numberSources: Map<string, string>;
}

/** The code and the registry's phrasing of a YAML parser error (its own message is the `{{detail}}`). */
const YAML_CODES: Partial<
  Record<YAMLError["code"], { code: "yaml-syntax"; variant: "tab" | "indent" | "blockKey" | "missingChar" }>
> = {
  TAB_AS_INDENT: { code: "yaml-syntax", variant: "tab" },
  BAD_INDENT: { code: "yaml-syntax", variant: "indent" },
  BLOCK_AS_IMPLICIT_KEY: { code: "yaml-syntax", variant: "blockKey" },
  MISSING_CHAR: { code: "yaml-syntax", variant: "missingChar" },
};

function yamlProblem(error: YAMLError): { code: DiagnosticCode } & Phrased {
  if (error.code === "RESOURCE_EXHAUSTION")
    return { code: "nesting-too-deep", ...phrase("nesting-too-deep", "parser", {}) };
  const detail = cleanYamlMessage(error.message);
  if (error.code === "MULTIPLE_DOCS")
    return { code: "multiple-documents", ...phrase("multiple-documents", "parser", { detail }) };
  const known = YAML_CODES[error.code];
  if (known) return { code: known.code, ...phrase(known.code, known.variant, { detail }) };
  return error.name === "YAMLParseError"
    ? { code: "yaml-syntax", ...phrase("yaml-syntax", "parser", { detail }) }
    : { code: "yaml-warning", ...phrase("yaml-warning", "parser", { detail }) };
}

/**
 * Parses YAML text into a plain value with a source map. Never throws: every problem becomes a
 * diagnostic on `reporter`. YAML 1.2 core schema, so `on`, `yes` and `12:00` stay strings.
 * With `sections`, a clean file is parsed a top-level section at a time, each kept there by its
 * text (parse-sections.ts): the same result, re-parsing only what changed since.
 */
export function parseYaml(
  text: string,
  reporter: Reporter,
  lineCounter: LineCounter,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
  sections?: SectionCache,
): ParsedYaml {
  if (sections !== undefined) {
    const bySections = parseBySections(text, lineCounter, limits, sections);
    if (bySections !== undefined) return bySections;
  }
  const sourceMap = new SourceMap();
  const numberSources = new Map<string, string>();
  const result: ParsedYaml = { value: undefined, sourceMap, lineCounter, numberSources };
  // Duplicate keys are found by the walker: yaml's own check compares each key with every
  // earlier one, which takes seconds on a map of a few thousand keys.
  // The line counter is filled from the text by the caller, not by yaml: after some syntax
  // errors yaml's lexer skips a line break, and every later position landed a line early.
  const doc = parseDocument(text, {
    prettyErrors: false,
    uniqueKeys: false,
    merge: true,
    strict: true,
    keepSourceTokens: false,
  });

  // When YAML cannot read the file, a layout mistake found in the text explains it better than
  // the parser's errors do (those point a line early, or repeat on every line): report those.
  const layout = doc.errors.length > 0 ? scanLayout(text) : [];
  if (layout.length > 0) {
    for (const problem of layout) reporter.report({ code: "yaml-syntax", ...layoutWords(problem), span: problem.span });
    return result;
  }

  let exhausted = false;
  for (const error of [...doc.errors, ...doc.warnings]) {
    const isError = error.name === "YAMLParseError";
    // yaml turns a stack overflow on absurd nesting into this error, once per level it unwinds.
    if (error.code === "RESOURCE_EXHAUSTION" && exhausted) continue;
    exhausted ||= error.code === "RESOURCE_EXHAUSTION";
    reporter.report({
      ...yamlProblem(error),
      severity: isError ? "error" : "warning",
      // yaml may end an error's range one past the end of the text.
      span: [Math.min(error.pos[0], text.length), Math.min(error.pos[1], text.length)],
    });
  }
  if (doc.errors.length > 0) return result;

  const walker = new Walker(doc, reporter, sourceMap, numberSources, limits);
  result.value = walker.toPlain(doc.contents, "", 0);
  sourceMap.inValueOrder = walker.inValueOrder;
  return result;
}

function layoutWords(problem: LayoutProblem): Phrased {
  const { args } = problem;
  const line = Number(args.line);
  switch (problem.variant) {
    case "fullWidthColon":
      return phrase("yaml-syntax", "fullWidthColon", { line });
    case "fullWidthSpace":
      return phrase("yaml-syntax", "fullWidthSpace", { line });
    case "noSpaceAfterColon":
      return phrase("yaml-syntax", "noSpaceAfterColon", { line, key: String(args.key), value: String(args.value) });
    case "overIndented": {
      const extra = Number(args.extra);
      return phrase("yaml-syntax", "overIndented", {
        line,
        extra: { en: extra === 1 ? "one space" : `${extra} spaces`, zh: String(extra) },
        sibling: String(args.sibling),
        key: String(args.key),
        expected: Number(args.expected),
      });
    }
    case "listItem":
      return phrase("yaml-syntax", "listItem", { line, parent: String(args.parent) });
    case "tabs": {
      const more = Number(args.more);
      return phrase("yaml-syntax", "tabs", {
        line,
        more:
          more > 0 ? { en: ` (and ${more} more ${more === 1 ? "line" : "lines"})`, zh: `（另有 ${more} 行也是）` } : "",
      });
    }
  }
}

function cleanYamlMessage(message: string): string {
  const first = message.split("\n")[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, "").trim();
}

export class Walker {
  /** Values converted so far (every alias expansion counts). */
  nodes = 0;
  /** Whether an alias was met: its anchor may lie outside the text walked (see parse-sections). */
  sawAlias = false;
  /** Whether a `<<` merge key was met. */
  sawMerge = false;
  private exhausted = false;
  /** The node each alias names, found in one pass over the document (see `aliasTarget`). */
  private aliasTargets: Map<Alias, Node | undefined> | undefined;
  /** Keys from the root to the value being converted. */
  private readonly path: (string | number)[] = [];
  /** See `SourceMap.inValueOrder`. */
  inValueOrder = true;

  constructor(
    private readonly doc: Pick<ReturnType<typeof parseDocument>, "contents">,
    private readonly reporter: Reporter,
    private sourceMap: SourceMap,
    private readonly numberSources: Map<string, string>,
    private readonly limits: ParseLimits,
  ) {}

  /**
   * Converts `node`, found at `this.path`. `pointer` is `toPointer(this.path)`, built a segment at a
   * time by the callers; the path is one stack, pushed and popped, and copied only into a diagnostic.
   */
  toPlain(node: unknown, pointer: string, depth: number, key?: Span, viaAlias?: Span): unknown {
    if (this.exhausted) return undefined;
    if (++this.nodes > this.limits.maxNodes) {
      this.exhausted = true;
      this.reporter.report({
        code: "document-too-large",
        ...phrase("document-too-large", "nodes", { max: this.limits.maxNodes.toLocaleString("en") }),
        path: [...this.path],
        span: viaAlias ?? spanOf(node),
      });
      return undefined;
    }
    if (isAlias(node)) {
      this.sawAlias = true;
      const target = this.aliasTarget(node);
      if (!target) {
        // yaml reports an alias without an anchor only when converting to JS, which we do not use.
        this.reporter.report({
          code: "unresolved-alias",
          ...phrase("unresolved-alias", "alias", { name: node.source }),
          path: [...this.path],
          span: spanOf(node),
        });
        return undefined;
      }
      return this.toPlain(target, pointer, depth, key, viaAlias ?? spanOf(node));
    }
    // A key without a value (`{ mon, fri: 09:00-17:00 }`) has no node: point at the key.
    const span = viaAlias ?? (node == null && key ? key : spanOf(node));
    this.sourceMap.set(pointer, key ? { value: span, key } : { value: span });
    if (depth > this.limits.maxDepth) {
      this.exhausted = true;
      this.reporter.report({
        code: "nesting-too-deep",
        ...phrase("nesting-too-deep", "depth", { max: this.limits.maxDepth }),
        path: [...this.path],
        span,
      });
      return undefined;
    }
    if (isMap(node)) return this.mapToPlain(node, pointer, depth);
    if (isSeq(node)) {
      return node.items.map((item, i) => {
        this.path.push(i);
        const value = this.toPlain(item, `${pointer}/${i}`, depth + 1);
        this.path.pop();
        return value;
      });
    }
    if (isScalar(node)) return this.scalarToPlain(node, pointer);
    return null; // an empty document
  }

  /**
   * The node an alias names: the last node anchored with its name before it in document order,
   * as `Alias.resolve` finds it. `Alias.resolve` visits the whole document on every call (a 2,000-line
   * standard with a dozen aliases spent a sixth of its load there), so the anchors are collected
   * once, in the same pre-order, iteratively since the document may nest deeply.
   */
  private aliasTarget(alias: Alias): Node | undefined {
    if (!this.aliasTargets) {
      const targets = new Map<Alias, Node | undefined>();
      const latest = new Map<string, Node>();
      const stack: unknown[] = [this.doc.contents];
      while (stack.length > 0) {
        const node = stack.pop();
        // Most nodes are scalars, then pairs: test in that order.
        if (isScalar(node)) {
          if (node.anchor) latest.set(node.anchor, node);
        } else if (isPair(node)) stack.push(node.value, node.key);
        else if (isCollection(node)) {
          if (node.anchor) latest.set(node.anchor, node);
          for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
        } else if (isAlias(node)) targets.set(node, latest.get(node.source));
      }
      this.aliasTargets = targets;
    }
    return this.aliasTargets.get(alias);
  }

  private mapToPlain(node: YAMLMap, pointer: string, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const written = new Set<string>();
    let merged = false;
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keySpan = spanOf(pair.key);
      if (isScalar(pair.key) && isMergeKey(pair.key)) {
        this.merge(pair.value, out, pointer, depth);
        merged = true;
        this.sawMerge = true;
        continue;
      }
      if (!isScalar(pair.key) || typeof pair.key.value === "object") {
        this.reporter.report({
          code: "invalid-key",
          ...phrase("invalid-key", "plain", {}),
          path: [...this.path],
          span: keySpan,
        });
        continue;
      }
      const name = String(pair.key.value);
      if (FORBIDDEN_KEYS.has(name)) {
        this.reporter.report({
          code: "forbidden-key",
          ...phrase("forbidden-key", "reserved", { key: name }),
          path: [...this.path, name],
          span: keySpan,
        });
        continue;
      }
      if (written.has(name)) {
        this.reporter.report({
          code: "duplicate-key",
          ...phrase("duplicate-key", "twice", { key: name }),
          path: [...this.path, name],
          span: keySpan,
        });
        continue;
      }
      written.add(name);
      if (this.inValueOrder && ((merged && Object.prototype.hasOwnProperty.call(out, name)) || isArrayIndexLike(name)))
        this.inValueOrder = false;
      this.path.push(name);
      // Plain assignment defines the same own property (the only inherited setter, `__proto__`, is
      // a forbidden key) without a descriptor object per value.
      out[name] = this.toPlain(pair.value, `${pointer}/${pointerSegment(name)}`, depth + 1, keySpan);
      this.path.pop();
    }
    return out;
  }

  /** YAML merge keys (`<<: *defaults`): entries already present win, as the YAML merge spec says. */
  private merge(source: unknown, out: Record<string, unknown>, pointer: string, depth: number): void {
    const sources = isSeq(source) ? source.items : [source];
    for (const item of sources) {
      // Walked on a scratch source map: the map holding `<<` keeps its own location, and only the
      // keys the merge contributes (not those the map writes itself) are located in the anchor.
      const own = this.sourceMap;
      const scratch = new SourceMap();
      this.sourceMap = scratch;
      const value = this.toPlain(item, pointer, depth + 1);
      this.sourceMap = own;
      if (this.exhausted) return; // cut off: the value is incomplete, and already reported
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        this.reporter.report({
          code: "invalid-merge",
          ...phrase("invalid-merge", "merge", {}),
          path: [...this.path],
          span: spanOf(item),
        });
        continue;
      }
      const contributed = new Set<string>();
      for (const [k, v] of Object.entries(value)) {
        if (Object.prototype.hasOwnProperty.call(out, k)) continue;
        Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
        contributed.add(pointerSegment(k));
      }
      const base = `${pointer}/`;
      for (const [pointer, spans] of scratch.entries()) {
        if (pointer.startsWith(base) && contributed.has(pointer.slice(base.length).split("/")[0]!))
          own.set(pointer, spans);
      }
    }
  }

  private scalarToPlain(node: Scalar, pointer: string): unknown {
    const value = node.value;
    if (typeof value === "number") {
      if (node.type === Scalar.PLAIN && node.source !== undefined) this.numberSources.set(pointer, String(node.source));
      return Number.isFinite(value) ? value : String(node.source ?? value);
    }
    if (typeof value === "bigint") return String(value);
    if (value instanceof Date) return value.toISOString();
    // `!!binary` gives a Buffer, whose methods ajv would read as keys: keep the text as written.
    if (value instanceof Uint8Array) return String(node.source ?? "");
    return value;
  }
}

/** With `merge: true`, yaml gives `<<` keys a symbol value; a quoted "<<" stays an ordinary key. */
function isMergeKey(key: Scalar): boolean {
  return typeof key.value === "symbol" || (key.value === "<<" && key.type === Scalar.PLAIN);
}

function spanOf(node: unknown): Span {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? [range[0], range[1]] : [0, 0];
}
