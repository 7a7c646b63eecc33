/** examples/month-simulation and examples/authoring-compare run as their READMEs say, from source. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
const repo = fileURLToPath(new URL("../", import.meta.url));

// Asynchronous: a child that runs for a minute must not block the test worker (its RPC times out).
async function runExample(name: string): Promise<{ out: string; stdout: string }> {
  const out = mkdtempSync(join(tmpdir(), `yardstick-${name}-`));
  // The README's one command, with an output folder.
  const command = /```sh\npnpm tsx (.+)\n```/
    .exec(readFileSync(join(repo, `examples/${name}/README.md`), "utf8"))![1]!
    .split(" ");
  expect(command).toEqual(["--conditions=@yardstick/source", `examples/${name}/run.ts`, expect.any(String)]);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--conditions=@yardstick/source", "--import", "tsx", command[1]!, out],
    {
      cwd: repo,
      encoding: "utf8",
      timeout: 180_000,
    },
  );
  return { out, stdout };
}

test("examples/month-simulation: simulate, replay, the HTML report", async () => {
  const { out, stdout } = await runExample("month-simulation");
  expect(stdout).toContain("$ yardstick simulate standards/seed/harbour-view.yaml --month 2026-11 --seed 42");
  expect(stdout).toMatch(/^arrival-on-time +\d+\.\d%/m);
  expect(stdout).toContain(`open ${join(out, "report.html")}`);
  const html = readFileSync(join(out, "report.html"), "utf8");
  expect(html).toContain("<svg");
  expect(html).toContain("Arrivals within 15 minutes");
  expect(readFileSync(join(out, "activity.jsonl"), "utf8").split("\n").length).toBeGreaterThan(1000);
}, 240_000);

test("examples/authoring-compare: a tighter target, its breaches and escalations", async () => {
  const { out, stdout } = await runExample("authoring-compare");
  expect(stdout).toContain("urgent repairs on site within 10 minutes instead of 15");
  const arrival = /^repair · arrival +(\d+) → (\d+) \(\+\d+\) +(\d+) → (\d+) \(\+\d+\) +(\d+) → (\d+) \(\+\d+\)$/m.exec(
    stdout,
  );
  expect(arrival, stdout).not.toBeNull();
  const [, lateNow, lateDraft] = arrival!.map(Number);
  expect(lateDraft!).toBeGreaterThan(lateNow!);
  // Nothing that does not depend on the arrival clock moves.
  expect(stdout).toMatch(/^complaint · reply +\d+ +\d+ +\d+$/m);
  expect(existsSync(join(out, "diff.html"))).toBe(true);
  expect(readFileSync(join(out, "harbour-view-draft.yaml"), "utf8")).toContain("urgent: 10分钟");
}, 240_000);
