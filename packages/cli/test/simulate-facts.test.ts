/**
 * `yardstick simulate` writes the facts the audits read (inspection findings, a survey, hours of
 * service), and `replay` and `report --events` audit with them: docs/reference/events-jsonl.md
 * ("What yardstick simulate writes") and decision 0089.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { repo, yardstick } from "./helpers.js";

const harbour = "standards/seed/harbour-view.yaml";
const scratch = () => mkdtempSync(join(tmpdir(), "yardstick-facts-"));

interface FactsLine {
  type: "facts";
  period: string;
  zone?: string;
  staff?: string;
  facts: Record<string, unknown>;
}
interface ReplayJson {
  audit: {
    id: string;
    period: string;
    asOf?: string;
    kpis: { kpi: string; subject: { kind: string; id: string }; value: number | null; met: boolean | null }[];
    findings: { rule: string; subject: { kind: string; id: string } }[];
  };
}

async function simulate(standard: string, seed: number, dir = scratch()) {
  const file = join(dir, `activity-${seed}.jsonl`);
  const run = await yardstick(["simulate", standard, "--month", "2026-11", "--seed", String(seed), "--out", file]);
  expect(run.code, run.stderr).toBe(0);
  const lines = readFileSync(file, "utf8")
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as { type: string });
  return { file, lines, facts: lines.filter((l): l is FactsLine => l.type === "facts"), stderr: run.stderr };
}

async function replay(standard: string, file: string, ...more: string[]): Promise<ReplayJson> {
  const run = await yardstick(["replay", standard, "--events", file, "--json", ...more]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ReplayJson;
}

/** The fact rules of Harbour View's monthly audit: the fact, the value that fires the rule. */
const HARBOUR_RULES: Record<string, [string, (v: unknown) => boolean]> = {
  "complaint-phone-not-posted": ["complaint_phone_posted", (v) => v === false],
  "litter-near-fixed-post": ["litter_near_fixed_post", (v) => v === true],
  "gate-post-not-standing": ["gate_guard_standing", (v) => v === false],
  "unregistered-entries": ["unregistered_entries", (v) => typeof v === "number" && v > 0],
  "front-desk-standards": ["front_desk_standing_mandarin", (v) => v === false],
  "patrol-kit-incomplete": ["patrol_kit_complete", (v) => v === false],
  "equipment-record-missing": ["equipment_records_posted", (v) => v === false],
};

describe("simulated audit facts", () => {
  test("Harbour View: an inspection per zone for the month, the owner survey for the year", async () => {
    const { facts, stderr } = await simulate(harbour, 42);
    expect(stderr).toContain(`, ${facts.length} fact records (seed 42)`);
    const monthly = facts.filter((f) => f.period === "2026-11");
    expect(monthly.map((f) => f.zone)).toEqual(["一区", "二区", "三区"]);
    for (const f of monthly) {
      expect(Object.keys(f.facts).sort()).toEqual(
        Object.values(HARBOUR_RULES)
          .map(([fact]) => fact)
          .sort(),
      );
      expect(f.staff).toBeUndefined();
    }
    const yearly = facts.filter((f) => f.period === "2026");
    expect(yearly).toHaveLength(1);
    expect(yearly[0]!.zone).toBeUndefined();
    expect(Object.keys(yearly[0]!.facts)).toEqual(["owner_surveys_held", "satisfaction_rate"]);
    expect(facts).toHaveLength(4);
  });

  test("most promises kept, a few lapses, more of them in the zone that works worst", async () => {
    const dir = scratch();
    const lapses = new Map<string, number>();
    let kept = 0;
    let total = 0;
    const rates: number[] = [];
    for (let seed = 1; seed <= 12; seed++) {
      const { facts } = await simulate(harbour, seed, dir);
      for (const f of facts.filter((x) => x.period === "2026-11"))
        for (const [fact, fires] of Object.values(HARBOUR_RULES)) {
          total++;
          if (fires(f.facts[fact])) lapses.set(f.zone!, (lapses.get(f.zone!) ?? 0) + 1);
          else kept++;
          // A count is a whole number, a finding a boolean.
          expect(typeof f.facts[fact] === "boolean" || Number.isInteger(f.facts[fact])).toBe(true);
        }
      const rate = facts.find((x) => x.period === "2026")!.facts.satisfaction_rate as number;
      expect(rate).toBeGreaterThanOrEqual(0);
      expect(rate).toBeLessThanOrEqual(100);
      rates.push(rate);
    }
    expect(kept / total).toBeGreaterThan(0.85);
    expect(kept).toBeLessThan(total);
    expect(lapses.get("三区") ?? 0).toBeGreaterThan(lapses.get("一区") ?? 0);
    // The survey's rate meets the group's 80% in most years, and is not always the same figure.
    expect(rates.filter((r) => r >= 80).length).toBeGreaterThan(rates.length / 2);
    expect(new Set(rates).size).toBeGreaterThan(3);
  });

  test("replay finds exactly the lapses the file reports, zone by zone", async () => {
    const { file, facts } = await simulate(harbour, 42);
    const expected = facts
      .filter((f) => f.period === "2026-11")
      .flatMap((f) =>
        Object.entries(HARBOUR_RULES)
          .filter(([, [fact, fires]]) => fires(f.facts[fact]))
          .map(([rule]) => `${f.zone} ${rule}`),
      );
    expect(expected.length).toBeGreaterThan(0);
    const r = await replay(harbour, file);
    expect(r.audit).toMatchObject({ id: "service-quality", period: "2026-11" });
    expect(r.audit.asOf).toBeUndefined();
    const found = r.audit.findings
      .filter((f) => f.rule in HARBOUR_RULES)
      .map((f) => `${f.subject.id} ${f.rule}`)
      .sort();
    expect(found).toEqual(expected.sort());
  });

  test("the year's audit from a month's file: the survey's figures, as of the file's end", async () => {
    const { file, facts } = await simulate(harbour, 42);
    const survey = facts.find((f) => f.period === "2026")!.facts;
    const r = await replay(harbour, file, "--audit", "owner-survey");
    expect(r.audit).toMatchObject({ id: "owner-survey", period: "2026", asOf: "2026-12-01T00:00:00+08:00" });
    const site = (kpi: string) => r.audit.kpis.find((k) => k.kpi === kpi && k.subject.kind === "site")!;
    expect(site("surveys-held").value).toBe(survey.owner_surveys_held);
    expect(site("satisfaction").value).toBe(survey.satisfaction_rate);
    expect(site("satisfaction").met).toBe((survey.satisfaction_rate as number) >= 80);
    const text = await yardstick(["replay", harbour, "--events", file, "--audit", "owner-survey"]);
    expect(text.stdout).toMatch(
      /^owner-survey \(2026, as of the file's end 2026-12-01T00:00:00\+08:00\): \d+ findings/m,
    );

    // report --events reads the same facts for the year.
    const csv = await yardstick([
      "report",
      harbour,
      "--events",
      file,
      "--period",
      "2026",
      "--audit",
      "owner-survey",
      "--format",
      "csv",
    ]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout).toContain(`kpi,2026,site,site,satisfaction,${survey.satisfaction_rate},`);
  });

  test("a standard whose only audit is annual (riverside, on the national 一级): no site KPI lacks data", async () => {
    const standard = "standards/examples/riverside.yaml";
    const { file, facts } = await simulate(standard, 42);
    expect(facts.map((f) => [f.period, f.zone])).toEqual([["2026", undefined]]);
    const r = await replay(standard, file);
    expect(r.audit).toMatchObject({ id: "annual-review", period: "2026" });
    const site = r.audit.kpis.filter((k) => k.subject.kind === "site");
    expect(site.map((k) => k.kpi)).toContain("satisfaction");
    expect(site.filter((k) => k.value === null).map((k) => k.kpi)).toEqual([]);
    // Hours a day are whole and at most 24; a count of missing signs is whole.
    expect(facts[0]!.facts.service_phone_hours_per_day).toBeLessThanOrEqual(24);
    expect(Number.isInteger(facts[0]!.facts.signage_missing)).toBe(true);
  });

  test("a fact the language compares as a date or by path is not made up", async () => {
    const dir = scratch();
    writeFileSync(
      join(dir, "estate.yaml"),
      [
        "standard: test/facts",
        'version: "1"',
        "title: { en: Facts }",
        "timezone: Asia/Shanghai",
        "tickets:",
        "  job:",
        "    title: { en: Job }",
        "    states:",
        "      new: { title: { en: New }, on: { open: active } }",
        "      active: { title: { en: Active }, on: { close: closed } }",
        "      closed: { title: { en: Closed }, final: true }",
        "    events: { open: { title: { en: Open } }, close: { title: { en: Close } } }",
        "audits:",
        "  monthly:",
        "    title: { en: Monthly }",
        "    period: month",
        "    kpis:",
        "      jobs-per-100:",
        "        title: { en: Jobs per 100 homes }",
        "        measure: ticket-count",
        "        ticket: job",
        "        per: { count: 100, of: homes }",
        "        target: { max: 50 }",
        "    rules:",
        "      fire-drill-late:",
        "        title: { en: Fire drill late }",
        "        when: { fact: drill_at, within: 30d, after: plan_at }",
        "        severity: minor",
        "        points: 5",
        "      visitors:",
        "        title: { en: Visitor book gaps }",
        "        when: { fact: visitor_book, path: $.gaps, operator: greaterThan, value: 0 }",
        "        severity: minor",
        "        points: 5",
        "    scoring: { start: 100, floor: 0 }",
        "",
      ].join("\n"),
    );
    const { facts } = await simulate(join(dir, "estate.yaml"), 3, dir);
    expect(facts).toHaveLength(1);
    expect(Object.keys(facts[0]!.facts)).toEqual(["homes"]);
    expect(facts[0]!.facts.homes).toBeGreaterThanOrEqual(300);
  });
});

test(
  "every shipped standard: a simulated month replayed leaves no site KPI of its audits without data",
  { timeout: 240_000 },
  async () => {
    const shipped: [string, string[]][] = [
      ["standards/seed/group.yaml", ["service-quality", "owner-survey"]],
      ["standards/seed/harbour-view.yaml", ["service-quality", "owner-survey"]],
      ["standards/cn-2004/level-1.yaml", ["annual-review"]],
      ["standards/cn-2004/level-2.yaml", ["annual-review"]],
      ["standards/cn-2004/level-3.yaml", ["annual-review"]],
      ["standards/cn-local/beijing-db11t751-level-2.yaml", ["annual-review"]],
      ["standards/examples/riverside.yaml", ["annual-review"]],
      ["standards/examples/chaoyang-garden.yaml", ["annual-review"]],
    ];
    const dir = scratch();
    const empty: string[] = [];
    for (const [standard, audits] of shipped) {
      const file = join(dir, `${standard.replace(/\W/g, "_")}.jsonl`);
      expect((await yardstick(["simulate", standard, "--month", "2026-11", "--seed", "42", "--out", file])).code).toBe(
        0,
      );
      for (const audit of audits) {
        const r = await replay(standard, file, "--audit", audit);
        const site = r.audit.kpis.filter((k) => k.subject.kind === "site");
        expect(site.length, `${standard} ${audit}`).toBeGreaterThan(0);
        for (const k of site) if (k.value === null) empty.push(`${standard} ${audit} ${k.kpi}`);
      }
    }
    expect(empty).toEqual([]);
  },
);

test("docs/reference/events-jsonl.md shows what simulate writes for Harbour View", async () => {
  const doc = readFileSync(join(repo, "docs/reference/events-jsonl.md"), "utf8");
  const section = doc.slice(doc.indexOf("## What `yardstick simulate` writes"));
  const shown = /```jsonl\n([\s\S]*?)```/.exec(section)![1]!;
  const { facts } = await simulate(harbour, 42);
  expect(shown).toBe(facts.map((f) => `${JSON.stringify(f)}\n`).join(""));
});
