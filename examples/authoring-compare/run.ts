/**
 * Before tightening a target: copy the standard, change the target in the copy, replay the same
 * month under both, read what would change. Here Harbour View's urgent repairs go from 15 to 10
 * minutes on site. Run from anywhere:
 *
 *   pnpm tsx --conditions=@yardstick/source examples/authoring-compare/run.ts [out-folder]
 *
 * The commands it runs are printed; typed at a shell they do the same.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "@yardstick/cli";

const root = fileURLToPath(new URL("../../", import.meta.url));
const out = process.argv[2] ?? join(tmpdir(), "yardstick-authoring-compare");
mkdirSync(out, { recursive: true });
const standard = "standards/seed/harbour-view.yaml";

// 1. The draft: a copy with one target changed (and its own version, to tell them apart).
const text = readFileSync(join(root, standard), "utf8");
const draftText = text
  .replace('version: "2026.1"', 'version: "2026.2-draft"')
  .replace("target: { urgent: 15分钟, normal: 15分钟 }", "target: { urgent: 10分钟, normal: 15分钟 }");
if (draftText === text) throw new Error(`${standard} no longer has the line this example changes`);
const draft = join(out, "harbour-view-draft.yaml");
writeFileSync(draft, draftText);
console.log(`wrote ${draft}: urgent repairs on site within 10 minutes instead of 15`);

const events = join(out, "activity.jsonl");
for (const argv of [
  // 2. The draft must be a valid standard before anything else.
  ["validate", draft],
  // 3. A month of events (a host would export its own).
  ["simulate", standard, "--month", "2026-11", "--seed", "42", "--out", events],
  // 4. The same events under the standard in force and under the draft.
  ["replay", standard, "--events", events, "--compare", draft, "--html", join(out, "diff.html")],
]) {
  console.log(`\n$ yardstick ${argv.join(" ")}`);
  const code = await run(argv, {
    cwd: root,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
  });
  if (code !== 0) process.exit(code);
}
console.log(`\nopen ${join(out, "diff.html")} in a browser`);
