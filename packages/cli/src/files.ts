import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { declaredStandard, type StandardResolver } from "@yardstick/dsl";
import { usageError } from "./user-error.js";

const YAML_EXTENSIONS = new Set([".yaml", ".yml"]);
const SKIPPED_FOLDERS = new Set(["node_modules", ".git", "dist"]);

/** The YAML files named, and those inside the folders named (recursively), sorted, deduplicated. */
export function findStandardFiles(targets: string[], cwd: string): string[] {
  const found = new Set<string>();
  for (const target of targets) {
    const path = resolve(cwd, target);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw usageError("no-such-file", "missing", { path: target });
    }
    if (stats.isDirectory()) for (const file of walk(path)) found.add(file);
    else found.add(path);
  }
  return [...found].sort();
}

function walk(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) out.push(...walk(join(folder, entry.name)));
    } else if (YAML_EXTENSIONS.has(extname(entry.name))) out.push(join(folder, entry.name));
  }
  return out;
}

/**
 * The `standards/` folder a file lies in (its nearest ancestor of that name), or the one beside
 * its nearest ancestor that has one: so `yardstick validate riverside.yaml`, run from
 * `standards/examples/`, finds the `cn-2004/level-1` it extends in `standards/cn-2004/`.
 */
function enclosingStandards(file: string): string | undefined {
  for (let folder = dirname(file); ; folder = dirname(folder)) {
    if (basename(folder) === "standards") return folder;
    const beside = join(folder, "standards");
    if (statSync(beside, { throwIfNoEntry: false })?.isDirectory()) return beside;
    if (dirname(folder) === folder) return undefined;
  }
}

/**
 * Resolves `extends: <id>` among the YAML files of the folders given, the folders of the files
 * given and the `standards/` folder they lie in: each file is indexed by the `standard:` id it
 * declares (the first file for an id; `findDuplicateStandards` reports the others).
 */
export function createFolderResolver(
  files: string[],
  cwd: string,
  read: (file: string) => Uint8Array = readFileSync,
): StandardResolver {
  const index = new Map<string, string>();
  // The folders of the files given, and the project's `standards/` folder, as a newcomer expects.
  const folders = new Set(files.map((f) => dirname(f)));
  const projectStandards = join(cwd, "standards");
  if (statSync(projectStandards, { throwIfNoEntry: false })?.isDirectory()) folders.add(projectStandards);
  for (const file of files) {
    const standards = enclosingStandards(file);
    if (standards !== undefined) folders.add(standards);
  }
  const candidates = new Set(files);
  for (const folder of folders) for (const file of walk(folder)) candidates.add(file);
  // The files given first, so an id they declare is theirs; then the others, in order.
  for (const file of [...files, ...[...candidates].filter((f) => !files.includes(f)).sort()]) {
    let text: string;
    try {
      text = Buffer.from(read(file)).toString("utf8");
    } catch {
      continue;
    }
    // The whole text: a `standard:` line may follow a comment header of any length.
    const id = declaredStandard(text)?.id;
    if (id && !index.has(id)) index.set(id, file);
  }
  const resolver: StandardResolver = (id) => {
    const file = index.get(id);
    if (!file) return undefined;
    try {
      return { file: relative(cwd, file) || file, text: read(file) };
    } catch {
      return undefined;
    }
  };
  resolver.knownIds = () => index.keys();
  return resolver;
}
