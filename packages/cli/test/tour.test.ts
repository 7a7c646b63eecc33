/** `yardstick tour`, what `pnpm start` runs: its figures as text and, with `--json`, as data. */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { TourJson } from "@yardstick/cli";
import { describe, expect, test } from "vitest";
import { repo, yardstick } from "./helpers.js";

const scratch = () => mkdtempSync(join(tmpdir(), "yardstick-tour-"));

interface ReplayJson {
  counts: { tickets: number; events: number; logs: number };
  clocks: { breaches: number; escalations: number }[];
  duties: Record<string, number>;
  audit: { id: string; kpis: { kpi: string; subject: { kind: string }; value: number | null; met: boolean | null }[] };
}

describe("yardstick tour --json", () => {
  test(
    "the figures the text prints, as data: the same as a replay of the events it wrote",
    { timeout: 180_000 },
    async () => {
      const out = scratch();
      const run = await yardstick(["tour", "--json", "--out", out]);
      expect(run.code, run.stderr).toBe(0);
      const tour = JSON.parse(run.stdout) as TourJson;
      expect(tour.failed).toBeUndefined();
      expect(tour.standards).toMatchObject({ folder: "standards", errors: 0 });
      expect(tour.standards.files).toBeGreaterThanOrEqual(8);
      expect(tour.standards.valid).toBe(tour.standards.files);
      expect(tour.scenarios!.passed).toBeGreaterThan(100);
      expect(tour.scenarios).toMatchObject({ failed: 0, notRun: 0 });
      expect(tour.simulated).toMatchObject({ standard: "seed/harbour-view", month: "2026-11", seed: 42 });
      expect(tour.written!.map((w) => w.file)).toEqual([
        "report.zh.html",
        "report.en.html",
        "handbook.zh.html",
        "handbook.en.html",
        "activity.jsonl",
      ]);
      for (const w of tour.written!) expect(existsSync(w.path), w.path).toBe(true);
      expect(tour.open).toBe(pathToFileURL(join(out, "report.zh.html")).href);

      // The events it wrote, replayed on their own, give the same counts, clocks, duties and KPIs.
      const replayed = await yardstick([
        "replay",
        "standards/seed/harbour-view.yaml",
        "--events",
        join(out, "activity.jsonl"),
        "--json",
      ]);
      expect(replayed.code, replayed.stderr).toBe(0);
      const r = JSON.parse(replayed.stdout) as ReplayJson;
      expect(tour.simulated).toMatchObject(r.counts);
      expect(tour.replayed).toEqual({
        breaches: r.clocks.reduce((n, c) => n + c.breaches, 0),
        escalations: r.clocks.reduce((n, c) => n + c.escalations, 0),
        dutyOccurrences: Object.values(r.duties).reduce((a, b) => a + b, 0),
        duties: r.duties,
      });
      expect(tour.replayed!.breaches).toBeGreaterThan(0);
      const audit = tour.audit as Extract<TourJson["audit"], { id: string }>;
      expect(audit).toMatchObject({ id: r.audit.id, period: "2026-11" });
      const site = r.audit.kpis.filter((k) => k.subject.kind === "site");
      expect(audit.kpis.map((k) => [k.kpi, k.value, k.met])).toEqual(site.map((k) => [k.kpi, k.value, k.met]));
      expect(audit.kpis.find((k) => k.kpi === "arrival-on-time")!.title).toEqual({
        zh: "15分钟上门及时率",
        en: "Arrivals within 15 minutes",
      });
      expect(audit.ranking.map((z) => z.zone).sort()).toEqual(["一区", "三区", "二区"]);
    },
  );

  test("the text prints the same figures", { timeout: 180_000 }, async () => {
    const [json, text] = [
      await yardstick(["tour", "--json", "--out", scratch()]),
      await yardstick(["tour", "--out", scratch()]),
    ];
    expect(text.code, text.stdout).toBe(0);
    const tour = JSON.parse(json.stdout) as TourJson;
    const s = tour.standards;
    expect(text.stdout).toContain(
      `✓ validated   ${s.files} files checked: ${s.valid} valid, ${s.errors} errors, ${s.warnings} warnings`,
    );
    expect(text.stdout).toContain(`✓ scenarios   ${tour.scenarios!.passed} tests passed, 0 failed, 0 not run`);
    const c = tour.simulated!;
    expect(text.stdout).toContain(`: ${c.tickets} tickets, ${c.events} events, ${c.logs} duty logs`);
    const p = tour.replayed!;
    expect(text.stdout).toContain(
      `${p.breaches} breaches, ${p.escalations} escalations; ${p.dutyOccurrences} duty occurrences, ${p.duties.missed ?? 0} missed`,
    );
    const audit = tour.audit as Extract<TourJson["audit"], { id: string }>;
    for (const k of audit.kpis) {
      const shown = k.value === null ? "—" : `${k.value.toFixed(1)}%`;
      expect(text.stdout).toMatch(new RegExp(`^  ${k.kpi} +${shown.replace(".", "\\.")} `, "m"));
    }
    expect(text.stdout).toContain(
      `zones by score: ${audit.ranking.map((z) => `${z.rank}. ${z.zone} ${z.score}`).join(" · ")}`,
    );
  });

  test("a standard with an error: the step that failed and its output, nothing after it", async () => {
    const dir = scratch();
    cpSync(join(repo, "standards/seed"), join(dir, "standards"), { recursive: true });
    const group = join(dir, "standards/group.yaml");
    writeFileSync(group, readFileSync(group, "utf8").replace("target: 1个工作日", "target: 1 workdays later"));
    const run = await yardstick(["tour", "--json", "--standards", "standards", "--out", join(dir, "out")], dir);
    expect(run.code).toBe(1);
    const tour = JSON.parse(run.stdout) as TourJson;
    expect(tour.standards).toMatchObject({ folder: "standards", files: 2 });
    expect(tour.standards.errors).toBeGreaterThan(0);
    expect(tour.failed!.step).toBe("validate");
    expect(tour.failed!.output).toMatch(/^standards\/group\.yaml:\d+:\d+ error invalid-deadline: /m);
    expect(tour.scenarios).toBeUndefined();
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});

test("docs/reference/cli.md shows the JSON with the keys it has", async () => {
  const reference = readFileSync(join(repo, "docs/reference/cli.md"), "utf8");
  const section = reference.slice(
    reference.indexOf("## `yardstick tour`"),
    reference.indexOf("## `yardstick validate`"),
  );
  const shown = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)![1]!) as TourJson;
  const run = await yardstick(["tour", "--json", "--out", scratch()]);
  const tour = JSON.parse(run.stdout) as TourJson;
  const shape = (value: unknown): unknown =>
    Array.isArray(value)
      ? shape(value[0])
      : value !== null && typeof value === "object"
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
        : typeof value;
  // The keys are the run's (an abbreviated list shows its first entry); the figures are one run's
  // and move with the standards, so only their kinds are compared.
  // Which duty outcomes occur is the month's: the map is compared as a map of numbers.
  const outcomes = (t: TourJson) => ({ ...t, replayed: { ...t.replayed!, duties: { done: 0 } } });
  expect(shape(outcomes(shown))).toEqual(shape(outcomes(tour)));
}, 180_000);
