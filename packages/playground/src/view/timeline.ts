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
  eventSelect.addEventListener("change", () => onChange({ ...form, event: eventSelect.value }));
  const at = h("input", { id: "ticket-at", type: "datetime-local", value: form.at.replace(" ", "T") });
  at.addEventListener("change", () => {
    if (at.value !== "") onChange({ ...form, at: at.value.replace("T", " ").slice(0, 16) });
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

export function renderTimeline(timeline: Timeline, lang: PageLang): HTMLElement {
  const w = WORDS[lang];
  if (timeline.problem !== undefined) return h("p", { class: "bad" }, timeline.problem);
  const end = Math.max(timeline.openedAt + 60_000, ...timeline.marks.map((m) => m.at));
  const span = end - timeline.openedAt;
  const clocks = timeline.clocks.map((c) => {
    const marks = timeline.marks.filter((m) => m.clock === c.clock);
    const track = h(
      "div",
      { class: "track", role: "img", "aria-label": c.title },
      marks.map((m) =>
        h(
          "span",
          {
            class: `mark ${m.kind}`,
            style: `left: ${(((m.at - timeline.openedAt) / span) * 100).toFixed(2)}%`,
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
        : h("p", { class: "about muted" }, w.notStarted),
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
    clocks,
    table,
  );
}
