/**
 * The HTML handbook in real headless Chromium (Debian's; YARDSTICK_CHROMIUM names another): it
 * renders without console errors or requests, each ticket kind's workflow is drawn (a state box
 * per state), and the print layout fits A4. Screenshots and PDFs are kept in test-results/.
 * The generator is browser-safe (the playground previews handbooks): bundled for the browser, it
 * writes in the page the same bytes as in Node.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildHandbook, renderHandbook } from "@yardstick/engine";
import { build } from "esbuild";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium, openOffline } from "../helpers/chromium.js";
import { compileShipped, shippedStandards } from "../helpers/shipped.js";

const artefacts = fileURLToPath(new URL("../../../../test-results/", import.meta.url));
const A4_WIDTH_PX = 794; // 210 mm at 96 px per inch
const program = compileShipped("seed/harbour-view");

let browser: BrowserContext;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close } = await launchChromium());
  mkdirSync(artefacts, { recursive: true });
}, 60_000);

afterAll(async () => {
  await close?.();
});

describe.each(["zh", "en"] as const)("the HTML handbook (%s) in Chromium", (lang) => {
  test("renders self-contained, without console errors, with every workflow drawn, and prints on A4", async () => {
    const handbook = buildHandbook(program, { lang });
    const html = renderHandbook(handbook, { format: "html" });
    const { page, problems, requests } = await openOffline(browser, html);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);

    const diagrams = await page.$$eval("figure.diagram svg", (svgs) =>
      svgs.map((s) => ({
        name: s.getAttribute("aria-label"),
        states: s.querySelectorAll("g.state").length,
        w: s.getBoundingClientRect().width,
        h: s.getBoundingClientRect().height,
      })),
    );
    expect(diagrams.map((d) => [d.name, d.states])).toEqual(
      handbook.tickets.map((k) => [k.title, k.graph.states.length]),
    );
    for (const d of diagrams) expect(d.w * d.h).toBeGreaterThan(100 * 100);
    expect(await page.$$eval("table.timetable tbody tr", (rows) => rows.length)).toBe(handbook.timetable.rows.length);

    await page.screenshot({ path: join(artefacts, `handbook.${lang}.png`), fullPage: true });
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: A4_WIDTH_PX, height: 1123 });
    const overflow = await page.$$eval("body *", (els) =>
      els.filter((e) => e.getBoundingClientRect().right > 794 + 0.5).map((e) => e.tagName),
    );
    expect(overflow).toEqual([]);
    expect(await page.$eval("html", (h) => h.scrollWidth)).toBeLessThanOrEqual(A4_WIDTH_PX);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    writeFileSync(join(artefacts, `handbook.${lang}.pdf`), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.close();
  });
});

test("the generator runs in the browser and writes the same handbook as Node", async () => {
  const bundle = await build({
    stdin: {
      contents: `import { loadStandard } from "@yardstick/dsl";
        import { buildHandbook, compileStandard, renderHandbook } from "@yardstick/engine";
        globalThis.handbookOf = (files, entry, lang) => {
          const { standard } = loadStandard(files[entry].text, { file: files[entry].file, resolve: (id) => files[id] });
          return renderHandbook(buildHandbook(compileStandard(standard).program, { lang }), { format: "html" });
        };`,
      resolveDir: fileURLToPath(new URL(".", import.meta.url)),
      loader: "ts",
    },
    bundle: true,
    write: false,
    platform: "browser",
    format: "iife",
    target: "es2022",
    conditions: ["@yardstick/source"],
    logLevel: "silent",
  });
  const page = await browser.newPage();
  await page.route("**/*", (route) => route.abort());
  await page.setContent("<!doctype html><html><body></body></html>");
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const files = Object.fromEntries(shippedStandards);
  const inPage = await page.evaluate(
    ([f, entry]) => (globalThis as unknown as { handbookOf: (...a: unknown[]) => string }).handbookOf(f, entry, "en"),
    [files, "seed/harbour-view"] as const,
  );
  expect(inPage).toBe(renderHandbook(buildHandbook(program, { lang: "en" }), { format: "html" }));
  await page.close();
}, 120_000);

describe.each(["zh", "en"] as const)("the handbook's dated week (%s) in Chromium", (lang) => {
  test("the week of 2026-10-07: the days headed with the holiday and the 调休 Saturday, every duty's row, A4", async () => {
    const handbook = buildHandbook(program, { lang, week: "2026-10-07" });
    const { page, problems, requests } = await openOffline(browser, renderHandbook(handbook, { format: "html" }));
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    const heads = await page.$$eval("table.week thead th[data-date]", (ths) =>
      ths.map((th) => ({
        date: th.getAttribute("data-date"),
        kind: th.className,
        text: (th.textContent ?? "").replace(/\s+/g, " "),
        background: th.ownerDocument.defaultView!.getComputedStyle(th).backgroundColor,
      })),
    );
    const [holiday, adjusted] =
      lang === "zh" ? ["国庆节", "国庆节调休上班"] : ["National Day", "National Day adjusted working day"];
    expect(heads.map((h) => h.date)).toEqual(handbook.week!.days.map((d) => d.date));
    expect(heads.slice(0, 3).every((h) => h.kind === "holiday" && h.text.endsWith(holiday))).toBe(true);
    expect(heads[5]).toMatchObject({ kind: "adjusted-workday" });
    expect(heads[5]!.text.endsWith(adjusted)).toBe(true);
    expect(heads[6]!.kind).toBe("");
    // The holiday and the working Saturday are coloured apart from the ordinary days.
    expect(new Set([heads[0]!.background, heads[5]!.background, heads[6]!.background]).size).toBe(3);
    const rows = await page.$$eval("table.week tbody tr", (trs) =>
      trs.map((tr) => ({
        duty: tr.getAttribute("data-duty"),
        counts: [...tr.querySelectorAll("td[data-count]")].map((td) => Number(td.getAttribute("data-count"))),
        visible: tr.getBoundingClientRect().height > 0,
      })),
    );
    expect(rows).toEqual(handbook.week!.rows.map((r) => ({ duty: r.duty, counts: r.counts, visible: true })));

    await page.screenshot({ path: join(artefacts, `handbook-week.${lang}.png`), fullPage: true });
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: A4_WIDTH_PX, height: 1123 });
    const overflow = await page.$$eval("table.week, table.week *", (els) =>
      els.filter((e) => e.getBoundingClientRect().right > 794 + 0.5).map((e) => e.tagName),
    );
    expect(overflow).toEqual([]);
    await page.close();
  });
});
