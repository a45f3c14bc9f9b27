import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshotPath } from './browser';
import type { Launcher } from './launcher';

// Helpers for the workspace's browser specs (apps/web, issue 15): signing in through Keycloak's own
// form as a person would, the accessibility check (axe-core at WCAG 2.1 AA) and the screenshots at
// the three widths the issue names, written to test/.artifacts/screenshots/workspace/.

/** The widths every page is photographed at: desktop, tablet, phone. */
export const WORKSPACE_WIDTHS = [
  { name: '1440', width: 1440, height: 900 },
  { name: '768', width: 768, height: 1024 },
  { name: '375', width: 375, height: 812 },
] as const;

/** A Dutch municipal user's browser window (Accept-Language nl-NL), 1440 px wide. */
export function dutchWindow(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ locale: 'nl-NL', viewport: { width: 1440, height: 900 } });
}

/**
 * Opens `path` of the workspace signed out, clicks "Inloggen" on the workspace's sign-in page and
 * fills in Keycloak's form as `username` (the demo realm's password `dev-only-<username>`); ends
 * back on `path`, with the workspace's shell shown.
 */
export async function signInToWorkspace(page: Page, launcher: Launcher, username: string, path = '/'): Promise<void> {
  await page.goto(`${launcher.apiUrl}${path}`);
  await page.getByRole('link', { name: /^(Inloggen|Sign in)$/ }).click();
  await page.waitForURL((url) => url.href.startsWith(launcher.keycloakUrl));
  await page.fill('#username', username);
  await page.fill('#password', `dev-only-${username}`);
  await Promise.all([page.waitForURL((url) => url.href.startsWith(launcher.apiUrl)), page.click('#kc-login')]);
  await page.getByRole('navigation', { name: /^(Hoofdmenu|Main menu)$/ }).waitFor();
}

export interface AxeResult {
  page: string;
  violations: Array<{ id: string; impact?: string | null; help: string; nodes: string[] }>;
}

/** Every axe-core result the specs collected (for the closing summary they print). */
export const axeResults: AxeResult[] = [];

/**
 * Runs axe-core on the page as it is now, against WCAG 2.0/2.1 A and AA, and fails with the
 * violations (rule, help and the elements) when there are any.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
  axeResults.push({ page: label, violations });
  expect(violations, `axe-core on ${label}`).toEqual([]);
}

/** Screenshots of the whole page at 1440, 768 and 375 px: `workspace/<name>-<width>.png`. */
export async function screenshotAtWidths(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const { name: width, width: w, height } of WORKSPACE_WIDTHS) {
    await page.setViewportSize({ width: w, height });
    await page.screenshot({ path: screenshotPath(`workspace/${name}-${width}`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/** Whether the focused element shows a visible focus indicator (an outline or a box-shadow). */
export function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = (globalThis as any).document.activeElement;
    if (!el || el === (globalThis as any).document.body) return false;
    const s = (globalThis as any).getComputedStyle(el);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
  });
}

let apiCodes: Set<string> | undefined;

/** Every value of the API's enums (apps/api/schema.graphql) written as a SCREAMING_SNAKE word. */
function enumCodes(): Set<string> {
  if (apiCodes) return apiCodes;
  const schema = readFileSync(join(__dirname, '..', '..', 'apps', 'api', 'schema.graphql'), 'utf8');
  apiCodes = new Set<string>();
  for (const block of schema.matchAll(/^enum \w+ \{([^}]*)\}/gm)) {
    for (const line of block[1]!.split('\n')) {
      const value = line.trim();
      if (/^[A-Z][A-Z0-9_]+$/.test(value)) apiCodes.add(value);
    }
  }
  return apiCodes;
}

/**
 * Fails when the page's visible text holds an API code (issue 15: `LEAD_DEPARTED`, `CARE`, `DONE`,
 * `MANAGEMENT`, … leaked into Dutch text): every value of the schema's enums, as a whole word, in the
 * text nodes a person sees (as written, before any CSS text-transform).
 */
export async function expectNoCodes(page: Page, label = page.url()): Promise<void> {
  const codes = enumCodes();
  const words: string[] = await page.evaluate(() => {
    const doc = (globalThis as any).document;
    const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(parent.tagName)) continue;
      if (typeof parent.checkVisibility === 'function' && !parent.checkVisibility({ visibilityProperty: true }))
        continue;
      found.push(...((node.nodeValue as string).match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\b/g) ?? []));
    }
    return found;
  });
  const leaked = [...new Set(words.filter((w) => codes.has(w)))];
  expect(leaked, `API codes in the visible text of ${label}`).toEqual([]);
}
