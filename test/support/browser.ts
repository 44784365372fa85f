import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/**
 * The system's Chromium (Debian's `chromium`, installed by .ci/run), driven by playwright-core:
 * no browser is downloaded. CHROMIUM_PATH points elsewhere.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `no Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium fonts-wqy-microhei) or set CHROMIUM_PATH`,
    );
  }
  // The sandbox needs user namespaces, which containers running as root often lack.
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
}

/** Waits are generous: a loaded two-core machine may take seconds to draw a screen. */
export const BROWSER_WAIT_MS = 60_000;

/** With SCREENSHOTS_DIR set (npm run screenshots), saves the page as <name>.png there. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false });
}
