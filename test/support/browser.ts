import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

// Headless Chromium for the browser specs: Debian's `chromium` (infra/ensure-chromium.sh,
// exported by infra/test.sh as OLIEVLEK_CHROMIUM); playwright-core brings no browser of its own.
// Code passed to page.evaluate runs in the browser; the test program has no DOM types, so it
// reaches the page's globals through `globalThis`.

export const SCREENSHOT_DIR = join(__dirname, '..', '.artifacts', 'screenshots');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.OLIEVLEK_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  });
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}

/** Console errors and uncaught exceptions of a page (CSP violations are console errors). */
export function collectPageErrors(page: Page, errors: string[] = []): string[] {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** Whether the page scrolls sideways (content wider than the viewport). */
export function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = (globalThis as any).document.documentElement;
    return root.scrollWidth > root.clientWidth + 1;
  });
}
