/**
 * The facts a standard's audits read, as the host would report them for the simulated month: an
 * inspector's round (the gate guard standing, entries registered, the complaint phone posted), a
 * survey's count and satisfaction rate, the hours a hotline or a lift ran. Which facts, and what a
 * kept or a broken promise looks like, come from the audits themselves: every `fact` KPI (its
 * target), every `per.of` count, every rule condition `{ fact, operator, value }` (its threshold).
 * Each subject the audit scores (the site, or each zone) gets one record for each
 * of the audit's periods the month falls in (the month, its quarter, its year). Lapses are rare,
 * rarer in the zones that work best (the same order as the tickets' and duties' lateness), so the
 * rules have something to find. Decision 0089.
 */
import type { AuditModel, RuleCondition } from "@yardstick/dsl";
import type { Program } from "@yardstick/engine";
import type { FactsRecord } from "../activity/records.js";
import type { Random } from "./random.js";

/** How often a subject's fact shows a lapse in a period, scaled by the zone's lateness (about 1 in the middle zone). */
const LAPSE = 0.1;

export interface FactsWorld {
  program: Program;
  /** `2026-11` */
  month: string;
  zones: readonly string[];
  lateness: ReadonlyMap<string, number>;
  /** Items of the `each:` sets: a `per.of` count naming one is its size. */
  items: Readonly<Record<string, readonly string[]>>;
  rng: Random;
}

/** What one fact must be for the promise to hold, and what a lapse looks like. */
interface FactSpec {
  kept: (rng: Random) => unknown;
  lapse: ((rng: Random) => unknown) | undefined;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A `fact` KPI: within its target when kept, a little outside it in a lapse. */
function kpiSpec(target: AuditModel["kpis"][string]["target"]): FactSpec {
  const percent = target.unit === "percent";
  const step = (rng: Random) => (percent ? round1(0.5 + rng.next() * 5.5) : rng.int(1, 2));
  if (target.min !== undefined) {
    const min = target.min;
    // A share lands above its floor (a satisfaction rate of 82–95% against 80%); a count or hours
    // meet it exactly (1 survey, 24 hours a day: more is not possible or not usual).
    const kept = (rng: Random) =>
      percent
        ? Math.min(100, round1(min + (target.inclusive ? 0 : 0.1) + rng.next() * Math.min(12, 100 - min)))
        : target.inclusive
          ? min
          : min + 1;
    return { kept, lapse: min > 0 ? (rng) => Math.max(0, round1(min - step(rng))) : undefined };
  }
  if (target.max !== undefined) {
    const max = target.max;
    const kept = (rng: Random) =>
      percent
        ? Math.max(0, round1(max - (target.inclusive ? 0 : 0.1) - rng.next() * Math.min(12, max)))
        : target.inclusive
          ? max
          : Math.max(0, max - 1);
    return { kept, lapse: (rng) => round1(max + step(rng)) };
  }
  return { kept: () => 0, lapse: undefined };
}

/** A rule's leaf on a fact: the value that keeps the rule from firing, and one that fires it. */
function leafSpec(operator: string, value: unknown): FactSpec | undefined {
  if (typeof value === "boolean") {
    if (operator === "equal") return { kept: () => !value, lapse: () => value };
    if (operator === "notEqual") return { kept: () => value, lapse: () => !value };
    return undefined;
  }
  if (typeof value !== "number") return undefined;
  // A count the rule fires above (unregistered entries > 0): none when kept, one to three in a lapse.
  switch (operator) {
    case "greaterThan":
      return { kept: () => value, lapse: (rng) => value + rng.int(1, 3) };
    case "greaterThanInclusive":
      return { kept: () => value - 1, lapse: (rng) => value + rng.int(0, 2) };
    case "lessThan":
      return { kept: () => value, lapse: (rng) => value - rng.int(1, 3) };
    case "lessThanInclusive":
      return { kept: () => value + 1, lapse: (rng) => value - rng.int(0, 2) };
    case "equal":
      return { kept: () => value + 1, lapse: () => value };
    case "notEqual":
      return { kept: () => value, lapse: () => value + 1 };
    default:
      return undefined;
  }
}

/** The plain facts a condition compares (not `{ kpi, met }`, not dates, not paths into an object). */
function ruleLeaves(c: RuleCondition, out: { fact: string; operator: string; value: unknown }[]): void {
  if ("all" in c) for (const x of c.all) ruleLeaves(x, out);
  else if ("any" in c) for (const x of c.any) ruleLeaves(x, out);
  else if ("not" in c) ruleLeaves(c.not, out);
  else if ("atLeast" in c) for (const x of c.of) ruleLeaves(x, out);
  else if ("fact" in c && "operator" in c && c.path === undefined)
    out.push({ fact: c.fact, operator: c.operator, value: c.value });
}

/** The facts an audit reads, by name, in the order written: KPIs first, then rules. */
export function factSpecs(audit: AuditModel, items: FactsWorld["items"]): Map<string, FactSpec> {
  const specs = new Map<string, FactSpec>();
  for (const kpi of Object.values(audit.kpis)) {
    if (kpi.measure === "fact" && kpi.fact !== undefined && !specs.has(kpi.fact))
      specs.set(kpi.fact, kpiSpec(kpi.target));
    const of = kpi.per?.of;
    if (of !== undefined && !specs.has(of)) {
      // The count tickets are per (per 100 households): the `each:` set of that name, else a community's size.
      const size = items[of]?.length;
      specs.set(of, { kept: (rng) => size ?? rng.int(300, 1200), lapse: undefined });
    }
  }
  const leaves: { fact: string; operator: string; value: unknown }[] = [];
  for (const rule of Object.values(audit.rules)) ruleLeaves(rule.when, leaves);
  for (const leaf of leaves) {
    if (specs.has(leaf.fact)) continue;
    const spec = leafSpec(leaf.operator, leaf.value);
    if (spec !== undefined) specs.set(leaf.fact, spec);
  }
  return specs;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The labels of the audit's periods that the month falls in (days and ISO weeks: those starting in it). */
export function periodsOfMonth(audit: AuditModel, month: string): string[] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const start = audit.startMonth ?? 1;
  const fiscalYear = m >= start ? y : y - 1;
  switch (audit.period) {
    case "month":
      return [month];
    case "quarter":
      return [`${fiscalYear}-Q${Math.floor(((m - start + 12) % 12) / 3) + 1}`];
    case "year":
      return [`${fiscalYear}`];
    case "day":
    case "week": {
      const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
      const labels: string[] = [];
      for (let d = 1; d <= days; d++) {
        const date = new Date(Date.UTC(y, m - 1, d));
        if (audit.period === "day") labels.push(`${month}-${pad(d)}`);
        else if (date.getUTCDay() === 1) {
          // ISO 8601: the week's year is the year of its Thursday.
          const thursday = new Date(Date.UTC(y, m - 1, d + 3));
          const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
          const week = Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1;
          labels.push(`${thursday.getUTCFullYear()}-W${pad(week)}`);
        }
      }
      return labels;
    }
  }
}

/** The fact records of every audit of the standard, for the month. */
export function simulateFacts(world: FactsWorld): FactsRecord[] {
  const { program, rng } = world;
  const records: FactsRecord[] = [];
  for (const audit of Object.values(program.model.audits)) {
    const specs = factSpecs(audit, world.items);
    if (specs.size === 0) continue;
    const subjects: { zone?: string; lateness: number }[] =
      audit.per === "zone" && world.zones.length > 0
        ? world.zones.map((zone) => ({ zone, lateness: world.lateness.get(zone) ?? 1 }))
        : [{ lateness: 1 }];
    for (const period of periodsOfMonth(audit, world.month)) {
      for (const { lateness, ...subject } of subjects) {
        const facts: Record<string, unknown> = {};
        for (const [name, spec] of specs)
          facts[name] = spec.lapse !== undefined && rng.next() < LAPSE * lateness ? spec.lapse(rng) : spec.kept(rng);
        records.push({ type: "facts", period, ...subject, facts });
      }
    }
  }
  return records;
}
