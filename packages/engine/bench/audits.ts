// Audit rules: facts/s through json-rules-engine, the compiled path and a hand-written predicate,
// for one 5-condition rule and for 50 rules; then KPIs over 1,000,000 ticket states. Times are CPU
// time (user + system), the best of several runs: the machine is shared, so wall time says little.
import type { RuleModel } from "@yardstick/dsl";
import {
  auditRules,
  compileRuleSet,
  computeKpis,
  countMatches,
  evaluateRulesReference,
  periodOf,
} from "@yardstick/engine";
import type { Facts, Program, TicketState, TicketStateFormat1 } from "@yardstick/engine";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { loadStandard } from "@yardstick/dsl";
import { compileStandard, migrateState } from "@yardstick/engine";
import { decodeTicket } from "../src/state/codec.js";

const rule = (i: number): RuleModel => ({
  id: `r${i}`,
  title: { en: `rule ${i}` },
  severity: "minor",
  points: 1,
  when: {
    all: [
      { fact: "rate", operator: "lessThan", value: 80 + (i % 10) },
      { fact: "count", operator: "greaterThan", value: i % 5 },
      { fact: "zone", operator: "in", value: ["A", "B", "C"] },
      { fact: "posted", operator: "equal", value: false },
      { kpi: "arrival", met: false },
    ],
  },
});
const facts: Facts[] = Array.from({ length: 20_000 }, (_, i) => ({
  rate: (i * 37) % 100,
  count: i % 7,
  zone: "ABCD"[i % 4]!,
  posted: i % 3 === 0,
  "kpi:arrival": i % 2 === 0,
}));
const hand = (f: Facts, i: number) =>
  (f.rate as number) < 80 + (i % 10) &&
  (f.count as number) > i % 5 &&
  ["A", "B", "C"].includes(f.zone as string) &&
  f.posted === false &&
  f["kpi:arrival"] === false;

/** CPU ms of the best of `runs` calls of `f`, and its last result. */
function cpu<T>(runs: number, f: () => T): { ms: number; result: T } {
  let best = Infinity;
  let result!: T;
  for (let r = 0; r < runs; r++) {
    const t = process.cpuUsage();
    result = f();
    const used = process.cpuUsage(t);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { ms: best, result };
}

async function measure(n: number) {
  const rules = auditRules({
    rules: Object.fromEntries(Array.from({ length: n }, (_, i) => [`r${i}`, rule(i)])),
  } as never);
  const set = compileRuleSet("bench", rules);
  const jreCount = n === 1 ? 5000 : 300;
  const subjects = facts
    .slice(0, jreCount)
    .map((f, i) => ({ subject: { kind: "zone" as const, id: String(i) }, facts: f }));
  const t = process.cpuUsage();
  const ref = await evaluateRulesReference("bench", rules, subjects);
  const used = process.cpuUsage(t);
  const jre = jreCount / ((used.user + used.system) / 1e6);
  const reps = n === 1 ? 50 : 5;
  const c = cpu(3, () => {
    let m = 0;
    for (let r = 0; r < reps; r++) m = countMatches(set, facts);
    return m;
  });
  const matches = c.result;
  const compiled = (reps * facts.length) / (c.ms / 1000);
  const h = cpu(3, () => {
    let m = 0;
    for (let r = 0; r < reps; r++) {
      m = 0;
      for (const f of facts) for (let i = 0; i < n; i++) if (hand(f, i)) m++;
    }
    return m;
  });
  const handMatches = h.result;
  const handRate = (reps * facts.length) / (h.ms / 1000);
  if (matches !== handMatches) throw new Error(`compiled ${matches} ≠ hand-written ${handMatches}`);
  if (
    ref.length !==
    countMatches(
      set,
      subjects.map((s) => s.facts),
    )
  )
    throw new Error("reference and compiled disagree");
  const k = (x: number) => `${Math.round(x).toLocaleString("en")}`;
  console.log(
    `${String(n).padStart(2)} rule(s): json-rules-engine ${k(jre)} facts/s · compiled ${k(compiled)} (${Math.round(compiled / jre)}×) · hand-written ${k(handRate)} (compiled at ${(handRate / compiled).toFixed(1)}× below)`,
  );
}

function kpis(program: Program) {
  const tickets: TicketState[] = [];
  const start = Date.parse("2026-11-01T00:00:00+08:00");
  for (let i = 0; i < 1_000_000; i++) {
    const at = start + (i % 29) * 86_400_000 + (i % 600) * 60_000;
    const data = { zone: "ABCD"[i % 4]!, unit: `u${i}`, category: "fixture" };
    // Written as format 1 (objects, easy to read here) and stored as the engine stores it.
    const v1: TicketStateFormat1 = {
      format: 1,
      standard: program.pin,
      kind: "repair",
      id: `R-${i}`,
      opened: { at, data },
      state: "closed",
      priority: "normal",
      data,
      owner: `w${i % 40}`,
      now: at + 7_200_000,
      events: [],
      clocks: {
        arrival: [
          {
            n: 1,
            startedAt: at,
            status: "stopped",
            priority: "normal",
            base: at + 7_200_000,
            pauses: [],
            endedAt: at + (i % 150) * 60_000,
          },
        ],
        callback: [
          {
            n: 1,
            startedAt: at + 3_600_000,
            status: "stopped",
            priority: "normal",
            base: at + 90_000_000,
            pauses: [],
            endedAt: at + 4_000_000,
          },
        ],
      },
      announced: [],
      ...(i % 17 === 0 ? { reworkOf: `R-${i - 1}` } : {}),
    };
    tickets.push(migrateState(program, v1));
  }
  const audit = program.model.audits.monthly!;
  const p = periodOf("month", "2026-11", program.timezone);
  // Baselines in the same run: decoding every state as the runtime does (what a KPI run once did
  // per ticket), and a hand-written loop counting one clock's outcomes from the stored tuples.
  const decoded = cpu(3, () => {
    let n = 0;
    for (const s of tickets) n += decodeTicket(program.tickets.get(s.kind)!, s).events.length + 1;
    return n;
  });
  const handLoop = cpu(3, () => {
    let met = 0;
    for (const s of tickets) {
      const c = s.clocks[0]![0]!;
      if (s.opened >= p.start && s.opened < p.end && c[5]! + s.opened <= c[3]! + c[0] + s.opened) met++;
    }
    return met;
  });
  console.log(
    `baselines over 1,000,000 tickets: decoding every state ${Math.round(decoded.ms)} ms · a hand-written loop over one clock ${Math.round(handLoop.ms)} ms`,
  );
  for (const items of [false, true]) {
    const { ms, result: table } = cpu(items ? 1 : 3, () => computeKpis(program, audit, { tickets }, p, { items }));
    const site = table.get("site")!.kpis.get("arrival-on-time")!;
    if (!items && site.numerator !== handLoop.result)
      throw new Error(`KPI ${site.numerator} ≠ hand-written ${handLoop.result}`);
    console.log(
      `KPIs over 1,000,000 tickets (${items ? "with" : "without"} items): ${Math.round(ms)} ms CPU (target < 1000 ms; ${(ms / decoded.ms).toFixed(2)}× the decoding alone, ${(ms / handLoop.ms).toFixed(1)}× the hand-written loop); arrival ${site.numerator}/${site.denominator}`,
    );
  }
}

const text = readFileSync(new URL("../../../examples/data/estate.yaml", import.meta.url), "utf8");
const program = compileStandard(loadStandard(text, { file: "estate.yaml" }).standard!).program!;
console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")} (2 cores shared: compare the ratios, not the rates); CPU time, best of 3`,
);
await measure(1);
await measure(50);
kpis(program);
