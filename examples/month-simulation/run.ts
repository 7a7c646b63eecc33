/**
 * A month simulated for Harbour View (standards/seed/harbour-view.yaml) and its monthly quality
 * report: `yardstick simulate` writes November 2026 as an activity file, `yardstick report
 * --events` replays it through the engine and writes the HTML report. Run from anywhere:
 *
 *   pnpm tsx --conditions=@yardstick/source examples/month-simulation/run.ts [out-folder]
 *
 * The commands it runs are printed; typed at a shell they do the same.
 */
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "@yardstick/cli";

const root = fileURLToPath(new URL("../../", import.meta.url));
const out = process.argv[2] ?? join(tmpdir(), "yardstick-month-simulation");
mkdirSync(out, { recursive: true });
const standard = "standards/seed/harbour-view.yaml";
const events = join(out, "activity.jsonl");

for (const argv of [
  ["simulate", standard, "--month", "2026-11", "--seed", "42", "--out", events],
  ["replay", standard, "--events", events],
  ["report", standard, "--period", "2026-11", "--events", events, "--lang", "en", "--out", join(out, "report.html")],
]) {
  console.log(`\n$ yardstick ${argv.join(" ")}`);
  const code = await run(argv, {
    cwd: root,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
  });
  if (code !== 0) process.exit(code);
}
console.log(`\nopen ${join(out, "report.html")} in a browser`);
