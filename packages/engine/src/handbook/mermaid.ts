/**
 * A workflow graph as a Mermaid `stateDiagram-v2`: states with their titles, `[*]` for the start
 * and the final states, each transition labelled with its event, and the clocks annotated where
 * they act — on the transition for an event condition, in a note on the state for a state one.
 */
import type { Label } from "@yardstick/dsl";
import { clockActionWords, matcherWords, say, type HandbookLang } from "./words.js";
import type { ClockMark, WorkflowGraph } from "./workflow-graph.js";

// Words Mermaid's state grammar reads as keywords: such a state id gets a prefix.
const RESERVED = new Set([
  "end",
  "state",
  "note",
  "direction",
  "as",
  "class",
  "classdef",
  "style",
  "click",
  "hide",
  "scale",
]);

/** A Mermaid-safe id for each state (letters, digits, `_`), unique within the diagram. */
function mermaidIds(ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const id of ids) {
    let safe = id.replace(/[^A-Za-z0-9_]/g, "_");
    if (!/^[A-Za-z]/.test(safe) || RESERVED.has(safe.toLowerCase())) safe = `s_${safe}`;
    let unique = safe;
    for (let n = 2; used.has(unique); n++) unique = `${safe}_${n}`;
    used.add(unique);
    out.set(id, unique);
  }
  return out;
}

/** Text Mermaid prints as written: no quotes, colons, semicolons or `#` (its entity escape). */
function text(value: string): string {
  return value
    .replace(/"/g, "'")
    .replace(/[:;]/g, "：")
    .replace(/#/g, "＃")
    .replace(/[{}]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function mark(m: ClockMark, lang: HandbookLang): string {
  return clockActionWords(m.action, say(m.title, lang, m.clock), lang, m.when && matcherWords(m.when, lang));
}

export interface MermaidOptions {
  lang?: HandbookLang;
  /** `LR` (left to right) or `TB` (top to bottom, the default). */
  direction?: "LR" | "TB";
}

/**
 * The diagram's text.
 *
 * @example
 * workflowMermaid(workflowGraph(program, "repair"), { lang: "en" });
 * // stateDiagram-v2
 * //   state "Reported" as reported
 * //   …
 * //   reported --> dispatched : Dispatch
 */
export function workflowMermaid(graph: WorkflowGraph, options: MermaidOptions = {}): string {
  const lang = options.lang ?? "zh";
  const ids = mermaidIds(graph.states.map((s) => s.id));
  const id = (state: string) => ids.get(state) ?? state;
  const name = (label: Label | undefined, fallback: string) => text(say(label, lang, fallback));
  const lines = [
    "stateDiagram-v2",
    `  %% ${graph.standard.id} ${graph.standard.version} · ticket ${graph.ticket} · ${name(graph.title, graph.ticket)}`,
  ];
  if (options.direction === "LR") lines.push("  direction LR");
  for (const s of graph.states) lines.push(`  state "${name(s.title, s.id)}" as ${id(s.id)}`);
  for (const s of graph.states) if (s.initial) lines.push(`  [*] --> ${id(s.id)}`);
  for (const t of graph.transitions) {
    const parts = [name(t.eventTitle, t.event)];
    if (t.when) parts.push(text(`${lang === "zh" ? "当" : "if"} ${matcherWords(t.when, lang)}`));
    for (const m of t.clocks) parts.push(text(mark(m, lang)));
    lines.push(`  ${id(t.from)} --> ${id(t.to)} : ${parts.join(" · ")}`);
  }
  for (const s of graph.states) if (s.final) lines.push(`  ${id(s.id)} --> [*]`);
  for (const s of graph.states) {
    if (s.clocks.length === 0) continue;
    lines.push(`  note right of ${id(s.id)}`, ...s.clocks.map((m) => `    ${text(mark(m, lang))}`), "  end note");
  }
  const initial = graph.states.find((s) => s.initial);
  if (graph.signals.length > 0 && initial) {
    lines.push(`  note left of ${id(initial.id)}`);
    for (const signal of graph.signals)
      for (const m of signal.clocks)
        lines.push(
          `    ${text(`${lang === "zh" ? "任何状态下" : "in any state,"} ${name(signal.eventTitle, signal.event)} → ${mark(m, lang)}`)}`,
        );
    lines.push("  end note");
  }
  return `${lines.join("\n")}\n`;
}
