/** `[start, end)` offsets into the source text. */
export type Span = readonly [number, number];

export interface NodeSpans {
  /** The value's span. */
  value: Span;
  /** The key's span, for values held in a map. */
  key?: Span;
}

/** Escapes one path segment the way JSON Pointer (RFC 6901) and ajv's `instancePath` do. */
export function pointerSegment(segment: string | number): string {
  const text = String(segment);
  // Most keys need no escaping: skip the two regex passes for them.
  return text.includes("~") || text.includes("/") ? text.replace(/~/g, "~0").replace(/\//g, "~1") : text;
}

export function toPointer(path: readonly (string | number)[]): string {
  return path.length === 0 ? "" : "/" + path.map(pointerSegment).join("/");
}

export function fromPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * Where each value of a parsed document came from, by JSON Pointer. Lets diagnostics found on the
 * plain value (by ajv or a semantic rule) point back at a line and column.
 */
export class SourceMap {
  private readonly spans = new Map<string, NodeSpans>();

  /**
   * Whether the pointers are exactly those of the value this map was built with, in the value's
   * own order. The YAML walker sets it unless a key overrode one merged in by `<<` (the merged
   * value's children stay mapped) or a key is an array index (objects list those first). A
   * standard without `extends` then takes its pointers from here instead of walking its value.
   */
  inValueOrder = false;

  set(pointer: string, spans: NodeSpans): void {
    this.spans.set(pointer, spans);
  }

  get(pointer: string): NodeSpans | undefined {
    return this.spans.get(pointer);
  }

  /** The span for a path, or for its nearest ancestor that has one (a missing key points at its map). */
  locate(path: readonly (string | number)[], prefer: "key" | "value" = "value"): Span {
    for (let depth = path.length; depth >= 0; depth--) {
      const spans = this.spans.get(toPointer(path.slice(0, depth)));
      if (spans) return (prefer === "key" && depth === path.length && spans.key) || spans.value;
    }
    return [0, 0];
  }

  entries(): IterableIterator<[string, NodeSpans]> {
    return this.spans.entries();
  }
}
