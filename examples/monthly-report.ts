/**
 * A month of synthetic activity for four zones (examples/data, fixed seed), audited with the
 * example estate's standard: KPIs per zone, findings, scores and the zone ranking. Run from the
 * repository root:
 *
 *   pnpm tsx --conditions=@yardstick/source examples/monthly-report.ts
 */
import { readFileSync } from "node:fs";
import { loadStandard } from "@yardstick/dsl";
import { compileStandard, runAudit } from "@yardstick/engine";
import { activityOf, planActivity } from "./data/synthetic-activity.js";

const text = readFileSync(new URL("data/estate.yaml", import.meta.url), "utf8");
const { standard } = loadStandard(text, { file: "examples/data/estate.yaml" });
const { program } = compileStandard(standard!);
const activity = activityOf(program!, planActivity(program!, ["2026-09", "2026-10", "2026-11"]));

const result = await runAudit(program!, activity, { period: "2026-11" });
for (const zone of result.ranking) {
  const kpis = result.kpis.filter((k) => k.subject.kind === "zone" && k.subject.id === zone.subject.id);
  const missed = kpis.filter((k) => k.met === false).map((k) => k.kpi);
  console.log(`#${zone.rank} zone ${zone.subject.id}: ${zone.score} points, missed ${missed.join(", ") || "nothing"}`);
}
