// The `dist` tests must test what the sources say: a package whose `dist` is missing or older
// than a file of its `src` is built first (`pnpm check` builds before testing, so it never is).
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const packages = fileURLToPath(new URL("../packages/", import.meta.url));

function newest(folder: string): number {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function stale(name: string): boolean {
  // The playground is a page: its build writes index.html, not index.js.
  const page = statSync(join(packages, name, "index.html"), { throwIfNoEntry: false }) !== undefined;
  const built = statSync(join(packages, name, page ? "dist/index.html" : "dist/index.js"), { throwIfNoEntry: false });
  return built === undefined || built.mtimeMs < newest(join(packages, name, "src"));
}

export default function setup(): void {
  const outdated = readdirSync(packages).filter((name) => stale(name));
  if (outdated.length === 0) return;
  process.stderr.write(`dist tests: building ${outdated.join(", ")} (its dist is older than its src)\n`);
  execFileSync("pnpm", ["--silent", "build"], { stdio: ["ignore", "ignore", "inherit"] });
}
