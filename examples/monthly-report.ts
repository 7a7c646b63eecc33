/**
 * A month of synthetic activity for four zones (examples/data, fixed seed), audited with the
 * example estate's standard: KPIs per zone, findings, scores and the zone ranking, and the
 * report as one HTML file (Chinese; pass `en` for English). Run from the repository root:
 *
 *   pnpm tsx --conditions=@yardstick/source examples/monthly-report.ts [zh|en] [out.html]
 *
 * It also writes the activity as JSON, for `yardstick report … --data` (docs/guide/monthly-report.md).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadStandard } from "@yardstick/dsl";
import { buildReport, compileStandard, renderReport } from "@yardstick/engine";
import { activityOf, planActivity } from "./data/synthetic-activity.js";

const text = readFileSync(new URL("data/estate.yaml", import.meta.url), "utf8");
const { standard } = loadStandard(text, { file: "examples/data/estate.yaml" });
const { program } = compileStandard(standard!);
const activity = activityOf(program!, planActivity(program!, ["2026-09", "2026-10", "2026-11"]));

const report = await buildReport(program!, activity, { period: "2026-11", trend: 3 });
const result = report.result;
for (const zone of result.ranking) {
  const kpis = result.kpis.filter((k) => k.subject.kind === "zone" && k.subject.id === zone.subject.id);
  const missed = kpis.filter((k) => k.met === false).map((k) => k.kpi);
  console.log(`#${zone.rank} zone ${zone.subject.id}: ${zone.score} points, missed ${missed.join(", ") || "nothing"}`);
}

const lang = process.argv[2] === "en" ? "en" : "zh";
const out = process.argv[3] ?? join(tmpdir(), `yardstick-report-2026-11.${lang}.html`);
writeFileSync(out, renderReport(report, { format: "html", lang }));
const data = out.replace(/\.html$/, "") + ".activity.json";
writeFileSync(data, JSON.stringify(activity));
console.log(`report: ${out}`);
console.log(`activity: ${data}`);
