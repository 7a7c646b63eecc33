/**
 * The playground page: the editor on the left, the validator's problems and the engine's answers
 * on the right. The worker computes; this file keeps the state and draws. The body's data
 * attributes say what is shown (`data-state="ready"` once the answers match the text, with the
 * revision), which is what the browser tests and the benchmark wait for.
 */
import type {
  Analysis,
  AnalyzeRequest,
  CompleteRequest,
  CompletionItem,
  HoverDoc,
  HoverRequest,
  Panel,
  PanelResult,
  WorkerAnswer,
} from "./analysis/protocol.js";
import { FIRST_STANDARD, shippedTexts } from "./examples.js";
import { createEditor } from "./editor/editor.js";
import { hashFor, keepLang, keepText, keptLang, keptText, MAX_LINK, textFromHash } from "./keep.js";
import { h } from "./view/dom.js";
import { renderDutyWeek } from "./view/duty-week.js";
import { renderHandbook } from "./view/handbook.js";
import { renderProblems } from "./view/problems.js";
import { renderScenarios } from "./view/scenarios.js";
import { renderTicketForm, renderTimeline, type TicketForm } from "./view/timeline.js";
import { WORDS, type PageLang } from "./words.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const params = new URLSearchParams(location.search);
const paramLang = params.get("lang");
let lang: PageLang =
  paramLang === "zh" || paramLang === "en"
    ? paramLang
    : (keptLang() ?? (navigator.language.toLowerCase().startsWith("zh") ? "zh" : "en"));
let panel: Panel = "timeline";
let form: TicketForm = { kind: "repair", at: nowLocal(), data: { category: "water_leak" } };
let rev = 0;
let last: Analysis | undefined;
const typedAt = new Map<number, number>();

function nowLocal(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Monday of the report time's week: the duty week shown. */
function weekOf(at: string): string {
  const d = new Date(`${at.slice(0, 10)}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

const worker = new Worker(new URL("./analysis/worker.ts", import.meta.url), { type: "module" });
const completions = new Map<number, (items: CompletionItem[]) => void>();
let completionId = 0;
/** Asks the worker what may be written at the cursor (the schema's keys and words, the standard's names). */
function complete(request: Omit<CompleteRequest, "type" | "id" | "lang">): Promise<CompletionItem[]> {
  const id = ++completionId;
  return new Promise((resolve) => {
    completions.set(id, resolve);
    worker.postMessage({ ...request, type: "complete", id, lang } satisfies CompleteRequest);
  });
}

const hovers = new Map<number, (doc: HoverDoc | undefined) => void>();
/** Asks the worker for the hover docs of a key (and the value word under the pointer). */
function hoverDocs(request: Omit<HoverRequest, "type" | "id" | "lang">): Promise<HoverDoc | undefined> {
  const id = ++completionId;
  return new Promise((resolve) => {
    hovers.set(id, resolve);
    worker.postMessage({ ...request, type: "hover", id, lang } satisfies HoverRequest);
  });
}

worker.addEventListener("message", (event: MessageEvent<WorkerAnswer>) => {
  const answer = event.data;
  if (answer.type === "hover") {
    hovers.get(answer.id)?.(answer.doc);
    hovers.delete(answer.id);
    return;
  }
  if (answer.type === "completions") {
    completions.get(answer.id)?.(answer.items);
    completions.delete(answer.id);
    return;
  }
  if (answer.type === "analysis" || answer.type === "failed") {
    inFlight = false;
    if (waiting) send();
  }
  if (answer.rev !== rev) return;
  if (answer.type === "analysis") showAnalysis(answer);
  else if (answer.type === "failed") $("status").textContent = `worker: ${answer.message}`;
  else showPanel(answer);
});
worker.addEventListener("error", (event) => {
  $("status").textContent = `worker: ${event.message}`;
});

/**
 * One request at a time: a keystroke is sent at once when the worker is free, else it waits, and
 * every keystroke that waited is answered by one request with the latest text when the worker
 * answers — no fixed debounce delay on a single keystroke, and no queue of stale texts in a burst.
 */
let inFlight = false;
let waiting = false;
function requestAnalysis(): void {
  rev++;
  typedAt.set(rev, performance.now());
  document.body.dataset.state = "pending";
  if (inFlight) waiting = true;
  else send();
}

function send(): void {
  inFlight = true;
  waiting = false;
  const request: AnalyzeRequest = {
    type: "analyze",
    rev,
    text: editor.text(),
    lang,
    ticket: form,
    panel,
    week: weekOf(form.at),
  };
  worker.postMessage(request);
}

function showAnalysis(a: Analysis): void {
  last = a;
  const typed = typedAt.get(a.rev) ?? performance.now();
  editor.showDiagnostics(a.diagnostics, lang);
  $("problems").replaceChildren(
    renderProblems(a.diagnostics, lang, (d) => {
      if (d.from !== undefined) editor.reveal(d.line, d.column);
    }),
  );
  const diagnosticsLatency = performance.now() - typed;
  drawTicketForm();
  if (panel === "timeline") {
    const body =
      a.timeline !== undefined
        ? renderTimeline(a.timeline, lang, form, (steps) => {
            form = { ...form, steps };
            requestAnalysis();
          })
        : fixFirst();
    $("panel-body").replaceChildren(body);
  } else if (a.kinds.length === 0) $("panel-body").replaceChildren(fixFirst());
  const latency = performance.now() - typed;
  for (const r of typedAt.keys()) if (r <= a.rev) typedAt.delete(r);
  const w = WORDS[lang];
  $("status").textContent = [
    a.standard !== undefined ? `${a.standard.title} (${a.standard.id}, ${a.standard.timezone})` : "",
    `${w.took(latency)}: load ${a.ms.load.toFixed(0)} + compile ${a.ms.compile.toFixed(0)} + timeline ${a.ms.timeline.toFixed(0)}`,
  ]
    .filter((s) => s !== "")
    .join(" · ");
  Object.assign(document.body.dataset, {
    state: panel === "timeline" || a.kinds.length === 0 ? "ready" : "analysed",
    rev: String(a.rev),
    latency: latency.toFixed(1),
    diagnosticsLatency: diagnosticsLatency.toFixed(1),
    workerMs: (a.ms.load + a.ms.compile + a.ms.timeline).toFixed(1),
    workerParts: [a.ms.load, a.ms.compile, a.ms.timeline].map((x) => x.toFixed(1)).join(" "),
  });
}

function showPanel(p: PanelResult): void {
  if (p.panel !== panel) return;
  const body =
    p.scenarios !== undefined
      ? renderScenarios(p.scenarios, lang)
      : p.duties !== undefined
        ? renderDutyWeek(p.duties, lang)
        : p.handbook !== undefined
          ? renderHandbook(p.handbook)
          : undefined;
  if (body !== undefined) $("panel-body").replaceChildren(body);
  if (panel !== "timeline") document.body.dataset.state = "ready";
}

const fixFirst = () => h("p", { class: "muted" }, WORDS[lang].fixFirst);

function drawTicketForm(): void {
  const kinds = last?.kinds ?? [];
  const show = (panel === "timeline" || panel === "duties") && kinds.length > 0;
  $("ticket-form").replaceChildren(
    show
      ? renderTicketForm(kinds, form, lang, (next) => {
          form = next;
          requestAnalysis();
        })
      : "",
  );
}

function drawWords(): void {
  const w = WORDS[lang];
  document.documentElement.lang = lang;
  document.title = w.title;
  $("title").textContent = w.title;
  $("tagline").textContent = w.tagline;
  $("download").textContent = w.download;
  $("share").textContent = w.share;
  $("problems-title").textContent = w.problems;
  $("lang-label").textContent = w.language;
  $<HTMLSelectElement>("lang").value = lang;
  for (const tab of document.querySelectorAll<HTMLButtonElement>("#tabs button")) {
    const name = tab.dataset.panel as Panel;
    tab.textContent = w.panels[name];
    tab.setAttribute("aria-selected", String(name === panel));
  }
  const example = $<HTMLSelectElement>("example");
  example.replaceChildren(
    h("option", { value: "" }, w.open),
    ...[...shippedTexts.keys()].map((id) => h("option", { value: id }, id)),
  );
}

// ── start ────────────────────────────────────────────────────────────────────────────────
const fromLink = await textFromHash(location.hash);
const startText = fromLink ?? keptText() ?? (await shippedTexts.get(FIRST_STANDARD)?.()) ?? "";
const editor = createEditor(
  $("editor"),
  startText,
  (text) => {
    keepText(text);
    requestAnalysis();
  },
  complete,
  hoverDocs,
);
if (fromLink !== null) keepText(fromLink);
// The browser tests and the benchmark drive the editor through this, as a person types.
Object.assign(window, { __yardstick: { view: editor.view, text: editor.text } });

$<HTMLSelectElement>("lang").addEventListener("change", (e) => {
  lang = (e.target as HTMLSelectElement).value as PageLang;
  keepLang(lang);
  drawWords();
  requestAnalysis();
});
for (const tab of document.querySelectorAll<HTMLButtonElement>("#tabs button"))
  tab.addEventListener("click", () => {
    panel = tab.dataset.panel as Panel;
    drawWords();
    $("panel-body").replaceChildren(h("p", { class: "muted" }, WORDS[lang].computing));
    requestAnalysis();
  });
$<HTMLSelectElement>("example").addEventListener("change", async (e) => {
  const select = e.target as HTMLSelectElement;
  const load = shippedTexts.get(select.value);
  select.value = "";
  if (load !== undefined) editor.setText(await load());
});
$("download").addEventListener("click", () => {
  const id = last?.standard?.id ?? "standard";
  const a = h("a", {
    href: URL.createObjectURL(new Blob([editor.text()], { type: "application/yaml" })),
    download: `${id.replace(/[^\w.-]+/g, "-")}.yaml`,
  });
  a.click();
  URL.revokeObjectURL(a.href);
});
$("share").addEventListener("click", async () => {
  const hash = await hashFor(editor.text());
  const url = `${location.origin}${location.pathname}${location.search}${hash}`;
  const note = $("share-note");
  if (url.length > MAX_LINK) {
    note.textContent = WORDS[lang].tooLong;
    return;
  }
  history.replaceState(null, "", hash);
  note.textContent = WORDS[lang].shared;
  await navigator.clipboard?.writeText(url).catch(() => undefined);
});

drawWords();
requestAnalysis();
