/** The duty week: the duty planner's occurrences for seven days, a row per duty, a column per day. */
import type { DutyWeek } from "../analysis/protocol.js";
import { WORDS, type PageLang } from "../words.js";
import { h } from "./dom.js";

/** Most times written in one cell; a patrol every 2 h is summed up after that. */
const TIMES_SHOWN = 4;

export function renderDutyWeek(week: DutyWeek, lang: PageLang): HTMLElement {
  const w = WORDS[lang];
  if (week.rows.length === 0) return h("p", { class: "muted" }, w.noDuties, ...week.problems.map((p) => ` ${p}`));
  return h(
    "div",
    {},
    h(
      "table",
      { class: "week" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", {}, ""),
          week.days.map((d) => h("th", { "data-date": d.date }, `${w.weekdays[d.weekday]} ${d.date.slice(5)}`)),
        ),
      ),
      h(
        "tbody",
        {},
        week.rows.map((row) =>
          h(
            "tr",
            { "data-duty": row.duty },
            h("th", { title: row.roles.join(", ") }, row.title),
            row.days.map((cell, i) => {
              const shown = cell.times.slice(0, TIMES_SHOWN).map((t) => {
                const when = t.time === "" ? w.allDay : t.time;
                return h("div", {}, t.count > 1 ? `${when} ×${t.count}` : when);
              });
              const rest = cell.times.slice(TIMES_SHOWN).reduce((n, t) => n + t.count, 0);
              return h(
                "td",
                { "data-date": week.days[i]!.date, "data-count": cell.count },
                shown,
                rest > 0 && h("div", { class: "muted" }, w.more(rest)),
              );
            }),
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
