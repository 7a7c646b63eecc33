/**
 * What the page and its worker say to each other. Everything is plain data (structured clone):
 * the worker owns the language and the engine, the page owns the editor and the DOM.
 */
import type { PageLang } from "../words.js";

/** A diagnostic as the page shows it: the dsl's, with where it points in the edited text. */
export interface PageDiagnostic {
  code: string;
  severity: "error" | "warning" | "info";
  message: string;
  hint?: string;
  /** The file it is in: the edited one, or a standard it extends. */
  file: string;
  line: number;
  column: number;
  /** UTF-16 offsets into the edited text (CodeMirror's positions), when it is in the edited file. */
  from?: number;
  to?: number;
}

/** A ticket to open: what the "when is it due" panel asks for. */
export interface TicketQuery {
  kind: string;
  /** Local time in the standard's zone, `2026-09-30 17:00`. */
  at: string;
  data: Record<string, string>;
  /** An event applied at the same instant (a repair is opened `new` and `report`ed). */
  event?: string;
  /**
   * What happens next, in order, each at a local time: the path through the workflow that starts
   * the clocks which do not start at the opening. Undefined: the worker's default path
   * (`TimelineStep.auto`).
   */
  steps?: { event: string; at: string }[];
}

/** One event of the path after the opening, as applied (or refused). */
export interface TimelineStep {
  event: string;
  /** Its title in the page's language. */
  title: string;
  /** Local time in the standard's zone. */
  at: string;
  /** The state the ticket is in after it. */
  state: string;
  /** The events the ticket could take instead, at this step (the state before it allows). */
  choices: { id: string; title: string }[];
  /** Chosen by the worker (the default path), not by the user. */
  auto: boolean;
}

export type Panel = "timeline" | "scenarios" | "duties" | "handbook";

export interface AnalyzeRequest {
  type: "analyze";
  rev: number;
  text: string;
  lang: PageLang;
  ticket: TicketQuery;
  /** The panel in view: only its work is done after the diagnostics and the timeline. */
  panel: Panel;
  /** The first day of the duty week, `2026-09-28`. */
  week: string;
}

export interface KindChoice {
  id: string;
  title: string;
  /** The events of the initial state: what happens first to a new ticket. */
  events: string[];
  /** Fields a priority is chosen by, with the values the matchers and the field name. */
  fields: { id: string; title: string; values: string[] }[];
}

export interface TimelineMark {
  clock: string;
  clockTitle: string;
  kind: "start" | "warning" | "breach" | "escalation" | "pause" | "resume" | "stop" | "cancel" | "reset";
  level?: number;
  /** Local time in the standard's zone. */
  time: string;
  at: number;
  roles: string[];
  reason: string;
}

export interface ClockLine {
  clock: string;
  title: string;
  calendar: string;
  target?: string;
  priority: string | null;
  due?: string;
  /** The calendar's account: lunch breaks, weekends, holidays, 调休 skipped. */
  steps: string[];
  skipped: string[];
  started: boolean;
  /** What starts it, in words (for a clock the path did not start). */
  startsOn: string;
}

export interface Timeline {
  opened: string;
  openedAt: number;
  state: string;
  priority: string | null;
  clocks: ClockLine[];
  marks: TimelineMark[];
  /** The events after the opening (the default path, or the user's), each applied in order. */
  steps: TimelineStep[];
  /** The events the ticket could take after the last step, to add one. */
  nextEvents: { id: string; title: string }[];
  /** Why a step of the user's path was not applied (the event refused, a time that is not one). */
  stepProblem?: string;
  /** Why no timeline could be drawn (an unknown kind, a time that is not one). */
  problem?: string;
}

export interface ScenarioLine {
  id: string;
  title?: string;
  subject: string;
  outcome: "passed" | "failed" | "not-run" | "error";
  message?: string;
  checks: { at: string; field: string; expected: string; actual: string; ok: boolean }[];
}

/** One duty on one day: its times (or "any time in the day"), each with how many zones or items. */
export interface DutyCell {
  times: { time: string; count: number }[];
  /** Occurrences that day, over zones and items. */
  count: number;
}

export interface DutyRow {
  duty: string;
  title: string;
  roles: string[];
  /** One per day of the week, in order. */
  days: DutyCell[];
}

export interface DutyWeek {
  days: { date: string; weekday: number }[];
  rows: DutyRow[];
  problems: string[];
}

/** The first answer to a request: what must follow a keystroke within 100 ms. */
export interface Analysis {
  type: "analysis";
  rev: number;
  diagnostics: PageDiagnostic[];
  /** The standard's id and title, when it loaded. */
  standard?: { id: string; title: string; timezone: string };
  kinds: KindChoice[];
  timeline?: Timeline;
  /** Milliseconds the worker spent: load, compile, timeline. */
  ms: { load: number; compile: number; timeline: number };
}

/** The second answer: the panel in view. */
export interface PanelResult {
  type: "panel";
  rev: number;
  panel: Panel;
  scenarios?: { lines: ScenarioLine[]; passed: number; failed: number; notRun: number };
  duties?: DutyWeek;
  handbook?: string;
  ms: number;
}

/** A completion asked for: where the cursor is (editor/yaml-path.ts). */
export interface CompleteRequest {
  type: "complete";
  id: number;
  path: string[];
  typing: { kind: "key" } | { kind: "value"; key: string };
  /** The text has `extends:` (every key below the header may then be inherited). */
  community: boolean;
  lang: PageLang;
}

/** Hover docs asked for: the key under the pointer, the keys above it, the value word if on one. */
export interface HoverRequest {
  type: "hover";
  id: number;
  path: string[];
  key: string;
  value?: string;
  community: boolean;
  lang: PageLang;
}

/** What the hover shows: the schema's words for the key, in the page's language. */
export interface HoverDoc {
  key: string;
  title?: string;
  text?: string;
  /** The words an enum allows. */
  words?: string[];
  /** On a value naming one of the standard's calendars, roles…: the value and its titles. */
  value?: string;
  valueTitle?: string;
}

export interface HoverAnswer {
  type: "hover";
  id: number;
  doc?: HoverDoc;
}

export interface CompletionItem {
  label: string;
  type: "property" | "enum" | "variable";
  detail?: string;
  info?: string;
}

export interface Completions {
  type: "completions";
  id: number;
  items: CompletionItem[];
}

/** The worker threw while answering `rev` (a bug to report: the page says so instead of waiting). */
export interface Failed {
  type: "failed";
  rev: number;
  message: string;
}

export type WorkerAnswer = Analysis | PanelResult | Completions | HoverAnswer | Failed;
