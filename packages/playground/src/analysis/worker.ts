/**
 * The worker that runs the language and the engine, so typing never waits for them. Each request
 * is answered in two steps — diagnostics and the timeline first, then the panel in view — and a
 * newer request that arrived in between makes the rest of an older one skip.
 */
import {
  dutyWeek,
  handbookHtml,
  kindChoices,
  loadText,
  scenarioLines,
  ticketTimeline,
  type Loaded,
} from "./analyze.js";
import { createLoadCache } from "@yardstick/dsl";
import { completeAt, hoverAt } from "./complete.js";
import type { Analysis, AnalyzeRequest, CompleteRequest, HoverRequest, PanelResult, WorkerAnswer } from "./protocol.js";
import { shippedResolver } from "./shipped.js";

let latest = 0;
/** What earlier loads parsed: the shipped standards an `extends` names, the sections not edited. */
const loadCache = createLoadCache();
let cached: { text: string; lang: string; loaded: Loaded } | undefined;

const post = (answer: WorkerAnswer) => (self as unknown as Worker).postMessage(answer);
/** Lets messages that arrived meanwhile be read (a newer request raises `latest`). */
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The last standard that loaded: its names complete values while the text has errors. */
let lastModel: Parameters<typeof completeAt>[4];

self.addEventListener("message", (event: MessageEvent<AnalyzeRequest | CompleteRequest | HoverRequest>) => {
  const request = event.data;
  if (request.type === "hover") {
    const { id, path, key, value, community, lang } = request;
    const doc = hoverAt(path, key, value, community, lang, lastModel);
    post({ type: "hover", id, ...(doc !== undefined ? { doc } : {}) });
    return;
  }
  if (request.type === "complete") {
    const { id, path, typing, community, lang } = request;
    const knownIds = () => shippedResolver.knownIds?.() ?? [];
    post({ type: "completions", id, items: completeAt(path, typing, community, lang, lastModel, knownIds) });
    return;
  }
  latest = Math.max(latest, request.rev);
  // The page waits for an answer before it sends the next text: a failure must answer too.
  answer(request).catch((error: unknown) =>
    post({ type: "failed", rev: request.rev, message: error instanceof Error ? error.message : String(error) }),
  );
});

async function answer(request: AnalyzeRequest): Promise<void> {
  await yieldToMessages();
  if (request.rev !== latest) return;
  const reused = cached !== undefined && cached.text === request.text && cached.lang === request.lang;
  const loaded = reused ? cached!.loaded : loadText(request.text, request.lang, loadCache);
  cached = { text: request.text, lang: request.lang, loaded };
  const { program } = loaded;
  if (program !== undefined) lastModel = program.model;
  const t0 = performance.now();
  const analysis: Analysis = {
    type: "analysis",
    rev: request.rev,
    diagnostics: loaded.diagnostics,
    kinds: program === undefined ? [] : kindChoices(program, request.lang),
    ms: { load: reused ? 0 : loaded.ms.load, compile: reused ? 0 : loaded.ms.compile, timeline: 0 },
  };
  if (program !== undefined) {
    const kind = program.tickets.has(request.ticket.kind) ? request.ticket.kind : analysis.kinds[0]?.id;
    const title = program.model.title;
    analysis.standard = {
      id: program.model.id,
      title: title[request.lang] ?? title.en ?? title.zh ?? program.model.id,
      timezone: program.timezone,
    };
    const choice = analysis.kinds.find((k) => k.id === kind);
    if (choice !== undefined) {
      // A new kind (or a form that never chose) starts with the initial state's first event.
      const event = kind === request.ticket.kind ? (request.ticket.event ?? choice.events[0]) : choice.events[0];
      const query = { ...request.ticket, kind: choice.id, ...(event !== undefined ? { event } : {}) };
      // The user's path belongs to the kind it was written for.
      if (kind !== request.ticket.kind) delete query.steps;
      analysis.timeline = ticketTimeline(program, query, request.lang);
    }
  }
  analysis.ms.timeline = performance.now() - t0;
  post(analysis);

  await yieldToMessages();
  if (request.rev !== latest || program === undefined) return;
  const t1 = performance.now();
  const result: PanelResult = { type: "panel", rev: request.rev, panel: request.panel, ms: 0 };
  if (request.panel === "scenarios") result.scenarios = scenarioLines(program);
  else if (request.panel === "duties") result.duties = dutyWeek(program, request.week, request.lang);
  else if (request.panel === "handbook") result.handbook = handbookHtml(program, request.lang);
  result.ms = performance.now() - t1;
  post(result);
}
