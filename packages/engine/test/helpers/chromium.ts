import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

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
