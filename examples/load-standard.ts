/**
 * Loads a standard from `standards/` — by default the seed community standard, which extends the
 * group standard — and prints what it promises. Run from the repository root:
 *
 *   pnpm tsx --conditions=@yardstick/source examples/load-standard.ts
 *   pnpm tsx --conditions=@yardstick/source examples/load-standard.ts standards/seed/group.yaml
 *
 * `extends: seed/group` is resolved by id: the standard `seed/group` lives in
 * `standards/seed/group.yaml`.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatDiagnostic, loadStandard } from "@yardstick/dsl";
import type { DutyModel, Label, StandardModel, StandardSource } from "@yardstick/dsl";

const root = fileURLToPath(new URL("../", import.meta.url));
const file = process.argv[2] ?? "standards/seed/harbour-view.yaml";

function read(path: string): string | undefined {
  try {
    return readFileSync(`${root}${path}`, "utf8");
  } catch {
    return undefined;
  }
}

/** A standard's id names its file under `standards/`: `seed/group` → `standards/seed/group.yaml`. */
function resolve(id: string): StandardSource | undefined {
  const path = `standards/${id}.yaml`;
  const text = read(path);
  return text === undefined ? undefined : { file: path, text };
}

const text = read(file);
if (text === undefined) {
  console.error(`cannot read ${file}`);
  process.exit(2);
}

const { standard, diagnostics, sources } = loadStandard(text, { file, resolve });
// Every file the load read comes back with it: a parent's line is printed without reading it again.
const sourceOf = (name: string) => sources.find((s) => s.file === name)?.text;
for (const d of diagnostics) console.log(formatDiagnostic(d, { source: sourceOf(d.file) }));
if (!standard) {
  console.log(`\n${file}: not loaded (${diagnostics.filter((d) => d.severity === "error").length} errors)`);
  process.exit(1);
}
printSummary(standard);

function both(label: Label | undefined): string {
  if (!label) return "";
  return [label.zh, label.en].filter(Boolean).join(" / ");
}

function schedule(duty: DutyModel): string {
  const s = duty.schedule;
  if (s.kind === "triggered") return `on ${s.on}, within ${s.within.text}`;
  if (s.kind === "date-relative") return `${s.offset.text} ${s.direction} ${s.of}`;
  const parts: string[] = [];
  if (s.every) parts.push(`every ${s.every.text}`);
  if (s.between) parts.push(`between ${s.between.text}`);
  if (s.at.length) parts.push(`at ${s.at.map((t) => t.text).join(", ")}`);
  if (s.days.length < 7) parts.push(`on ${s.days.join(", ")}`);
  if (s.monthly.length) parts.push(`on day ${s.monthly.join(", ")} of the month`);
  if (s.rrule) parts.push(s.rrule);
  return parts.join(" ");
}

function printSummary(model: StandardModel): void {
  console.log(`${model.id} ${model.version} — ${both(model.title)}`);
  if (model.extends.length) console.log(`  extends ${model.extends.join(" → ")}`);
  console.log(`  timezone ${model.timezone}, hash ${model.hash.slice(0, 19)}…`);

  console.log("\nCalendars");
  for (const c of Object.values(model.calendars)) {
    const hours =
      c.hours === "24x7"
        ? "24x7"
        : Object.entries(c.hours)
            .map(([day, ws]) => `${day} ${ws.map((w) => `${w.start}-${w.end}`).join(",")}`)
            .join("; ");
    const holidays = c.holidays?.length ? `, holidays: ${c.holidays.map((h) => h.id).join(", ")}` : "";
    console.log(`  ${c.id}: ${hours}${holidays}`);
  }

  console.log("\nTickets");
  for (const kind of Object.values(model.tickets)) {
    const priorities = kind.priorities.map((p) => p.id).join(", ");
    console.log(
      `  ${kind.id} — ${both(kind.title)}${priorities ? ` [${priorities}]` : ""}, ownership ${kind.ownership}`,
    );
    for (const clock of Object.values(kind.clocks)) {
      const targets = Object.entries(clock.targets)
        .map(([p, t]) => (p === "*" ? t.text : `${p} ${t.text}`))
        .join(", ");
      const escalation = clock.escalation.map((l) => `${l.at.text} → ${l.notify.join(", ")}`).join("; ");
      console.log(
        `    clock ${clock.id}: ${targets} on ${clock.calendar}${clock.warn.length ? `, warn ${clock.warn.join("/")}%` : ""}${escalation ? `; ${escalation}` : ""}`,
      );
    }
    if (kind.rework) console.log(`    rework: same ${kind.rework.same.join(" + ")} within ${kind.rework.within.text}`);
  }

  console.log("\nDuties");
  for (const duty of Object.values(model.duties)) {
    const who = duty.roles.length ? ` (${duty.roles.join(", ")})` : "";
    const zones = duty.zones.length ? ` zones ${duty.zones.join(" ")}` : "";
    console.log(`  ${duty.id}: ${schedule(duty)}${who}${zones} — ${both(duty.title)}`);
  }

  console.log("\nAudits");
  for (const audit of Object.values(model.audits)) {
    console.log(
      `  ${audit.id} (${audit.period}, per ${audit.per}${audit.scoring.rank ? ", ranked" : ""}) — ${both(audit.title)}`,
    );
    for (const kpi of Object.values(audit.kpis)) {
      const unit = kpi.target.unit === "percent" ? "%" : "";
      const bounds = [
        kpi.target.min !== undefined ? `≥ ${kpi.target.min}${unit}` : "",
        kpi.target.max !== undefined ? `≤ ${kpi.target.max}${unit}` : "",
      ]
        .filter(Boolean)
        .join(" and ");
      console.log(`    kpi ${kpi.id}: ${bounds}${kpi.target.inclusive ? "" : " (bound excluded)"}`);
    }
    console.log(`    ${Object.keys(audit.rules).length} rules, score from ${audit.scoring.start}`);
  }

  console.log(`\nTests: ${Object.keys(model.tests).length} scenarios (${Object.keys(model.tests).join(", ")})`);
}
