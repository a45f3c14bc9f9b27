import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHASE_COLOURS, PHASE_LABELS, PROGRAMME_PHASES, type MapPhase } from '../apps/dashboard/src/phases';
import { seedDemo } from '../apps/seed/src/seed-demo';
import {
  collectPageErrors,
  launchChromium,
  lowContrastText,
  overflowsHorizontally,
  rgb,
  screenshotPath,
  VIEWPORTS,
} from './support/browser';
import { graphql, Launcher } from './support/launcher';
import { launcherDatabase } from './support/scripted-roles';
import { launcherSecret, mintToken } from './support/tokens';

// The kwartiermakers' dashboard (issue 6; docs/rules.md "National view") in headless Chromium against
// the real product (npm start's launcher): programmes seeded through the GraphQL API by the demo
// seed (real workflows), the page driven like a user would, and every figure on it checked
// against the read model, read directly from its SQLite file.

// A slice of the demo plan: a pioneer in CONTINUATION, programmes in COMMITMENT (one paused),
// AGENDA (one with a mentor, one aborted), EXECUTION, EMBEDDING (one escalated at level 2, R4.3).
const SEEDED = ['GM0098', 'GM0106', 'GM0687', 'GM0034', 'GM0479', 'GM0772', 'GM0200', 'GM0392'];
// Zaanstad's aborted programme is followed by a second one: the map shows the latest.
const RESTARTED = 'GM0479';

interface ProgrammeRow {
  id: string;
  municipality_code: string;
  sequence: number;
  phase: string;
  status: string;
  started_at: string;
  open_escalation_level: number;
  school_years_missed: number;
  mentor_municipality_code: string | null;
  state: string;
}

interface ReadModel {
  municipalities: Array<{ code: string; name: string; province: string }>;
  programmes: ProgrammeRow[];
  /** Unresolved escalations of running programmes (the queue). */
  queue: Array<{ id: string; level: number; raised_at: string }>;
  stays: Array<{ phase: string; days: number }>;
  indicators: Array<{
    period: string;
    repeat_reports: number | null;
    professionals_trained: number | null;
    schools_reached: number | null;
  }>;
}

let launcher: Launcher;
let browser: Browser;
let token: string;

/** The read model, read-only, straight from the SQLite file the projection writes. */
/** How many entries the member directory's audit trail has for a programme. */
function directoryEvents(programmeId: string): number {
  const db = new Database(join(launcher.dataDir, 'olievlek.sqlite'), { readonly: true });
  try {
    return (
      db.prepare('SELECT COUNT(*) AS n FROM directory_event WHERE programme_id = ?').get(programmeId) as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
}

function readModel(): ReadModel {
  const db = new Database(join(launcher.dataDir, 'olievlek.sqlite'), { readonly: true });
  try {
    return {
      municipalities: db.prepare('SELECT code, name, province FROM municipality').all() as ReadModel['municipalities'],
      programmes: db.prepare('SELECT * FROM programme').all() as ProgrammeRow[],
      queue: db
        .prepare(
          `SELECT e.id, e.level, e.raised_at FROM escalation_outbox e JOIN programme p ON p.id = e.programme_id
            WHERE e.status <> 'RESOLVED' AND p.status IN ('ACTIVE', 'PAUSED')`,
        )
        .all() as ReadModel['queue'],
      stays: db
        .prepare('SELECT phase, days FROM programme_phase_stay WHERE days IS NOT NULL')
        .all() as ReadModel['stays'],
      indicators: db
        .prepare('SELECT period, repeat_reports, professionals_trained, schools_reached FROM indicator_report')
        .all() as ReadModel['indicators'],
    };
  } finally {
    db.close();
  }
}

const count = (n: number) => new Intl.NumberFormat('nl-NL').format(n);
const days = (n: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(n);
const sum = (values: Array<number | null>) => values.reduce<number>((a, b) => a + (b ?? 0), 0);
const quarterOf = (iso: string) => `${iso.slice(0, 4)}-Q${Math.ceil(Number(iso.slice(5, 7)) / 3)}`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Every key figure as the page should show it, computed from the read model. */
function expectedFigures(rm: ReadModel): Record<string, string> {
  const p = rm.programmes;
  const figures: Record<string, string> = {
    'figure-total': count(p.length),
    'figure-stalled': count(p.filter((r) => r.open_escalation_level > 0).length),
    'figure-school-years-missed': count(sum(p.map((r) => r.school_years_missed))),
    'figure-missing-school-year': count(p.filter((r) => r.school_years_missed > 0).length),
    'figure-mentor-pairings': count(p.filter((r) => r.mentor_municipality_code !== null).length),
  };
  for (const level of [1, 2, 3])
    figures[`figure-escalations-${level}`] = count(rm.queue.filter((e) => e.level === level).length);
  for (const phase of PROGRAMME_PHASES) {
    figures[`figure-phase-${phase}`] = count(p.filter((r) => r.phase === phase).length);
    const stays = rm.stays.filter((s) => s.phase === phase).map((s) => s.days);
    // CLOSED is never left; a phase nobody left yet has no median.
    figures[`figure-median-days-${phase}`] =
      phase === 'CLOSED' || stays.length === 0 ? '—' : days(Math.round(median(stays) * 10) / 10);
  }
  const quarterly = rm.indicators.filter((i) => /^\d{4}-Q[1-4]$/.test(i.period));
  figures['figure-repeat-reports'] = count(sum(quarterly.map((i) => i.repeat_reports)));
  figures['figure-professionals-trained'] = count(sum(quarterly.map((i) => i.professionals_trained)));
  figures['figure-schools-reached'] = count(sum(quarterly.map((i) => i.schools_reached)));
  return figures;
}

/** The spread curve's table: every quarter from the first start to the last, with the running total. */
function expectedSpread(rm: ReadModel): string[][] {
  const perQuarter = new Map<number, number>();
  for (const r of rm.programmes) {
    const q = quarterOf(r.started_at);
    const index = Number(q.slice(0, 4)) * 4 + Number(q.slice(-1)) - 1;
    perQuarter.set(index, (perQuarter.get(index) ?? 0) + 1);
  }
  const rows: string[][] = [];
  let total = 0;
  for (let i = Math.min(...perQuarter.keys()); i <= Math.max(...perQuarter.keys()); i++) {
    total += perQuarter.get(i) ?? 0;
    rows.push([`${Math.floor(i / 4)}-Q${(i % 4) + 1}`, count(perQuarter.get(i) ?? 0), count(total)]);
  }
  return rows;
}

/** Per municipality the phase of its latest programme (highest sequence), NONE without one. */
function expectedMap(rm: ReadModel): Map<string, MapPhase> {
  const latest = new Map<string, ProgrammeRow>();
  for (const r of rm.programmes)
    if ((latest.get(r.municipality_code)?.sequence ?? 0) < r.sequence) latest.set(r.municipality_code, r);
  return new Map(rm.municipalities.map((m) => [m.code, (latest.get(m.code)?.phase ?? 'NONE') as MapPhase]));
}

/** Waits until `check` holds (expect.poll is for tests, not hooks). */
async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const pageFigures = (page: Page) =>
  page.$$eval('[data-testid^="figure-"]', (elements) =>
    Object.fromEntries(elements.map((e: any) => [e.dataset.testid, e.textContent.trim()])),
  ) as Promise<Record<string, string>>;

const pageMap = (page: Page) =>
  page.$$eval('#map path[data-code]', (paths) =>
    paths.map((p: any) => ({
      code: p.dataset.code as string,
      phase: p.dataset.phase as string,
      fill: (globalThis as any).getComputedStyle(p).fill as string,
      label: p.getAttribute('aria-label') as string,
    })),
  );

const rowsOf = (page: Page, testId: string, attribute: string) =>
  page.$$eval(
    `[data-testid="${testId}"] tbody tr[${attribute}]`,
    (rows, a) => rows.map((r: any) => r.getAttribute(a) as string),
    attribute,
  );

async function openDashboard(context: BrowserContext, withToken = token, errors?: string[]): Promise<Page> {
  const page = await context.newPage();
  if (errors) collectPageErrors(page, errors);
  await page.goto(`${launcher.apiUrl}/dashboard`);
  await page.getByLabel('Toegangstoken').fill(withToken);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  return page;
}

beforeAll(async () => {
  launcher = await Launcher.onFreePorts({ FEED_INTERVAL_MS: '200' });
  await launcher.start();
  const seedToken = await launcher.token({ sub: 'e2e-seed', role: 'KWARTIERMAKER' });
  await seedDemo({
    graphqlUrl: `${launcher.apiUrl}/graphql`,
    token: seedToken,
    municipalityTokens: { secret: launcherSecret(launcher.dataDir) },
    databaseUrl: launcherDatabase(launcher),
    only: SEEDED,
    log: () => undefined,
  });
  const restart = await graphql(
    launcher.apiUrl,
    `mutation { startProgramme(municipalityCode: "${RESTARTED}") { id } }`,
    undefined,
    { token: seedToken },
  );
  expect(restart.errors).toBeUndefined();
  await until(
    'the second programme in the read model',
    () => readModel().programmes.filter((r) => r.municipality_code === RESTARTED).length === 2,
  );
  // The dashboard's own holder, so the seed's requests do not count against its rate limit.
  token = await launcher.token({ sub: 'e2e-dashboard', role: 'KWARTIERMAKER' });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await launcher?.dispose();
});

describe('dashboard: served by the API (issue 6)', () => {
  it('opens at /dashboard without a token, under a strict Content-Security-Policy, and npm start names its URL', async () => {
    const res = await fetch(`${launcher.apiUrl}/dashboard`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${launcher.ports.api}`);
    const html = await res.text();
    expect(html).toContain('<html lang="nl">');
    // Everything the page loads comes from the API itself (no CDN: the machine may be offline).
    expect(html).not.toMatch(/(src|href)="https?:\/\/(?!creativecommons)/);
    const script = await fetch(`${launcher.apiUrl}/dashboard/app.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${launcher.apiUrl}/dashboard/municipalities.topo.json`)).status).toBe(200);
    expect(launcher.output).toContain(`Dashboard    http://127.0.0.1:${launcher.ports.api}/dashboard`);
  });
});

describe('dashboard: docs/rules.md "National view" for kwartiermakers', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.laptop, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    errors = [];
    page = await openDashboard(context, token, errors);
    await page
      .getByTestId('updated-at')
      .filter({ hasText: /bijgewerkt om \d\d:\d\d:\d\d/ })
      .waitFor({ timeout: 20_000 });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  it('draws all 342 municipalities, each coloured by the phase of its latest programme (highest sequence) and grey without one', async () => {
    await expect
      .poll(async () => Object.fromEntries((await pageMap(page)).map((p) => [p.code, p.phase])), { timeout: 10_000 })
      .toEqual(Object.fromEntries(expectedMap(readModel())));
    const drawn = await pageMap(page);
    expect(drawn).toHaveLength(342);
    expect(new Set(drawn.map((p) => p.code))).toEqual(new Set(readModel().municipalities.map((m) => m.code)));
    const names = new Map(readModel().municipalities.map((m) => [m.code, m.name]));
    for (const p of drawn) {
      expect(p.fill, p.code).toBe(rgb(PHASE_COLOURS[p.phase as MapPhase]));
      expect(p.label).toBe(
        p.phase === 'NONE'
          ? `${names.get(p.code)}: geen programma`
          : `${names.get(p.code)}: fase ${PHASE_LABELS[p.phase as MapPhase]}`,
      );
    }
    // Zaanstad: its first programme was aborted in AGENDA, its second runs in COMMITMENT.
    expect(drawn.find((p) => p.code === RESTARTED)?.phase).toBe('COMMITMENT');
    expect(drawn.filter((p) => p.phase !== 'NONE')).toHaveLength(SEEDED.length);
    // The legend names every phase beside the same colour as the map.
    for (const phase of [...PROGRAMME_PHASES, 'NONE'] as MapPhase[]) {
      const item = page.getByTestId(`legend-${phase}`);
      await expect.poll(() => item.textContent()).toContain(PHASE_LABELS[phase]);
      expect(await item.locator('rect').evaluate((r: any) => (globalThis as any).getComputedStyle(r).fill)).toBe(
        rgb(PHASE_COLOURS[phase]),
      );
    }
    await expect.poll(() => page.getByTestId('map-attribution').textContent()).toContain('CBS/PDOK');
  });

  it('shows every key figure as the read model has it: totals, stalled, escalations per level, per phase, median days, school years, indicators, mentors', async () => {
    await expect.poll(async () => pageFigures(page), { timeout: 20_000 }).toEqual(expectedFigures(readModel()));
    const figures = await pageFigures(page);
    // The seed made a real mix: an escalated programme, indicators, a mentor.
    expect(figures['figure-escalations-2']).not.toBe('0');
    expect(figures['figure-repeat-reports']).not.toBe('0');
    expect(figures['figure-mentor-pairings']).not.toBe('0');
  });

  it('gives the spread curve a table with the same figures per quarter and in total', async () => {
    const table = await page.$$eval('[data-testid="spread-table"] tbody tr', (rows) =>
      rows.map((r: any) => [...r.children].map((c: any) => c.textContent.trim())),
    );
    expect(table).toEqual(expectedSpread(readModel()));
    expect(await page.locator('#spread-chart').getAttribute('role')).toBe('img');
    expect(await page.locator('#phase-chart').getAttribute('role')).toBe('img');
  });

  it('lists the escalation queue (highest level first, then oldest) and the stalled programmes', async () => {
    const rm = readModel();
    const queue = [...rm.queue].sort(
      (a, b) => b.level - a.level || a.raised_at.localeCompare(b.raised_at) || a.id.localeCompare(b.id),
    );
    expect(queue.length).toBeGreaterThan(0);
    await expect.poll(() => rowsOf(page, 'escalation-queue', 'data-escalation-id')).toEqual(queue.map((e) => e.id));
    const stalled = rm.programmes.filter((r) => r.open_escalation_level > 0).map((r) => r.id);
    expect(new Set(await rowsOf(page, 'stalled-programmes', 'data-programme-id'))).toEqual(new Set(stalled));
  });

  it('filters the map by province and by region: zooms in, and only the selection can be reached with Tab', async () => {
    const reachable = async () =>
      new Set(await page.$$eval('#map path[tabindex="0"]', (paths) => paths.map((p: any) => p.dataset.code as string)));
    const db = new Database(join(launcher.dataDir, 'olievlek.sqlite'), { readonly: true });
    const codes = (column: 'veilig_thuis_region' | 'jeugdregio' | 'province', value: string) =>
      new Set(
        (db.prepare(`SELECT code FROM municipality WHERE ${column} = ?`).all(value) as Array<{ code: string }>).map(
          (r) => r.code,
        ),
      );
    try {
      const amsterdam = page.locator('#map path[data-code="GM0363"]');
      const wholeCountry = await amsterdam.getAttribute('d');
      await page.getByLabel('Veilig Thuis-regio').selectOption('Amsterdam-Amstelland');
      expect(await reachable()).toEqual(codes('veilig_thuis_region', 'Amsterdam-Amstelland'));
      // Zoomed in: Amsterdam is drawn anew, larger.
      expect(await amsterdam.getAttribute('d')).not.toBe(wholeCountry);
      await page.getByLabel('Veilig Thuis-regio').selectOption('');
      await page.getByLabel('Jeugdregio').selectOption('Zuid-Limburg');
      expect(await reachable()).toEqual(codes('jeugdregio', 'Zuid-Limburg'));
      await page.getByLabel('Jeugdregio').selectOption('');
      await page.getByLabel('Provincie').selectOption('Fryslân');
      const friesland = codes('province', 'Fryslân');
      expect(await reachable()).toEqual(friesland);
      await expect.poll(() => page.locator('#filter-summary').textContent()).toContain(`${friesland.size} gemeenten`);
    } finally {
      db.close();
    }
  });

  it('keyboard: Tab reaches a municipality, Enter opens its programme with the timeline, Escape returns to the map', async () => {
    // Weststellingwerf (pioneer, CONTINUATION) lies in Fryslân, the filter of the previous test.
    await page.getByRole('button', { name: 'Filters wissen' }).focus();
    let focused: string | undefined;
    for (let i = 0; i < 25 && focused !== 'GM0098'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(
        () => (globalThis as any).document.activeElement?.dataset?.code as string | undefined,
      );
    }
    expect(focused).toBe('GM0098');
    await expect.poll(() => page.locator('#map-tooltip').textContent()).toContain('Weststellingwerf');
    expect(
      await page.locator('#map .map-focus').evaluate((e: any) => (globalThis as any).getComputedStyle(e).visibility),
    ).toBe('visible');
    await page.keyboard.press('Enter');
    const panel = page.locator('#panel');
    await expect.poll(() => panel.evaluate((d: any) => d.open as boolean)).toBe(true);
    expect(await page.locator('#panel-title').textContent()).toBe('Weststellingwerf');
    const programme = readModel().programmes.find((r) => r.municipality_code === 'GM0098')!;
    const timeline = (JSON.parse(programme.state) as { timeline: Array<{ summary: string }> }).timeline;
    const entries = page.getByTestId('timeline').locator('li');
    // The API's timeline also says who joined the programme: the member directory's audit trail (P2),
    // here the seed's demo people.
    const joined = directoryEvents(programme.id);
    expect(joined).toBeGreaterThan(0);
    await expect.poll(() => entries.count(), { timeout: 10_000 }).toBe(timeline.length + joined);
    // Newest first.
    expect(await entries.first().locator('.summary').textContent()).toBe(timeline.at(-1)!.summary);
    expect(await page.getByTestId('panel-phase').textContent()).toContain(PHASE_LABELS.CONTINUATION);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.evaluate((d: any) => d.open as boolean)).toBe(false);
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.dataset?.code)).toBe('GM0098');
    await page.getByRole('button', { name: 'Filters wissen' }).click();
  });

  it('updates live over the subscription: a programme started through the API appears on the map and in the figures without a reload', async () => {
    await page.evaluate(() => ((globalThis as any).notReloaded = true));
    const before = await page.getByTestId('updated-at').textContent();
    await expect.poll(() => page.locator('#live-status').getAttribute('data-state')).toBe('connected');
    const started = await graphql(
      launcher.apiUrl,
      'mutation { startProgramme(municipalityCode: "GM0014") { id } }',
      undefined,
      { token: await launcher.token() },
    );
    expect(started.errors).toBeUndefined();
    const groningen = page.locator('#map path[data-code="GM0014"]');
    await expect.poll(() => groningen.getAttribute('data-phase'), { timeout: 20_000 }).toBe('COMMITMENT');
    await expect.poll(async () => pageFigures(page), { timeout: 20_000 }).toEqual(expectedFigures(readModel()));
    expect(await page.getByTestId('updated-at').textContent()).not.toBe(before);
    expect(await page.evaluate(() => (globalThis as any).notReloaded)).toBe(true);
  });

  it('downloads the overview as CSV with the token (the same file the API exports)', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Overzicht (CSV)' }).click(),
    ]);
    const saved = readFileSync((await download.path())!);
    const direct = await fetch(`${launcher.apiUrl}/export/overview.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(direct.status).toBe(200);
    // Byte for byte (the export starts with a BOM for spreadsheets).
    expect(saved.equals(Buffer.from(await direct.arrayBuffer()))).toBe(true);
    expect(saved.toString('utf8')).toContain(`total,,${readModel().programmes.length}`);
    expect(download.suggestedFilename()).toBe('olievlek-overzicht.csv');
  });

  it('has readable contrast (WCAG AA), no console errors or CSP violations, and fits a laptop (1366×768) and a tablet (768×1024)', async () => {
    expect(await lowContrastText(page)).toEqual([]);
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.screenshot({ path: screenshotPath('dashboard-laptop'), fullPage: true });
    await page.setViewportSize(VIEWPORTS.tablet);
    await page.waitForTimeout(300);
    expect(await overflowsHorizontally(page)).toBe(false);
    expect(await lowContrastText(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('dashboard-tablet'), fullPage: true });
    await page.setViewportSize(VIEWPORTS.laptop);
    expect(errors).toEqual([]);
  });

  it('keeps the token for the tab (sessionStorage) across a reload, starts with a skip link, and logging out forgets it', async () => {
    await page.reload();
    await page.locator('#dashboard').waitFor({ state: 'visible', timeout: 20_000 });
    expect(await page.locator('#map path[data-code]').count()).toBe(342);
    // From the top of the page, the first Tab reaches the skip link (shown when focused), Enter leads to the content.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    expect(await skip.evaluate((a: any) => a === (globalThis as any).document.activeElement)).toBe(true);
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('main');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    expect(await page.getByLabel('Toegangstoken').isVisible()).toBe(true);
    expect(await page.locator('#dashboard').isVisible()).toBe(false);
    expect(await page.evaluate(() => (globalThis as any).sessionStorage.length)).toBe(0);
  });
});

describe('dashboard: login with a token (README "Tokens")', () => {
  it('a wrong token shows the API’s Dutch UNAUTHENTICATED message and no data', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.laptop, locale: 'en-US' });
    try {
      const page = await openDashboard(context, 'not-a-token');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const api = await graphql(launcher.apiUrl, '{ nationalOverview { total } }', undefined, { token: 'not-a-token' });
      expect(api.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      // Dutch, although this browser prefers English.
      expect(await alert.textContent()).toBe(api.errors![0]!.message);
      expect(await page.locator('#dashboard').isVisible()).toBe(false);
      expect(await page.evaluate(() => (globalThis as any).sessionStorage.length)).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('a municipality’s token gets the API’s FORBIDDEN message: the queue is for kwartiermakers', async () => {
    const municipality = await mintToken(launcherSecret(launcher.dataDir), {
      sub: 'gemeente-zaanstad',
      role: 'MUNICIPALITY',
      municipalities: ['GM0479'],
    });
    const context = await browser.newContext({ viewport: VIEWPORTS.laptop });
    try {
      const page = await openDashboard(context, municipality);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const api = await graphql(
        launcher.apiUrl,
        '{ stalledProgrammes(first: 1) { id } escalationQueue(first: 1) { id } }',
        undefined,
        { token: municipality },
      );
      expect(api.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(api.errors?.map((e) => e.message)).toContain(await alert.textContent());
      expect(await page.locator('#dashboard').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
