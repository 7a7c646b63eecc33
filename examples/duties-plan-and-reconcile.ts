/**
 * Duties: plan a night of patrols for a site's zones, reconcile the patrol app's logs against
 * them under both readings of "every 2 hours", and export the plan as an .ics calendar.
 * Run from the repository root:
 *
 *   pnpm tsx --conditions=@yardstick/source examples/duties-plan-and-reconcile.ts
 *
 * See docs/reference/duties.md.
 */
import { loadStandard } from "@yardstick/dsl";
import { compileStandard, dutiesToIcs, formatShort, planDuties, reconcile, showOccurrence } from "@yardstick/engine";

const yaml = `
standard: harbour-night
version: "1"
title: { zh: 海景花园夜间巡逻, en: Harbour View night patrol }
timezone: Asia/Shanghai
roles:
  security: { title: { zh: 秩序维护员, en: Security } }
  supervisor: { title: { zh: 主管, en: Supervisor } }
duties:
  night-patrol:
    title: { zh: 夜间巡逻, en: Night patrol }
    role: security
    every: 2h
    between: 22:00-06:00
    tolerance: 10m
    zones: [一区, 二区]
    checkpoints: [north-gate, car-park-b1, lights-row-3]
    escalate: [{ at: breach + 30m, notify: supervisor }]
  night-patrol-rolling:
    title: { zh: 夜间巡逻（滚动）, en: Night patrol (rolling) }
    role: security
    every: 2h
    between: 22:00-06:00
    reading: rolling
  standing-water:
    title: { zh: 雨后积水清理, en: Standing water after rain }
    on: rain_stopped
    within: 1h
    zones: [一区, 二区]
  warranty-reminder:
    title: { zh: 保修期满提醒, en: Warranty reminder }
    before: 1 month
    of: unit.warrantyEnd
`;

const { standard, diagnostics } = loadStandard(yaml, { file: "harbour-night.yaml" });
const { program } = standard === undefined ? { program: undefined } : compileStandard(standard);
if (program === undefined) throw new Error(diagnostics.map((d) => d.message).join("\n"));
const zone = program.timezone;

// 1. Plan: an iterable, walked a day at a time. Triggered duties need the host's events,
//    date-relative ones its records.
const plan = [
  ...planDuties(program, {
    from: "2026-12-31 20:00",
    to: "2027-01-01 08:00",
    events: [{ type: "rain_stopped", at: "2026-12-31 23:10", zone: "二区", id: "rain-7" }],
    subjects: [{ id: "6-1203", data: { "unit.warrantyEnd": "2027-02-01" } }],
  }),
];
console.log("Plan, New Year's Eve:");
for (const o of plan) console.log(`  ${showOccurrence(o, zone)}  ${o.id}`);

// 2. Reconcile the patrol app's logs (who, when, which checkpoints, a photo reference).
const all = ["north-gate", "car-park-b1", "lights-row-3"];
const result = reconcile(program, {
  occurrences: plan,
  logs: [
    { duty: "night-patrol", zone: "一区", at: "2026-12-31 22:20", by: "wang", checkpoints: all, ref: "photo/881" },
    { duty: "night-patrol", zone: "一区", at: "2027-01-01 00:40", by: "wang", checkpoints: all.slice(0, 2) },
    { duty: "night-patrol", zone: "一区", at: "2027-01-01 04:05", by: "li", checkpoints: all },
    { duty: "night-patrol", zone: "一区", at: "2027-01-01 04:05", by: "li", checkpoints: all }, // sent twice
    { duty: "pool-check", at: "2027-01-01 03:00" }, // no such duty
    { duty: "standing-water", zone: "二区", at: "2027-01-01 00:30", by: "zhao" },
  ],
  excuses: [{ occurrence: "night-patrol/一区/20270101T0200", reason: "typhoon signal 8: stay indoors" }],
  now: "2027-01-01 08:00",
});
console.log("\nOutcomes:");
for (const o of result.outcomes)
  console.log(
    `  ${o.occurrence.id.padEnd(36)} ${o.status}${o.lateBy ? ` by ${o.lateBy / 60_000} min` : ""}${o.missedCheckpoints ? ` (missed ${o.missedCheckpoints.join(", ")})` : ""}${o.reason ? ` (${o.reason})` : ""}`,
  );
console.log("\nDiagnostics:");
for (const d of result.diagnostics) console.log(`  ${d.code}: ${d.message}`);
console.log(
  `\n${result.effects.length} effects, e.g. ${result.effects.find((e) => e.kind === "duty-escalation")?.key}`,
);
console.log(`nextWakeAt: ${result.nextWakeAt === null ? "none" : formatShort(result.nextWakeAt, zone)}`);

// 3. The two readings of "every 2 hours", on the same logs: a round in each block, but 3 h 59 min
//    between the first two.
const times = ["2026-12-31 22:00", "2027-01-01 01:59", "2027-01-01 02:01", "2027-01-01 05:59"];
for (const duty of ["night-patrol", "night-patrol-rolling"]) {
  const r = reconcile(program, {
    occurrences: plan.filter((o) => o.duty === duty && (o.zone ?? "一区") === "一区"),
    logs: times.map((at) => ({ duty, zone: duty === "night-patrol" ? "一区" : undefined, at, checkpoints: all })),
    now: "2027-01-01 08:00",
  });
  console.log(`\n${duty}: ${r.outcomes.map((o) => o.status).join(", ")}`);
}

// 4. The plan as an iCalendar file, for staff to subscribe to.
const ics = dutiesToIcs(program, plan);
console.log(`\n.ics: ${ics.split("BEGIN:VEVENT").length - 1} events, ${ics.length} bytes`);
