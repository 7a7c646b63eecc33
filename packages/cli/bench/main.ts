/**
 * The language server's benchmark: from a `didChange` of the 1,086-line group standard to its
 * `publishDiagnostics`, over stdio through a real client, as an editor sees it; the same for
 * Harbour View, which extends it. Target: ≤ 300 ms (median). Beside it, in this run and process,
 * the load + compile the server does per edit, with and without its load cache (decision 0093),
 * and the load average, so a figure taken on a busy machine can be read. Benchmarks report, they
 * do not gate: the exit code is 0 even when the target is missed.
 *
 *   pnpm bench cli
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { createLoadCache, type LoadCache, loadStandard } from "@yardstick/dsl";
import { compileStandard } from "@yardstick/engine";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver-protocol/node";

const TARGET_MS = 300;
const EDITS = 30;
const root = fileURLToPath(new URL("../../..", import.meta.url));
const file = join(root, "standards/seed/group.yaml");
const uri = pathToFileURL(file).href;
const text = readFileSync(file, "utf8");
const childFile = join(root, "standards/seed/harbour-view.yaml");
const childUri = pathToFileURL(childFile).href;
const childText = readFileSync(childFile, "utf8");
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const loadAtStart = load();

const server = spawn(
  process.execPath,
  ["--conditions=@yardstick/source", "--import", "tsx", "packages/cli/src/bin.ts", "lsp"],
  { cwd: root, stdio: ["pipe", "pipe", "inherit"] },
);
const connection = createMessageConnection(
  new StreamMessageReader(server.stdout),
  new StreamMessageWriter(server.stdin),
);
let waiting: { uri: string; version: number; resolve: (p: PublishDiagnosticsParams) => void } | undefined;
connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
  if (waiting && p.uri === waiting.uri && p.version === waiting.version) waiting.resolve(p);
});
connection.listen();
await connection.sendRequest("initialize", {
  processId: process.pid,
  rootUri: pathToFileURL(root).href,
  capabilities: {},
});
void connection.sendNotification("initialized", {});

const published = (uri: string, version: number) =>
  new Promise<PublishDiagnosticsParams>((resolve) => (waiting = { uri, version, resolve }));
let started = performance.now();
let next = published(uri, 1);
void connection.sendNotification("textDocument/didOpen", {
  textDocument: { uri, languageId: "yaml", version: 1, text },
});
const first = await next;
const openMs = performance.now() - started;

/** didChange → publishDiagnostics for `EDITS` edits of `target`: a comment typed at the end of `needle`'s line. */
async function edits(target: string, base: string, needle: string, from: number): Promise<number[]> {
  const times: number[] = [];
  for (let version = from; version < from + EDITS; version++) {
    const edited = base.replace(needle, `${needle} # ${version}`);
    next = published(target, version);
    started = performance.now();
    void connection.sendNotification("textDocument/didChange", {
      textDocument: { uri: target, version },
      contentChanges: [{ text: edited }],
    });
    await next;
    times.push(performance.now() - started);
  }
  return times;
}
const groupTimes = await edits(uri, text, "calendar: office", 2);
next = published(childUri, 1);
void connection.sendNotification("textDocument/didOpen", {
  textDocument: { uri: childUri, languageId: "yaml", version: 1, text: childText },
});
await next;
const childTimes = await edits(childUri, childText, "role: technician", 2);
await connection.sendRequest("shutdown");
void connection.sendNotification("exit");
connection.dispose();

/**
 * What the server does per edit, in this process: loadStandard + compileStandard, warmed up, without
 * and with a load cache, interleaved edit by edit so both see the same moments of a busy machine.
 */
function inProcess(base: string, needle: string): { plain: number; cached: number } {
  const resolve = (id: string) => (id === "seed/group" ? { file: "standards/seed/group.yaml", text } : undefined);
  const cache = createLoadCache();
  const plain: number[] = [];
  const cached: number[] = [];
  const once = (edited: string, withCache: LoadCache | undefined) => {
    const t0 = performance.now();
    const { standard } = loadStandard(edited, {
      file: "edited.yaml",
      resolve,
      ...(withCache ? { cache: withCache } : {}),
    });
    compileStandard(standard!);
    return performance.now() - t0;
  };
  for (let i = 0; i < 5 + EDITS; i++) {
    const edited = base.replace(needle, `${needle} # ${i}`);
    const a = once(edited, undefined);
    const b = once(edited, cache);
    if (i >= 5) {
      plain.push(a);
      cached.push(b);
    }
  }
  return { plain: median(plain), cached: median(cached) };
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const lines = text.split("\n").length;
console.log(`# @yardstick/cli benchmark — yardstick lsp, node ${process.version}, group.yaml (${lines} lines)\n`);
console.log(`load average ${loadAtStart} at the start, ${load()} after the edits\n`);
console.log(
  `first diagnostics after didOpen (cold)   ${openMs.toFixed(0)} ms  (${first.diagnostics.length} diagnostics)`,
);
for (const [name, times, base, needle] of [
  ["group.yaml", groupTimes, text, "calendar: office"],
  ["harbour-view.yaml (extends the group)", childTimes, childText, "role: technician"],
] as const) {
  const m = median(times);
  console.log(`\n${name}`);
  console.log(
    `  didChange → publishDiagnostics, median   ${m.toFixed(0)} ms  target ≤ ${TARGET_MS} ms  ${m <= TARGET_MS ? "PASS" : "FAIL"}`,
  );
  console.log(`  didChange → publishDiagnostics, p95      ${p95(times).toFixed(0)} ms  (${EDITS} edits)`);
  const { plain, cached } = inProcess(base, needle);
  console.log(
    `  load + compile in this process (interleaved): ${plain.toFixed(0)} ms without the load cache, ${cached.toFixed(0)} ms with it`,
  );
}
