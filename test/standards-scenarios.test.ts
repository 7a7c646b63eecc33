import { fileURLToPath } from "node:url";
import { run } from "@yardstick/cli";
import { expect, test } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));

// Every scenario of every shipped standard runs through the engine, as `yardstick test` runs it.
test("every ticket and duty scenario in standards/ passes under the engine", async () => {
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
  // The duty scenarios too: every one runs (none is left "not run") and passes.
  const duties = report.standards.flatMap((s) =>
    s.results.filter((r) => r.subject.startsWith("duty")).map((r) => ({ ...r, file: s.file })),
  );
  expect(duties.length).toBeGreaterThan(30);
  expect(duties.filter((r) => r.outcome !== "passed").map((r) => `${r.file}: ${r.id} ${r.outcome}`)).toEqual([]);
  for (const r of duties) expect(r.checks.length).toBeGreaterThan(0);
  const anyFailed = report.standards.some((s) =>
    s.results.some((r) => r.outcome === "failed" || r.outcome === "error"),
  );
  expect(code).toBe(anyFailed ? 1 : 0);
});

// Every duty a shipped standard defines (or inherits) has a scenario of its own in that standard.
test("every duty of every shipped standard has a scenario", async () => {
  let stdout = "";
  await run(["test", "standards", "--json"], { cwd: root, stdout: (t) => (stdout += t), stderr: () => {} });
  const report = JSON.parse(stdout) as {
    standards: { file: string; standard: string; results: { subject: string }[] }[];
  };
  const missing: string[] = [];
  for (const s of report.standards) {
    let handbook = "";
    await run(["handbook", s.file, "--json", "--lang", "en"], {
      cwd: root,
      stdout: (t) => (handbook += t),
      stderr: () => {},
    });
    const duties = (JSON.parse(handbook) as { duties: { id: string }[] }).duties.map((d) => d.id);
    expect(duties.length, s.file).toBeGreaterThan(0);
    const tested = new Set(s.results.map((r) => r.subject.replace(/^duty /, "")));
    for (const id of duties) if (!tested.has(id)) missing.push(`${s.file}: ${id}`);
  }
  expect(missing).toEqual([]);
});
