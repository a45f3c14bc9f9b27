import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, overflowsHorizontally } from './support/browser';
import { Launcher } from './support/launcher';
import {
  dutchWindow,
  expectAccessible,
  focusIsVisible,
  screenshotAtWidths,
  signInToWorkspace,
  WORKSPACE_WIDTHS,
} from './support/workspace';

// Issue 15, the workspace's frame: served by the API at / under a strict CSP with its assets
// bundled (no CDN), the sign-in page, signing in through the identity provider, the shell (skip
// link, menu, language switch, sign out), Mijn taken and the programme page's stepper and
// checklist as the API tells them — accessible (axe-core, WCAG 2.1 AA) at every state, photographed
// at 1440, 768 and 375 px.

const PROGRAMME = 'programme-GM0363-1';

let launcher: Launcher;
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  launcher = await Launcher.onFreePorts({}, { identityProvider: true });
  await launcher.start();
  browser = await launchChromium();
}, 420_000);

afterAll(async () => {
  await browser?.close();
  await launcher?.dispose();
});

/** A GraphQL request from the page, with its session cookie and Origin (as the app sends them). */
function gql<T = any>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: T; errors?: any[] }> {
  return page.evaluate(
    async ({ query, variables }) => {
      const res = await (globalThis as any).fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    { query, variables },
  );
}

describe('the workspace is served by the API (issue 15)', () => {
  it('answers its pages with one index.html under a strict Content-Security-Policy, and its hashed assets for a year', async () => {
    for (const path of ['/', `/programmas/${PROGRAMME}`, '/portefeuille', '/landelijk']) {
      const res = await fetch(`${launcher.apiUrl}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      // The only other origin: the identity provider, where the sign-out form's redirect goes.
      expect(csp.match(/https?:\/\/[^ ;]+/g)).toEqual([new URL(launcher.keycloakUrl).origin]);
      expect(csp).toContain(`form-action 'self' ${new URL(launcher.keycloakUrl).origin};`);
    }
    const html = await (await fetch(`${launcher.apiUrl}/`)).text();
    expect(html).toContain('<html lang="nl"');
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(
      assets.some((a) => /\/assets\/app-[A-Z0-9]+\.js$/.test(a)),
      html,
    ).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      const res = await fetch(`${launcher.apiUrl}${asset}`, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('cache-control'), asset).toContain('immutable');
      // Compressed once at build time, served as Brotli to a browser that accepts it.
      expect(res.headers.get('content-encoding'), asset).toBe('br');
      expect((await res.text()).length, asset).toBeGreaterThan(0);
    }
    // Nothing from another host: every script and stylesheet is on the page's own origin.
    expect(html).not.toMatch(/(?:src|href)="https?:/);
    expect((await fetch(`${launcher.apiUrl}/niet-bestaand`)).status).toBe(404);
  });
});

describe('a project lead finds their work (issue 15)', () => {
  let page: Page;

  it('sees the sign-in page in Dutch when signed out, accessible at every width', async () => {
    page = await (await dutchWindow(browser)).newPage();
    collectPageErrors(page, errors);
    await page.goto(`${launcher.apiUrl}/`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Inloggen bij Olievlek');
    await expectAccessible(page, 'aanmelden');
    await screenshotAtWidths(page, 'aanmelden');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in to Olievlek');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Inloggen bij Olievlek');
  }, 60_000);

  it('signs in through the identity provider and lands on Mijn taken, with no programme yet', async () => {
    await signInToWorkspace(page, launcher, 'projectleider', '/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Mijn taken');
    await expect.poll(() => page.getByText('Ingelogd als Pim Projectleider').count()).toBe(1);
    await page.getByText(/U bent nog geen lid van een programma/).waitFor();
    expect(await page.getByText('Er wacht nu niets op u.').count()).toBe(1);
    await expectAccessible(page, 'mijn-taken-leeg');
    await screenshotAtWidths(page, 'mijn-taken-leeg');
  }, 120_000);

  it('lists the programme it starts, and opens its page: the phases and the checklist as the API says', async () => {
    const started = await gql(page, 'mutation { startProgramme(municipalityCode: "GM0363") { id } }');
    expect(started.errors).toBeUndefined();
    await page.reload();
    const link = page.getByRole('link', { name: 'Naar het programma van Amsterdam' });
    await link.waitFor();
    // Mijn taken: the tasks the API has for this person, in its order (most urgent first), counted in words.
    const tasks = await gql<{ me: { tasks: Array<{ label: string; reason: string }> } }>(
      page,
      '{ me { tasks { label reason } } }',
    );
    const expected = tasks.data!.me.tasks;
    expect(expected.length).toBeGreaterThan(0);
    const cards = page.locator('.olievlek-task');
    await expect.poll(() => cards.count()).toBe(expected.length);
    for (const [i, task] of expected.entries()) {
      expect(await cards.nth(i).getByRole('link').textContent()).toBe(task.label);
      expect(await cards.nth(i).textContent()).toContain(task.reason);
    }
    expect(await page.getByRole('status').first().textContent()).toBe(
      expected.length === 1 ? 'Er wacht 1 taak op u.' : `Er wachten ${expected.length} taken op u.`,
    );
    await expectAccessible(page, 'mijn-taken');
    await screenshotAtWidths(page, 'mijn-taken');
    await link.click();
    await page.waitForURL(`**/programmas/${PROGRAMME}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Programma Amsterdam');
    const stepper = page.getByRole('navigation', { name: 'Fasen van het programma' });
    expect(await stepper.getByRole('listitem').count()).toBe(5);
    expect(await stepper.locator('[aria-current="step"]').textContent()).toContain('Commitment');
    const api = await gql<{ programme: { checklist: Array<{ ruleId: string; label: string; done: boolean }> } }>(
      page,
      `{ programme(id: "${PROGRAMME}") { checklist { ruleId label done } } }`,
    );
    const items = page.locator('.olievlek-checklist__item');
    await expect.poll(() => items.count()).toBe(api.data!.programme.checklist.length);
    for (const [i, item] of api.data!.programme.checklist.entries()) {
      const text = await items.nth(i).textContent();
      expect(text).toContain(item.ruleId);
      expect(text).toContain(item.label);
      expect(await items.nth(i).getAttribute('data-done')).toBe(String(item.done));
    }
    await expectAccessible(page, 'programma-commitment');
    await screenshotAtWidths(page, 'programma-commitment');
    for (const { width, height } of WORKSPACE_WIDTHS) {
      await page.setViewportSize({ width, height });
      expect(await overflowsHorizontally(page), `${width} px`).toBe(false);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }, 120_000);

  it('can be walked with the keyboard: the skip link first, then the menu, each with a visible focus', async () => {
    await page.goto(`${launcher.apiUrl}/`);
    await page.getByRole('link', { name: 'Naar het programma van Amsterdam' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement.textContent)).toBe('Naar de inhoud');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement.id)).toBe('main');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => (globalThis as any).document.activeElement.textContent as string);
      if (name === 'Naar het programma van Amsterdam') break;
    }
    expect(await page.evaluate(() => (globalThis as any).document.activeElement.textContent)).toBe(
      'Naar het programma van Amsterdam',
    );
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/programmas/${PROGRAMME}`);
  }, 60_000);

  it('signs out with the button, back to the sign-in page', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL((url) => url.href.startsWith(launcher.keycloakUrl) || url.pathname === '/');
    await page.goto(`${launcher.apiUrl}/`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Inloggen bij Olievlek');
  }, 60_000);

  it('ran without console errors or CSP violations', () => {
    expect(errors).toEqual([]);
  });
});
