/** `yardstick replay --compare`: the same events under a draft, and `report --events`. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { repo, yardstick } from "./helpers.js";

const harbour = "standards/seed/harbour-view.yaml";
const doc = readFileSync(join(repo, "docs/reference/events-jsonl.md"), "utf8");
const example = /```jsonl\n([\s\S]*?)```/.exec(doc)![1]!;

/** The example's events, and a copy of Harbour View whose urgent repairs have 30 minutes. */
function setup() {
  const dir = mkdtempSync(join(tmpdir(), "yardstick-compare-"));
  writeFileSync(join(dir, "activity.jsonl"), example);
  const text = readFileSync(join(repo, harbour), "utf8");
  const draft = text.replace(
    "target: { urgent: 15分钟, normal: 15分钟 }",
    "target: { urgent: 30分钟, normal: 15分钟 }",
  );
  expect(draft).not.toBe(text);
  writeFileSync(join(dir, "draft.yaml"), draft);
  return { events: join(dir, "activity.jsonl"), draft: join(dir, "draft.yaml"), html: join(dir, "diff.html") };
}

interface Comparison {
  kpis: {
    kpi: string;
    subject: string;
    base: { value: number; met: boolean } | null;
    draft: { value: number; met: boolean } | null;
  }[];
  clocks: {
    kind: string;
    clock: string;
    base: { breaches: number; escalations: number };
    draft: { breaches: number; escalations: number };
  }[];
  scores: { subject: string; base: number | null; draft: number | null }[];
}

describe("yardstick replay --compare", () => {
  test("a repair reached in 25 minutes breaches under 15 and is on time under a 30-minute draft", async () => {
    const { events, draft, html } = setup();
    const text = await yardstick(["replay", harbour, "--events", events, "--compare", draft, "--html", html]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^arrival-on-time +0\.0% ✗ +100\.0% ✓ +\+100 pt +≥ 95%$/m);
    expect(text.stdout).toMatch(/^repair · arrival +1 → 0 \(−1\) +1 → 0 \(−1\) +1 → 0 \(−1\)$/m);
    expect(text.stderr).toBe(`wrote ${html}\n`);
    const page = readFileSync(html, "utf8");
    expect(page).toContain("<h1>What the draft would change</h1>");
    expect(page).toMatch(/<tr class="gained"><td>arrival-on-time<\/td><td>0\.0% ✗<\/td><td>100\.0% ✓<\/td>/);
    expect(page).not.toMatch(/<script|<link|https?:\/\//);

    const json = await yardstick(["replay", harbour, "--events", events, "--compare", draft, "--json"]);
    const c = JSON.parse(json.stdout) as Comparison;
    const zone = c.kpis.find((k) => k.kpi === "arrival-on-time" && k.subject === "zone:一区")!;
    expect(zone.base).toMatchObject({ value: 0, met: false });
    expect(zone.draft).toMatchObject({ value: 100, met: true });
    const arrival = c.clocks.find((k) => k.clock === "arrival")!;
    expect([arrival.base.breaches, arrival.draft.breaches]).toEqual([1, 0]);
    const score = c.scores.find((s) => s.subject === "zone:一区")!;
    expect(score.draft!).toBeGreaterThan(score.base!);
  });

  test("--html needs --compare; a draft with errors exits 1", async () => {
    const { events, draft, html } = setup();
    const lone = await yardstick(["replay", harbour, "--events", events, "--html", html]);
    expect(lone.code).toBe(2);
    expect(lone.stderr).toContain("--html needs --compare");
    writeFileSync(
      draft,
      readFileSync(draft, "utf8").replace("target: { urgent: 30分钟", "target: { urgent: very soon"),
    );
    const broken = await yardstick(["replay", harbour, "--events", events, "--compare", draft]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("draft.yaml:");
  });
});

describe("yardstick report --events", () => {
  test("replays the events and reports the KPIs replay prints", async () => {
    const { events } = setup();
    const dir = mkdtempSync(join(tmpdir(), "yardstick-report-events-"));
    const out = join(dir, "report.json");
    const report = await yardstick([
      "report",
      harbour,
      "--period",
      "2026-11",
      "--events",
      events,
      "--format",
      "json",
      "--out",
      out,
    ]);
    expect(report.code, report.stderr).toBe(0);
    const kpis = (
      JSON.parse(readFileSync(out, "utf8")) as {
        result: { kpis: { kpi: string; subject: { kind: string }; value: number | null }[] };
      }
    ).result.kpis;
    const replay = JSON.parse((await yardstick(["replay", harbour, "--events", events, "--json"])).stdout) as {
      audit: { kpis: { kpi: string; subject: { kind: string }; value: number | null }[] };
    };
    const site = (list: typeof kpis) => list.filter((k) => k.subject.kind === "site").map((k) => [k.kpi, k.value]);
    expect(site(kpis)).toEqual(site(replay.audit.kpis));
    expect(site(kpis)).toContainEqual(["arrival-on-time", 0]);
    const both = await yardstick(["report", harbour, "--period", "2026-11", "--events", events, "--data", events]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("give --data or --events, not both");
  });
});
