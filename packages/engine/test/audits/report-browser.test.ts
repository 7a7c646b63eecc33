/**
 * The monthly report in real headless Chromium (Debian's, installed by .ci/run; YARDSTICK_CHROMIUM
 * names another binary): it renders without console errors or requests, the four charts are SVG
 * with names and labels, numbers link to what is behind them, and the print layout fits A4.
 * Screenshots and a PDF are kept in test-results/. Without Chromium this test fails, it does not skip.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildReport, renderReport, type AuditReport } from "@yardstick/engine";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { activityOf, planActivity } from "../../../../examples/data/synthetic-activity.js";
import { launchChromium, openOffline } from "../helpers/chromium.js";
import { estate } from "./helpers.js";

const artefacts = fileURLToPath(new URL("../../../../test-results/", import.meta.url));
const A4_WIDTH_PX = 794; // 210 mm at 96 px per inch

let browser: BrowserContext;
let close: () => Promise<void>;
let report: AuditReport;

beforeAll(async () => {
  ({ browser, close } = await launchChromium());
  const program = estate();
  report = await buildReport(program, activityOf(program, planActivity(program, ["2026-09", "2026-10", "2026-11"])), {
    period: "2026-11",
    trend: 3,
  });
  mkdirSync(artefacts, { recursive: true });
}, 120_000); // Chromium starts slowly on a loaded machine; the default 10 s hook timeout failed at load ~40

afterAll(async () => {
  await close?.();
});

describe.each(["zh", "en"] as const)("the HTML report (%s) in Chromium", (lang) => {
  test("renders self-contained, without console errors, with labelled charts, and prints on A4", async () => {
    const html = renderReport(report, { format: "html", lang });
    const { page, problems, requests } = await openOffline(browser, html);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);

    const charts = await page.$$eval("figure svg", (svgs) =>
      svgs.map((s) => ({
        name: s.getAttribute("aria-label"),
        texts: [...s.querySelectorAll("text")].map((t) => t.textContent),
        w: s.getBoundingClientRect().width,
      })),
    );
    expect(charts).toHaveLength(4);
    for (const c of charts) {
      expect(c.name).toBeTruthy();
      expect(c.texts).toContain(c.name);
      expect(c.w).toBeGreaterThan(300);
    }
    const zoneLabel = lang === "zh" ? "区域 C" : "Zone C";
    expect(charts.some((c) => c.texts.includes(zoneLabel))).toBe(true);

    // Each linked number opens the list behind it.
    const links = await page.$$eval("table.kpis a", (as) => as.map((a) => a.getAttribute("href")));
    expect(links.length).toBeGreaterThan(10);
    for (const href of links.slice(0, 5)) expect(await page.$(href!)).not.toBeNull();

    await page.screenshot({ path: join(artefacts, `monthly-report.${lang}.png`), fullPage: true });

    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: A4_WIDTH_PX, height: 1123 });
    const width = await page.$eval("html", (html) => html.scrollWidth);
    expect(width).toBeLessThanOrEqual(A4_WIDTH_PX);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    writeFileSync(join(artefacts, `monthly-report.${lang}.pdf`), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.close();
  });
});
