import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import type { StandardResolver } from "@yardstick/dsl";
import { UserError } from "./user-error.js";

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
      throw new UserError(
        `no such file or folder: ${target}`,
        "give YAML files or folders that hold them, e.g. `yardstick validate standards`",
      );
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

const STANDARD_ID = /^standard:\s*["']?([^\s"'#]+)/m;

/**
 * Resolves `extends: <id>` among the YAML files of the folders given and the folders of the files
 * given: each file is indexed by the `standard:` id it declares.
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
  const candidates = new Set(files);
  for (const folder of folders) for (const file of walk(folder)) candidates.add(file);
  for (const file of [...candidates].sort()) {
    let head: string;
    try {
      head = Buffer.from(read(file)).subarray(0, 4096).toString("utf8");
    } catch {
      continue;
    }
    const id = STANDARD_ID.exec(head)?.[1];
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
