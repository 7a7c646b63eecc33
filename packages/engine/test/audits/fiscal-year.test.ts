// The fiscal year from 1 April over the same synthetic months (fixed seed): totals over tickets, a
// band grade, a count per 100 units, "at least two of", a rule reusing another, a date rule and
// capped compensation, each against figures this test computes from the plan, without the engine.
import { runAudit, type AuditResult, type KpiResult } from "@yardstick/engine";
import { beforeAll, describe, expect, test } from "vitest";
import { activityOf, planActivity, ZONES, type Plan } from "../../../../examples/data/synthetic-activity.js";
import { estate } from "./helpers.js";

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const program = estate();
const plan: Plan = planActivity(program, ["2026-09", "2026-10", "2026-11"]);
const fyStart = Date.parse("2026-04-01T00:00:00+08:00");
const fyEnd = Date.parse("2027-04-01T00:00:00+08:00");
const asOf = Date.parse("2026-12-01T00:00:00+08:00");
const inYear = (t: number) => t >= fyStart && t < fyEnd;
const UNITS: Record<string, number> = { A: 420, B: 360, C: 510, D: 300 };

const of =
  (zone: string | null) =>
  <T extends { zone: string }>(x: T) =>
    zone === null || x.zone === zone;

/** Independent figures, from the plan and estate.yaml's fiscal-year audit written out by hand. */
function expected(zone: string | null) {
  const repairs = plan.repairs.filter(of(zone)).filter((r) => inYear(r.openedAt));
  const arrived = repairs.filter((r) => r.arrivedAt !== null);
  const onTime = arrived.filter((r) => r.arrivedAt! - r.openedAt <= (r.category === "water_leak" ? 30 : 120) * MIN);
  const minutes = arrived.map((r) => (r.arrivedAt! - r.openedAt) / MIN);
  const sorted = [...minutes].sort((a, b) => a - b);
  const p90 = sorted[Math.ceil(0.9 * sorted.length) - 1]!;
  const leakHours = arrived
    .filter((r) => r.category === "water_leak")
    .reduce((a, r) => a + (r.arrivedAt! - r.openedAt) / (60 * MIN), 0);
  const share = (onTime.length * 100) / arrived.length;
  const grade = share >= 90 ? "A" : share >= 85 ? "B" : share >= 80 ? "C" : "D";
  const complaints = plan.complaints.filter(of(zone)).filter((c) => inYear(c.receivedAt)).length;
  // Callbacks: due a day after completion; one still open at asOf owes what it owes by then.
  const owed = repairs
    .filter((r) => r.completedAt !== null)
    .flatMap((r) => {
      const due = r.completedAt! + DAY;
      const end = r.calledBackAt ?? asOf;
      if (end <= due || (r.calledBackAt === null && asOf < due)) return [];
      return [Math.min(50, 10 + 2 * Math.floor((end - due) / DAY))];
    });
  return {
    arrivals: { numerator: onTime.length, denominator: arrived.length },
    share,
    grade,
    points: { A: 5, B: 2, C: 0, D: -5 }[grade],
    average: minutes.reduce((a, b) => a + b, 0) / minutes.length,
    p90,
    leakHours,
    complaints,
    owed,
  };
}

let result: AuditResult;
beforeAll(async () => {
  result = await runAudit(program, activityOf(program, plan), { audit: "fiscal-year", period: "2026", asOf });
});
const kpi = (id: string, zone: string | null): KpiResult =>
  result.kpis.find(
    (k) =>
      k.kpi === id && (zone === null ? k.subject.kind === "site" : k.subject.kind === "zone" && k.subject.id === zone),
  )!;

describe("a fiscal year from 1 April", () => {
  test("the period is 2026-04-01 up to 2027-04-01 in the standard's zone", () => {
    expect([result.period.start, result.period.end]).toEqual([fyStart, fyEnd]);
    expect(result.period.label).toBe("2026");
  });

  test.each([null, ...ZONES])("zone %s: shares, bands, totals and counts per 100 units", (zone) => {
    const e = expected(zone);
    const grade = kpi("arrival-grade", zone);
    expect({ numerator: grade.numerator, denominator: grade.denominator }).toEqual(e.arrivals);
    expect(grade.band?.grade).toBe(e.grade);
    expect(grade.band?.points ?? 0).toBe(e.points);
    expect(kpi("arrival-minutes", zone).value).toBeCloseTo(e.average, 9);
    expect(kpi("arrival-minutes", zone).met).toBe(e.average <= 62.5);
    expect(kpi("arrival-p90", zone).value).toBe(e.p90);
    expect(kpi("leak-hours", zone).value).toBeCloseTo(e.leakHours, 9);
    const perUnits = kpi("complaints-per-100-units", zone);
    if (zone === null)
      expect(perUnits.value).toBeNull(); // the site has no `units` fact
    else {
      expect(perUnits.numerator).toBe(e.complaints);
      expect(perUnits.value).toBeCloseTo((e.complaints * 100) / UNITS[zone]!, 9);
      expect(perUnits.met).toBe(e.complaints * 100 <= 9 * UNITS[zone]!);
    }
  });

  test("the grades differ between zones (the bands test something)", () => {
    expect(new Set(ZONES.map((z) => kpi("arrival-grade", z).band?.grade)).size).toBeGreaterThan(1);
  });

  test("the leak total leaves out the excluded fixture repairs, listed as excluded", () => {
    const items = kpi("leak-hours", "A").items;
    const fixtures = plan.repairs.filter((r) => r.zone === "A" && r.category === "fixture" && inYear(r.openedAt));
    expect(items.filter((i) => i.status === "excluded").length).toBe(fixtures.length);
  });
});

describe("rules: at least two of three, a rule reusing another, a date twelve months on", () => {
  test.each(ZONES)("zone %s", (zone) => {
    const e = expected(zone);
    const missed = [e.share < 80, e.average > 62.5, e.complaints * 100 > 9 * UNITS[zone]!].filter(Boolean).length;
    const escalated = plan.facts
      .filter((f) => f.zone === zone && /^2026-(09|10|11)$/.test(f.period ?? ""))
      .reduce((a, f) => a + (f.facts.complaints_escalated as number), 0);
    const rules: string[] = [];
    if (missed >= 2) rules.push("two-of-three-missed");
    if (missed >= 2 && escalated > 5) rules.push("missed-and-escalating");
    // B was re-inspected a day more than twelve months after its incident; D exactly twelve months on.
    if (zone === "B") rules.push("reinspection-late");
    const got = result.findings.filter((f) => f.subject.kind === "zone" && f.subject.id === zone);
    expect(got.map((f) => f.rule)).toEqual(rules);
    const points = { "two-of-three-missed": 10, "missed-and-escalating": 15, "reinspection-late": 10 };
    const score = result.scores.find((s) => s.subject.kind === "zone" && s.subject.id === zone)!;
    expect(score.score).toBe(
      Math.max(0, 100 + e.points! - rules.reduce((a, r) => a + points[r as keyof typeof points], 0)),
    );
  });

  test("the findings' conditions say which rule was reused and which dates were compared", () => {
    const reused = result.findings.find((f) => f.rule === "missed-and-escalating")!;
    expect(reused.conditions.filter((c) => c.rule === "two-of-three-missed").length).toBe(3);
    expect(reused.conditions.at(-1)).toMatchObject({ fact: "complaints_escalated", held: true });
    const late = result.findings.find((f) => f.rule === "reinspection-late")!;
    expect(late.conditions).toEqual([
      expect.objectContaining({
        fact: "reinspected_at",
        of: "incident_at",
        factResult: "2026-12-02",
        ofResult: "2025-12-01",
        result: false,
        negated: true,
        held: true,
      }),
    ]);
  });

  test("the rules fire for some zones and not for others", () => {
    const fired = new Set(result.findings.filter((f) => f.rule === "two-of-three-missed").map((f) => f.subject.id));
    expect(fired.size).toBeGreaterThan(0);
    expect(fired.size).toBeLessThan(ZONES.length);
  });

  test("the zones rank by score", () => {
    const scores = result.ranking.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.ranking.map((s) => s.rank)).toEqual(scores.map((s) => 1 + scores.filter((t) => t > s).length));
  });

  test("the compiled rules give the same result", async () => {
    const compiled = await runAudit(program, activityOf(program, plan), {
      audit: "fiscal-year",
      period: "2026",
      asOf,
      rules: "compiled",
    });
    expect(compiled).toEqual(result);
  });
});

describe("compensation for late callbacks: 10, plus 2 a day, at most 50", () => {
  test.each([null, ...ZONES])("zone %s", (zone) => {
    const e = expected(zone);
    const r = result.remedies.find(
      (x) => x.remedy === "late-callback" && (zone === null ? x.subject.kind === "site" : x.subject.id === zone),
    )!;
    expect(r.count).toBe(e.owed.length);
    expect(r.amount).toBe(e.owed.reduce((a, b) => a + b, 0));
    expect(r.currency).toBe("CNY");
  });

  test("some callbacks reach the cap, some owe less", () => {
    const owed = expected(null).owed;
    expect(owed).toContain(50);
    expect(owed.some((x) => x < 50)).toBe(true);
  });
});
