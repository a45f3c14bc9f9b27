import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLAN } from '../apps/seed/src/demo-plan';
import { REALM_PEOPLE, type RealmPerson } from '../apps/seed/src/realm-people';
import { seedDemo, type SeedDemoResult } from '../apps/seed/src/seed-demo';
import { collectPageErrors, launchChromium } from './support/browser';
import { Launcher } from './support/launcher';
import { launcherDatabase } from './support/scripted-roles';
import { launcherSecret } from './support/tokens';
import { invitationLinks, phaseIs, read } from './support/walk';
import { dutchWindow, expectAccessible, screenshotAtWidths, signInToWorkspace } from './support/workspace';

// Issue 15, "done means": after `npm start` and `npm run seed:demo` every person of the demo realm
// signs in through Keycloak (real, its login form) and finds the work the seed left waiting for
// them in Mijn taken, the same as the API's me.tasks: the project lead in four phases, the
// alderman's three decisions (R1.1, R2.5, the R4.3 level-2 escalation), each partner contact's
// support (R2.4), the programme manager's portfolio and an invitation (P2). The alderman takes
// one decision in the browser; the programme manager accepts the invitation from the mail and
// lands on the programme she joined.

let launcher: Launcher;
let browser: Browser;
let seeded: SeedDemoResult;
const errors: string[] = [];
const pages = new Map<string, Page>();

/** The programmes the realm's people have a role or an invitation in: the seed drives only these. */
const CODES = [
  ...new Set(REALM_PEOPLE.flatMap((p) => [...p.assignments, ...(p.invitations ?? [])].map((a) => a.municipalityCode))),
];
const idOf = (code: string) => seeded.programmes.find((p) => p.municipalityCode === code)!.programmeId;
const person = (username: string): RealmPerson => REALM_PEOPLE.find((p) => p.username === username)!;

beforeAll(async () => {
  launcher = await Launcher.onFreePorts({}, { identityProvider: true });
  await launcher.start();
  seeded = await seedDemo({
    graphqlUrl: `${launcher.apiUrl}/graphql`,
    token: await launcher.token(),
    municipalityTokens: { secret: launcherSecret(launcher.dataDir) },
    databaseUrl: launcherDatabase(launcher),
    // The issuer the launcher's Keycloak signs the realm's sign-ins with, as npm start's default is 8180's.
    realmIssuer: `${launcher.keycloakUrl}/realms/olievlek`,
    only: CODES,
    concurrency: 6,
    log: () => {},
  });
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await launcher?.dispose();
});

/** The person's window, signed in through Keycloak's form once. */
async function personPage(username: string): Promise<Page> {
  const known = pages.get(username);
  if (known) return known;
  const page = await (await dutchWindow(browser)).newPage();
  collectPageErrors(page, errors);
  await signInToWorkspace(page, launcher, username, '/');
  pages.set(username, page);
  return page;
}

interface ApiTask {
  step: string;
  label: string;
  programme: { id: string };
}

/** Mijn taken as the page shows it, once it lists exactly what me.tasks says, in its order. */
async function myTasks(page: Page): Promise<ApiTask[]> {
  await page.goto(`${launcher.apiUrl}/`);
  await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
  let tasks: ApiTask[] = [];
  let shown: string[] = [];
  await expect
    .poll(
      async () => {
        tasks = (await read<{ me: { tasks: ApiTask[] } }>(page, '{ me { tasks { step label programme { id } } } }')).me
          .tasks;
        shown = await page.locator('.olievlek-task__link').allTextContents();
        return shown.join('|') === tasks.map((t) => t.label).join('|');
      },
      { timeout: 30_000, interval: 1_000, message: 'Mijn taken lists what me.tasks says, in its order' },
    )
    .toBe(true);
  return tasks;
}

describe('every demo person signs in and finds their work (issue 15, done means)', () => {
  it('seeds the programmes the realm people work in, to their planned phases', () => {
    expect(seeded.programmes.map((p) => [p.municipalityCode, p.phase, p.status])).toEqual(
      DEMO_PLAN.filter((p) => CODES.includes(p.municipalityCode)).map((p) => [p.municipalityCode, p.phase, p.status]),
    );
  });

  for (const username of ['projectleider', 'wethouder', 'zorgpartner', 'onderwijspartner', 'justitiepartner']) {
    it(`${username}: Mijn taken lists the steps the seed left waiting for them, as me.tasks does`, async () => {
      const page = await personPage(username);
      const tasks = await myTasks(page);
      const waiting = person(username).assignments.filter((a) => a.step);
      expect(waiting.length).toBeGreaterThan(0);
      for (const a of waiting)
        expect(
          tasks.some((t) => t.step === a.step && t.programme.id === idOf(a.municipalityCode)),
          `${username}: ${a.step} in ${a.municipalityCode} (${a.waiting})`,
        ).toBe(true);
      // Nothing of a programme they hold no role in.
      const mine = new Set(person(username).assignments.map((a) => idOf(a.municipalityCode)));
      expect(tasks.filter((t) => !mine.has(t.programme.id))).toEqual([]);
      await expectAccessible(page, `demo ${username} mijn taken`);
      await screenshotAtWidths(page, `demo-people-${username}-mijn-taken`);
    }, 120_000);
  }

  it('P1, R2.4: a partner contact speaks for their own organisation at their level only', async () => {
    const page = await personPage('justitiepartner');
    const tasks = await read<{ me: { tasks: { step: string; organisation: string | null; level: string | null }[] } }>(
      page,
      '{ me { tasks { step organisation level } } }',
    );
    expect(tasks.me.tasks.map((t) => [t.step, t.organisation, t.level])).toEqual([
      ['confirmSupport', 'Politie Eenheid Oost-Nederland', 'PROFESSIONAL'],
    ]);
  });

  it('R1.1: the alderman takes one decision in the browser, from Mijn taken: Súdwest-Fryslân’s commitment', async () => {
    const page = await personPage('wethouder');
    const programmeId = idOf('GM1900');
    await myTasks(page);
    const task = (
      await read<{ me: { tasks: ApiTask[] } }>(page, '{ me { tasks { step label programme { id } } } }')
    ).me.tasks.find((t) => t.step === 'confirmCommitment' && t.programme.id === programmeId)!;
    await page.locator('.olievlek-task__link').filter({ hasText: task.label }).first().click();
    await page.waitForURL((url) => url.pathname.startsWith(`/programmas/${programmeId}/besluit/`));
    await page.getByRole('button', { name: 'Commitment bevestigen' }).click();
    await phaseIs(page, programmeId, 'AGENDA');
    // Taken by her, as herself (P1): the timeline names Wendy Wethouder.
    const timeline = await read<{ programme: { timeline: { event: string; by: { role: string; name: string } }[] } }>(
      page,
      `{ programme(id: "${programmeId}") { timeline { event by { role name } } } }`,
    );
    expect(
      timeline.programme.timeline.filter((t) => t.event === 'confirmCommitment').map((t) => [t.by.role, t.by.name]),
    ).toEqual([['ADMINISTRATIVE_LEAD', 'Wendy Wethouder']]);
    // Gone from her Mijn taken; her other decisions still wait.
    const after = await myTasks(page);
    expect(after.some((t) => t.step === 'confirmCommitment')).toBe(false);
    expect(after.map((t) => t.step)).toEqual(expect.arrayContaining(['adoptAgenda', 'acknowledgeEscalation']));
  }, 120_000);

  it('programmamanager: the portfolio holds her programmes, and the invitation waits in Mijn taken and her inbox', async () => {
    const page = await personPage('programmamanager');
    await myTasks(page);
    const me = await read<{ me: { invitations: { role: string; municipality: { name: string } }[] } }>(
      page,
      '{ me { invitations { role municipality { name } } } }',
    );
    expect(me.me.invitations.map((i) => [i.role, i.municipality.name])).toEqual([['PROGRAMME_MANAGER', 'Utrecht']]);
    await expect
      .poll(() => page.locator('section[aria-labelledby="my-invitations"]').textContent())
      .toContain('Utrecht');

    const portfolio = await read<{ programmes: { edges: { node: { id: string } }[] } }>(
      page,
      '{ programmes(first: 50, filter: { myRole: PROGRAMME_MANAGER }) { edges { node { id } } } }',
    );
    const ids = portfolio.programmes.edges.map((e) => e.node.id);
    const assigned = person('programmamanager').assignments.map((a) => idOf(a.municipalityCode));
    expect(ids).toEqual(expect.arrayContaining(assigned));
    await page.goto(`${launcher.apiUrl}/portefeuille`);
    await expect
      .poll(() =>
        page
          .locator('a[href^="/programmas/"]')
          .evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute('href')!.slice(12)))),
      )
      .toEqual(expect.arrayContaining(assigned));
    await expectAccessible(page, 'demo programmamanager portefeuille');
    await screenshotAtWidths(page, 'demo-people-programmamanager-portefeuille');

    // P2: she accepts from the mail's link; "Naar Olievlek" takes her to the programme she joined.
    const [link] = await invitationLinks(launcher, person('programmamanager').email, 1);
    await page.goto(link!.replace(/^https?:\/\/[^/]+/, launcher.apiUrl));
    await page.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
    await page.getByRole('link', { name: 'Naar Olievlek' }).click();
    await page.waitForURL((url) => url.pathname === `/programmas/${idOf('GM0344')}`);
    await page.getByRole('heading', { level: 1, name: /Utrecht/ }).waitFor();
  }, 120_000);

  it('no page error on the way', () => {
    expect(errors).toEqual([]);
  });
});
