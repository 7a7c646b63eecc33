/**
 * @yardstick/dsl and @yardstick/calendar run unchanged in a browser (docs/decisions/0017):
 * esbuild bundles them for the browser — a Node module anywhere in their code fails the bundle —
 * and headless Chromium loads the seed standard, which must give the same model hash, the same
 * diagnostics and the same deadline as Node.
 *
 * Chromium is Debian's (`apt-get install -y chromium`, which `.ci/run` does); YARDSTICK_CHROMIUM
 * names another binary. Without one this test fails, it does not skip.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { describe, expect, test } from "vitest";
import { loadInPage, type PageResult } from "./browser/load-in-page.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const CHROMIUM = process.env.YARDSTICK_CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const entry = "standards/seed/harbour-view.yaml";
const files = Object.fromEntries(
  readdirSync(join(root, "standards/seed"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => [`standards/seed/${f}`, readFileSync(join(root, "standards/seed", f), "utf8")]),
);

/** The page script: load-in-page.ts and both packages' sources, bundled as a browser would get them. */
async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { loadInPage } from "./load-in-page.ts"; globalThis.loadInPage = loadInPage;`,
      resolveDir: join(root, "test/browser"),
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
  return result.outputFiles[0]!.text;
}

describe("in a browser", () => {
  test("the two packages bundle for the browser with no Node module", async () => {
    const code = await bundle();
    expect(code).toContain("loadInPage");
    expect(code).not.toMatch(/require\(["']node:/);
  });

  test("Chromium loads the seed standard with the same hash, diagnostics and deadline as Node", async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(
        `no Chromium at ${CHROMIUM}: install Debian's with \`apt-get install -y chromium\` (as root; .ci/run does), or set YARDSTICK_CHROMIUM`,
      );
    const code = await bundle();
    const profile = mkdtempSync(join(tmpdir(), "yardstick-chromium-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      timeout: 30_000,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.setContent("<!doctype html><title>yardstick</title>");
      await page.addScriptTag({ content: code });
      const inBrowser = await page.evaluate(
        ([f, e]) => (globalThis as unknown as { loadInPage: typeof loadInPage }).loadInPage(f, e),
        [files, entry] as const,
      );
      const userAgent = await page.evaluate(
        () => (globalThis as unknown as { navigator: { userAgent: string } }).navigator.userAgent,
      );
      expect(errors).toEqual([]);
      expect(userAgent).toContain("HeadlessChrome");
      const inNode: PageResult = loadInPage(files, entry);
      expect(inNode.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(inNode.ticketKinds.length).toBeGreaterThan(0);
      expect(inBrowser).toEqual(inNode);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 60_000);
});
