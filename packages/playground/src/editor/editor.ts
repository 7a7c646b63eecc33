/**
 * The YAML editor (CodeMirror 6, decision 0072): YAML highlighting, line numbers, undo, search,
 * and the validator's diagnostics shown at their line with code and hint, set from the worker's
 * answers (not computed here, so typing never waits for the validator).
 */
import { autocompletion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { yaml } from "@codemirror/lang-yaml";
import { lintGutter, setDiagnostics, type Diagnostic as LintDiagnostic } from "@codemirror/lint";
import { EditorState } from "@codemirror/state";
import { EditorView, hoverTooltip } from "@codemirror/view";
import { basicSetup } from "codemirror";
import type { CompleteRequest, CompletionItem, HoverDoc, HoverRequest, PageDiagnostic } from "../analysis/protocol.js";
import { cursorPlace, hoverPlace } from "./yaml-path.js";
import { WORDS, type PageLang } from "../words.js";

export interface YamlEditor {
  view: EditorView;
  text: () => string;
  setText: (text: string) => void;
  showDiagnostics: (diagnostics: PageDiagnostic[], lang: PageLang) => void;
  /** Moves the cursor to a line and column and scrolls it into view. */
  reveal: (line: number, column: number) => void;
}

export type Completer = (request: Omit<CompleteRequest, "type" | "id" | "lang">) => Promise<CompletionItem[]>;
export type Hoverer = (request: Omit<HoverRequest, "type" | "id" | "lang">) => Promise<HoverDoc | undefined>;

/**
 * Hover docs: on a key, the schema's title and description in the page's language (what a key
 * means and the forms it takes), the words an enum allows; on a value naming one of the
 * standard's calendars, roles…, that name's titles. The place is read here, the words come from
 * the worker (the editor schema and the last standard that loaded).
 */
function hoverSource(hover: Hoverer) {
  return hoverTooltip(async (view, pos) => {
    const text = view.state.doc.toString();
    const place = hoverPlace(text, pos);
    if (place === undefined) return null;
    const community = /^extends:/m.test(text);
    const doc = await hover({
      path: place.path,
      key: place.key,
      ...(place.value !== undefined ? { value: place.value } : {}),
      community,
    });
    if (doc === undefined) return null;
    return { pos: place.from, end: place.to, above: true, create: () => ({ dom: renderHover(doc) }) };
  });
}

function renderHover(doc: HoverDoc): HTMLElement {
  const box = document.createElement("div");
  box.className = "cm-yardstick-hover";
  const add = (tag: string, className: string, text: string) => {
    const el = box.appendChild(document.createElement(tag));
    el.className = className;
    el.textContent = text;
  };
  if (doc.value !== undefined && doc.valueTitle !== undefined) add("div", "value", `${doc.value}: ${doc.valueTitle}`);
  add("code", "key", doc.key);
  if (doc.title !== undefined) add("span", "title", ` ${doc.title}`);
  if (doc.text !== undefined) add("div", "text", doc.text);
  if (doc.words !== undefined) add("div", "words", doc.words.join(" · "));
  return box;
}

/** The completion source: the place of the cursor read here, the answers from the worker. */
function completionSource(complete: Completer) {
  return async (context: CompletionContext): Promise<CompletionResult | null> => {
    const text = context.state.doc.toString();
    const place = cursorPlace(text, context.pos);
    if (place === undefined) return null;
    // Keys are offered as soon as a line is started; values once a word is begun (or asked for).
    if (place.typing.kind === "value" && place.from === context.pos && !context.explicit) return null;
    const community = /^extends:/m.test(text);
    const items = await complete({ path: place.path, typing: place.typing, community });
    if (context.aborted || items.length === 0) return null;
    return {
      from: place.from,
      options: items.map((i) => ({
        label: i.label,
        type: i.type,
        ...(i.detail !== undefined ? { detail: i.detail } : {}),
        ...(i.info !== undefined ? { info: i.info } : {}),
        ...(place.typing.kind === "key" ? { apply: `${i.label}: ` } : {}),
      })),
      validFor: /^[\w.-]*$/,
    };
  };
}

export function createEditor(
  parent: HTMLElement,
  text: string,
  onChange: (text: string) => void,
  complete: Completer,
  hover: Hoverer,
): YamlEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        basicSetup,
        yaml(),
        autocompletion({ override: [completionSource(complete)] }),
        hoverSource(hover),
        lintGutter(),
        EditorView.lineWrapping,
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText: (next) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } }),
    showDiagnostics: (diagnostics, lang) => {
      const length = view.state.doc.length;
      const inline: LintDiagnostic[] = diagnostics
        .filter((d) => d.from !== undefined)
        .map((d) => {
          const from = Math.min(d.from!, length);
          // An empty range (a missing key) still marks the character it points at.
          const to = Math.min(Math.max(d.to ?? from, from === length ? from : from + 1), length);
          return {
            from,
            to,
            severity: d.severity,
            message: d.hint === undefined ? d.message : `${d.message}\n${WORDS[lang].hint}: ${d.hint}`,
            renderMessage: () => renderMessage(d, lang),
          };
        });
      view.dispatch(setDiagnostics(view.state, inline));
    },
    reveal: (line, column) => {
      const doc = view.state.doc;
      const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
      const pos = Math.min(l.from + Math.max(column - 1, 0), l.to);
      view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: "center" }) });
      view.focus();
    },
  };
}

function renderMessage(d: PageDiagnostic, lang: PageLang): Node {
  const box = document.createElement("div");
  box.className = "cm-yardstick-diagnostic";
  const code = box.appendChild(document.createElement("code"));
  code.className = "code";
  code.textContent = d.code;
  const message = box.appendChild(document.createElement("div"));
  message.className = "message";
  message.textContent = d.message;
  if (d.hint !== undefined) {
    const hint = box.appendChild(document.createElement("div"));
    hint.className = "hint";
    hint.textContent = `${WORDS[lang].hint}: ${d.hint}`;
  }
  return box;
}
