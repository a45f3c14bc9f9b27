import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, screenshotPath } from './support/browser';
import { Launcher } from './support/launcher';

// GraphiQL at /graphiql (issue 13): bundled at build time (apps/api/src/graphiql/build.mjs), so it
// works offline. In headless Chromium against the real product: the editor renders, a query runs
// with a bearer token from the Headers tab, and no request leaves 127.0.0.1.

let launcher: Launcher;
let browser: Browser;

beforeAll(async () => {
  launcher = await Launcher.onFreePorts();
  await Promise.all([launcher.start(), launchChromium().then((b) => (browser = b))]);
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await launcher?.dispose();
});

// CodeMirror 5 keeps its editor object on the wrapper element.
const SET_EDITOR = `(([selector, value]) => document.querySelector(selector).CodeMirror.setValue(value))`;

describe('GraphiQL', () => {
  it('serves the page and its files from the API with the dashboard’s security headers', async () => {
    for (const path of ['/graphiql', '/graphiql/app.js', '/graphiql/app.css']) {
      const res = await fetch(`${launcher.apiUrl}${path}`);
      expect(res.status, path).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/https?:|unsafe-inline|unsafe-eval/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
    const html = await (await fetch(`${launcher.apiUrl}/graphiql`)).text();
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('renders the editor, runs { __typename } with a token and asks no other host', async () => {
    const token = await launcher.token();
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('websocket', (ws) => requested.push(ws.url()));

    await page.goto(`${launcher.apiUrl}/graphiql`);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ timeout: 30_000 });
    await page.evaluate(`${SET_EDITOR}(${JSON.stringify(['.graphiql-query-editor .CodeMirror', '{ __typename }'])})`);
    // The Headers tab is open from the start (defaultEditorToolsVisibility).
    await page.evaluate(
      `${SET_EDITOR}(${JSON.stringify(['.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror', JSON.stringify({ authorization: `Bearer ${token}` })])})`,
    );
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toContain('"__typename": "Query"');
    // The schema reached the Docs explorer too (introspection with the same token).
    await page.locator('[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-plugin').getByText('AddActionInput').first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: screenshotPath('graphiql') });

    const elsewhere = requested.filter(
      (url) => !/^(https?|wss?):\/\/127\.0\.0\.1:\d+\//.test(url) && !url.startsWith('data:'),
    );
    expect(elsewhere).toEqual([]);
    expect(requested.some((url) => url.endsWith('/graphiql/app.js'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
