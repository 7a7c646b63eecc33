/**
 * A patrol and cleaning app's day at Harbour View, on the shipped standard: plan Monday's duties
 * (garbage twice a day, the corridor sweep before owners come home, the daily facilities check,
 * the night-lighting patrol every two hours from 22:00 to 06:00, the week's lift disinfection,
 * standing water after the afternoon's rain), take what the staff logged — some late, one round
 * missed, one log sent twice, one for a duty that does not exist — reconcile at the end of the
 * night shift, and print the misses and what the monthly audit would deduct for them.
 * Run from the repository root:
 *
 *   pnpm example:patrol-day
 *
 * See docs/guide/patrol-day.md.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadStandard } from "@yardstick/dsl";
import {
  compileStandard,
  formatShort,
  planDuties,
  reconcile,
  runAudit,
  type DutyLog,
  type OccurrenceOutcome,
} from "@yardstick/engine";

const root = fileURLToPath(new URL("../../", import.meta.url));
const read = (id: string) => ({
  file: `standards/${id}.yaml`,
  text: readFileSync(`${root}standards/${id}.yaml`, "utf8"),
});
const { standard, diagnostics } = loadStandard(read("seed/harbour-view").text, {
  file: "harbour-view.yaml",
  resolve: read,
});
const { program } = standard === undefined ? { program: undefined } : compileStandard(standard);
if (program === undefined) throw new Error(diagnostics.map((d) => d.message).join("\n"));
const zone = program.timezone;
const hm = (t: number) => formatShort(t, zone).slice(11);
/** padEnd by display width: a Chinese character takes two columns. */
const pad = (text: string, width: number) =>
  text + " ".repeat(Math.max(0, width - [...text].reduce((w, c) => w + (c.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0)));

// 1. Plan. The day shift's duties from Monday 00:00, the night patrol from 22:00 to Tuesday 06:00.
//    The lifts are the community's (`each: lifts`); the rain is the weather station's event.
const items = { lifts: ["1号楼-A梯", "2号楼-A梯"] };
const rain = [{ type: "rain_stopped", at: "2026-03-09 14:20", zone: "二区", id: "rain-0309" }];
const dayDuties = ["garbage", "corridor-sweep", "facilities-daily-check", "lift-disinfection", "standing-water"];
const plan = [
  ...planDuties(program, { from: "2026-03-09 00:00", to: "2026-03-10 00:00", duties: dayDuties, items, events: rain }),
  ...planDuties(program, { from: "2026-03-09 22:00", to: "2026-03-10 06:00", duties: ["night-patrol"] }),
];
console.log(`Harbour View, Monday 2026-03-09: ${plan.length} occurrences planned`);
const byDuty = new Map<string, typeof plan>();
for (const o of plan) byDuty.set(o.duty, [...(byDuty.get(o.duty) ?? []), o]);
for (const [duty, list] of byDuty) {
  const when = [...new Set(list.map((o) => (o.allDay ? `by ${formatShort(o.due, zone)}` : hm(o.at))))];
  const where = [...new Set(list.map((o) => o.zone ?? o.item ?? "site"))];
  console.log(`  ${duty.padEnd(24)} ${String(list.length).padStart(2)}  ${when.join(", ")}  (${where.join(" ")})`);
}

// 2. What the staff app sent: who, when, where, which checkpoints, a photo reference.
const lights = ["street-lights", "entrance-lights", "corridor-lights", "car-park-lights"];
const round = (zoneId: string, at: string, by: string, checkpoints = lights): DutyLog => ({
  duty: "night-patrol",
  zone: zoneId,
  at,
  by,
  checkpoints,
});
const logs: DutyLog[] = [
  { duty: "garbage", zone: "一区", at: "2026-03-09 08:05", by: "cleaner-wang" },
  { duty: "garbage", zone: "一区", at: "2026-03-09 16:30", by: "cleaner-wang" },
  { duty: "garbage", zone: "二区", at: "2026-03-09 08:20", by: "cleaner-liu" },
  { duty: "garbage", zone: "二区", at: "2026-03-09 16:45", by: "cleaner-liu" },
  { duty: "garbage", zone: "三区", at: "2026-03-09 08:40", by: "cleaner-he" }, // the second round never came
  { duty: "facilities-daily-check", zone: "一区", at: "2026-03-09 10:00", by: "tech-zhao" },
  { duty: "facilities-daily-check", zone: "二区", at: "2026-03-09 10:30", by: "tech-zhao" },
  { duty: "facilities-daily-check", zone: "三区", at: "2026-03-09 11:10", by: "tech-zhao" },
  { duty: "lift-disinfection", item: "1号楼-A梯", at: "2026-03-09 09:30", by: "cleaner-wang", ref: "photo/lift-1a" },
  { duty: "standing-water", zone: "二区", at: "2026-03-09 15:40", by: "cleaner-liu", ref: "photo/puddle-b" },
  { duty: "corridor-sweep", zone: "一区", at: "2026-03-09 17:20", by: "cleaner-wang" },
  { duty: "corridor-sweep", zone: "二区", at: "2026-03-09 18:25", by: "cleaner-liu" },
  { duty: "corridor-sweep", zone: "三区", at: "2026-03-09 17:50", by: "cleaner-he" },
  round("一区", "2026-03-09 22:40", "guard-chen"),
  round("二区", "2026-03-09 22:15", "guard-zhou"),
  round("三区", "2026-03-09 22:30", "guard-sun"),
  round("一区", "2026-03-10 00:35", "guard-chen"),
  round("二区", "2026-03-10 00:20", "guard-zhou"),
  round("三区", "2026-03-10 01:05", "guard-sun"),
  round("一区", "2026-03-10 02:30", "guard-chen"),
  round("二区", "2026-03-10 02:50", "guard-zhou", lights.slice(0, 3)), // the car park was not checked
  round("二区", "2026-03-10 02:50", "guard-zhou", lights.slice(0, 3)), // the app sent it again
  round("三区", "2026-03-10 03:10", "guard-sun"),
  round("一区", "2026-03-10 04:45", "guard-chen"),
  round("二区", "2026-03-10 04:20", "guard-zhou"),
  // 三区's 04:00–06:00 round: no log.
  { duty: "pool-check", at: "2026-03-09 15:00", by: "guard-sun" }, // not a duty of this standard
];
// A host reads its logs back in time order (its table's `order by at`); the app sent them by duty.
logs.sort((a, b) => String(a.at).localeCompare(String(b.at)));
console.log(`\n${logs.length} logs from the staff app`);

// 3. Reconcile at the end of the night shift.
const now = "2026-03-10 06:00";
const result = reconcile(program, { occurrences: plan, logs, now });
const count = (status: string) => result.outcomes.filter((o) => o.status === status).length;
console.log(
  `Reconciled at ${now}: ${["done", "late", "partial", "missed", "pending"].map((s) => `${count(s)} ${s}`).join(", ")}`,
);
const line = (o: OccurrenceOutcome, detail: string) =>
  console.log(`  ${o.status.padEnd(8)} ${pad(o.occurrence.id, 36)} ${detail}`);
for (const o of result.outcomes) {
  if (o.status === "late") line(o, `${o.lateBy! / 60_000} min late (${o.by?.join(", ")})`);
  else if (o.status === "partial") line(o, `not checked: ${o.missedCheckpoints!.join(", ")}`);
  else if (o.status === "missed") line(o, `due ${formatShort(o.due, zone)}, nobody logged it`);
  else if (o.status === "pending") line(o, `due ${formatShort(o.due, zone)}, not yet`);
}
console.log("Logs that counted for nothing new:");
for (const d of result.diagnostics) console.log(`  ${d.code.padEnd(19)} ${d.message}`);

// 4. The effects a host would deliver (each once, by key), and when to wake the engine next.
const escalations = result.effects.filter((e) => e.kind !== "duty-due");
console.log(`\n${result.effects.length} duty effects, ${escalations.length} of them overdue or missed notices:`);
for (const e of escalations)
  console.log(`  ${formatShort(e.at, zone)}  ${e.kind.padEnd(14)} ${e.occurrence} → ${e.roles.join(", ")}`);
console.log(`next wake-up: ${result.nextWakeAt === null ? "none" : formatShort(result.nextWakeAt, zone)}`);

// 5. What the monthly audit deducts for the day, were March only this day.
const audit = await runAudit(program, { duties: result.outcomes }, { audit: "service-quality", period: "2026-03" });
console.log(`\nAudit ${audit.audit}, 2026-03 (this day's duties only). Targets not met:`);
for (const k of audit.kpis.filter((x) => x.met === false))
  console.log(
    `  ${pad(k.subject.id, 12)} ${k.kpi.padEnd(20)} ${`${k.numerator}/${k.denominator}`.padStart(5)} = ${k.value!.toFixed(1).padStart(5)}%  (target ≥ ${k.target.min}%)`,
  );
console.log("Deductions:");
for (const f of audit.findings)
  console.log(`  ${pad(f.subject.id, 12)} −${String(f.points).padEnd(3)} ${f.rule}: ${f.title.en}`);
console.log(
  `Scores: ${audit.ranking.map((s) => `${s.rank}. ${s.subject.id} ${s.score}`).join(", ")} (from ${audit.ranking[0]?.start})`,
);
