// `pnpm bench`: runs every package's benchmark (packages/*/bench/main.ts, and the engine's
// bench/tickets.ts and bench/duties.ts), one fresh process each,
// so one package's warm-up or garbage does not colour another's figures.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

const packages = fileURLToPath(new URL("../packages/", import.meta.url));
const standards = fileURLToPath(new URL("../standards/", import.meta.url));

/**
 * Benchmarks that measure the engine as a host runs it: bundled by esbuild the way tsup builds
 * `dist` (target node20, no kept names), not under tsx, whose transform wraps every function in a
 * name-keeping call — a fifth of the ticket replay's time (docs/guide/engine-performance.md). The
 * bundle sits at the entry's depth beside a link to standards/, which the bench reads by path.
 */
const BUILT = new Set(["engine/tickets.ts"]);

function runBuilt(name: string, entry: string, main: string) {
  const root = mkdtempSync(join(tmpdir(), "yardstick-bench-"));
  try {
    const outfile = join(root, "packages", name, "bench", entry.replace(/\.ts$/, ".mjs"));
    buildSync({
      entryPoints: [main],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      conditions: ["@yardstick/source"],
      logLevel: "error",
      // Bundled CommonJS dependencies call require: give the ES module one.
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    try {
      symlinkSync(standards, join(root, "standards"), "dir");
    } catch {
      cpSync(standards, join(root, "standards"), { recursive: true });
    }
    return spawnSync(process.execPath, ["--expose-gc", outfile, "--built"], { stdio: "inherit" });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
const only = process.argv.slice(2);
let failed = 0;
for (const name of readdirSync(packages).sort()) {
  if (only.length > 0 && !only.includes(name)) continue;
  for (const entry of ["main.ts", "tickets.ts", "audits.ts", "duties.ts"]) {
    const main = `${packages}${name}/bench/${entry}`;
    if (!existsSync(main)) continue;
    console.log(`\n━━ @yardstick/${name}${entry === "main.ts" ? "" : ` (${entry})`} ━━`);
    const result = BUILT.has(`${name}/${entry}`)
      ? runBuilt(name, entry, main)
      : spawnSync(process.execPath, ["--conditions=@yardstick/source", "--import", "tsx", "--expose-gc", main], {
          stdio: "inherit",
        });
    if (result.status !== 0) failed++;
  }
}
if (failed > 0) {
  console.error(`\n${failed} benchmark${failed === 1 ? "" : "s"} crashed`);
  process.exitCode = 1;
}
