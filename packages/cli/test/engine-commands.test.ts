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

  test("--event type@time applies events in the order given (no time: at --at); a bad one is a usage error", async () => {
    const repo = new URL("../../../", import.meta.url).pathname;
    const argv = ["explain", "standards/seed/harbour-view.yaml", "--ticket", "repair", "--at", "2026-09-30 11:50"];
    const done = await yardstick(
      [
        ...argv,
        "--event",
        "report",
        "--event",
        "dispatch@2026-09-30 11:53",
        "--event",
        "arrive@2026-09-30 12:02",
        "--event",
        "complete@2026-09-30 16:00",
        "--json",
      ],
      repo,
    );
    expect(done.code, done.stderr).toBe(0);
    const json = JSON.parse(done.stdout);
    expect(json.status.state).toBe("completed");
    const at = (kind: string, clock: string) =>
      json.effects.find((e: { kind: string; clock?: string }) => e.kind === kind && e.clock === clock)?.at;
    // The arrival clock starts on `report`, at the opening's time; the callback on `complete`.
    expect(at("clock-started", "arrival")).toBe(Date.parse("2026-09-30T11:50:00+08:00"));
    expect(at("clock-stopped", "arrival")).toBe(Date.parse("2026-09-30T12:02:00+08:00"));
    expect(at("clock-started", "callback")).toBe(Date.parse("2026-09-30T16:00:00+08:00"));
    // One working day from the eve of National Day 2026: past the holiday, to 10-08's close.
    expect(json.status.clocks.find((c: { clock: string }) => c.clock === "callback").deadline).toBe(
      Date.parse("2026-10-08T18:00:00+08:00"),
    );
    for (const spec of ["@2026-09-30 12:00", "arrive@", "arrive@tomorrow"]) {
      const bad = await yardstick([...argv, "--event", spec], repo);
      expect(bad.code, spec).toBe(2);
      expect(bad.stderr, spec).toContain("invalid-option-value");
    }
    const refused = await yardstick([...argv, "--event", "complete"], repo);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("event-not-allowed");
  });
});
