/**
 * The playground as the browser tests and the benchmark see it: built by Vite into a temporary
 * folder (what `pnpm build` ships), and served to headless Chromium from that folder through
 * request interception at http://playground.test/, so no port is opened and nothing else is
 * reachable (every other request is refused and recorded).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import type { EditorView } from "@codemirror/view";
import type { BrowserContext, Page } from "playwright-core";
import { build } from "vite";

export const PACKAGE = fileURLToPath(new URL("../../", import.meta.url));
export const ORIGIN = "http://playground.test";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

/** Builds the page into a fresh folder; `remove` deletes it. */
export async function buildPlayground(): Promise<{ dir: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "yardstick-playground-"));
  await build({
    root: PACKAGE,
    configFile: join(PACKAGE, "vite.config.ts"),
    logLevel: "error",
    build: { outDir: dir, emptyOutDir: true },
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface OpenPage {
  page: Page;
  /** Console errors and warnings, and uncaught page errors. */
  problems: string[];
  /** Requests to anywhere but the page's own files (all refused). */
  refused: string[];
}

/** Opens the built page (`search` e.g. `?lang=en`) on a new page of `browser`. */
export async function openPlayground(browser: BrowserContext, dir: string, search = ""): Promise<OpenPage> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const refused: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  // Each page starts with nothing kept (pages of one browser share storage); a reload keeps it.
  // (Only the page itself: the handbook's sandboxed frame has no storage to clear.)
  await page.addInitScript(`if (window === window.top && sessionStorage.getItem("yardstick.test.fresh") === null) {
    localStorage.clear();
    sessionStorage.setItem("yardstick.test.fresh", "1");
  }`);
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) {
      refused.push(url.href);
      return route.abort();
    }
    const path = normalize(decodeURIComponent(url.pathname === "/" ? "/index.html" : url.pathname));
    try {
      const body = readFileSync(join(dir, path));
      return route.fulfill({ status: 200, body, contentType: TYPES[extname(path)] ?? "application/octet-stream" });
    } catch {
      return route.fulfill({ status: 404, body: "not found" });
    }
  });
  await page.goto(`${ORIGIN}/${search}`);
  await waitReady(page);
  return { page, problems, refused };
}

/** Waits until what the page shows answers its current text (and the panel in view). */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction('document.body.dataset.state === "ready"', undefined, { timeout: 30_000 });
}

/** The 1-based line of the editor's text where `needle` first occurs (after line `after`). */
export async function lineOf(page: Page, needle: string, after = 0): Promise<number> {
  const text = await page.evaluate(() =>
    (globalThis as unknown as { __yardstick: { text: () => string } }).__yardstick.text(),
  );
  const lines = text.split("\n");
  const i = lines.findIndex((l, n) => n >= after && l.includes(needle));
  if (i < 0) throw new Error(`no line with ${needle}`);
  return i + 1;
}

/**
 * Types as a person would: puts the cursor after `word` on line `line`, deletes `erase`
 * characters with Backspace and types `text` key by key.
 */
export async function typeOver(page: Page, line: number, word: string, erase: number, text: string): Promise<void> {
  await page.evaluate(
    ([n, w]) => {
      const view = (globalThis as unknown as { __yardstick: { view: EditorView } }).__yardstick.view;
      const l = view.state.doc.line(n);
      const at = l.text.indexOf(w);
      if (at < 0) throw new Error(`line ${n} has no ${w}`);
      view.focus();
      view.dispatch({ selection: { anchor: l.from + at + w.length } });
    },
    [line, word] as const,
  );
  for (let i = 0; i < erase; i++) await page.keyboard.press("Backspace");
  await page.keyboard.type(text);
}
