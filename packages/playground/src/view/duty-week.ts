/** The duty week: the duty planner's occurrences for seven days, a column per day. */
import type { DutyWeek } from "../analysis/protocol.js";
import { WORDS, type PageLang } from "../words.js";
import { h } from "./dom.js";

export function renderDutyWeek(week: DutyWeek, lang: PageLang): HTMLElement {
  const w = WORDS[lang];
  const empty = week.days.every((d) => d.cells.length === 0);
  return h(
    "div",
    {},
    empty && h("p", { class: "muted" }, w.noDuties),
    h(
      "div",
      { class: "week" },
      week.days.map((d) =>
        h(
          "div",
          { class: "day", "data-date": d.date },
          h("h4", {}, `${w.weekdays[d.weekday]} ${d.date.slice(5)}`),
          h(
            "ul",
            {},
            d.cells.map((c) =>
              h(
                "li",
                { "data-duty": c.duty, title: c.roles.join(", ") },
                h("time", {}, c.allDay ? w.allDay : c.time),
                " ",
                c.title,
                c.zone !== undefined && h("span", { class: "muted" }, ` ${c.zone}`),
                c.item !== undefined && h("span", { class: "muted" }, ` ${c.item}`),
              ),
            ),
            d.more > 0 && h("li", { class: "muted" }, w.more(d.more)),
          ),
        ),
      ),
    ),
    week.problems.length > 0 &&
      h(
        "ul",
        { class: "muted problems" },
        week.problems.map((p) => h("li", {}, p)),
      ),
  );
}
