// A synthetic month for four zones (fixed seed): the audit's KPIs, findings, scores and ranking
// against figures this test computes from the plan itself, without the engine.
import { runAudit, type AuditResult, type KpiResult } from "@yardstick/engine";
import { beforeAll, describe, expect, test } from "vitest";
import { activityOf, planActivity, ZONES, type Plan } from "../../../../examples/data/synthetic-activity.js";
import { estate } from "./helpers.js";

const MIN = 60_000;
const program = estate();
const months = ["2026-09", "2026-10", "2026-11"];
const plan: Plan = planActivity(program, months);
const start = Date.parse("2026-11-01T00:00:00+08:00");
const end = Date.parse("2026-12-01T00:00:00+08:00");
const inMonth = (t: number) => t >= start && t < end;
const localDay = (t: number) => new Date(t + 8 * 3600_000).toISOString().slice(0, 10);

type Share = { numerator: number; denominator: number };
const share = (pairs: [boolean | null, string][], zone: string | null): Share => {
  const counted = pairs.filter(([ok, z]) => ok !== null && (zone === null || z === zone));
  return { numerator: counted.filter(([ok]) => ok).length, denominator: counted.length };
};

/** Independent figures: every rule of examples/data/estate.yaml written out by hand. */
function expected(zone: string | null) {
  const repairs = plan.repairs;
  const arrival = repairs
    .filter((r) => inMonth(r.openedAt) && r.arrivedAt !== null)
    .map((r): [boolean, string] => [
      r.arrivedAt! - r.openedAt <= (r.category === "water_leak" ? 30 : 120) * MIN,
      r.zone,
    ]);
  const callback = repairs
    .filter((r) => r.completedAt !== null && inMonth(r.completedAt))
    .map((r): [boolean | null, string] => {
      const due = r.completedAt! + 24 * 60 * MIN;
      if (r.calledBackAt !== null) return [r.calledBackAt <= due, r.zone];
      return [end >= due ? false : null, r.zone];
    });
  const rework = repairs
    .filter((r) => inMonth(r.openedAt))
    .map((r): [boolean, string] => [
      repairs.some(
        (e) =>
          e !== r &&
          e.openedAt < r.openedAt &&
          r.openedAt - e.openedAt <= 30 * 24 * 60 * MIN &&
          e.unit === r.unit &&
          e.category === r.category,
      ),
      r.zone,
    ]);
  const reply = plan.complaints
    .filter((c) => inMonth(c.receivedAt))
    .map((c): [boolean | null, string] => {
      if (c.repliedAt !== null) return [localDay(c.repliedAt) === localDay(c.receivedAt), c.zone];
      const midnight = Date.parse(`${localDay(c.receivedAt)}T00:00:00+08:00`) + 24 * 60 * MIN;
      return [end >= midnight ? false : null, c.zone];
    });
  const patrols = plan.patrols.filter((p) => inMonth(p.occurrence.at) && p.status !== "excused");
  const done = patrols.map((p): [boolean, string] => [p.status === "done", p.occurrence.zone!]);
  const coverage = patrols.flatMap((p) =>
    p.occurrence.checkpoints.map((cp): [boolean, string] => [
      p.status === "done" || (p.status === "partial" && !p.missedCheckpoints!.includes(cp)),
      p.occurrence.zone!,
    ]),
  );
  const facts = plan.facts.find((f) => f.period === "2026-11" && f.zone === zone)?.facts;
  return {
    "arrival-on-time": share(arrival, zone),
    "callback-on-time": share(callback, zone),
    "rework-rate": share(rework, zone),
    "complaint-same-day": share(reply, zone),
    "patrol-done": share(done, zone),
    "patrol-coverage": share(coverage, zone),
    facts,
  };
}

const TARGETS: Record<string, (s: Share) => boolean> = {
  "arrival-on-time": (s) => s.numerator * 100 >= 80 * s.denominator,
  "callback-on-time": (s) => s.numerator * 100 >= 90 * s.denominator,
  "rework-rate": (s) => s.numerator * 100 <= 10 * s.denominator,
  "complaint-same-day": (s) => s.numerator * 100 >= 90 * s.denominator,
  "patrol-done": (s) => s.numerator * 100 >= 90 * s.denominator,
  "patrol-coverage": (s) => s.numerator * 100 >= 95 * s.denominator,
};

function expectedFindings(zone: string): { rule: string; points: number }[] {
  const e = expected(zone);
  const met = (k: string) => TARGETS[k]!((e as unknown as Record<string, Share>)[k]!);
  const f = e.facts!;
  const out: { rule: string; points: number }[] = [];
  if (!met("arrival-on-time")) out.push({ rule: "arrival-late", points: 10 });
  if (!met("callback-on-time")) out.push({ rule: "callback-late", points: 5 });
  if (!met("rework-rate")) out.push({ rule: "rework-high", points: 10 });
  if (!met("complaint-same-day")) out.push({ rule: "reply-late", points: 10 });
  if (!met("patrol-coverage") || !met("patrol-done")) out.push({ rule: "patrol-gaps", points: 10 });
  if ((f.satisfaction_rate as number) < 80) out.push({ rule: "satisfaction-low", points: 10 });
  if (f.complaint_phone_posted === false) out.push({ rule: "phone-not-posted", points: 5 });
  if ((f.complaints_escalated as number) > 2 && !met("complaint-same-day"))
    out.push({ rule: "complaints-escalating", points: 20 });
  return out;
}

let result: AuditResult;
beforeAll(async () => {
  result = await runAudit(program, activityOf(program, plan), { period: "2026-11" });
});
const kpi = (id: string, zone: string | null): KpiResult =>
  result.kpis.find(
    (k) =>
      k.kpi === id && (zone === null ? k.subject.kind === "site" : k.subject.id === zone && k.subject.kind === "zone"),
  )!;

describe("KPIs of a synthetic November against figures computed from the plan", () => {
  test.each([null, ...ZONES])("zone %s", (zone) => {
    const e = expected(zone);
    for (const id of Object.keys(TARGETS)) {
      const s = (e as unknown as Record<string, Share>)[id]!;
      const r = kpi(id, zone);
      expect({ id, numerator: r.numerator, denominator: r.denominator }).toEqual({ id, ...s });
      expect(r.denominator).toBeGreaterThan(0);
      expect(r.met).toBe(TARGETS[id]!(s));
    }
    if (zone !== null) expect(kpi("satisfaction", zone).value).toBe(e.facts!.satisfaction_rate);
    else expect(kpi("satisfaction", zone).met).toBeNull();
  });

  test("the KPIs are not all met or all missed (the data tests something)", () => {
    const mets = result.kpis.filter((k) => k.subject.kind === "zone").map((k) => k.met);
    expect(mets).toContain(true);
    expect(mets).toContain(false);
  });

  test("each KPI lists the tickets and occurrences behind it, and excluded ones with a reason", () => {
    const r = kpi("arrival-on-time", "C");
    expect(r.items.filter((i) => i.in !== "excluded").length).toBe(r.denominator);
    const cancelled = plan.repairs.filter((x) => x.zone === "C" && inMonth(x.openedAt) && x.arrivedAt === null);
    expect(r.items.filter((i) => i.status === "cancelled").map((i) => i.ticket)).toEqual(cancelled.map((x) => x.id));
    const cb = kpi("callback-on-time", null);
    const pending = plan.repairs.filter(
      (x) =>
        x.completedAt !== null &&
        inMonth(x.completedAt) &&
        x.calledBackAt === null &&
        x.completedAt + 24 * 60 * MIN > end,
    );
    expect(
      cb.items
        .filter((i) => i.status === "pending")
        .map((i) => i.ticket)
        .sort(),
    ).toEqual(pending.map((x) => x.id).sort());
  });
});

describe("findings, scores and the ranking", () => {
  test.each(ZONES)("zone %s: the findings the rules should raise", (zone) => {
    const got = result.findings
      .filter((f) => f.subject.kind === "zone" && f.subject.id === zone)
      .map((f) => ({ rule: f.rule, points: f.points }));
    expect(got).toEqual(expectedFindings(zone));
  });

  test("scores are 100 minus the points, floored at 40, and zones rank by score", () => {
    const scores = ZONES.map((z) => ({
      zone: z,
      score: Math.max(40, 100 - expectedFindings(z).reduce((a, f) => a + f.points, 0)),
    }));
    scores.sort((a, b) => b.score - a.score || (a.zone < b.zone ? -1 : 1));
    const ranks = scores.map((s) => 1 + scores.filter((t) => t.score > s.score).length);
    expect(result.ranking.map((s) => ({ zone: s.subject.id, score: s.score, rank: s.rank }))).toEqual(
      scores.map((s, i) => ({ ...s, rank: ranks[i] })),
    );
    expect(new Set(result.ranking.map((s) => s.score)).size).toBeGreaterThan(1);
  });

  test("a finding names the conditions that held, from json-rules-engine's results", () => {
    const f =
      result.findings.find((x) => x.rule === "complaints-escalating") ??
      result.findings.find((x) => x.rule === "phone-not-posted")!;
    expect(f.conditions.length).toBeGreaterThan(0);
    expect(f.conditions.every((c) => c.held)).toBe(true);
  });

  test("staff members are scored from the KPIs of their own tickets", () => {
    const staff = result.scores.filter((s) => s.subject.kind === "staff");
    expect(staff.map((s) => s.subject.id)).toContain("C-w1");
    for (const s of staff) {
      const own = result.findings.filter((f) => f.subject.kind === "staff" && f.subject.id === s.subject.id);
      expect(s.score).toBe(Math.max(40, 100 - own.reduce((a, f) => a + f.points, 0)));
      // Host facts are given per zone: rules that read them do not run for a staff member.
      expect(own.map((f) => f.rule)).not.toContain("phone-not-posted");
    }
  });

  test("the compiled rules give the same result", async () => {
    const compiled = await runAudit(program, activityOf(program, plan), { period: "2026-11", rules: "compiled" });
    expect(compiled).toEqual(result);
  });
});
