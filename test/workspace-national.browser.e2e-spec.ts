import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../apps/seed/src/seed-demo';
import { collectPageErrors, launchChromium, overflowsHorizontally } from './support/browser';
import { graphql, Launcher } from './support/launcher';
import { launcherDatabase } from './support/scripted-roles';
import { launcherSecret } from './support/tokens';
import { dutchWindow, expectAccessible, screenshotAtWidths, signInToWorkspace } from './support/workspace';

// Issue 15: the kwartiermakers' national view in the workspace (/landelijk), replacing the old
// hand-written /dashboard. Programmes seeded through the GraphQL API by the demo seed (real
// workflows); the kwartiermaker signs in through Keycloak and every figure, the map, its table and
// the lists on the page are compared with what the API answers (nationalOverview, programmes,
// escalationQueue, stalledProgrammes). The actions (P3: a decision on an escalation, a mentor from
// the suggestions, stall thresholds beyond policy) go through the page and show in the API; the
// same mutations from a project lead's session are refused by the server and record nothing.

// A slice of the demo plan: a pioneer collective in CONTINUATION (Leeuwarden with Weststellingwerf, C1), programmes in COMMITMENT (one paused),
// AGENDA (one with a mentor, one aborted, Goes stalled for 22 weeks: levels 1–3, P3), EXECUTION,
// EMBEDDING (one escalated at level 2, R4.3).
const SEEDED = ['GM0080', 'GM0106', 'GM0687', 'GM0034', 'GM0479', 'GM0772', 'GM0200', 'GM0392', 'GM0664'];
// Issue 17.5: two more pioneers, so that five programmes completed EXECUTION and Eindhoven (GM0772, in
// EXECUTION since 2022) is slower than 80 % of them (docs/rules.md "Peer comparison").
const PEERS = ['GM0202', 'GM0505'];

interface Municipality {
  code: string;
  name: string;
  province: string;
}

const MUNICIPALITIES: Municipality[] = (
  parse(readFileSync(join(__dirname, '..', 'libs', 'reference-data', 'municipalities.csv'), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Array<Record<string, string>>
).map((r) => ({ code: r.code!, name: r.name!, province: r.province! }));

let launcher: Launcher;
let browser: Browser;
/** The programme the mentor test opens; the thresholds test changes its settings. */
let opened: string;
const errors: string[] = [];

beforeAll(async () => {
  launcher = await Launcher.onFreePorts({}, { identityProvider: true });
  await launcher.start();
  await seedDemo({
    graphqlUrl: `${launcher.apiUrl}/graphql`,
    token: await launcher.token({ sub: 'e2e-seed', role: 'KWARTIERMAKER' }),
    municipalityTokens: { secret: launcherSecret(launcher.dataDir) },
    databaseUrl: launcherDatabase(launcher),
    only: [...SEEDED, ...PEERS],
    log: () => undefined,
  });
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await launcher?.dispose();
});

/** A GraphQL request from the page, with its session cookie and Origin (as the app sends them). */
function gql<T = any>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
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

const count = (n: number) => new Intl.NumberFormat('nl-NL').format(n);
const days = (n: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(n);
const PHASES = ['COMMITMENT', 'AGENDA', 'EXECUTION', 'EMBEDDING', 'CONTINUATION', 'CLOSED'];

const OVERVIEW = `{ nationalOverview {
  total stalled byPhase { key count } startedPerQuarter { key count } openEscalationsByLevel { level count }
  medianDaysInPhase { phase programmes medianDays } schoolYearsMissed programmesMissingSchoolYear
  indicatorsPerQuarter { repeatReports professionalsTrained schoolsReached } mentorPairings municipalitiesReached } }`;

/** Every key figure as the page should show it, from the API's nationalOverview. */
async function expectedFigures(page: Page): Promise<Record<string, string>> {
  const o = (await gql(page, OVERVIEW)).data!.nationalOverview;
  const sum = (pick: (q: any) => number) => count(o.indicatorsPerQuarter.reduce((a: number, q: any) => a + pick(q), 0));
  const figures: Record<string, string> = {
    'figure-total': count(o.total),
    // C4: municipalities reached, members of collectives included.
    'figure-municipalities-reached': count(o.municipalitiesReached),
    'figure-stalled': count(o.stalled),
    'figure-school-years-missed': count(o.schoolYearsMissed),
    'figure-missing-school-year': count(o.programmesMissingSchoolYear),
    'figure-mentor-pairings': count(o.mentorPairings),
    'figure-repeat-reports': sum((q) => q.repeatReports),
    'figure-professionals-trained': sum((q) => q.professionalsTrained),
    'figure-schools-reached': sum((q) => q.schoolsReached),
  };
  for (const level of [1, 2, 3])
    figures[`figure-escalations-${level}`] = count(
      o.openEscalationsByLevel.find((e: any) => e.level === level)?.count ?? 0,
    );
  for (const phase of PHASES) {
    figures[`figure-phase-${phase}`] = count(o.byPhase.find((b: any) => b.key === phase)?.count ?? 0);
    const median = o.medianDaysInPhase.find((m: any) => m.phase === phase)?.medianDays;
    figures[`figure-median-days-${phase}`] = median == null ? '—' : days(median);
  }
  return figures;
}

const pageFigures = (page: Page) =>
  page.$$eval('[data-testid^="figure-"]', (elements) =>
    Object.fromEntries(elements.map((e: any) => [e.dataset.testid, e.textContent.trim()])),
  ) as Promise<Record<string, string>>;

/** Per municipality the phase of its latest programme (highest sequence) as the API lists them, NONE without. */
async function expectedMap(page: Page): Promise<Record<string, string>> {
  const latest = new Map<string, { sequence: number; phase: string }>();
  let after: string | null = null;
  for (;;) {
    const { data }: { data?: any } = await gql(
      page,
      `query($after: String) { programmes(first: 100, after: $after) {
        edges { node { municipalityCode sequence phase memberMunicipalityCodes } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    for (const { node } of data.programmes.edges) {
      if ((latest.get(node.municipalityCode)?.sequence ?? 0) < node.sequence) latest.set(node.municipalityCode, node);
      // C4: a member of a collective shows the collective's phase (none of this slice has one of its own).
      for (const code of node.memberMunicipalityCodes) latest.set(code, node);
    }
    if (!data.programmes.pageInfo.hasNextPage) break;
    after = data.programmes.pageInfo.endCursor;
  }
  return Object.fromEntries(MUNICIPALITIES.map((m) => [m.code, latest.get(m.code)?.phase ?? 'NONE']));
}

const pageMap = (page: Page) =>
  page.$$eval('[data-testid="map"] path[data-code]', (paths) =>
    Object.fromEntries(paths.map((p: any) => [p.dataset.code as string, p.dataset.phase as string])),
  ) as Promise<Record<string, string>>;

const rowsOf = (page: Page, testId: string, attribute: string) =>
  page.$$eval(
    `[data-testid="${testId}"] tbody tr[${attribute}]`,
    (rows, a) => rows.map((r: any) => r.getAttribute(a) as string),
    attribute,
  );

describe('the old dashboard is gone', () => {
  it('answers GET /dashboard with a permanent redirect to the national view; its files are no longer served', async () => {
    const res = await fetch(`${launcher.apiUrl}/dashboard`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/landelijk');
    expect((await fetch(`${launcher.apiUrl}/landelijk`)).status).toBe(200);
    expect((await fetch(`${launcher.apiUrl}/dashboard/app.js`)).status).toBe(404);
    expect((await fetch(`${launcher.apiUrl}/assets/municipalities.topo.json`)).status).toBe(200);
  });
});

describe('the national view at /landelijk for a kwartiermaker (docs/rules.md "National view")', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await dutchWindow(browser);
    page = await context.newPage();
    collectPageErrors(page, errors);
    await signInToWorkspace(page, launcher, 'kwartiermaker', '/landelijk');
    await page.getByRole('heading', { level: 1, name: 'Landelijk overzicht' }).waitFor();
    await page
      .getByTestId('updated-at')
      .filter({ hasText: /Bijgewerkt om/ })
      .waitFor({ timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
  });

  it('is in the menu for a kwartiermaker, marked as the current page', async () => {
    const link = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Landelijk overzicht' });
    expect(await link.getAttribute('aria-current')).toBe('page');
  });

  it('shows every key figure as the API’s nationalOverview has it', async () => {
    const expected = await expectedFigures(page);
    await expect.poll(() => pageFigures(page), { timeout: 20_000 }).toEqual(expected);
    // The seed made a real mix: an escalation at level 2, indicators, a mentor.
    expect(expected['figure-escalations-2']).not.toBe('0');
    expect(expected['figure-repeat-reports']).not.toBe('0');
    expect(expected['figure-mentor-pairings']).not.toBe('0');
  });

  it('draws all 342 municipalities by the phase of their latest programme, and its table says the same', async () => {
    const expected = await expectedMap(page);
    await expect.poll(() => pageMap(page), { timeout: 20_000 }).toEqual(expected);
    // Every seeded programme's municipality, and Weststellingwerf as Leeuwarden's member (C1, C4).
    expect(Object.values(expected).filter((p) => p !== 'NONE')).toHaveLength(SEEDED.length + PEERS.length + 1);
    expect(expected.GM0098).toBe(expected.GM0080);
    // The map is an image with a name; its table alternative holds the same municipalities and phases.
    expect(await page.getByTestId('map').getAttribute('role')).toBe('img');
    await page.getByText('De kaart als tabel').click();
    const table = await page.$$eval('[data-testid="map-table"] tbody tr', (rows) =>
      Object.fromEntries(rows.map((r: any) => [r.dataset.code as string, r.dataset.phase as string])),
    );
    expect(table).toEqual(expected);
    // The legend names every phase with its count of municipalities.
    const none = Object.values(expected).filter((p) => p === 'NONE').length;
    expect(await page.getByTestId('legend-NONE').textContent()).toContain(`${count(none)} gemeenten`);
    expect(await page.getByTestId('map-attribution').textContent()).toContain('CBS/PDOK');
  });

  it('outlines open escalations at level 2 and 3 thickly, the level told by the line, not by colour alone', async () => {
    const { data } = await gql(page, '{ stalledProgrammes(first: 50) { municipalityCode openEscalationLevel } }');
    const escalated = data.stalledProgrammes.filter((p: any) => p.openEscalationLevel >= 2);
    expect(new Set(escalated.map((p: any) => p.openEscalationLevel))).toEqual(new Set([2, 3]));
    for (const p of escalated) {
      const outline = page.locator(`[data-outline-code="${p.municipalityCode}"]`);
      const style = await outline.evaluate((e: any) => {
        const s = (globalThis as any).getComputedStyle(e);
        return { width: parseFloat(s.strokeWidth), dash: s.strokeDasharray as string };
      });
      // A hairline was 0.4: now at least 3 (level 2, dashed) or 4.5 (level 3, solid).
      expect(style.width).toBeGreaterThanOrEqual(p.openEscalationLevel === 3 ? 4.5 : 3);
      expect(style.dash === 'none').toBe(p.openEscalationLevel === 3);
    }
    expect(await page.getByText('Gestreepte dikke rand: open escalatie op niveau 2').count()).toBe(1);
  });

  it('gives each chart a name and a table with the API’s figures', async () => {
    // C4: the spread curve counts municipalities reached, not programmes.
    const { data } = await gql(page, '{ nationalOverview { municipalitiesPerQuarter { key count } } }');
    const known = new Map<string, number>(
      data.nationalOverview.municipalitiesPerQuarter.map((q: any) => [q.key, q.count]),
    );
    const index = (k: string) => Number(k.slice(0, 4)) * 4 + Number(k.slice(-1)) - 1;
    const indices = [...known.keys()].map(index);
    const rows: string[][] = [];
    let total = 0;
    for (let i = Math.min(...indices); i <= Math.max(...indices); i++) {
      const key = `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
      total += known.get(key) ?? 0;
      rows.push([key, count(known.get(key) ?? 0), count(total)]);
    }
    const table = await page.$$eval('[data-testid="spread-table"] tbody tr', (trs) =>
      trs.map((r: any) => [...r.children].map((c: any) => c.textContent.trim())),
    );
    expect(table).toEqual(rows);
    for (const chart of ['phase-chart', 'spread-chart']) {
      const canvas = page.getByTestId(chart);
      expect(await canvas.getAttribute('role')).toBe('img');
      const described = await canvas.getAttribute('aria-describedby');
      expect(await page.locator(`#${described}`).evaluate((c: any) => c.tagName)).toBe('CAPTION');
    }
  });

  it('lists the escalation queue and the stalled programmes in the API’s order, codes in Dutch words', async () => {
    const { data } = await gql(page, '{ escalationQueue(first: 100) { id kind } stalledProgrammes(first: 50) { id } }');
    expect(data.escalationQueue.length).toBeGreaterThan(0);
    await expect
      .poll(() => rowsOf(page, 'escalation-queue', 'data-escalation-id'))
      .toEqual(data.escalationQueue.map((e: any) => e.id));
    expect(await rowsOf(page, 'stalled-programmes', 'data-programme-id')).toEqual(
      data.stalledProgrammes.map((p: any) => p.id),
    );
    const queueText = (await page.getByTestId('escalation-queue').textContent())!;
    for (const code of ['LEAD_DEPARTED', 'STALL', 'OPEN', 'PENDING', 'NO_CHANNEL'])
      expect(queueText).not.toContain(code);
  });

  it('issue 17.5: lists the programmes slower than 80 % of their peers as the API does, each linked to its page, which shows its percentile', async () => {
    const { data } = await gql(
      page,
      '{ slowerThanPeers(first: 25) { totalCount entries { programme { id municipality { name } } peerComparison { percentile } } } }',
    );
    const entries = data.slowerThanPeers.entries as Array<{
      programme: { id: string; municipality: { name: string } };
      peerComparison: { percentile: number };
    }>;
    expect(data.slowerThanPeers.totalCount).toBeGreaterThan(0);
    expect(entries.map((e) => e.programme.id)).toContain('programme-GM0772-1');
    await expect
      .poll(() => rowsOf(page, 'slower-than-peers', 'data-programme-id'))
      .toEqual(entries.map((e) => e.programme.id));
    const table = page.getByTestId('slower-than-peers');
    expect(await table.getByTestId('peers-percentile').allTextContents()).toEqual(
      entries.map((e) => `${days(e.peerComparison.percentile)} %`),
    );
    const first = entries[0]!;
    const link = table.getByRole('link', { name: first.programme.municipality.name });
    expect(await link.getAttribute('href')).toBe(`/programmas/${encodeURIComponent(first.programme.id)}`);

    // The programme page says the same, small, under its status.
    const programmePage = await context.newPage();
    try {
      await programmePage.goto(new URL(`/programmas/${encodeURIComponent(first.programme.id)}`, page.url()).toString());
      const line = programmePage.getByTestId('peer-comparison');
      await line.waitFor({ timeout: 20_000 });
      const text = (await line.textContent())!;
      expect(text).toContain(`langer dan ${days(first.peerComparison.percentile)} %`);
      expect(text).toContain('Trager dan 80 % van vergelijkbare programma’s');
      await expectAccessible(programmePage, 'programme page with its peer comparison');
    } finally {
      await programmePage.close();
    }
  });

  it('filters the map and the lists by province: only Fryslân in the table, the figures stay national', async () => {
    const before = await pageFigures(page);
    await page.getByLabel('Provincie').selectOption('Fryslân');
    const friesland = MUNICIPALITIES.filter((m) => m.province === 'Fryslân').map((m) => m.code);
    await expect
      .poll(() => page.$$eval('[data-testid="map-table"] tbody tr', (rows) => rows.map((r: any) => r.dataset.code)))
      .toEqual(expect.arrayContaining(friesland));
    expect(await page.locator('[data-testid="map-table"] tbody tr').count()).toBe(friesland.length);
    expect(await page.getByTestId('filter-summary').textContent()).toContain(`${friesland.length} gemeenten`);
    // Outside the selection, paths are faded and cannot be chosen.
    expect(await page.locator('[data-testid="map"] path.is-outside').count()).toBe(342 - friesland.length);
    expect(await pageFigures(page)).toEqual(before);
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => page.locator('[data-testid="map-table"] tbody tr').count()).toBe(342);
  });

  it('P3: a decision on a level-3 escalation from the queue (pause), taken on the page, is recorded by the workflow', async () => {
    const { data } = await gql(page, '{ escalationQueue(first: 100) { id programmeId municipalityCode level } }');
    // Highest level first: Goes' level-3 escalation, which only a kwartiermaker may decide on (P3).
    const escalation = data.escalationQueue[0];
    expect(escalation).toMatchObject({ level: 3, municipalityCode: 'GM0664' });
    const row = page.locator(`[data-testid="escalation-queue"] tr[data-escalation-id="${escalation.id}"]`);
    await row.getByRole('button').click();
    const panel = page.getByTestId('programme-panel');
    await panel.getByRole('heading', { level: 2 }).waitFor();
    // Focus moves to the chosen programme's heading.
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('national-programme');
    const form = page.getByTestId(`acknowledge-${escalation.id}`);
    await form.getByLabel('Programma pauzeren (de klokken staan stil)').check();
    await form.getByLabel('Toelichting (optioneel)').fill('Verkiezingen: even stil.');
    await form.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await expect
      .poll(
        async () =>
          (
            await gql(
              page,
              'query($id: ID!) { programme(id: $id) { status escalations { id acknowledgements { decision } } } }',
              {
                id: escalation.programmeId,
              },
            )
          ).data.programme,
        { timeout: 20_000 },
      )
      .toMatchObject({
        status: 'PAUSED',
        escalations: expect.arrayContaining([
          expect.objectContaining({ id: escalation.id, acknowledgements: [{ decision: 'PAUSE' }] }),
        ]),
      });
    // The panel follows (live): the status in words, not the code.
    await expect
      .poll(() => panel.getByTestId('panel-status').textContent(), { timeout: 20_000 })
      .toMatch(/^gepauzeerd$/i);
    // Issue 15: the kwartiermaker resumes it from the same panel; the workflow records it.
    await panel.getByTestId('pause-form').getByRole('button', { name: 'Programma hervatten' }).click();
    await expect
      .poll(
        async () =>
          (await gql(page, 'query($id: ID!) { programme(id: $id) { status } }', { id: escalation.programmeId })).data
            .programme.status,
        { timeout: 20_000 },
      )
      .toBe('ACTIVE');
  });

  it('pairs a mentor from the API’s suggestions', async () => {
    const { data } = await gql(
      page,
      '{ programmes(first: 100) { edges { node { id municipalityCode status mentor { municipalityCode } } } } }',
    );
    const target = data.programmes.edges
      .map((e: any) => e.node)
      .find((p: any) => p.status === 'ACTIVE' && !p.mentor && SEEDED.includes(p.municipalityCode));
    expect(target).toBeDefined();
    opened = target.id;
    const suggestions = (
      await gql(page, 'query($id: ID!) { mentorSuggestions(programmeId: $id, first: 5) { municipalityCode name } }', {
        id: target.id,
      })
    ).data.mentorSuggestions;
    expect(suggestions.length).toBeGreaterThan(0);
    await page.getByText('De kaart als tabel').scrollIntoViewIfNeeded();
    await page.locator(`[data-testid="map-table"] tr[data-code="${target.municipalityCode}"] button`).click();
    const form = page.getByTestId('mentor-form');
    // Submitting without a choice keeps the form and says what is missing.
    await form.getByRole('button', { name: 'Mentor koppelen' }).click();
    expect(await form.getByText('Kies eerst een mentor uit de lijst.').isVisible()).toBe(true);
    const labels = await form.locator('label').allTextContents();
    for (const s of suggestions) expect(labels.some((l) => l.startsWith(s.name))).toBe(true);
    await form.getByLabel(new RegExp(`^${suggestions[0].name} `)).check();
    await form.getByRole('button', { name: 'Mentor koppelen' }).click();
    await form.getByText('De mentor is gekoppeld.').waitFor({ timeout: 20_000 });
    // The read model shows the pairing once the worker projected it (a moment later on a loaded machine).
    const mentorOf = async () =>
      (await gql(page, 'query($id: ID!) { programme(id: $id) { mentor { municipalityCode } } }', { id: target.id }))
        .data.programme.mentor?.municipalityCode;
    await expect.poll(mentorOf).toBe(suggestions[0].municipalityCode);
  });

  it('P3: shows the national bounds beside each stall threshold; a kwartiermaker may go beyond them, not beyond 520 weeks', async () => {
    const thresholds = async () =>
      (
        await gql(page, 'query($id: ID!) { programme(id: $id) { settings { stallThresholdWeeks { AGENDA } } } }', {
          id: opened,
        })
      ).data.programme.settings.stallThresholdWeeks.AGENDA as number;
    const form = page.getByTestId('thresholds-form');
    expect(await form.getByText('Landelijk beleid: 4 tot 16 weken').count()).toBe(1);
    const agenda = form.getByLabel('Verbeteragenda');
    expect(await agenda.inputValue()).toBe(String(await thresholds()));
    // Refused by the server: the sentence beside the field, what was typed kept, nothing stored.
    const before = await thresholds();
    await agenda.fill('600');
    await form.getByRole('button', { name: 'Drempels opslaan' }).click();
    const problem = form.locator('.utrecht-form-field-error-message, [role="alert"]');
    await problem.first().waitFor({ timeout: 20_000 });
    expect(await problem.first().textContent()).toMatch(/520/);
    expect(await agenda.inputValue()).toBe('600');
    expect(await thresholds()).toBe(before);
    // Beyond the national maximum of 16 weeks: a kwartiermaker's step (P3).
    await agenda.fill('20');
    await form.getByRole('button', { name: 'Drempels opslaan' }).click();
    await page.getByText('De drempels zijn opgeslagen.').waitFor({ timeout: 20_000 });
    await expect.poll(thresholds, { timeout: 20_000 }).toBe(20);
  });

  it('has 0 axe-core violations (WCAG 2.1 AA) with the programme open, and no sideways page scroll at 768 and 375 px', async () => {
    await expectAccessible(page, 'national view with a programme');
    for (const width of [768, 375]) {
      await page.setViewportSize({ width, height: 1024 });
      await page.waitForTimeout(300);
      expect(await overflowsHorizontally(page), `${width} px`).toBe(false);
      // The escalation table scrolls inside its own box: every column is reachable, nothing cut off.
      const box = page.locator('.olievlek-table-scroll', { has: page.getByTestId('escalation-queue') });
      const { overflowX } = await box.evaluate((e: any) => (globalThis as any).getComputedStyle(e));
      expect(overflowX).toBe('auto');
      await box.evaluate((e: any) => (e.scrollLeft = e.scrollWidth));
      const last = page.getByTestId('escalation-queue').getByRole('columnheader', { name: 'Bezorging' });
      const [boxRect, lastRect] = await Promise.all([box.boundingBox(), last.boundingBox()]);
      expect(lastRect!.x + lastRect!.width).toBeLessThanOrEqual(boxRect!.x + boxRect!.width + 1);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshotAtWidths(page, 'national');
    expect(errors).toEqual([]);
  });

  it('downloads the key figures as CSV, each figure as the API has it', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Kerncijfers downloaden (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('olievlek-overzicht.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFfigure,key,value\n')).toBe(true);
    const o = (await gql(page, OVERVIEW)).data!.nationalOverview;
    const lines = csv.slice(1).trim().split('\n');
    expect(lines).toContain(`total,,${o.total}`);
    expect(lines).toContain(`stalled,,${o.stalled}`);
    expect(lines).toContain(`mentorPairings,,${o.mentorPairings}`);
    for (const { key, count: n } of o.byPhase) expect(lines).toContain(`byPhase,${key},${n}`);
    for (const { level, count: n } of o.openEscalationsByLevel)
      expect(lines).toContain(`openEscalationsByLevel,${level},${n}`);
  });
});

describe('the national view for someone who is not a kwartiermaker', () => {
  it('is not in the menu, says it is for kwartiermakers, and the server refuses the actions and records nothing', async () => {
    const context = await dutchWindow(browser);
    try {
      const page = await context.newPage();
      await signInToWorkspace(page, launcher, 'projectleider', '/landelijk');
      await page.getByTestId('national-forbidden').waitFor();
      expect(
        await page
          .getByRole('navigation', { name: 'Hoofdmenu' })
          .getByRole('link', { name: 'Landelijk overzicht' })
          .count(),
      ).toBe(0);
      expect(await page.getByTestId('escalation-queue').count()).toBe(0);
      await expectAccessible(page, 'national view, not a kwartiermaker');

      const token = await launcher.token();
      const { data: seen } = await graphql(
        launcher.apiUrl,
        `
          {
            escalationQueue(first: 1) {
              id
              programmeId
            }
            programmes(first: 100) {
              edges {
                node {
                  id
                  version
                  status
                  municipalityCode
                }
              }
            }
          }
        `,
        undefined,
        { token },
      );
      const { escalationQueue, programmes } = seen as any;
      const active = programmes.edges.map((e: any) => e.node).find((p: any) => p.status === 'ACTIVE');
      const queue = await gql(page, '{ escalationQueue(first: 5) { id } }');
      expect(queue.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(escalationQueue.length).toBeGreaterThan(0);
      const attempts: Array<[string, Record<string, unknown>]> = [
        [
          'mutation($id: ID!) { recordMentorPairing(programmeId: $id, input: { mentorMunicipalityCode: "GM0080" }) { id } }',
          { id: active.id },
        ],
        [
          'mutation($id: ID!) { changeSettings(programmeId: $id, input: { stallThresholdWeeks: { AGENDA: 40 } }) { id } }',
          { id: active.id },
        ],
        [
          'mutation($id: ID!, $e: ID!) { acknowledgeEscalation(programmeId: $id, input: { escalationId: $e, decision: NOTE }) { id } }',
          { id: escalationQueue[0].programmeId, e: escalationQueue[0].id },
        ],
      ];
      for (const [mutation, variables] of attempts) {
        const answer = await gql(page, mutation, variables);
        expect(answer.data ?? null, mutation).toBeNull();
        // A programme not theirs is not even shown to them (NOT_FOUND); the step is never theirs (FORBIDDEN).
        expect(['FORBIDDEN', 'NOT_FOUND'], mutation).toContain(answer.errors?.[0]?.extensions?.code);
      }
      const { data: after } = await graphql(
        launcher.apiUrl,
        `
          {
            programmes(first: 100) {
              edges {
                node {
                  id
                  version
                }
              }
            }
          }
        `,
        undefined,
        { token },
      );
      const versions = new Map((after as any).programmes.edges.map((e: any) => [e.node.id, e.node.version]));
      for (const p of programmes.edges.map((e: any) => e.node)) expect(versions.get(p.id), p.id).toBe(p.version);
    } finally {
      await context.close();
    }
  });
});
