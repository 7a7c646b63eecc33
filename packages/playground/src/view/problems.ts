/** The problems list: every diagnostic with its code, place and hint; a click shows it in the editor. */
import type { PageDiagnostic } from "../analysis/protocol.js";
import { WORDS, type PageLang } from "../words.js";
import { h } from "./dom.js";

export function renderProblems(
  diagnostics: PageDiagnostic[],
  lang: PageLang,
  reveal: (d: PageDiagnostic) => void,
): HTMLElement {
  const w = WORDS[lang];
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  const summary =
    diagnostics.length === 0
      ? h("p", { class: "ok" }, `✓ ${w.noProblems}`)
      : h("p", { class: errors > 0 ? "bad" : "warn" }, [w.errors(errors), w.warnings(warnings)].join(" · "));
  const list = h(
    "ol",
    {},
    diagnostics.map((d) => {
      const item = h(
        "li",
        {
          class: `diagnostic ${d.severity}`,
          "data-code": d.code,
          "data-line": d.line,
          "data-column": d.column,
          "data-file": d.file,
          tabindex: 0,
        },
        h(
          "span",
          { class: "where" },
          d.from === undefined ? `${w.inFile(d.file)}:${d.line}` : w.line(d.line, d.column),
        ),
        h("code", { class: "code" }, d.code),
        h("span", { class: "message" }, d.message),
        d.hint !== undefined && h("div", { class: "hint" }, `${w.hint}: ${d.hint}`),
      );
      item.addEventListener("click", () => reveal(d));
      item.addEventListener("keydown", (e) => {
        if (e.key === "Enter") reveal(d);
      });
      return item;
    }),
  );
  return h("div", {}, summary, list);
}
