import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium (installed by .ci/run); YARDSTICK_CHROMIUM names another binary. */
export const CHROMIUM = process.env.YARDSTICK_CHROMIUM ?? "/usr/bin/chromium";

/**
 * Headless Chromium on a fresh profile, offline. Without Chromium this throws: the browser tests
 * fail, they do not skip. `close` also removes the profile.
 */
export async function launchChromium(viewport = { width: 1000, height: 1400 }): Promise<{
  browser: BrowserContext;
  close: () => Promise<void>;
}> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does)`,
    );
  const profile = mkdtempSync(join(tmpdir(), "yardstick-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A new page showing `html` with every network request refused: it returns the page with the
 * console errors/warnings and page errors it raised and the requests it tried (both should be none).
 */
export async function openOffline(
  browser: BrowserContext,
  html: string,
): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  const requests: string[] = [];
  await page.route("**/*", (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(html, { waitUntil: "load" });
  return { page, problems, requests };
}
