/**
 * "When is it due": the runtime's own account of a ticket opened at the chosen time — each clock's
 * deadline with the calendar's reasons, and its warning, breach and escalations as marks on a
 * track from the opening, then listed with who is told.
 */
import type { KindChoice, Timeline, TimelineMark } from "../analysis/protocol.js";
import { WORDS, type PageLang } from "../words.js";
import { h } from "./dom.js";

export interface TicketForm {
  kind: string;
  at: string;
  data: Record<string, string>;
  /** The first event; undefined: the initial state's first. */
  event?: string;
  /** The events after it, each at a time; undefined: the worker's default path. */
  steps?: { event: string; at: string }[];
}

/** The kind, time and data inputs; `onChange` gets the new query. */
export function renderTicketForm(
  kinds: KindChoice[],
  form: TicketForm,
  lang: PageLang,
  onChange: (form: TicketForm) => void,
): HTMLElement {
  const w = WORDS[lang];
  const kind = kinds.find((k) => k.id === form.kind) ?? kinds[0];
  const kindSelect = h(
    "select",
    { id: "ticket-kind", name: "kind" },
    kinds.map((k) => {
      const option = h("option", { value: k.id }, `${k.title} (${k.id})`);
      option.selected = k.id === kind?.id;
      return option;
    }),
  );
  kindSelect.addEventListener("change", () => onChange({ kind: kindSelect.value, at: form.at, data: {} }));
  // A new first event or report time starts from the default path again.
  const events = kind?.events ?? [];
  const first = form.event ?? events[0] ?? "";
  const eventSelect = h(
    "select",
    { id: "ticket-event", name: "event" },
    h("option", { value: "" }, w.none),
    events.map((e) => {
      const option = h("option", { value: e }, e);
      option.selected = e === first;
      return option;
    }),
  );
  eventSelect.addEventListener("change", () => onChange({ ...form, event: eventSelect.value, steps: undefined }));
  const at = h("input", { id: "ticket-at", type: "datetime-local", value: form.at.replace(" ", "T") });
  at.addEventListener("change", () => {
    if (at.value !== "") onChange({ ...form, at: at.value.replace("T", " ").slice(0, 16), steps: undefined });
  });
  const fields = (kind?.fields ?? []).map((f) => {
    const select = h(
      "select",
      { id: `ticket-data-${f.id}`, "data-field": f.id },
      h("option", { value: "" }, w.none),
      f.values.map((v) => {
        const option = h("option", { value: v }, v);
        option.selected = form.data[f.id] === v;
        return option;
      }),
    );
    select.addEventListener("change", () => onChange({ ...form, data: { ...form.data, [f.id]: select.value } }));
    return h("label", {}, h("span", {}, f.title), select);
  });
  return h(
    "form",
    { class: "ticket-form" },
    h("label", {}, h("span", {}, w.ticketKind), kindSelect),
    h("label", {}, h("span", {}, w.reportedAt), at),
    h("label", {}, h("span", {}, w.firstEvent), eventSelect),
    fields,
  );
}

const markText = (m: TimelineMark, lang: PageLang) =>
  `${WORDS[lang].marks[m.kind]}${m.kind === "escalation" && m.level !== undefined ? ` ${m.level}` : ""}`;

const toInput = (at: string) => at.replace(" ", "T");
const fromInput = (value: string) => value.replace("T", " ").slice(0, 16);

/**
 * The path after the opening: the default one (each step just in time) or the user's, a row per
 * event with its time and the state it leads to; rows can be changed, removed and added.
 */
function renderPath(
  timeline: Timeline,
  form: TicketForm,
  lang: PageLang,
  onSteps: (steps: { event: string; at: string }[] | undefined) => void,
): HTMLElement {
  const w = WORDS[lang];
  const own = form.steps !== undefined;
  // The user's rows stay as written, even one the ticket refused (the problem below says why).
  const rows = form.steps ?? timeline.steps.map((s) => ({ event: s.event, at: s.at }));
  const lastAt = rows.at(-1)?.at ?? timeline.opened;
  const items = rows.map((row, i) => {
    const applied = timeline.steps[i];
    const choices = applied?.choices ?? (i === timeline.steps.length ? timeline.nextEvents : []);
    const options = choices.some((c) => c.id === row.event)
      ? choices
      : [{ id: row.event, title: row.event }, ...choices];
    const select = h(
      "select",
      { class: "step-event", "aria-label": `${w.then} ${i + 1}` },
      options.map((c) => {
        const option = h("option", { value: c.id }, `${c.title} (${c.id})`);
        option.selected = c.id === row.event;
        return option;
      }),
    );
    const at = h("input", { class: "step-at", type: "datetime-local", value: toInput(row.at), "aria-label": w.stepAt });
    const remove = h(
      "button",
      { type: "button", class: "step-remove", title: w.removeStep, "aria-label": w.removeStep },
      "×",
    );
    const edited = (change: Partial<{ event: string; at: string }>) =>
      rows
        .map((r, j) => (j === i ? { ...r, ...change } : r))
        .slice(0, change.event !== undefined ? i + 1 : rows.length);
    select.addEventListener("change", () => onSteps(edited({ event: select.value })));
    at.addEventListener("change", () => {
      if (at.value !== "") onSteps(edited({ at: fromInput(at.value) }));
    });
    remove.addEventListener("click", () => onSteps(rows.slice(0, i)));
    return h(
      "li",
      { class: applied === undefined ? "step refused" : "step", "data-event": row.event, "data-at": row.at },
      select,
      " ",
      h("span", { class: "muted" }, w.stepAt),
      " ",
      at,
      " ",
      applied !== undefined && h("span", { class: "state" }, w.stateAfter(applied.state)),
      " ",
      remove,
    );
  });
  const add =
    timeline.nextEvents.length > 0 && timeline.steps.length === rows.length
      ? h("button", { type: "button", class: "step-add" }, w.addStep)
      : undefined;
  add?.addEventListener("click", () => onSteps([...rows, { event: timeline.nextEvents[0]!.id, at: lastAt }]));
  const reset = own ? h("button", { type: "button", class: "step-default" }, w.defaultPath) : undefined;
  reset?.addEventListener("click", () => onSteps(undefined));
  return h(
    "section",
    { class: "path", "data-path": own ? "own" : "default" },
    h("h3", {}, w.then),
    h("p", { class: "muted" }, own ? w.pathOwn : w.pathAuto),
    h("ol", { class: "steps" }, items),
    h("p", { class: "step-buttons" }, add, " ", reset),
    timeline.stepProblem !== undefined && h("p", { class: "bad step-problem" }, timeline.stepProblem),
  );
}

export function renderTimeline(
  timeline: Timeline,
  lang: PageLang,
  form?: TicketForm,
  onSteps?: (steps: { event: string; at: string }[] | undefined) => void,
): HTMLElement {
  const w = WORDS[lang];
  if (timeline.problem !== undefined) return h("p", { class: "bad" }, timeline.problem);
  const clocks = timeline.clocks.map((c) => {
    const marks = timeline.marks.filter((m) => m.clock === c.clock);
    // Each clock's track runs from its own first mark to its last (a callback starts days later).
    const from = Math.min(...marks.map((m) => m.at), Number.POSITIVE_INFINITY);
    const start = Number.isFinite(from) ? from : timeline.openedAt;
    const span = Math.max(60_000, ...marks.map((m) => m.at - start));
    const track = h(
      "div",
      { class: "track", role: "img", "aria-label": c.title },
      marks.map((m) =>
        h(
          "span",
          {
            class: `mark ${m.kind}`,
            style: `left: ${(((m.at - start) / span) * 100).toFixed(2)}%`,
            title: `${m.time} ${markText(m, lang)}`,
          },
          "",
        ),
      ),
    );
    return h(
      "section",
      { class: "clock", "data-clock": c.clock },
      h(
        "h3",
        {},
        c.title,
        " ",
        h("code", {}, c.clock),
        c.due !== undefined && h("span", { class: "due" }, ` ${w.due} `, h("time", {}, c.due)),
      ),
      c.started
        ? h(
            "p",
            { class: "about" },
            [
              c.target !== undefined ? `${w.target} ${c.target}` : "",
              `${w.calendar} ${c.calendar}`,
              c.priority !== null ? c.priority : "",
            ]
              .filter((s) => s !== "")
              .join(" · "),
          )
        : h(
            "p",
            { class: "about muted" },
            `${timeline.steps.length > 0 ? w.notStartedOnPath : w.notStarted} · ${c.startsOn}`,
          ),
      c.started && marks.length > 0 && track,
      (c.steps.length > 0 || c.skipped.length > 0) &&
        h(
          "ul",
          { class: "reasons" },
          c.steps.map((s) => h("li", {}, s)),
          c.skipped.map((s) => h("li", { class: "skipped" }, s)),
        ),
    );
  });
  const table = h(
    "table",
    { class: "marks" },
    h(
      "tbody",
      {},
      timeline.marks.map((m) =>
        h(
          "tr",
          { "data-clock": m.clock, "data-kind": m.kind, "data-level": m.level },
          h("td", {}, h("time", {}, m.time)),
          h("td", {}, h("span", { class: `pill ${m.kind}` }, markText(m, lang))),
          h("td", {}, m.clockTitle),
          h("td", {}, m.roles.length > 0 ? `${w.notify} ${m.roles.join(", ")}` : ""),
          h("td", { class: "muted" }, m.reason),
        ),
      ),
    ),
  );
  return h(
    "div",
    {},
    h("p", { class: "opened" }, w.opened(timeline.opened, timeline.state, timeline.priority)),
    form !== undefined && onSteps !== undefined && renderPath(timeline, form, lang, onSteps),
    clocks,
    table,
  );
}
