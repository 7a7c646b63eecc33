/**
 * The playground page in Debian's headless Chromium (YARDSTICK_CHROMIUM names another binary), as
 * built by Vite: it loads with no console error and no request outside itself; a misspelt calendar
 * shows the validator's diagnostic with its hint at its line, and goes when fixed; a changed
 * target moves the timeline to the right time and fails the scenario that expected the old one
 * (✗, expected against actual); the language switch turns the page to Chinese. Screenshots go to
 * test-results/playground/; UPDATE_GUIDE_IMAGES=1 copies the ones the guide shows to docs/guide/images/.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadStandard, type StandardResolver } from "@yardstick/dsl";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "../../engine/test/helpers/chromium.js";
import type { EditorView } from "@codemirror/view";
import { hoverAt } from "../src/analysis/complete.js";
import { hoverPlace } from "../src/editor/yaml-path.js";
import { buildPlayground, lineOf, openPlayground, typeOver, waitReady } from "./helpers/page.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const artefacts = join(root, "test-results/playground");
const guideImages = join(root, "docs/guide/images");

/** `extends` resolved among the shipped standards, as the page bundles them. */
const shipped: StandardResolver = (id) => {
  for (const folder of readdirSync(join(root, "standards"), { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(join(root, "standards", folder.name))) {
      const file = `standards/${folder.name}/${name}`;
      if (!name.endsWith(".yaml")) continue;
      const text = readFileSync(join(root, file), "utf8");
      if (new RegExp(`^standard:\\s*["']?${id}["']?\\s*$`, "m").test(text)) return { file, text };
    }
  }
  return undefined;
};
const editedText = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __yardstick: { text: () => string } }).__yardstick.text());

let browser: BrowserContext;
let close: () => Promise<void>;
let built: { dir: string; remove: () => void };

beforeAll(async () => {
  built = await buildPlayground();
  ({ browser, close } = await launchChromium({ width: 1400, height: 1000 }));
  mkdirSync(artefacts, { recursive: true });
}, 120_000);

afterAll(async () => {
  await close?.();
  built?.remove();
});

/**
 * Keeps a screenshot as a test artefact. With UPDATE_GUIDE_IMAGES=1, a `guide` one also replaces
 * the picture docs/guide/playground.md shows (a plain run leaves the committed ones alone).
 */
async function screenshot(page: Page, name: string, guide = false): Promise<void> {
  const path = join(artefacts, `${name}.png`);
  await page.screenshot({ path });
  if (guide && process.env.UPDATE_GUIDE_IMAGES === "1") {
    mkdirSync(guideImages, { recursive: true });
    copyFileSync(path, join(guideImages, `playground-${name}.png`));
  }
}

const diagnostics = (page: Page) =>
  page.$$eval("#problems li.diagnostic", (items) =>
    items.map((li) => ({
      code: li.getAttribute("data-code"),
      line: Number(li.getAttribute("data-line")),
      message: li.querySelector(".message")?.textContent,
      hint: li.querySelector(".hint")?.textContent,
    })),
  );

/** The timeline's marks as [clock, kind, time]. */
const marks = (page: Page) =>
  page.$$eval("table.marks tr", (rows) =>
    rows.map((r) => [r.getAttribute("data-clock"), r.getAttribute("data-kind"), r.querySelector("time")?.textContent]),
  );

async function setTicket(page: Page, at: string, category: string): Promise<void> {
  await page.fill("#ticket-at", at.replace(" ", "T"));
  await page.dispatchEvent("#ticket-at", "change");
  await waitReady(page);
  await page.selectOption("#ticket-data-category", category);
  await waitReady(page);
}

describe("the playground in Chromium", () => {
  test("loads the community standard with no console error, no outside request and no problem", async () => {
    const { page, problems, refused } = await openPlayground(browser, built.dir, "?lang=en");
    expect(await page.textContent("#problems")).toContain("No problems");
    expect(await page.$$eval("#editor .cm-line", (lines) => lines.length)).toBeGreaterThan(20);
    expect(await page.textContent("#status")).toContain("seed/harbour-view");
    expect(problems).toEqual([]);
    expect(refused).toEqual([]);
    await page.close();
  });

  test("a misspelt calendar: the diagnostic and its hint at its line, inline too; fixed, it goes", async () => {
    const { page, problems } = await openPlayground(browser, built.dir, "?lang=en");
    const line = await lineOf(page, "calendar: cleaning");
    await typeOver(page, line, "cleaning", 3, "ng");
    await waitReady(page);
    const found = await diagnostics(page);
    // The same code, line, message and hint as the validator gives in Node (`yardstick validate`).
    const inNode = loadStandard(await editedText(page), { file: "playground.yaml", resolve: shipped }).diagnostics;
    expect(found).toEqual(
      inNode.map((d) => ({ code: d.code, line: d.line, message: d.message, hint: `hint: ${d.hint}` })),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: "unknown-calendar", line });
    expect(found[0]!.message).toContain("cleanng");
    expect(found[0]!.hint).toContain("`cleaning`");
    // Inline: the gutter marks that line, and the text is underlined there.
    const marked = await page.$$eval(".cm-lint-marker-error", (m) => m.length);
    expect(marked).toBeGreaterThan(0);
    expect(await page.textContent(".cm-lintRange-error")).toBe("cleanng");
    await page.hover(".cm-lintRange-error");
    await page.waitForSelector(".cm-tooltip-lint .hint");
    expect(await page.textContent(".cm-tooltip-lint")).toContain("unknown-calendar");
    expect(await page.textContent(".cm-tooltip-lint .hint")).toContain("cleaning");
    await screenshot(page, "diagnostic", true);

    await typeOver(page, line, "cleanng", 2, "ing");
    await waitReady(page);
    expect(await diagnostics(page)).toEqual([]);
    expect(await page.$$eval(".cm-lintRange-error", (m) => m.length)).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a changed target moves the timeline to the right time", async () => {
    const { page, problems } = await openPlayground(browser, built.dir, "?lang=en");
    await setTicket(page, "2026-09-30 17:00", "water_leak");
    const before = await marks(page);
    // Harbour View: urgent arrival in 15 minutes, a warning at 80 % (the group's), the breach
    // tells the technician, then the pyramid every 15 minutes.
    expect(before).toContainEqual(["arrival", "warning", "2026-09-30 17:12"]);
    expect(before).toContainEqual(["arrival", "breach", "2026-09-30 17:15"]);
    expect(await page.textContent("[data-clock=arrival] .due time")).toBe("2026-09-30 17:15");
    await page.locator("table.marks").scrollIntoViewIfNeeded();
    await screenshot(page, "timeline", true);

    const line = await lineOf(page, "target: { urgent: 15分钟");
    await typeOver(page, line, "urgent: 15", 2, "40");
    await waitReady(page);
    const after = await marks(page);
    expect(after).toContainEqual(["arrival", "warning", "2026-09-30 17:32"]);
    expect(after).toContainEqual(["arrival", "breach", "2026-09-30 17:40"]);
    expect(after).not.toContainEqual(["arrival", "breach", "2026-09-30 17:15"]);
    expect(await page.textContent("[data-clock=arrival] .due time")).toBe("2026-09-30 17:40");
    expect(problems).toEqual([]);
    await page.close();
  });

  test("clocks that start later: the callback on the default path, then on a path of one's own", async () => {
    const { page, problems } = await openPlayground(browser, built.dir, "?lang=en");
    await setTicket(page, "2026-09-30 17:00", "water_leak");
    const steps = () =>
      page.$$eval(".path li.step", (rows) =>
        rows.map((r) => [r.getAttribute("data-event"), r.getAttribute("data-at")]),
      );
    // The default path: arrive just in time for the 15-minute target, complete; the callback starts.
    expect(await page.getAttribute(".path", "data-path")).toBe("default");
    expect(await steps()).toEqual([
      ["arrive", "2026-09-30 17:15"],
      ["complete", "2026-09-30 17:15"],
    ]);
    expect(await marks(page)).toContainEqual(["callback", "start", "2026-09-30 17:15"]);
    const due = await page.textContent("[data-clock=callback] .due time");
    // 1个工作日 on office hours: 国庆 (Oct 1–7) is skipped, so the first working day after it.
    expect(due).toMatch(/^2026-10-0[89] /);
    expect(await page.textContent("[data-clock=agreed-visit] .about")).toContain("“Owner not in”");
    await page.locator(".path").scrollIntoViewIfNeeded();
    await screenshot(page, "timeline-path", true);

    // Complete on 12 October instead: the path is now the user's, and the callback moves.
    await page.fill(".path li.step:nth-child(2) .step-at", "2026-10-12T10:00");
    await page.dispatchEvent(".path li.step:nth-child(2) .step-at", "change");
    await waitReady(page);
    expect(await page.getAttribute(".path", "data-path")).toBe("own");
    expect(await steps()).toEqual([
      ["arrive", "2026-09-30 17:15"],
      ["complete", "2026-10-12 10:00"],
    ]);
    expect(await page.textContent("[data-clock=callback] .due time")).toMatch(/^2026-10-13 /);
    expect(await marks(page)).toContainEqual(["arrival", "stop", "2026-09-30 17:15"]);

    // Add the callback's outcome: the callback clock stops there.
    await page.click(".path .step-add");
    await waitReady(page);
    expect((await steps()).map(([event]) => event)).toEqual(["arrive", "complete", "callback_satisfied"]);
    expect(await marks(page)).toContainEqual(["callback", "stop", "2026-10-12 10:00"]);

    // Another event for a step drops the steps after it; the default path comes back on request.
    await page.selectOption(".path li.step:nth-child(1) .step-event", "dispatch");
    await waitReady(page);
    expect((await steps()).map(([event]) => event)).toEqual(["dispatch"]);
    await page.click(".path .step-default");
    await waitReady(page);
    expect(await page.getAttribute(".path", "data-path")).toBe("default");
    expect(await page.textContent("[data-clock=callback] .due time")).toBe(due);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a scenario the change breaks shows ✗ with expected against actual", async () => {
    const { page, problems } = await openPlayground(browser, built.dir, "?lang=en");
    await page.click("#tabs [data-panel=scenarios]");
    await waitReady(page);
    expect(await page.getAttribute("[data-id=arrival-urgent]", "data-outcome")).toBe("passed");
    expect(await page.$$eval(".scenario.failed", (s) => s.length)).toBe(0);

    const line = await lineOf(page, "target: { urgent: 15分钟");
    await typeOver(page, line, "urgent: 15", 2, "40");
    await waitReady(page);
    const failed = "[data-id=arrival-urgent][data-outcome=failed]";
    expect(await page.textContent(`${failed} .outcome`)).toBe("✗");
    expect(await page.textContent(`${failed} tr[data-field=due] .expected code`)).toBe("2026-10-03 02:45");
    expect(await page.textContent(`${failed} tr[data-field=due] .actual code`)).toBe("2026-10-03 03:10");
    await page.locator(failed).scrollIntoViewIfNeeded();
    await screenshot(page, "scenarios", true);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("the language switch turns the page to Chinese, and back", async () => {
    const { page, problems } = await openPlayground(browser, built.dir, "?lang=en");
    expect(await page.textContent("#tabs [data-panel=timeline]")).toBe("When is it due");
    await page.selectOption("#lang", "zh");
    await waitReady(page);
    expect(await page.getAttribute("html", "lang")).toBe("zh");
    expect(await page.textContent("#tabs [data-panel=timeline]")).toBe("何时到期");
    expect(await page.textContent("#problems")).toContain("没有问题");
    expect(await page.textContent(".opened")).toContain("开单");
    // The titles come from the standard's own zh labels.
    expect(await page.textContent("[data-clock=arrival] h3")).toContain("15分钟上门");
    // The validator's own messages and hints in Chinese, the same as Node's with `lang: "zh"`.
    const line = await lineOf(page, "calendar: cleaning");
    await typeOver(page, line, "cleaning", 3, "ng");
    await waitReady(page);
    const inNode = loadStandard(await editedText(page), { file: "playground.yaml", resolve: shipped, lang: "zh" });
    const found = await diagnostics(page);
    expect(found.map((d) => [d.code, d.line, d.message])).toEqual(
      inNode.diagnostics.map((d) => [d.code, d.line, d.message]),
    );
    expect(found[0]!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(found[0]!.hint).toContain("提示");
    await screenshot(page, "zh", true);
    await typeOver(page, line, "cleanng", 2, "ing");
    await waitReady(page);
    await page.selectOption("#lang", "en");
    await waitReady(page);
    expect(await page.textContent("#tabs [data-panel=timeline]")).toBe("When is it due");
    expect(problems).toEqual([]);
    await page.close();
  });

  test("the text is kept across a reload, and a link carries it", async () => {
    const { page, problems } = await openPlayground(browser, built.dir, "?lang=en");
    const line = await lineOf(page, "version:");
    await typeOver(page, line, '"2026.1"', 1, '-draft"');
    await waitReady(page);
    const edited = await editedText(page);
    expect(edited).toContain('version: "2026.1-draft"');
    await page.reload();
    await waitReady(page);
    expect(await editedText(page)).toBe(edited);

    await page.click("#share");
    await page.waitForFunction("location.hash.startsWith('#yaml=')");
    const link = page.url();
    const other = await openPlayground(browser, built.dir, link.slice(link.indexOf("/", 8) + 1));
    expect(await editedText(other.page)).toBe(edited);
    expect([...problems, ...other.problems]).toEqual([]);
    await other.page.close();
    await page.close();
  });

  test("completion: the schema's keys with their descriptions, and the standard's own names as values", async () => {
    const { page, problems } = await openPlayground(browser, built.dir, "?lang=en");
    // A new key in the `cleaning` calendar: the schema's calendar keys, each with its title.
    const line = await lineOf(page, "hours: { daily: 7:00至20:00 }");
    await typeOver(page, line, "7:00至20:00 }", 0, "\nwor");
    await page.waitForSelector(".cm-tooltip-autocomplete");
    const keys = await page.$$eval(".cm-tooltip-autocomplete li", (items) => items.map((i) => i.textContent));
    expect(keys.some((k) => k?.startsWith("workdays"))).toBe(true);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+z");
    await waitReady(page);
    expect(await diagnostics(page)).toEqual([]);
    // A value: the calendars this standard has (its own and the group's), which no schema knows.
    const garbage = await lineOf(page, "calendar: cleaning");
    await typeOver(page, garbage, "cleaning", 8, "of");
    await page.waitForSelector(".cm-tooltip-autocomplete");
    const names = await page.$$eval(".cm-tooltip-autocomplete li", (items) => items.map((i) => i.textContent));
    expect(names).toContain("office");
    await screenshot(page, "completion");
    expect(problems).toEqual([]);
    await page.close();
  });

  test("hover docs: a key's description from the schema in the page's language, a name's titles", async () => {
    const { page, problems } = await openPlayground(browser, built.dir, "?lang=en");
    /** Moves the mouse onto `word` (after `offset` characters) of line `line`; the tooltip's parts. */
    const hoverOn = async (line: number, word: string, offset = 1) => {
      await page.mouse.move(0, 0);
      const at = await page.evaluate(
        ([n, w, o]) => {
          const view = (globalThis as unknown as { __yardstick: { view: EditorView } }).__yardstick.view;
          const l = view.state.doc.line(n);
          const pos = l.from + l.text.indexOf(w) + o;
          view.dispatch({ selection: { anchor: l.from }, scrollIntoView: true });
          return pos;
        },
        [line, word, offset] as const,
      );
      await page.waitForTimeout(50); // the scroll is drawn
      const box = await page.evaluate((pos) => {
        const view = (globalThis as unknown as { __yardstick: { view: EditorView } }).__yardstick.view;
        const c = view.coordsAtPos(pos)!;
        return { x: c.left + 2, y: (c.top + c.bottom) / 2 };
      }, at);
      await page.mouse.move(box.x, box.y);
      await page.waitForSelector(".cm-tooltip .cm-yardstick-hover");
      const part = (name: string) =>
        page.$eval(`.cm-tooltip .cm-yardstick-hover .${name}`, (e) => e.textContent).catch(() => null);
      return { key: await part("key"), text: await part("text"), value: await part("value"), at };
    };
    const expected = async (at: number, lang: "en" | "zh") => {
      const text = await editedText(page);
      const place = hoverPlace(text, at)!;
      return hoverAt(place.path, place.key, place.value, true, lang, loadStandard(text, { resolve: shipped }).standard);
    };

    const target = await lineOf(page, "target: { urgent: 15分钟");
    const en = await hoverOn(target, "target");
    expect(en.key).toBe("target");
    expect(en.text).toBe((await expected(en.at, "en"))!.text);
    expect(en.text).toMatch(/[a-z]{4}/);
    await screenshot(page, "hover", true);

    // A value naming a role: the role's titles from the standard (the group's, inherited).
    const role = await lineOf(page, "role: cleaner");
    const named = await hoverOn(role, "cleaner", 2);
    expect(named.key).toBe("role");
    expect(named.value).toBe(`cleaner: ${(await expected(named.at, "en"))!.valueTitle}`);

    await page.selectOption("#lang", "zh");
    await waitReady(page);
    const zh = await hoverOn(target, "target");
    expect(zh.text).toBe((await expected(zh.at, "zh"))!.text);
    expect(zh.text).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.text).not.toBe(en.text);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("the duty week lists the planner's occurrences, a column per day", async () => {
    const { page, problems } = await openPlayground(browser, built.dir, "?lang=en");
    await setTicket(page, "2026-09-30 17:00", "water_leak");
    await page.click("#tabs [data-panel=duties]");
    await waitReady(page);
    const days = await page.$$eval("table.week thead th[data-date]", (d) => d.map((x) => x.getAttribute("data-date")));
    expect(days).toEqual([
      "2026-09-28",
      "2026-09-29",
      "2026-09-30",
      "2026-10-01",
      "2026-10-02",
      "2026-10-03",
      "2026-10-04",
    ]);
    // Harbour View: garbage twice a day in each of three zones; the discount day on Sunday only.
    const count = (duty: string, date: string) =>
      page.getAttribute(`tr[data-duty=${duty}] td[data-date='${date}']`, "data-count");
    expect(await count("garbage", "2026-09-30")).toBe("6");
    expect(await page.textContent("tr[data-duty=garbage] td[data-date='2026-09-30']")).toBe("any time ×6");
    expect(await count("paid-service-discount-day", "2026-10-04")).toBe("1");
    expect(await count("paid-service-discount-day", "2026-10-03")).toBe("0");
    await screenshot(page, "duties", true);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("the handbook preview is the engine's handbook in the page's language", async () => {
    const { page, problems } = await openPlayground(browser, built.dir, "?lang=zh");
    await page.click("#tabs [data-panel=handbook]");
    await waitReady(page);
    const frame = page.frameLocator("iframe.handbook");
    await frame.locator("h1").first().waitFor();
    expect(await frame.locator("h1").first().textContent()).toContain("海景花园物业服务标准");
    expect(await frame.locator("figure.diagram svg").count()).toBeGreaterThan(0);
    await screenshot(page, "handbook", true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

/**
 * The page's JavaScript, as built: what the browser downloads and parses before the editor
 * shows (the page script), and the worker (the dsl and the engine, most of it the dsl's compiled
 * JSON Schema validator, then its messages in two languages). Measured on 2026-12-01: page 446 KB
 * (145 KB gzipped), worker 1,362 KB (278 KB gzipped); the worker grew to 302 KB gzipped as the
 * engine learned to explain a ticket in Chinese (cace619: explain's words in two languages, with
 * the handbook's words it reuses), so its budget went from 300 to 315 KB gzipped. A bigger worker
 * loads after the editor shows; the page script's budget is unchanged.
 */
const BUDGET = {
  page: { raw: 480_000, gzip: 160_000 },
  worker: { raw: 1_500_000, gzip: 315_000 },
};

test("the page's JavaScript holds its budget", () => {
  const assets = join(built.dir, "assets");
  const size = (prefix: string) => {
    const files = readdirSync(assets).filter((f) => f.startsWith(prefix) && f.endsWith(".js"));
    expect(files, `one ${prefix}*.js`).toHaveLength(1);
    const bytes = readFileSync(join(assets, files[0]!));
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const page = size("index-");
  const worker = size("worker-");
  expect(page.raw).toBeLessThanOrEqual(BUDGET.page.raw);
  expect(page.gzip).toBeLessThanOrEqual(BUDGET.page.gzip);
  expect(worker.raw).toBeLessThanOrEqual(BUDGET.worker.raw);
  expect(worker.gzip).toBeLessThanOrEqual(BUDGET.worker.gzip);
  // The language and the engine stay out of the page script: they run in the worker.
  const pageScript = readdirSync(assets).find((f) => f.startsWith("index-") && f.endsWith(".js"))!;
  expect(readFileSync(join(assets, pageScript), "utf8")).not.toContain("unknown-calendar");
  // Each shipped standard is its own file, fetched when opened.
  expect(readdirSync(assets).some((f) => f.startsWith("group-") && f.endsWith(".js"))).toBe(true);
});
