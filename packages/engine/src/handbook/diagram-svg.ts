/**
 * A workflow graph drawn as SVG, laid out by dagre (the layered layout Mermaid itself uses for
 * state diagrams) and written here as plain SVG text: no DOM, no script, the same graph gives
 * the same picture, and it prints. The handbook embeds it; the Mermaid text beside it is for
 * pasting elsewhere.
 */
import { Graph, layout } from "@dagrejs/dagre";
import { clockActionWords, matcherWords, say, type HandbookLang } from "./words.js";
import type { ClockMark, WorkflowGraph } from "./workflow-graph.js";

const FONT = 12;
const SMALL = 10.5;
const LINE = 15;

/** Text width in px, estimated: CJK and full-width characters one em, others about half. */
function width(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : ch === " " ? 0.3 : 0.56;
  return em * size;
}

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function markText(m: ClockMark, lang: HandbookLang): string {
  return clockActionWords(m.action, say(m.title, lang, m.clock), lang, m.when && matcherWords(m.when, lang));
}

interface Box {
  lines: { text: string; size: number; bold?: boolean }[];
  width: number;
  height: number;
}

function box(lines: Box["lines"], pad: number): Box {
  const w = Math.max(...lines.map((l) => width(l.text, l.size)), 10);
  return { lines, width: Math.ceil(w + pad * 2), height: Math.ceil(lines.length * LINE + pad * 2) };
}

/**
 * The diagram as an `<svg>` element (role img, labelled with the ticket kind's title).
 *
 * @example
 * workflowSvg(workflowGraph(program, "repair"), "en"); // '<svg xmlns="http://www.w3.org/2000/svg" …'
 */
export function workflowSvg(graph: WorkflowGraph, lang: HandbookLang = "zh"): string {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: "TB", nodesep: 28, ranksep: 38, edgesep: 14, marginx: 8, marginy: 8 });
  const boxes = new Map<string, Box>();
  for (const s of graph.states) {
    const b = box(
      [
        { text: say(s.title, lang, s.id), size: FONT, bold: true },
        ...s.clocks.map((m) => ({ text: markText(m, lang), size: SMALL })),
      ],
      8,
    );
    boxes.set(s.id, b);
    g.setNode(s.id, { width: b.width, height: b.height });
  }
  g.setNode("[start]", { width: 14, height: 14 });
  const finals = graph.states.some((s) => s.final);
  if (finals) g.setNode("[end]", { width: 18, height: 18 });
  const labels = new Map<string, Box>();
  graph.transitions.forEach((t, i) => {
    const b = box(
      [
        { text: say(t.eventTitle, lang, t.event), size: SMALL, bold: true },
        ...(t.when ? [{ text: `${lang === "zh" ? "当" : "if"} ${matcherWords(t.when, lang)}`, size: SMALL }] : []),
        ...t.clocks.map((m) => ({ text: markText(m, lang), size: SMALL })),
      ],
      2,
    );
    labels.set(`t${i}`, b);
    g.setEdge(t.from, t.to, { width: b.width, height: b.height, labelpos: "c" }, `t${i}`);
  });
  for (const s of graph.states) if (s.initial) g.setEdge("[start]", s.id, {}, `start-${s.id}`);
  for (const s of graph.states) if (s.final) g.setEdge(s.id, "[end]", {}, `end-${s.id}`);
  layout(g);

  const size = g.graph() as { width?: number; height?: number };
  const W = Math.ceil(size.width ?? 0);
  const H = Math.ceil(size.height ?? 0);
  const out: string[] = [];
  const title = say(graph.title, lang, graph.ticket);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="workflow" role="img" aria-label="${escape(title)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif">`,
    `<title>${escape(title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>',
  );
  for (const e of g.edges()) {
    const edge = g.edge(e) as { points: { x: number; y: number }[]; x?: number; y?: number };
    const d = edge.points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
    out.push(`<path class="edge" d="${d}" fill="none" stroke="#555" stroke-width="1.2" marker-end="url(#arrow)"/>`);
    const label = e.name ? labels.get(e.name) : undefined;
    if (label && edge.x !== undefined && edge.y !== undefined) {
      const x0 = edge.x - label.width / 2;
      const y0 = edge.y - label.height / 2;
      out.push(
        `<g class="edge-label"><rect x="${x0.toFixed(1)}" y="${y0.toFixed(1)}" width="${label.width}" height="${label.height}" fill="#fff" opacity="0.92"/>`,
      );
      label.lines.forEach((l, i) =>
        out.push(
          `<text x="${edge.x!.toFixed(1)}" y="${(y0 + 2 + LINE * (i + 0.75)).toFixed(1)}" font-size="${l.size}" text-anchor="middle"${l.bold ? ' font-weight="600"' : ""} fill="${i === 0 ? "#222" : "#8a4b00"}">${escape(l.text)}</text>`,
        ),
      );
      out.push("</g>");
    }
  }
  for (const s of graph.states) {
    const n = g.node(s.id) as { x: number; y: number; width: number; height: number };
    const b = boxes.get(s.id)!;
    const x0 = n.x - n.width / 2;
    const y0 = n.y - n.height / 2;
    out.push(
      `<g class="state" data-state="${escape(s.id)}"><rect x="${x0.toFixed(1)}" y="${y0.toFixed(1)}" width="${n.width}" height="${n.height}" rx="8" fill="${s.final ? "#eef3ee" : "#f3f6fb"}" stroke="${s.final ? "#3d7a48" : "#3b5b8c"}" stroke-width="${s.final ? 2 : 1.2}"/>`,
    );
    b.lines.forEach((l, i) =>
      out.push(
        `<text x="${n.x.toFixed(1)}" y="${(y0 + 8 + LINE * (i + 0.75)).toFixed(1)}" font-size="${l.size}" text-anchor="middle"${l.bold ? ' font-weight="600"' : ""} fill="${i === 0 ? "#111" : "#8a4b00"}">${escape(l.text)}</text>`,
      ),
    );
    out.push("</g>");
  }
  const start = g.node("[start]") as { x: number; y: number };
  out.push(`<circle class="start" cx="${start.x.toFixed(1)}" cy="${start.y.toFixed(1)}" r="7" fill="#222"/>`);
  const end = finals ? (g.node("[end]") as { x: number; y: number }) : undefined;
  if (end)
    out.push(
      `<circle class="end" cx="${end.x.toFixed(1)}" cy="${end.y.toFixed(1)}" r="9" fill="#fff" stroke="#222" stroke-width="1.5"/><circle cx="${end.x.toFixed(1)}" cy="${end.y.toFixed(1)}" r="5" fill="#222"/>`,
    );
  out.push("</svg>");
  return out.join("\n");
}
