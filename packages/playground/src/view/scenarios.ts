/** The standard's scenario tests run in the page: ✓/✗ per scenario, expected against actual. */
import type { PanelResult } from "../analysis/protocol.js";
import { WORDS, type PageLang } from "../words.js";
import { h } from "./dom.js";

const MARK = { passed: "✓", failed: "✗", "not-run": "–", error: "✗" } as const;

export function renderScenarios(result: NonNullable<PanelResult["scenarios"]>, lang: PageLang): HTMLElement {
  const w = WORDS[lang];
  return h(
    "div",
    {},
    h("p", { class: result.failed > 0 ? "bad" : "ok" }, w.scenarioSummary(result.passed, result.failed, result.notRun)),
    h(
      "ol",
      { class: "scenarios" },
      // The ones that do not hold first: they are what the author must look at.
      [
        ...result.lines.filter((s) => s.outcome !== "passed"),
        ...result.lines.filter((s) => s.outcome === "passed"),
      ].map((s) =>
        h(
          "li",
          { class: `scenario ${s.outcome}`, "data-id": s.id, "data-outcome": s.outcome },
          h("span", { class: "outcome" }, MARK[s.outcome]),
          " ",
          h("strong", {}, s.title ?? s.id),
          " ",
          h("code", { class: "muted" }, s.id),
          s.message !== undefined && h("div", { class: "message" }, s.message),
          s.outcome === "failed" &&
            h(
              "table",
              { class: "checks" },
              h(
                "tbody",
                {},
                s.checks
                  .filter((c) => !c.ok)
                  .map((c) =>
                    h(
                      "tr",
                      { class: "check", "data-field": c.field },
                      h("td", {}, c.at),
                      h("td", {}, c.field),
                      h("td", { class: "expected" }, `${w.expected} `, h("code", {}, c.expected)),
                      h("td", { class: "actual" }, `${w.actual} `, h("code", {}, c.actual)),
                    ),
                  ),
              ),
            ),
        ),
      ),
    ),
  );
}
