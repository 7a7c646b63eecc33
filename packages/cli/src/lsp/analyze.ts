import { dirname, isAbsolute, relative } from "node:path";
import {
  type Diagnostic,
  type Lang,
  type LoadCache,
  loadStandard,
  type StandardModel,
  type StandardResolver,
} from "@yardstick/dsl";
import { compileStandard, type Program } from "@yardstick/engine";
import { createFolderResolver } from "../files.js";

export interface Analysis {
  /** The validator's and the compiler's diagnostics, as `yardstick validate` reports them. */
  diagnostics: Diagnostic[];
  /** The resolved model, when the document loads. */
  model: StandardModel | undefined;
  /** The compiled program, when the model compiles without errors (code lenses read it). */
  program: Program | undefined;
  /** The file name the diagnostics use for this document. */
  file: string;
  /** The files the load read (this one, then each it extends), as the diagnostics name them. */
  read: string[];
}

/**
 * Resolvers by folder: building one walks the folder and ./standards, too slow for every
 * keystroke. Dropped on save, when files may have appeared or changed ids.
 */
export class ResolverCache {
  #resolvers = new Map<string, StandardResolver>();
  constructor(
    readonly root: string,
    /** The editor's unsaved text of an open file, which wins over the disk. */
    readonly openText: (path: string) => string | undefined,
  ) {}

  get(path: string): StandardResolver {
    const folder = dirname(path);
    let resolver = this.#resolvers.get(folder);
    if (!resolver) {
      const onDisk = createFolderResolver([path], this.root);
      resolver = (id, from) => {
        const found = onDisk(id, from);
        if (!found) return undefined;
        const absolute = isAbsolute(found.file) ? found.file : `${this.root}/${found.file}`;
        const text = this.openText(absolute);
        return text === undefined ? found : { file: found.file, text };
      };
      resolver.knownIds = onDisk.knownIds;
      this.#resolvers.set(folder, resolver);
    }
    return resolver;
  }

  clear(): void {
    this.#resolvers.clear();
  }
}

/**
 * Validates a standard's text like `yardstick validate`, then compiles it like the engine would.
 * With `cache` (the server keeps one), the standards it extends and the sections an edit did not
 * touch are not parsed again (decision 0093).
 */
export function analyze(
  text: string,
  path: string,
  resolvers: ResolverCache,
  lang: Lang = "en",
  cache?: LoadCache,
): Analysis {
  const file = relative(resolvers.root, path) || path;
  const { standard, diagnostics, sources } = loadStandard(text, {
    file,
    resolve: resolvers.get(path),
    lang,
    ...(cache !== undefined ? { cache } : {}),
  });
  const read = sources.map((s) => s.file);
  if (!standard) return { diagnostics, model: undefined, program: undefined, file, read };
  const compiled = compileStandard(standard, { lang });
  return {
    diagnostics: [...diagnostics, ...compiled.diagnostics],
    model: standard,
    program: compiled.program,
    file,
    read,
  };
}
