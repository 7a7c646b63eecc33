import { isMap, LineCounter, parseDocument } from "yaml";
import { Reporter } from "../diagnostics/reporter.js";
import type { ParsedYaml, ParseLimits } from "./parse-yaml.js";
import { Walker } from "./parse-yaml.js";
import { type NodeSpans, type Span, SourceMap } from "./source-map.js";

/**
 * One top-level section of a standard (`tickets:` to the line before `duties:`), parsed alone.
 * `clean` is false when it cannot stand for its part of the whole file: a parse error or warning,
 * a diagnostic of the walker, an alias (its anchor may be in another section), a merge key, or
 * not a block map. Spans are relative to the section's first character.
 */
export interface ParsedSection {
  clean: boolean;
  value: Readonly<Record<string, unknown>>;
  spans: readonly (readonly [string, NodeSpans])[];
  root: Span;
  numberSources: readonly (readonly [string, string])[];
  nodes: number;
  inValueOrder: boolean;
}

/** Sections parsed before, by their limits and text; `LoadCache` owns one and bounds it. */
export interface SectionCache {
  get(key: string): ParsedSection | undefined;
  set(key: string, section: ParsedSection): void;
}

const NOT_CLEAN: ParsedSection = {
  clean: false,
  value: {},
  spans: [],
  root: [0, 0],
  numberSources: [],
  nodes: 0,
  inValueOrder: false,
};

/**
 * Where each top-level key's section starts: every line that begins in column 0 with a key (not
 * a space, a comment, a list item, a blank). Undefined when the file has anything that makes
 * lines at column 0 mean more than "a new key of the root map" — a document marker or
 * directive, a complex key, a flow root, an anchor, alias or tag before a key, a byte-order mark
 * after the first character — or fewer than two sections (nothing to gain).
 */
export function sectionStarts(text: string): number[] | undefined {
  // A byte-order mark is dropped at the start of the stream and kept anywhere else: a section cut
  // to begin with one would lose it.
  if (text.includes("\uFEFF", 1)) return undefined;
  const starts: number[] = [];
  for (let at = 0; at < text.length;) {
    const next = text.indexOf("\n", at);
    const c = text[at]!;
    if (c === "-" || c === ".") {
      if (text.startsWith("---", at) || text.startsWith("...", at)) return undefined;
    } else if (c === "%" || c === "?" || c === "[" || c === "{" || c === "&" || c === "*" || c === "!" || c === "<") {
      return undefined;
    } else if (c !== " " && c !== "\t" && c !== "#" && c !== "\n" && c !== "\r") starts.push(at);
    if (next === -1) break;
    at = next + 1;
  }
  if (starts.length < 2) return undefined;
  starts[0] = 0; // the comments above the first key belong to its section
  return starts;
}

/** Parses one section alone, as `parseYaml` parses a whole file. */
function parseSection(text: string, limits: ParseLimits): ParsedSection {
  const doc = parseDocument(text, {
    prettyErrors: false,
    uniqueKeys: false,
    merge: true,
    strict: true,
    keepSourceTokens: false,
  });
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !isMap(doc.contents) || doc.contents.flow) return NOT_CLEAN;
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  const reporter = new Reporter("<section>", lineCounter);
  const sourceMap = new SourceMap();
  const numberSources = new Map<string, string>();
  const walker = new Walker(doc, reporter, sourceMap, numberSources, limits);
  const value = walker.toPlain(doc.contents, "", 0) as Record<string, unknown>;
  if (reporter.diagnostics.length > 0 || walker.sawAlias || walker.sawMerge) return NOT_CLEAN;
  const range = doc.contents.range;
  return {
    clean: true,
    value: deepFreeze(value),
    spans: [...sourceMap.entries()].filter(([pointer]) => pointer !== ""),
    root: [range[0], range[1]],
    numberSources: [...numberSources],
    nodes: walker.nodes,
    inValueOrder: walker.inValueOrder,
  };
}

/**
 * Parses a file section by section, each section's parse kept in `sections` by its text, so an
 * edit re-parses only the section it is in (the YAML parse is most of a load: ~29 of 41 ms for
 * the 1,086-line group standard). Gives exactly what `parseYaml` gives — the same value, the same
 * spans, in the same order — or undefined when that cannot be promised (see `ParsedSection`,
 * `sectionStarts`, a key written twice at the top): the caller then parses the whole file.
 * Section values are frozen: the next load shares them.
 */
export function parseBySections(
  text: string,
  lineCounter: LineCounter,
  limits: ParseLimits,
  sections: SectionCache,
): ParsedYaml | undefined {
  const starts = sectionStarts(text);
  if (starts === undefined) return undefined;
  const parsed: { section: ParsedSection; from: number }[] = [];
  let nodes = 1;
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const piece = text.slice(from, starts[i + 1] ?? text.length);
    const key = `${limits.maxDepth},${limits.maxNodes}\0${piece}`;
    let section = sections.get(key);
    if (section === undefined) sections.set(key, (section = parseSection(piece, limits)));
    if (!section.clean) return undefined;
    nodes += section.nodes - 1;
    parsed.push({ section, from });
  }
  if (nodes > limits.maxNodes) return undefined;

  const value: Record<string, unknown> = {};
  const sourceMap = new SourceMap();
  const numberSources = new Map<string, string>();
  sourceMap.set("", { value: [0, 0] }); // first, as the walker sets it; its span is known at the end
  let inValueOrder = true;
  for (const { section, from } of parsed) {
    for (const key of Object.keys(section.value)) {
      if (Object.hasOwn(value, key)) return undefined; // a duplicate key: the whole parse reports it
      value[key] = section.value[key];
    }
    for (const [pointer, spans] of section.spans) sourceMap.set(pointer, shift(spans, from));
    for (const [pointer, source] of section.numberSources) numberSources.set(pointer, source);
    inValueOrder &&= section.inValueOrder;
  }
  const first = parsed[0]!;
  const last = parsed.at(-1)!;
  sourceMap.set("", { value: [first.section.root[0] + first.from, last.section.root[1] + last.from] });
  sourceMap.inValueOrder = inValueOrder;
  return { value, sourceMap, lineCounter, numberSources };
}

function shift(spans: NodeSpans, by: number): NodeSpans {
  const value: Span = [spans.value[0] + by, spans.value[1] + by];
  return spans.key === undefined ? { value } : { value, key: [spans.key[0] + by, spans.key[1] + by] };
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
