import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { instantFrom } from "@yardstick/engine";
import type { ReplayEvent, ReplayOpen } from "@yardstick/host-postgres";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

/** Runs the `yardstick` CLI from source (as `pnpm yardstick` does); throws with its output on a failure. */
export function yardstick(args: string[]): string {
  const r = spawnSync(
    process.execPath,
    ["--conditions=@yardstick/source", "--import", "tsx", "packages/cli/src/bin.ts", ...args],
    { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`yardstick ${args.join(" ")} exited ${r.status}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** An activity file's window and its tickets' lines (docs/reference/events-jsonl.md), instants in epoch ms. */
export function readTicketActivity(
  file: string,
  timezone: string,
): { from: number; to: number; records: (ReplayOpen | ReplayEvent)[] } {
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
  const at = (v: unknown) => {
    const ms = instantFrom(v, timezone);
    if (ms === undefined) throw new Error(`${file}: not an instant: ${String(v)}`);
    return ms;
  };
  let from = NaN;
  let to = NaN;
  const records: (ReplayOpen | ReplayEvent)[] = [];
  for (const line of lines) {
    const r = JSON.parse(line) as Record<string, string>;
    if (r.type === "header") {
      from = at(r.from);
      to = at(r.to);
    } else if (r.type === "open" || r.type === "event") records.push({ ...(r as object), at: at(r.at) } as ReplayOpen);
  }
  return { from, to, records };
}
