import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "@yardstick/cli";
import { describe, expect, test } from "vitest";

// The officer's test from the issue: an urgent repair reported Friday 17:55 is due on site at 18:25.
const standard = (due: string) => `standard: test-site
version: "1"
title: { en: Test site }
timezone: Asia/Shanghai
roles:
  foreman: { title: { en: Foreman } }
tickets:
  repair:
    title: { en: Repair }
    priorities:
      urgent: { when: { category: water_leak } }
      normal: { default: true }
    states:
      reported: { on: { arrive: on_site } }
      on_site: { final: true }
    clocks:
      arrival:
        title: { en: On site }
        start: reported
        stop: on_site
        target: { urgent: 30m, normal: 2h }
        escalate:
          - { at: breach, notify: foreman }
tests:
  urgent-friday-evening:
    ticket: repair
    data: { category: water_leak }
    steps:
      - { at: 2026-03-06 17:55, event: arrive }
    expect:
      - { at: 2026-03-06 17:55, clock: arrival, due: ${due} }
  late-arrival-tells-the-foreman:
    ticket: repair
    data: { category: water_leak }
    steps:
      - { at: 2026-03-06 17:55, event: arrive }
    expect:
      - { at: 2026-03-06 17:55, clock: arrival, status: stopped }
`;

function workspace(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "yardstick-engine-cli-"));
  writeFileSync(join(dir, "site.yaml"), text);
  return dir;
}

async function yardstick(argv: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe("yardstick test", () => {
  test("a right expectation passes", async () => {
    const r = await yardstick(["test", "site.yaml"], workspace(standard("2026-03-06 18:25")));
    expect(r.stdout).toContain("✓ urgent-friday-evening");
    expect(r.stdout).toContain("2 tests passed, 0 failed");
    expect(r.code).toBe(0);
  });

  test("a deliberately wrong expectation fails with expected against actual, exit 1", async () => {
    const r = await yardstick(["test", "site.yaml"], workspace(standard("2026-03-06 18:10")));
    expect(r.stdout).toContain("✗ urgent-friday-evening");
    expect(r.stdout).toContain("due: expected 2026-03-06 18:10, got 2026-03-06 18:25");
    expect(r.code).toBe(1);
  });

  test("--json keeps every check; --coverage lists what no scenario reached", async () => {
    const dir = workspace(standard("2026-03-06 18:25"));
    const json = JSON.parse((await yardstick(["test", "site.yaml", "--json"], dir)).stdout);
    expect(json.passed).toBe(2);
    expect(json.standards[0].results[0].checks[0]).toMatchObject({
      field: "due",
      expected: "2026-03-06 18:25",
      ok: true,
    });
    const cov = await yardstick(["test", "site.yaml", "--coverage"], dir);
    expect(cov.stdout).toContain("priorities: normal");
    expect(cov.stdout).toContain("escalations: arrival level 1");
  });
});

describe("yardstick explain", () => {
  test("prints the deadline and the escalation to come, with the target", async () => {
    const dir = workspace(standard("2026-03-06 18:25"));
    const r = await yardstick(
      ["explain", "site.yaml", "--ticket", "repair", "--at", "2026-03-06 17:55", "--data", "category=water_leak"],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("due 2026-03-06 18:25");
    expect(r.stdout).toContain("2026-03-06 18:25  escalation 1: breach → notify foreman (to come)");
    expect(r.stdout).toContain("next wake-up: 2026-03-06T18:25:00+08:00");
  });

  test("--until announces what fell due; an unknown kind is a clear error", async () => {
    const dir = workspace(standard("2026-03-06 18:25"));
    const r = await yardstick(
      [
        "explain",
        "site.yaml",
        "--ticket",
        "repair",
        "--at",
        "2026-03-06 17:55",
        "--data",
        "category=water_leak",
        "--until",
        "2026-03-06 19:00",
        "--json",
      ],
      dir,
    );
    const json = JSON.parse(r.stdout);
    expect(json.effects.map((e: { kind: string }) => e.kind)).toEqual(["clock-started", "breach", "escalation"]);
    const bad = await yardstick(["explain", "site.yaml", "--ticket", "lift", "--at", "2026-03-06 17:55"], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("unknown-ticket-kind");
  });
});
