import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { DiagnosticCode } from "../diagnostics/codes.js";
import type { ParsedSection, SectionCache } from "../parse/parse-sections.js";
import type { SourceMap } from "../parse/source-map.js";

/** What a file's parse left, kept for the next load of the same text. */
export interface ParsedSnapshot {
  text: string;
  sourceMap: SourceMap;
  value: unknown;
  numberSources: Map<string, string>;
  ok: boolean;
  diagnostics: readonly Diagnostic<DiagnosticCode>[];
}

/** How often the cache answered, for a benchmark or a test that must know the cache was used. */
export interface LoadCacheStats {
  /** Files (a standard an `extends` names, or the same text again) taken whole from the cache. */
  fileHits: number;
  fileParses: number;
  /** Top-level sections taken from the cache / parsed, when a file was parsed section by section. */
  sectionHits: number;
  sectionParses: number;
}

/** A map that forgets its least recently used entry past `max`. */
class Recent<V> {
  private readonly entries = new Map<string, V>();
  hits = 0;
  misses = 0;

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
}

/**
 * Keeps what loads of a standard parsed, for an editor that loads it again at every keystroke:
 * a file whose text has not changed (the base standard an `extends` names) is not parsed again,
 * and a changed file is parsed again only in the top-level sections that changed. Everything is
 * keyed by the text itself, so an edited base is parsed anew: a load with a cache gives exactly
 * what the same load without one gives. One cache per editor (per language server, per page).
 *
 * @example
 * const cache = createLoadCache();
 * const onEdit = (text: string) => loadStandard(text, { file, resolve, cache });
 */
export class LoadCache {
  /** @internal */
  readonly files = new Recent<ParsedSnapshot>(16);
  /** @internal */
  readonly sections: SectionCache & { hits: number; misses: number } = new Recent<ParsedSection>(512);

  get stats(): LoadCacheStats {
    return {
      fileHits: this.files.hits,
      fileParses: this.files.misses,
      sectionHits: this.sections.hits,
      sectionParses: this.sections.misses,
    };
  }
}

/** A new, empty cache for `loadStandard(text, { cache })`. */
export function createLoadCache(): LoadCache {
  return new LoadCache();
}
