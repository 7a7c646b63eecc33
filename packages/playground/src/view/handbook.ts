/** The handbook preview: the engine's HTML handbook in a sandboxed frame (it is a whole document). */
import { h } from "./dom.js";

export function renderHandbook(html: string): HTMLElement {
  const frame = h("iframe", { class: "handbook", title: "handbook", sandbox: "" });
  frame.srcdoc = html;
  return frame;
}
