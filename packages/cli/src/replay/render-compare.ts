/** `replay --compare` as a text table (site KPIs, clocks, duties, scores) and as one HTML page. */
import { type Lang, phrasesIn } from "@yardstick/dsl";
import { dutyStatusName, replayWords } from "../words/replay-words.js";
import type { Comparison, KpiChange, KpiSide } from "./compare.js";
import { formatTarget, formatValue, textTable } from "./table.js";

const mark = (met: boolean | null | undefined) => (met === true ? "✓" : met === false ? "✗" : "—");

function cell(side: KpiSide | null, unit: string): string {
  return side === null ? "—" : `${formatValue(side.value, unit)} ${mark(side.met)}`;
}

function delta(k: KpiChange): string {
  const a = k.base?.value;
  const b = k.draft?.value;
  if (a == null || b == null) return "";
  const d = Math.round((b - a) * 10) / 10;
  if (d === 0) return "=";
  return `${d > 0 ? "+" : "−"}${Math.abs(d)}${k.unit === "percent" ? " pt" : ""}`;
}

function targetCell(k: KpiChange, lang: Lang): string {
  const a = k.base ? formatTarget(k.base.target, lang) : "—";
  const b = k.draft ? formatTarget(k.draft.target, lang) : "—";
  return a === b ? a : `${a} → ${b}`;
}

const change = (a: number, b: number) => (a === b ? `${a}` : `${a} → ${b} (${b > a ? "+" : "−"}${Math.abs(b - a)})`);

export function renderCompareText(c: Comparison, lang: Lang = "en"): string {
  const say = phrasesIn(replayWords, lang);
  const join = say("listJoin", {});
  const kpiRows = [
    (["kpiSite", "now", "draft", "change", "target"] as const).map((h) => say(h, {})),
    ...c.kpis
      .filter((k) => k.subject === "site")
      .map((k) => [k.kpi, cell(k.base, k.unit), cell(k.draft, k.unit), delta(k), targetCell(k, lang)]),
  ];
  const clockRows = [
    (["clock", "late", "breaches", "escalations"] as const).map((h) => say(h, {})),
    ...c.clocks.map((k) => [
      `${k.kind} · ${k.clock}`,
      change(k.base?.late ?? 0, k.draft?.late ?? 0),
      change(k.base?.breaches ?? 0, k.draft?.breaches ?? 0),
      change(k.base?.escalations ?? 0, k.draft?.escalations ?? 0),
    ]),
  ];
  const movedZones = c.kpis.filter((k) => k.subject !== "site" && k.base?.met !== k.draft?.met);
  const out = [
    say("compareNow", c.base),
    say("compareDraft", c.draft),
    say("comparePeriod", { period: c.period }),
    "",
    textTable(kpiRows),
    "",
    textTable(clockRows),
    "",
    say("duties", {
      list:
        c.duties
          .map((d) => say("dutyChange", { status: dutyStatusName(d.status, lang), change: change(d.base, d.draft) }))
          .join(join) || say("none", {}),
    }),
    say("findingsChange", { change: change(c.base.findings, c.draft.findings) }),
  ];
  const zoneScores = c.scores.filter((s) => !s.subject.startsWith("staff:"));
  if (zoneScores.length > 0)
    out.push(
      say("scores", {
        list: zoneScores
          .map((s) => `${s.subject.replace(/^zone:/, "")} ${s.base ?? "—"} → ${s.draft ?? "—"}`)
          .join(join),
      }),
    );
  if (movedZones.length > 0)
    out.push(
      say("metChanges", {
        list: movedZones
          .map((k) => `${k.subject.replace(/^zone:/, "")} ${k.kpi} ${mark(k.base?.met)}→${mark(k.draft?.met)}`)
          .join(join),
      }),
    );
  return `${out.join("\n")}\n`;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function htmlTable(head: string[], rows: { cells: string[]; cls?: string }[]): string {
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr${r.cls ? ` class="${r.cls}"` : ""}>${r.cells.map((x) => `<td>${esc(x)}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

const metClass = (k: KpiChange) =>
  k.base?.met === k.draft?.met
    ? undefined
    : k.draft?.met === true
      ? "gained"
      : k.draft?.met === false
        ? "lost"
        : undefined;

/** One self-contained page (inline CSS, no script, nothing fetched). */
export function renderCompareHtml(c: Comparison, lang: Lang = "en"): string {
  const say = phrasesIn(replayWords, lang);
  const subjectName = (s: string) =>
    s === "site"
      ? say("site", {})
      : s.startsWith("zone:")
        ? say("zone", { zone: s.slice("zone:".length) })
        : s.startsWith("staff:")
          ? say("staff", { staff: s.slice("staff:".length) })
          : s;
  const subjects = [...new Set(c.kpis.map((k) => k.subject))];
  const sections = subjects.map(
    (s) =>
      `<h2>${esc(subjectName(s))}</h2>${htmlTable(
        (["kpi", "now", "draft", "change", "target"] as const).map((h) => say(h, {})),
        c.kpis
          .filter((k) => k.subject === s)
          .map((k) => ({
            cells: [k.kpi, cell(k.base, k.unit), cell(k.draft, k.unit), delta(k), targetCell(k, lang)],
            cls: metClass(k),
          })),
      )}`,
  );
  const clocks = htmlTable(
    (["clock", "cycles", "late", "breaches", "escalations"] as const).map((h) => say(h, {})),
    c.clocks.map((k) => ({
      cells: [
        `${k.kind} · ${k.clock}`,
        change(k.base?.started ?? 0, k.draft?.started ?? 0),
        change(k.base?.late ?? 0, k.draft?.late ?? 0),
        change(k.base?.breaches ?? 0, k.draft?.breaches ?? 0),
        change(k.base?.escalations ?? 0, k.draft?.escalations ?? 0),
      ],
    })),
  );
  const duties = htmlTable(
    (["dutyOutcome", "now", "draft"] as const).map((h) => say(h, {})),
    c.duties.map((d) => ({ cells: [dutyStatusName(d.status, lang), `${d.base}`, `${d.draft}`] })),
  );
  const scores = htmlTable(
    (["score", "now", "draft"] as const).map((h) => say(h, {})),
    c.scores.map((s) => ({ cells: [s.subject, `${s.base ?? "—"}`, `${s.draft ?? "—"}`] })),
  );
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><title>${esc(say("pageTitle", { draft: c.draft.standard, now: c.base.standard, period: c.period }))}</title>
<style>
body { font: 14px/1.45 system-ui, "PingFang SC", "Noto Sans CJK SC", sans-serif; margin: 2rem auto; max-width: 60rem; color: #1b1f24; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; }
th, td { border-bottom: 1px solid #d8dee4; padding: .3rem .5rem; text-align: right; }
th:first-child, td:first-child { text-align: left; }
tr.gained td { background: #dafbe1; } tr.lost td { background: #ffebe9; }
@media print { body { margin: 0; } }
</style></head><body>
<h1>${esc(say("heading", {}))}</h1>
<p>${say("intro", {
    now: `<b>${esc(c.base.standard)}</b>`,
    nowFile: esc(c.base.file),
    draft: `<b>${esc(c.draft.standard)}</b>`,
    draftFile: esc(c.draft.file),
    period: esc(c.period),
  })}</p>
${sections.join("\n")}
<h2>${esc(say("clocks", {}))}</h2>${clocks}
<h2>${esc(say("dutiesHeading", {}))}</h2>${duties}
<h2>${esc(say("scoresHeading", {}))}</h2>${scores}
<p>${esc(say("findingsLine", { change: change(c.base.findings, c.draft.findings) }))}</p>
</body></html>
`;
}
