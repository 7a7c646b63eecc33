/**
 * `renderReport(report, { format, lang })`: the report as one self-contained HTML page (charts as
 * inline SVG, print CSS for A4), as JSON, or as CSV (one row per KPI, finding and score).
 */
import type { KpiResult } from "../kpi-result.js";
import type { AuditReport } from "./build-report.js";
import { groupedBars, horizontalBars, lines, stackedBars } from "./charts.js";
import { labelText, type ReportLang, TEXT } from "./report-text.js";

export type ReportFormat = "html" | "json" | "csv";

export interface RenderOptions {
  format?: ReportFormat;
  lang?: ReportLang;
}

export function renderReport(report: AuditReport, options: RenderOptions = {}): string {
  const format = options.format ?? "html";
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  if (format === "csv") return renderCsv(report);
  return renderHtml(report, options.lang ?? "zh");
}

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? "" : typeof v === "number" ? String(Math.round(v * 100) / 100) : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function renderCsv(report: AuditReport): string {
  const r = report.result;
  const rows: unknown[][] = [
    [
      "record",
      "period",
      "subject_kind",
      "subject",
      "id",
      "value",
      "numerator",
      "denominator",
      "min",
      "max",
      "met",
      "points",
      "rank",
    ],
  ];
  for (const k of r.kpis)
    rows.push([
      "kpi",
      r.period.label,
      k.subject.kind,
      k.subject.id,
      k.kpi,
      k.value,
      k.numerator,
      k.denominator,
      k.target.min,
      k.target.max,
      k.met,
      null,
      null,
    ]);
  for (const f of r.findings)
    rows.push([
      "finding",
      r.period.label,
      f.subject.kind,
      f.subject.id,
      f.rule,
      null,
      null,
      null,
      null,
      null,
      null,
      f.points,
      null,
    ]);
  for (const s of r.scores)
    rows.push([
      "score",
      r.period.label,
      s.subject.kind,
      s.subject.id,
      r.audit,
      s.score,
      null,
      null,
      null,
      null,
      null,
      s.deducted,
      s.rank ?? null,
    ]);
  return rows.map((row) => row.map(csvCell).join(",")).join("\n") + "\n";
}

const esc = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const anchor = (k: KpiResult): string =>
  `items-${k.subject.kind}-${k.subject.id}-${k.kpi}`.replace(/[^A-Za-z0-9_-]/g, "_");
const pct = (v: number | null, unit: string, units: Record<string, string> = {}): string =>
  v === null
    ? "—"
    : unit === "percent"
      ? `${(Math.round(v * 10) / 10).toFixed(1)}%`
      : `${Math.round(v * 100) / 100}${units[unit] !== undefined ? ` ${units[unit]}` : ""}`;

function targetText(k: KpiResult, units: Record<string, string>): string {
  const u = k.unit === "percent" ? "%" : units[k.unit] !== undefined ? ` ${units[k.unit]}` : "";
  const ge = k.target.inclusive ? "≥" : ">";
  const le = k.target.inclusive ? "≤" : "<";
  return [
    k.target.min !== undefined ? `${ge} ${k.target.min}${u}` : "",
    k.target.max !== undefined ? `${le} ${k.target.max}${u}` : "",
  ]
    .filter(Boolean)
    .join(", ");
}

function renderHtml(report: AuditReport, lang: ReportLang): string {
  const t = TEXT[lang];
  const r = report.result;
  const kpiIds = Object.keys(report.kpiTitles);
  const kpiName = (id: string) => labelText(report.kpiTitles[id], lang, id);
  const zones = [...new Set(r.kpis.filter((k) => k.subject.kind === "zone").map((k) => k.subject.id))].sort();
  const columns = [
    { kind: "site", id: "site", name: t.site },
    ...zones.map((z) => ({ kind: "zone", id: z, name: `${t.zone} ${z}` })),
  ];
  const find = (kind: string, id: string, kpi: string) =>
    r.kpis.find((k) => k.subject.kind === kind && k.subject.id === id && k.kpi === kpi);
  const title = `${labelText(report.auditTitle, lang, r.audit)} · ${r.period.label}`;

  const cell = (k: KpiResult | undefined): string => {
    if (k === undefined || k.value === null) return `<td class="none">—</td>`;
    const share =
      k.unit === "percent" && k.numerator !== null ? ` <small>(${k.numerator}/${k.denominator})</small>` : "";
    const cls = k.met ? "met" : "missed";
    const grade = k.band?.grade !== undefined ? ` <small>· ${t.grade} ${esc(k.band.grade)}</small>` : "";
    const text = `${pct(k.value, k.unit, t.units)}${share}${grade}`;
    return `<td class="${cls}" title="${k.met ? t.met : t.missed}">${k.items.length > 0 ? `<a href="#${anchor(k)}">${text}</a>` : text}</td>`;
  };
  const kpiTable = `<table class="kpis"><thead><tr><th>KPI</th><th>${t.target}</th>${columns.map((c) => `<th>${esc(c.name)}</th>`).join("")}</tr></thead><tbody>${kpiIds
    .map((id) => {
      const any = r.kpis.find((k) => k.kpi === id)!;
      return `<tr><th>${esc(kpiName(id))}</th><td class="target">${esc(targetText(any, t.units))}</td>${columns.map((c) => cell(find(c.kind, c.id, id))).join("")}</tr>`;
    })
    .join("")}</tbody></table>`;

  const percentKpis = kpiIds.filter((id) => r.kpis.find((k) => k.kpi === id)?.unit === "percent");
  const kpiChart = groupedBars(
    t.kpiChart,
    percentKpis.map(kpiName),
    columns.map((c) => ({ name: c.name, values: percentKpis.map((id) => find(c.kind, c.id, id)?.value ?? null) })),
    "%",
  );
  const trendChart = lines(
    t.trend,
    report.trend.map((p) => p.period),
    zones.map((z) => ({ name: `${t.zone} ${z}`, values: report.trend.map((p) => p.scores[`zone:${z}`] ?? null) })),
    t.score,
  );
  const statuses = [...new Set(report.outcomes.flatMap((o) => Object.keys(o.counts)))].sort();
  const outcomeChart = stackedBars(
    t.outcomes,
    report.outcomes.map((o) => labelText(o.title, lang, o.kpi)),
    statuses.map((s) => ({ name: t.status[s] ?? s, values: report.outcomes.map((o) => o.counts[s] ?? 0) })),
  );
  const rankingChart = horizontalBars(
    t.ranking,
    r.ranking.map((s) => `${t.zone} ${s.subject.id}`),
    r.ranking.map((s) => s.score),
    t.score,
  );

  const top = [...r.findings]
    .sort((a, b) => b.points - a.points || (a.subject.id < b.subject.id ? -1 : 1))
    .slice(0, 10);
  const findings =
    top.length === 0
      ? `<p>${t.noFindings}</p>`
      : `<table><thead><tr><th>${t.rule}</th><th>${t.subject}</th><th>${t.severity}</th><th>${t.points}</th><th>${t.held}</th></tr></thead><tbody>${top
          .map(
            (f) =>
              `<tr><td>${esc(labelText(f.title, lang, f.rule))}</td><td>${esc(f.subject.kind === "zone" ? `${t.zone} ${f.subject.id}` : f.subject.id)}</td><td>${esc(t.severities[f.severity] ?? f.severity)}</td><td>−${f.points}</td><td>${f.conditions
                .filter((c) => c.held)
                .map((c) => {
                  const k = c.kpi !== undefined ? find(f.subject.kind, f.subject.id, c.kpi) : undefined;
                  const text = esc(
                    c.kpi !== undefined
                      ? `${kpiName(c.kpi)}: ${c.factResult ? t.met : t.missed}`
                      : `${c.fact}${c.path ? `.${c.path}` : ""} = ${JSON.stringify(c.factResult)}`,
                  );
                  return k !== undefined && k.items.length > 0 ? `<a href="#${anchor(k)}">${text}</a>` : text;
                })
                .join("; ")}</td></tr>`,
          )
          .join("")}</tbody></table>`;
  const banded = r.ranking.some((s) => s.banded !== 0);
  const ranking = `<table><thead><tr><th>${t.rank}</th><th>${t.zone}</th><th>${t.score}</th><th>${t.points}</th>${banded ? `<th>${t.banded}</th>` : ""}</tr></thead><tbody>${r.ranking
    .map(
      (s) =>
        `<tr><td>${s.rank}</td><td>${esc(s.subject.id)}</td><td>${s.score}</td><td>−${s.deducted}</td>${banded ? `<td>${s.banded > 0 ? "+" : ""}${s.banded}</td>` : ""}</tr>`,
    )
    .join("")}</tbody></table>`;
  const owed = r.remedies.filter((x) => x.subject.kind !== "staff");
  const remedies =
    owed.length === 0
      ? ""
      : `<section><h2>${t.remedies}</h2><table><thead><tr><th>${t.rule}</th><th>${t.subject}</th><th>${t.lateRuns}</th><th>${t.owed}</th></tr></thead><tbody>${owed
          .map(
            (x) =>
              `<tr><td>${esc(labelText(report.remedyTitles[x.remedy], lang, x.remedy))}</td><td>${esc(x.subject.kind === "zone" ? `${t.zone} ${x.subject.id}` : t.site)}</td><td>${x.count}</td><td>${x.amount.toFixed(2)}${x.currency !== undefined ? ` ${esc(x.currency)}` : ""}</td></tr>`,
          )
          .join("")}</tbody></table></section>`;

  const appendix = r.kpis
    .filter((k) => k.subject.kind !== "staff" && k.items.length > 0)
    .map(
      (k) =>
        `<details id="${anchor(k)}"><summary>${esc(k.subject.kind === "site" ? t.site : `${t.zone} ${k.subject.id}`)} · ${esc(kpiName(k.kpi))} · ${k.items.length} ${t.items}</summary><ul>${k.items
          .map((i) => `<li class="${i.in}">${esc(i.ref)} — ${esc(t.status[i.status] ?? i.status)}</li>`)
          .join("")}</ul></details>`,
    )
    .join("");

  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
@page { size: A4; margin: 12mm; }
body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1d2330; margin: 0 auto; max-width: 186mm; padding: 8mm 0; font-size: 10.5pt; }
h1 { font-size: 17pt; margin: 0 0 2mm; } h2 { font-size: 13pt; margin: 7mm 0 3mm; border-bottom: 1px solid #c9d1dd; }
.meta { color: #5a6475; margin: 0 0 4mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0; font-size: 9.5pt; }
th, td { border: 1px solid #d5dbe5; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }
thead th { background: #eef2f7; }
td.target { white-space: nowrap; } td.met { background: #e8f5ec; } td.missed { background: #fbe9ea; } td.none { color: #8a93a3; }
a { color: inherit; }
figure { margin: 3mm 0; break-inside: avoid; } figure svg { max-width: 100%; height: auto; }
section { break-inside: avoid-page; }
details { margin: 1mm 0; font-size: 9pt; } li.excluded { color: #8a93a3; } li.denominator { color: #b0303b; }
@media print { details { display: block; } details > ul { display: block; } a { text-decoration: none; } .appendix { break-before: page; } }
</style>
</head>
<body>
<header><h1>${esc(t.report)}</h1>
<p class="meta">${esc(labelText(report.auditTitle, lang, r.audit))} · ${t.period} ${esc(r.period.label)} · ${t.standard} ${esc(labelText(report.standard.title, lang, report.standard.id))} (${esc(report.standard.id)} ${esc(report.standard.version)})</p></header>
<section><h2>${t.kpis}</h2>${kpiTable}<figure>${kpiChart}</figure></section>
<section><h2>${t.ranking}</h2>${ranking}<figure>${rankingChart}</figure></section>
<section><h2>${t.trend}</h2><figure>${trendChart}</figure></section>
<section><h2>${t.outcomes}</h2><figure>${outcomeChart}</figure></section>
<section><h2>${t.findings}</h2>${findings}</section>
${remedies}
<section class="appendix"><h2>${t.behind}</h2>${appendix}</section>
</body>
</html>
`;
}
