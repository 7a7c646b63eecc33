/**
 * better-sqlite3's SQLite binding, built on first use rather than at install (decision 0080).
 *
 * The repository's install leaves it unbuilt (`allowBuilds: better-sqlite3: false` in
 * pnpm-workspace.yaml): where no prebuilt binary can be downloaded — a machine that reaches only
 * the npm registry — node-gyp compiles SQLite from source, over a minute of CPU that every other
 * command would pay for. The example and its test build it here, once, with the package's own
 * install script (`prebuild-install || node-gyp rebuild --release`, run through npm, which brings
 * node-gyp).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** Why the binding cannot be loaded, or undefined when it loads. */
export function bindingProblem(): string | undefined {
  try {
    const Database = require("better-sqlite3") as new (file: string) => { close(): void };
    new Database(":memory:").close();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.split("\n")[0] : String(error);
  }
}

export interface EnsureOptions {
  /** Where progress lines go (stderr by default). */
  readonly log?: (line: string) => void;
}

/**
 * Loads the binding, building it first when it is missing. Rejects with what to do when the build
 * fails (no compiler, no headers, no network for them). Asynchronous, so a test runner's worker
 * stays responsive through a build of a minute or more.
 */
export async function ensureBinding(options: EnsureOptions = {}): Promise<void> {
  if (bindingProblem() === undefined) return;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const packageDir = dirname(require.resolve("better-sqlite3/package.json"));
  log(
    "Building better-sqlite3's SQLite binding (once; where no prebuilt binary can be downloaded " +
      "it compiles from source, about a minute)…",
  );
  const nodedir = process.env.npm_config_nodedir ?? localNodeDir();
  const started = Date.now();
  const result = await run(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "install"], {
    cwd: packageDir,
    env: { ...process.env, ...(nodedir === undefined ? {} : { npm_config_nodedir: nodedir }) },
  });
  const problem = result.status === 0 ? bindingProblem() : "the build failed";
  if (problem !== undefined) {
    const output = result.output.trim().split("\n").slice(-15).join("\n");
    throw new Error(
      `better-sqlite3's binding could not be built (${problem}).\n${output}\n` +
        "Building it needs python3, make and a C++ compiler, and Node's headers (Debian: " +
        "apt-get install -y python3 make g++; the headers come with the nodejs package or are " +
        "downloaded by node-gyp). Then run the example again.",
    );
  }
  log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

/** Runs a command to its end, keeping its output (a compiler's is long: for the error, not the terminal). */
function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error) => resolve({ status: null, output: `${output}${error.message}` }));
    child.on("close", (status) => resolve({ status, output }));
  });
}

/**
 * This Node's own headers, when they are installed beside it (Debian's nodejs package puts them
 * in /usr/include/node) and match its version: node-gyp otherwise downloads them from nodejs.org,
 * which a machine that reaches only the npm registry cannot.
 */
function localNodeDir(): string | undefined {
  const prefix = dirname(dirname(process.execPath));
  const header = join(prefix, "include", "node", "node_version.h");
  if (!existsSync(header)) return undefined;
  const text = readFileSync(header, "utf8");
  const part = (name: string) => new RegExp(`#define NODE_${name}_VERSION (\\d+)`).exec(text)?.[1];
  return `v${part("MAJOR")}.${part("MINOR")}.${part("PATCH")}` === process.version ? prefix : undefined;
}
