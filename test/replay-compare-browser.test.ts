/**
 * `yardstick replay --compare … --html` in real headless Chromium, like the report and the handbook
 * (packages/engine/test/audits/report-browser.test.ts, handbook/handbook-browser.test.ts): a
 * simulated month replayed under Harbour View and under a draft that tightens urgent arrivals to
 * 10 minutes and gives callbacks 3 working days. The page renders without console errors or
 * requests, every KPI whose value moves is a row of its subject's table with the values `--json`
 * gives, the rows that change from met to not met (and back) are coloured, and the print layout
 * fits A4. A screenshot is kept in test-results/. Without Chromium this test fails, it does not skip.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "@yardstick/cli";
import { afterAll, beforeAll, expect, test } from "vitest";
import { launchChromium, openOffline } from "../packages/engine/test/helpers/chromium.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const artefacts = join(root, "test-results");
const A4_WIDTH_PX = 794; // 210 mm at 96 px per inch
const harbour = "standards/seed/harbour-view.yaml";

interface Side {
  value: number | null;
  met: boolean | null;
}
interface Comparison {
  kpis: { kpi: string; subject: string; unit: string; base: Side | null; draft: Side | null }[];
  clocks: { kind: string; clock: string; base: { breaches: number }; draft: { breaches: number } }[];
}

async function yardstick(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { cwd: root, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  expect(code, `yardstick ${argv.join(" ")}\n${stderr}`).toBe(0);
  return stdout;
}

let browser: Awaited<ReturnType<typeof launchChromium>>["browser"];
let close: () => Promise<void>;
const dir = mkdtempSync(join(tmpdir(), "yardstick-compare-browser-"));

beforeAll(async () => {
  ({ browser, close } = await launchChromium());
  mkdirSync(artefacts, { recursive: true });
}, 120_000); // Chromium starts slowly on a loaded machine

afterAll(async () => {
  await close?.();
});

test(
  "the draft's diff renders in Chromium, its tables showing the KPIs that change",
  { timeout: 180_000 },
  async () => {
    const text = readFileSync(join(root, harbour), "utf8");
    const arrival = "        target: { urgent: 15分钟, normal: 15分钟 }\n";
    expect(text).toContain(arrival);
    const draft = text
      .replace('version: "2026.1"', 'version: "2026.2-draft"')
      .replace(arrival, "        target: { urgent: 10分钟, normal: 15分钟 }\n      callback: { target: 3个工作日 }\n");
    writeFileSync(join(dir, "draft.yaml"), draft);
    const events = join(dir, "activity.jsonl");
    await yardstick(["simulate", harbour, "--month", "2026-11", "--seed", "42", "--out", events]);
    const compare = ["replay", harbour, "--events", events, "--compare", join(dir, "draft.yaml")];
    await yardstick([...compare, "--html", join(dir, "diff.html")]);
    const c = JSON.parse(await yardstick([...compare, "--json"])) as Comparison;

    const { page, problems, requests } = await openOffline(browser, readFileSync(join(dir, "diff.html"), "utf8"));
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.title()).toBe("seed/harbour-view@2026.2-draft against seed/harbour-view@2026.1 · 2026-11");

    // Each subject's table as the reader sees it: heading, then rows of visible cells.
    const tables = await page.$$eval("h2 + table", (ts) =>
      ts.map((t) => ({
        heading: t.previousElementSibling!.textContent!,
        rows: [...t.querySelectorAll("tbody tr")].map((tr) => ({
          cls: tr.className,
          cells: [...tr.querySelectorAll("td")].map((td) => td.innerText),
          height: tr.getBoundingClientRect().height,
          background: tr.ownerDocument.defaultView!.getComputedStyle(tr.querySelector("td")!).backgroundColor,
        })),
      })),
    );
    const headingOf = (subject: string) =>
      subject === "site" ? "Site" : subject.replace(/^zone:/, "Zone ").replace(/^staff:/, "Staff ");
    const moved = c.kpis.filter((k) => k.base?.value !== k.draft?.value);
    expect(moved.map((k) => `${k.subject} ${k.kpi}`)).toEqual(
      expect.arrayContaining(["site arrival-on-time", "site callback-on-time", "zone:一区 arrival-on-time"]),
    );
    const percent = (s: Side | null) => (s === null || s.value === null ? "—" : `${s.value.toFixed(1)}%`);
    const markOf = (s: Side | null) => (s?.met === true ? "✓" : s?.met === false ? "✗" : "—");
    for (const k of moved) {
      const table = tables.find((t) => t.heading === headingOf(k.subject));
      expect(table, `a table for ${k.subject}`).toBeDefined();
      const row = table!.rows.find((r) => r.cells[0] === k.kpi);
      expect(row, `${k.subject}: a row for ${k.kpi}`).toBeDefined();
      expect(row!.height).toBeGreaterThan(10);
      if (k.unit === "percent") {
        expect(row!.cells[1]).toBe(`${percent(k.base)} ${markOf(k.base)}`);
        expect(row!.cells[2]).toBe(`${percent(k.draft)} ${markOf(k.draft)}`);
      }
      expect(row!.cells[3]).not.toBe("=");
      // Met only under the draft: green; met only now: red; otherwise no colour.
      const cls =
        k.base?.met === k.draft?.met ? "" : k.draft?.met === true ? "gained" : k.draft?.met === false ? "lost" : "";
      expect(row!.cls, `${k.subject} ${k.kpi}`).toBe(cls);
      expect(row!.background).toBe(
        cls === "gained" ? "rgb(218, 251, 225)" : cls === "lost" ? "rgb(255, 235, 233)" : "rgba(0, 0, 0, 0)",
      );
    }
    // What did not move reads "=" and is not coloured.
    const still = tables.find((t) => t.heading === "Site")!.rows.find((r) => r.cells[0] === "rework-rate")!;
    expect(still.cells[3]).toBe("=");
    expect(still.cls).toBe("");
    const lost = moved.filter((k) => k.base?.met === true && k.draft?.met === false);
    const gained = moved.filter((k) => k.base?.met === false && k.draft?.met === true);
    expect(lost.length).toBeGreaterThan(0);
    expect(gained.length).toBeGreaterThan(0);

    // The clocks table shows the arrival breaches rising.
    const clocks = tables.find((t) => t.heading === "Clocks")!;
    const a = c.clocks.find((k) => k.clock === "arrival")!;
    expect(a.draft.breaches).toBeGreaterThan(a.base.breaches);
    expect(clocks.rows.find((r) => r.cells[0] === "repair · arrival")!.cells[3]).toBe(
      `${a.base.breaches} → ${a.draft.breaches} (+${a.draft.breaches - a.base.breaches})`,
    );

    await page.screenshot({ path: join(artefacts, "replay-compare.png"), fullPage: true });
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: A4_WIDTH_PX, height: 1123 });
    expect(await page.$eval("html", (html) => html.scrollWidth)).toBeLessThanOrEqual(A4_WIDTH_PX);
    await page.close();
  },
);
