/**
 * A handbook as Markdown (the diagram as a ```mermaid block, which GitHub renders) or as one
 * self-contained HTML page: inline CSS with an A4 print layout, the diagrams as inline SVG, no
 * script, nothing fetched. Browser-safe: the playground renders its preview with this too.
 */
import type { Handbook, HandbookTicket } from "./build-handbook.js";
import { workflowSvg } from "./diagram-svg.js";
import { HANDBOOK_TEXT } from "./handbook-text.js";

export type HandbookFormat = "md" | "html";

export interface RenderHandbookOptions {
  format?: HandbookFormat;
}

/**
 * @example
 * renderHandbook(buildHandbook(program, { lang: "zh" }), { format: "md" });
 */
export function renderHandbook(handbook: Handbook, options: RenderHandbookOptions = {}): string {
  return (options.format ?? "html") === "md" ? markdown(handbook) : html(handbook);
}

// ── Markdown ───────────────────────────────────────────────────────────────────────────────

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const row = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
const table = (head: string[], rows: string[][]) =>
  [row(head), `|${head.map(() => "---").join("|")}|`, ...rows.map(row)].join("\n");

/** The duties table's rows, the same cells in Markdown and HTML (each escapes them its own way). */
function dutyRows(h: Handbook, t: (typeof HANDBOOK_TEXT)[Handbook["lang"]]): string[][] {
  return h.duties.map((d) => [
    d.title,
    d.cadence + (d.each ? ` (${t.each} ${d.each})` : "") + (d.calendar ? ` (${t.onCalendar(d.calendar)})` : ""),
    d.roles.join(", "),
    d.zones.join(", "),
    d.checkpoints.join(", "),
    d.notify.join(", "),
  ]);
}

function markdown(h: Handbook): string {
  const t = HANDBOOK_TEXT[h.lang];
  const out: string[] = [];
  out.push(`# ${h.standard.title} — ${t.handbook}`, "");
  out.push(`${t.generated(h.standard.id, h.standard.version, h.standard.hash.slice(0, 19))}`, "");
  if (h.standard.description) out.push(h.standard.description, "");
  if (h.standard.extends.length) out.push(t.extends(h.standard.extends.join(" → ")), "");
  out.push(`${t.timezone}${t.colon}${h.standard.timezone}`, "");

  if (h.calendars.length) {
    out.push(`## ${t.calendars}`, "");
    out.push(
      table(
        [t.calendar, t.calendars, t.holidays],
        h.calendars.map((c) => [c.title, c.hours, c.holidays.join(", ") || t.none]),
      ),
      "",
    );
  }
  if (h.roles.length) {
    out.push(`## ${t.roles}`, "");
    out.push(
      table(
        [t.who, t.reportsTo],
        h.roles.map((r) => [r.title, r.reportsTo ?? ""]),
      ),
      "",
    );
  }
  out.push(`## ${t.tickets}`, "");
  for (const k of h.tickets) out.push(...ticketMarkdown(k, h), "");
  if (h.duties.length) {
    out.push(`## ${t.duties}`, "", `### ${t.timetable}`, "");
    if (h.timetable.rows.length)
      out.push(
        table(
          [t.duty, ...h.timetable.days],
          h.timetable.rows.map((r) => [r.title, ...(r.span ? [r.span, ...r.cells.slice(1).map(() => "〃")] : r.cells)]),
        ),
        "",
      );
    if (h.week) {
      const wk = h.week;
      out.push(`### ${t.datedWeek(wk.from, wk.to)}`, "", t.datedWeekNote, "");
      out.push(
        table(
          [t.duty, ...wk.days.map((d) => `${d.weekday} ${d.date.slice(5)}${d.note ? ` ${d.note.name}` : ""}`)],
          wk.rows.map((r) => [r.title, ...r.cells]),
        ),
        "",
      );
    }
    if (h.timetable.other.length) {
      out.push(`### ${t.otherDuties}`, "");
      out.push(
        table(
          [t.duty, t.cadence],
          h.timetable.other.map((o) => [o.title, o.cadence]),
        ),
        "",
      );
    }
    out.push(`### ${t.duties}`, "");
    out.push(table([t.duty, t.cadence, t.who, t.zones, t.checkpoints, t.informs], dutyRows(h, t)), "");
  }
  if (h.audits.length) {
    out.push(`## ${t.audits}`, "");
    for (const a of h.audits) {
      out.push(`### ${a.title} (${a.period}, ${a.per})`, "");
      if (a.kpis.length)
        out.push(
          table(
            [t.kpi, t.kpiTarget],
            a.kpis.map((k) => [k.title, k.target]),
          ),
          "",
        );
      if (a.rules.length)
        out.push(
          table(
            [t.rule, t.when, t.severity, t.points],
            a.rules.map((r) => [r.title, r.when, t.severities[r.severity] ?? r.severity, `−${r.points}`]),
          ),
          "",
        );
      out.push(`${t.scoring}${t.colon}${a.scoring}`, "");
    }
  }
  if (h.examples.length) {
    out.push(`## ${t.examples}`, "");
    for (const e of h.examples) {
      out.push(`### ${e.title}`, "", `${e.subject} · ${t.outcome[e.outcome]}`, "");
      if (e.data.length) out.push(`${t.data}${t.colon}${e.data.join(", ")}`, "");
      for (const s of e.steps) out.push(`- ${s.at} — ${s.what}`);
      for (const x of e.expect) out.push(`- **${x.at ?? t.atEnd}** → ${x.what}`);
      out.push("");
    }
  }
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

function ticketMarkdown(k: HandbookTicket, h: Handbook): string[] {
  const t = HANDBOOK_TEXT[h.lang];
  const out = [`### ${k.title}`, ""];
  if (k.priorities.length) {
    out.push(`**${t.priorities}**`, "");
    out.push(
      table(
        [t.priority, t.when],
        k.priorities.map((p) => [p.title, p.when || t.otherwise]),
      ),
      "",
    );
  }
  for (const c of k.clocks) {
    out.push(`#### ${t.clock}${t.colon}${c.title}`, "");
    for (const x of c.targets)
      out.push(
        `- ${t.target}${t.colon}${x.priority ? `${x.priority} — ` : ""}${x.words} (${t.written}${t.colon}\`${x.written}\`)`,
      );
    if (c.agreedTime) out.push(`- ${t.target}${t.colon}${c.agreedTime}`);
    if (c.calendar) out.push(`- ${t.calendar}${t.colon}${c.calendar}`);
    for (const l of c.life) out.push(`- ${l}`);
    for (const w of c.warn) out.push(`- ${t.warnings}${t.colon}${w}`);
    for (const e of c.escalation) out.push(`- ${t.escalation}${t.colon}${e.when} → ${e.who.join(", ")}`);
    out.push("");
  }
  if (k.rework) out.push(`- ${t.rework}${t.colon}${k.rework}`);
  out.push(`- ${t.ownership}${t.colon}${k.ownership}`, "");
  out.push(`#### ${t.workflow}`, "", "```mermaid", k.mermaid.trimEnd(), "```", "");
  return out;
}

// ── HTML ───────────────────────────────────────────────────────────────────────────────────

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const CSS = `
@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
body { font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: #1d1d1f; margin: 0 auto; max-width: 186mm; padding: 8mm 0; font-size: 10.5pt; line-height: 1.5; }
h1 { font-size: 19pt; margin: 0 0 4pt; } h2 { font-size: 14pt; border-bottom: 1.5pt solid #3b5b8c; padding-bottom: 2pt; margin-top: 18pt; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; } h4 { font-size: 10.5pt; margin: 8pt 0 2pt; }
.meta { color: #555; font-size: 9pt; margin: 2pt 0; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; font-size: 9pt; page-break-inside: auto; }
th, td { border: 0.6pt solid #b9c3d3; padding: 2pt 4pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eef2f8; } tr { page-break-inside: avoid; }
table.timetable td, table.timetable th { text-align: center; } table.timetable td:first-child, table.timetable th:first-child { text-align: left; width: 22%; }
table.timetable td.span { background: #f7f4ea; }
table.week th.holiday { background: #fde8e4; } table.week th.adjusted-workday { background: #e6f0e0; } .day-note { font-weight: normal; font-size: 8pt; }
ul { margin: 2pt 0 6pt; padding-left: 16pt; }
figure.diagram { margin: 6pt 0 10pt; page-break-inside: avoid; text-align: center; }
figure.diagram svg { max-width: 100%; height: auto; max-height: 240mm; }
figcaption { font-size: 8.5pt; color: #555; }
details { font-size: 8.5pt; margin: 0 0 8pt; } details pre { white-space: pre-wrap; background: #f6f6f6; padding: 4pt; }
section.ticket, section.example { page-break-inside: avoid; }
.ok { color: #2d6a36; } .bad { color: #b3261e; } .muted { color: #666; }
code { font-size: 9pt; background: #f3f3f3; padding: 0 2pt; }
@media print { body { padding: 0; } details { display: none; } h2 { page-break-after: avoid; } }
`;

function htmlTable(head: string[], rows: string[][], cls = ""): string {
  return `<table${cls ? ` class="${cls}"` : ""}><thead><tr>${head.map((x) => `<th>${esc(x)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((x) => `<td>${esc(x)}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

function html(h: Handbook): string {
  const t = HANDBOOK_TEXT[h.lang];
  const out: string[] = [];
  out.push(
    "<!doctype html>",
    `<html lang="${h.lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${esc(`${h.standard.title} — ${t.handbook}`)}</title><style>${CSS}</style></head><body>`,
    `<header><h1>${esc(h.standard.title)} — ${esc(t.handbook)}</h1>`,
    `<p class="meta">${esc(t.generated(h.standard.id, h.standard.version, h.standard.hash.slice(0, 19)))}</p>`,
  );
  if (h.standard.extends.length) out.push(`<p class="meta">${esc(t.extends(h.standard.extends.join(" → ")))}</p>`);
  out.push(`<p class="meta">${esc(t.timezone)}${t.colon}${esc(h.standard.timezone)}</p>`);
  if (h.standard.description) out.push(`<p>${esc(h.standard.description)}</p>`);
  out.push("</header>");

  if (h.calendars.length)
    out.push(
      `<h2>${esc(t.calendars)}</h2>`,
      htmlTable(
        [t.calendar, t.calendars, t.holidays],
        h.calendars.map((c) => [c.title, c.hours, c.holidays.join(", ") || t.none]),
      ),
    );
  if (h.roles.length)
    out.push(
      `<h2>${esc(t.roles)}</h2>`,
      htmlTable(
        [t.who, t.reportsTo],
        h.roles.map((r) => [r.title, r.reportsTo ?? ""]),
      ),
    );

  out.push(`<h2>${esc(t.tickets)}</h2>`);
  for (const k of h.tickets) {
    out.push(`<section class="ticket" id="ticket-${esc(k.id)}"><h3>${esc(k.title)}</h3>`);
    if (k.priorities.length)
      out.push(
        `<h4>${esc(t.priorities)}</h4>`,
        htmlTable(
          [t.priority, t.when],
          k.priorities.map((p) => [p.title, p.when || t.otherwise]),
        ),
      );
    for (const c of k.clocks) {
      const items = [
        ...c.targets.map(
          (x) =>
            `${esc(t.target)}${t.colon}${x.priority ? `<b>${esc(x.priority)}</b> — ` : ""}<b>${esc(x.words)}</b> <span class="muted">(${esc(t.written)}${t.colon}<code>${esc(x.written)}</code>)</span>`,
        ),
        ...(c.agreedTime ? [`${esc(t.target)}${t.colon}<b>${esc(c.agreedTime)}</b>`] : []),
        ...(c.calendar ? [`${esc(t.calendar)}${t.colon}${esc(c.calendar)}`] : []),
        ...c.life.map(esc),
        ...c.warn.map((w) => `${esc(t.warnings)}${t.colon}${esc(w)}`),
        ...c.escalation.map((e) => `${esc(t.escalation)}${t.colon}${esc(e.when)} → <b>${esc(e.who.join(", "))}</b>`),
      ];
      out.push(
        `<h4>${esc(t.clock)}${t.colon}${esc(c.title)}</h4><ul class="clock" data-clock="${esc(c.id)}">${items.map((i) => `<li>${i}</li>`).join("")}</ul>`,
      );
    }
    const more = [...(k.rework ? [`${t.rework}${t.colon}${k.rework}`] : []), `${t.ownership}${t.colon}${k.ownership}`];
    out.push(`<ul>${more.map((m) => `<li>${esc(m)}</li>`).join("")}</ul>`);
    out.push(
      `<figure class="diagram">${workflowSvg(k.graph, h.lang)}<figcaption>${esc(t.workflow)}${t.colon}${esc(k.title)}</figcaption></figure>`,
      `<details><summary>${esc(t.mermaidSource)}</summary><pre>${esc(k.mermaid)}</pre></details>`,
      "</section>",
    );
  }

  if (h.duties.length) {
    out.push(`<h2>${esc(t.duties)}</h2><h3>${esc(t.timetable)}</h3>`);
    if (h.timetable.rows.length)
      out.push(
        `<table class="timetable"><thead><tr><th>${esc(t.duty)}</th>${h.timetable.days.map((d) => `<th>${esc(d)}</th>`).join("")}</tr></thead><tbody>${h.timetable.rows
          .map(
            (r) =>
              `<tr data-duty="${esc(r.duty)}"><td>${esc(r.title)}</td>${
                r.span
                  ? `<td class="span" colspan="7">${esc(r.span)}</td>`
                  : r.cells.map((c) => `<td>${esc(c)}</td>`).join("")
              }</tr>`,
          )
          .join("")}</tbody></table>`,
      );
    if (h.week) {
      const wk = h.week;
      out.push(
        `<h3>${esc(t.datedWeek(wk.from, wk.to))}</h3><p class="muted">${esc(t.datedWeekNote)}</p>`,
        `<table class="timetable week"><thead><tr><th>${esc(t.duty)}</th>${wk.days
          .map(
            (d) =>
              `<th data-date="${d.date}"${d.note ? ` class="${d.note.kind}"` : ""}>${esc(d.weekday)} ${d.date.slice(5)}${
                d.note ? `<br><span class="day-note">${esc(d.note.name)}</span>` : ""
              }</th>`,
          )
          .join("")}</tr></thead><tbody>${wk.rows
          .map(
            (r) =>
              `<tr data-duty="${esc(r.duty)}"><td>${esc(r.title)}</td>${r.cells
                .map((c, i) => `<td data-date="${wk.days[i]!.date}" data-count="${r.counts[i]}">${esc(c)}</td>`)
                .join("")}</tr>`,
          )
          .join("")}</tbody></table>`,
      );
    }
    if (h.timetable.other.length)
      out.push(
        `<h3>${esc(t.otherDuties)}</h3>`,
        htmlTable(
          [t.duty, t.cadence],
          h.timetable.other.map((o) => [o.title, o.cadence]),
        ),
      );
    out.push(
      `<h3>${esc(t.duties)}</h3>`,
      htmlTable([t.duty, t.cadence, t.who, t.zones, t.checkpoints, t.informs], dutyRows(h, t)),
    );
  }

  if (h.audits.length) {
    out.push(`<h2>${esc(t.audits)}</h2>`);
    for (const a of h.audits) {
      out.push(`<h3>${esc(a.title)} <span class="muted">(${esc(a.period)}, ${esc(a.per)})</span></h3>`);
      if (a.kpis.length)
        out.push(
          htmlTable(
            [t.kpi, t.kpiTarget],
            a.kpis.map((k) => [k.title, k.target]),
          ),
        );
      if (a.rules.length)
        out.push(
          htmlTable(
            [t.rule, t.when, t.severity, t.points],
            a.rules.map((r) => [r.title, r.when, t.severities[r.severity] ?? r.severity, `−${r.points}`]),
          ),
        );
      out.push(`<p>${esc(t.scoring)}${t.colon}${esc(a.scoring)}</p>`);
    }
  }

  if (h.examples.length) {
    out.push(`<h2>${esc(t.examples)}</h2>`);
    for (const e of h.examples) {
      const cls = e.outcome === "passed" ? "ok" : e.outcome === "not-run" ? "muted" : "bad";
      out.push(
        `<section class="example" id="example-${esc(e.id)}"><h4>${esc(e.title)}</h4><p class="meta">${esc(e.subject)} · <span class="${cls}">${esc(t.outcome[e.outcome] ?? e.outcome)}</span>${e.data.length ? ` · ${esc(t.data)}${t.colon}${esc(e.data.join(", "))}` : ""}</p>`,
        htmlTable(
          [t.at, `${t.steps} / ${t.expect}`],
          [...e.steps.map((s) => [s.at, s.what]), ...e.expect.map((x) => [x.at ?? t.atEnd, `→ ${x.what}`])],
        ),
        "</section>",
      );
    }
  }
  out.push("</body></html>");
  return `${out.join("\n")}\n`;
}
