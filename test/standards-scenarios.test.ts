import { fileURLToPath } from "node:url";
import { run } from "@yardstick/cli";
import { expect, test } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));

// Every scenario of every shipped standard runs through the engine, as `yardstick test` runs it.
test("every ticket scenario in standards/ passes under the engine", async () => {
  let stdout = "";
  const code = await run(["test", "standards", "--json"], {
    cwd: root,
    stdout: (t) => (stdout += t),
    stderr: () => {},
  });
  const report = JSON.parse(stdout) as {
    standards: {
      file: string;
      results: { id: string; outcome: string; subject: string; checks: { ok: boolean }[] }[];
    }[];
    invalid: string[];
  };
  expect(report.invalid).toEqual([]);
  const tickets = report.standards.flatMap((s) =>
    s.results.filter((r) => r.subject.startsWith("ticket")).map((r) => ({ ...r, file: s.file })),
  );
  expect(tickets.length).toBeGreaterThan(20);
  expect(tickets.filter((r) => r.outcome !== "passed").map((r) => `${r.file}: ${r.id}`)).toEqual([]);
  for (const r of tickets) expect(r.checks.length).toBeGreaterThan(0);
  const anyFailed = report.standards.some((s) =>
    s.results.some((r) => r.outcome === "failed" || r.outcome === "error"),
  );
  expect(code).toBe(anyFailed ? 1 : 0);
});
