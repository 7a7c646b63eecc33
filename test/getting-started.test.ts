/**
 * docs/guide/getting-started.md, run as written: every command of its `sh` blocks in order (in a
 * scratch folder that sees the repository's standards), the copy, and the one edit it describes.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { run } from "@yardstick/cli";

const repo = fileURLToPath(new URL("../", import.meta.url));

/** The command in-process: its exit code and everything it printed. */
async function yardstick(argv: string[], cwd = repo) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const guide = readFileSync(join(repo, "docs/guide/getting-started.md"), "utf8");
const readme = readFileSync(join(repo, "README.md"), "utf8");
const rootScripts = (
  JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { scripts: Record<string, string> }
).scripts;

/** The guide's steps in order: each command of a ```sh block, and each "change `a` to `b`" sentence. */
function steps(): { kind: "sh" | "edit"; text: string }[] {
  const out: { kind: "sh" | "edit"; text: string }[] = [];
  const re = /```sh\n([\s\S]*?)```|In `([^`]+)`, change `([^`]+)` to `([^`]+)`\./g;
  for (const m of guide.matchAll(re)) {
    if (m[1] !== undefined) for (const line of m[1].trim().split("\n")) out.push({ kind: "sh", text: line });
    else out.push({ kind: "edit", text: JSON.stringify([m[2], m[3], m[4]]) });
  }
  return out;
}

/** Shell words, with double quotes. */
const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

test("every command of the getting-started guide runs as shown", async () => {
  const dir = mkdtempSync(join(tmpdir(), "yardstick-getting-started-"));
  symlinkSync(join(repo, "standards"), join(dir, "standards"), "dir");
  const all = steps();
  expect(all.length).toBeGreaterThan(10);
  const ran: string[] = [];
  const outputs = new Map<string, string>();
  for (const step of all) {
    if (step.kind === "edit") {
      const [file, from, to] = JSON.parse(step.text) as [string, string, string];
      const text = readFileSync(join(dir, file), "utf8");
      expect(text, `the guide's edit: ${from}`).toContain(from);
      writeFileSync(join(dir, file), text.replace(from, to));
      continue;
    }
    const line = step.text;
    if (line.startsWith("npm i -g pnpm@")) {
      // The install lines are the README's Quick start; `pnpm --silent start` is `yardstick tour`, run here.
      expect(readme).toContain(line);
      if (line.endsWith("&& pnpm check")) continue;
      expect(line.endsWith("&& pnpm --silent start")).toBe(true);
      expect(rootScripts.start).toBe("pnpm --silent yardstick tour");
      const tour = await yardstick(["tour"], dir);
      expect(tour.code, tour.stdout + tour.stderr).toBe(0);
      for (const f of ["report.zh.html", "report.en.html", "handbook.zh.html", "handbook.en.html", "activity.jsonl"])
        expect(existsSync(join(dir, "yardstick-out", f)), f).toBe(true);
      ran.push("tour");
    } else if (line.startsWith("cp ")) {
      const [, from, to] = words(line);
      copyFileSync(join(dir, from!), join(dir, to!));
    } else {
      expect(line).toMatch(/^pnpm --silent yardstick /);
      const argv = words(line).slice(3);
      const r = await yardstick(argv, dir);
      expect(r.code, `${line}\n${r.stdout}\n${r.stderr}`).toBe(0);
      ran.push(argv[0]!);
      outputs.set(
        argv
          .slice(0, 2)
          .concat(argv.includes("--compare") ? ["--compare"] : [])
          .join(" "),
        r.stdout,
      );
    }
  }
  expect(new Set(ran)).toEqual(
    new Set(["tour", "validate", "test", "explain", "handbook", "simulate", "report", "replay"]),
  );
  // What the guide says the comparison shows.
  const compared = outputs.get("replay standards/seed/harbour-view.yaml --compare")!;
  expect(compared).toMatch(/^arrival-on-time +[\d.]+% . +[\d.]+% . +−[\d.]+ pt/m);
  expect(compared).toMatch(/^repair · arrival +\d+ → \d+ \(\+\d+\)/m);
  expect(compared).toMatch(/^complaint · reply +\d+ +\d+ +\d+$/m);
  expect(readFileSync(join(dir, "diff.html"), "utf8")).toContain('class="lost"');
}, 400_000);
