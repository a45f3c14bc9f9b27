import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium } from './support/browser';
import { Launcher } from './support/launcher';
import {
  BOTTLENECKS,
  CARE_ORG,
  INVITEES,
  announced,
  checkPage,
  expectStepperAndChecklist,
  invitationLinks,
  phaseIs,
  read,
  taskOnMyTasks,
} from './support/walk';
import { dutchWindow, focusIsVisible } from './support/workspace';

// Issue 15, quality bar: the walk of test/workspace-walk.browser.e2e-spec.ts with the keyboard alone
// (Tab, Shift+Tab, Enter, Space, arrow keys and typing through page.keyboard; no clicks), from the
// sign-in to CONTINUATION with every person: the project lead signs in through Keycloak, starts the
// programme, takes R1.1–R1.3 and invites the alderman and the partner contacts (P2); each invitee
// accepts; the alderman confirms the commitment (R1.1); the project lead records the agenda
// (R2.1–R2.3); Veilig Thuis's contact confirms support at both levels (R2.4); the alderman adopts
// the agenda (R2.5); the project lead moves the action to done (R3.2) and completes the execution,
// embeds every done action with the organisation and role taking it over (R4.1, R4.2), names the
// embedding's internal owner (R4.3) and completes the embedding (R4.4). Every stop where a key acts
// has a visible focus; at each phase Mijn taken equals me.tasks, the stepper and checklist equal the
// API's, axe-core, no API codes and screenshots. The spec's own servers start empty, so the project
// lead's one municipality (Amsterdam) is new here too.

const PROGRAMME = 'programme-GM0363-1';
const PREFIX = 'walk-keyboard';

let launcher: Launcher;
let browser: Browser;
const pages = new Map<string, Page>();
const errors: string[] = [];

beforeAll(async () => {
  // The walk's checker reads the API after every step beside the pages: more than a person's 300 a minute.
  launcher = await Launcher.onFreePorts({ RATE_LIMIT_MAX: '3000' }, { identityProvider: true });
  await launcher.start();
  browser = await launchChromium();
}, 420_000);

afterAll(async () => {
  await browser?.close();
  await launcher?.dispose();
});

const isFocused = (target: Locator): Promise<boolean> =>
  target
    .first()
    .evaluate((el) => el === (globalThis as any).document.activeElement)
    .catch(() => false);

/**
 * Moves the focus to `target` with Tab (or Shift+Tab when `back`), as a keyboard user would, and
 * asserts the focus is visible there (WCAG 2.4.7).
 */
async function tabTo(page: Page, target: Locator, { back = false, visible = true } = {}): Promise<void> {
  await target.first().waitFor({ timeout: 30_000 });
  for (let i = 0; i < 400 && !(await isFocused(target)); i++) await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  expect(await isFocused(target), `focus reached ${target.toString()}`).toBe(true);
  if (visible) expect(await focusIsVisible(page), `visible focus on ${target.toString()}`).toBe(true);
}

/** Types into a field reached by Tab (what was there is selected and replaced). */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Chooses a select's option with the arrow keys. */
async function choose(page: Page, select: Locator, value: string): Promise<void> {
  await tabTo(page, select);
  await page.keyboard.press('Home');
  for (let i = 0; i < 20 && (await select.inputValue()) !== value; i++) await page.keyboard.press('ArrowDown');
  expect(await select.inputValue()).toBe(value);
}

/** Presses a button (or link) reached by Tab with Enter. */
async function press(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key === 'Space' ? ' ' : 'Enter');
}

/** Keycloak's form, by keyboard: the user name, Tab, the password, Enter; back at the workspace. */
async function keycloakByKeyboard(page: Page, username: string): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(launcher.keycloakUrl));
  await typeInto(page, page.locator('#username'), username);
  await typeInto(page, page.locator('#password'), `dev-only-${username}`);
  await Promise.all([page.waitForURL((url) => url.href.startsWith(launcher.apiUrl)), page.keyboard.press('Enter')]);
}

/** A person's own window, signed in by keyboard from the workspace's sign-in page (once). */
async function personPage(username: string): Promise<Page> {
  const known = pages.get(username);
  if (known) return known;
  const page = await (await dutchWindow(browser)).newPage();
  collectPageErrors(page, errors);
  await page.goto(`${launcher.apiUrl}/`);
  await press(page, page.getByRole('link', { name: 'Inloggen' }));
  await keycloakByKeyboard(page, username);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  pages.set(username, page);
  return page;
}

/** Mijn taken, reached from the main menu by keyboard. */
async function myTasks(page: Page): Promise<void> {
  // The invitation's page (served by the API) has no workspace menu: the person types the address.
  if ((await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()) === 0) await page.goto(`${launcher.apiUrl}/`);
  await press(page, page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn taken' }));
  await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
}

/** From Mijn taken to where `step` is done, by its task's link. */
async function followTask(page: Page, step: string, phase: string, name: string): Promise<void> {
  await myTasks(page);
  const link = await taskOnMyTasks(page, PROGRAMME, step);
  await checkPage(page, PREFIX, phase, `mijn-taken-${name}`);
  await press(page, link);
  await page.waitForURL((url) => url.pathname.startsWith(`/programmas/${PROGRAMME}`));
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** The step's form, shown: under "Meer stappen" its summary is opened with Enter first. */
async function openStep(page: Page, step: string): Promise<Locator> {
  await page.locator(`[data-step="${step}"]`).first().waitFor({ state: 'attached', timeout: 30_000 });
  const shown = page.locator(`[data-step="${step}"] form:visible`);
  if ((await shown.count()) === 0) await press(page, page.locator(`details[data-step="${step}"] > summary`));
  await shown.first().waitFor();
  return shown.first();
}

describe('the walk with the keyboard alone, from the sign-in to CONTINUATION with every person (issue 15)', () => {
  it('COMMITMENT: the project lead signs in, starts the programme, takes R1.1–R1.3 and invites everyone (P2)', async () => {
    const lead = await personPage('projectleider');
    await press(lead, lead.getByRole('link', { name: 'Programma van uw gemeente starten' }));
    await lead.getByRole('heading', { level: 1, name: 'Programma starten' }).waitFor();
    await press(lead, lead.getByRole('button', { name: 'Programma starten' }));
    await lead.waitForURL((url) => url.pathname === `/programmas/${PROGRAMME}`);
    await phaseIs(lead, PROGRAMME, 'COMMITMENT');
    await lead.getByRole('heading', { level: 1, name: 'Programma Amsterdam' }).waitFor();
    await expectStepperAndChecklist(lead, PROGRAMME);
    await checkPage(lead, PREFIX, 'commitment', 'programma-projectleider');

    const designate = await openStep(lead, 'designateAdministrativeLead');
    await typeInto(lead, designate.getByLabel('Naam van de wethouder'), 'Wendy Wethouder');
    await press(lead, designate.getByRole('button', { name: 'Wethouder aanwijzen' }));
    await announced(lead, /De wethouder is aangewezen/);
    await lead.locator('li[data-rule="R1.1"][data-done="true"]').waitFor({ timeout: 30_000 });

    for (const p of INVITEES.filter((i) => i.partner?.level === 'MANAGEMENT')) {
      const form = await openStep(lead, 'commitPartner');
      await typeInto(lead, form.getByLabel('Naam van de organisatie'), p.partner!.organisation);
      await choose(lead, form.getByLabel('Domein'), p.partner!.domain);
      await press(lead, form.getByRole('button', { name: 'Commitment vastleggen' }));
      await announced(lead, /Het commitment van de partnerorganisatie is vastgelegd/);
      await expect
        .poll(async () =>
          (await lead.locator('[data-step="commitPartner"] form').count()) === 0
            ? ''
            : lead
                .locator('[data-step="commitPartner"] form')
                .first()
                .getByLabel('Naam van de organisatie')
                .inputValue(),
        )
        .toBe('');
    }
    await lead.locator('li[data-rule="R1.2"][data-done="true"]').waitFor({ timeout: 30_000 });
    const appoint = await openStep(lead, 'appointProjectLead');
    await typeInto(lead, appoint.getByLabel(/Naam van de projectleider/), 'Pim Projectleider');
    await press(lead, appoint.getByRole('button', { name: 'Projectleider aanstellen' }));
    await announced(lead, /De projectleider is aangesteld/);
    await lead.locator('li[data-rule="R1.3"][data-done="true"]').waitFor({ timeout: 30_000 });

    const invite = lead.locator('form').filter({ has: lead.getByRole('button', { name: 'Uitnodiging versturen' }) });
    for (const person of INVITEES) {
      await typeInto(lead, invite.getByLabel('Naam', { exact: true }), person.name);
      await typeInto(lead, invite.getByLabel('E-mailadres'), `${person.username}@olievlek.invalid`);
      await choose(lead, invite.getByLabel('Rol in dit programma'), person.role);
      if (person.partner) {
        await typeInto(lead, invite.getByLabel('Partnerorganisatie'), person.partner.organisation);
        await choose(lead, invite.getByLabel('Domein van de partner'), person.partner.domain);
        await choose(lead, invite.getByLabel('Niveau'), person.partner.level);
      }
      await press(lead, invite.getByRole('button', { name: 'Uitnodiging versturen' }));
      await announced(lead, new RegExp(`De uitnodiging voor ${person.name} is verstuurd`));
      await expect.poll(() => invite.getByLabel('E-mailadres').inputValue()).toBe('');
    }
    const invited = await read<{ programme: { invitations: Array<{ email: string }> } }>(
      lead,
      `{ programme(id: "${PROGRAMME}") { invitations { email } } }`,
    );
    expect(invited.programme.invitations).toHaveLength(INVITEES.length);
    await expectStepperAndChecklist(lead, PROGRAMME);
    await checkPage(lead, PREFIX, 'commitment', 'programma-uitgenodigd');
  }, 300_000);

  it('P2: each invitee opens the mail’s link, signs in and accepts, by keyboard', async () => {
    for (const username of [...new Set(INVITEES.map((i) => i.username))]) {
      const count = INVITEES.filter((i) => i.username === username).length;
      const links = await invitationLinks(launcher, `${username}@olievlek.invalid`, count);
      const page = await (await dutchWindow(browser)).newPage();
      collectPageErrors(page, errors);
      for (const [n, href] of links.entries()) {
        const link = new URL(href);
        await page.goto(`${launcher.apiUrl}${link.pathname}${link.search}`);
        if (n === 0) {
          if (!page.url().startsWith(launcher.keycloakUrl))
            await press(page, page.getByRole('link', { name: 'Inloggen' }));
          await keycloakByKeyboard(page, username);
        }
        await press(page, page.getByRole('button', { name: 'Uitnodiging aannemen' }));
        await expect.poll(() => page.textContent('main')).toMatch(/U bent nu lid van/);
      }
      await checkPage(page, PREFIX, 'commitment', `uitnodiging-aangenomen-${username}`);
      pages.set(username, page);
    }
  }, 240_000);

  it('R1.1: the alderman goes from Mijn taken to the decision page and confirms, by keyboard', async () => {
    const alderman = await personPage('wethouder');
    await followTask(alderman, 'confirmCommitment', 'commitment', 'wethouder');
    await alderman.getByRole('button', { name: 'Commitment bevestigen' }).waitFor();
    await checkPage(alderman, PREFIX, 'commitment', 'besluit-wethouder');
    await press(alderman, alderman.getByRole('button', { name: 'Commitment bevestigen' }));
    await phaseIs(alderman, PROGRAMME, 'AGENDA');
  }, 120_000);

  it('AGENDA: the project lead records bottlenecks (R2.1), a theme (R2.2) and an action (R2.3), by keyboard', async () => {
    const lead = await personPage('projectleider');
    await followTask(lead, 'recordBottleneck', 'agenda', 'projectleider');
    await lead.getByRole('heading', { level: 1, name: 'Programma Amsterdam' }).waitFor();
    await expectStepperAndChecklist(lead, PROGRAMME);
    await checkPage(lead, PREFIX, 'agenda', 'programma-projectleider');
    for (const b of BOTTLENECKS) {
      const form = await openStep(lead, 'recordBottleneck');
      await typeInto(lead, form.getByLabel('Omschrijving van het knelpunt'), b.description);
      await choose(lead, form.getByLabel('Domein'), b.domain);
      await press(lead, form.getByRole('button', { name: 'Knelpunt vastleggen' }));
      await announced(lead, /Het knelpunt is vastgelegd/);
      await expect
        .poll(() =>
          lead
            .locator('[data-step="recordBottleneck"] form')
            .first()
            .getByLabel('Omschrijving van het knelpunt')
            .inputValue(),
        )
        .toBe('');
    }
    await lead.locator('li[data-rule="R2.1"][data-done="true"]').waitFor({ timeout: 30_000 });
    const theme = await openStep(lead, 'selectTheme');
    await choose(lead, theme.getByLabel('Thema'), 'COLLABORATION');
    await press(lead, theme.getByRole('button', { name: 'Thema kiezen' }));
    await announced(lead, /Het thema is gekozen/);
    await lead.locator('li[data-rule="R2.2"][data-done="true"]').waitFor({ timeout: 30_000 });
    const action = await openStep(lead, 'addAction');
    await expect.poll(() => action.getByLabel('Thema').inputValue()).toBe('COLLABORATION');
    await typeInto(lead, action.getByLabel('Titel'), 'Zorg-strafoverleg twee keer per week');
    await typeInto(lead, action.getByLabel('Trekkende organisatie'), CARE_ORG);
    await press(lead, action.getByRole('button', { name: 'Actie toevoegen' }));
    await announced(lead, /De actie is toegevoegd/);
    await lead.locator('li[data-rule="R2.3"][data-done="true"]').waitFor({ timeout: 30_000 });
    await expectStepperAndChecklist(lead, PROGRAMME);
  }, 240_000);

  it('R2.4: Veilig Thuis’s contact confirms support at both their levels, by keyboard', async () => {
    const partner = await personPage('zorgpartner');
    await followTask(partner, 'confirmSupport', 'agenda', 'zorgpartner');
    const section = partner.locator(`section[data-organisation="${CARE_ORG}"]`);
    await section.waitFor();
    await checkPage(partner, PREFIX, 'agenda', 'partner-zorgpartner');
    for (const [level, word] of [
      ['MANAGEMENT', 'management/bestuurlijk'],
      ['PROFESSIONAL', 'professionals (werkvloer)'],
    ] as const) {
      await press(partner, section.getByRole('button', { name: `Draagvlak bevestigen als ${word}` }));
      await section.locator(`li[data-level="${level}"][data-confirmed="true"]`).waitFor({ timeout: 30_000 });
    }
    const lead = await personPage('projectleider');
    await lead.locator('li[data-rule="R2.4"][data-done="true"]').waitFor({ timeout: 30_000 });
  }, 120_000);

  it('R2.5: the alderman adopts the agenda from Mijn taken, by keyboard; the other partners see their organisation', async () => {
    const alderman = await personPage('wethouder');
    await followTask(alderman, 'adoptAgenda', 'agenda', 'wethouder');
    await alderman.getByRole('button', { name: 'Verbeteragenda vaststellen' }).waitFor();
    await checkPage(alderman, PREFIX, 'agenda', 'besluit-wethouder');
    await press(alderman, alderman.getByRole('button', { name: 'Verbeteragenda vaststellen' }));
    await phaseIs(alderman, PROGRAMME, 'EXECUTION');

    for (const username of ['onderwijspartner', 'justitiepartner']) {
      const page = await personPage(username);
      await page.goto(`${launcher.apiUrl}/programmas/${PROGRAMME}`);
      await page.getByRole('heading', { level: 1, name: 'Programma Amsterdam' }).waitFor();
      await expectStepperAndChecklist(page, PROGRAMME);
      await checkPage(page, PREFIX, 'execution', `programma-${username}`);
    }
    const lead = await personPage('projectleider');
    await lead.reload();
    await lead.getByRole('heading', { level: 1, name: 'Programma Amsterdam' }).waitFor();
    await expectStepperAndChecklist(lead, PROGRAMME);
  }, 180_000);

  it('EXECUTION: the project lead moves the action to done (R3.2) and completes the execution, by keyboard', async () => {
    const lead = await personPage('projectleider');
    await followTask(lead, 'updateActionStatus', 'execution', 'projectleider');
    await lead.getByRole('heading', { level: 1, name: 'Programma Amsterdam' }).waitFor();
    await expectStepperAndChecklist(lead, PROGRAMME);
    await checkPage(lead, PREFIX, 'execution', 'programma-projectleider');
    for (const status of ['IN_PROGRESS', 'DONE']) {
      const form = await openStep(lead, 'updateActionStatus');
      const action = form.getByLabel('Actie', { exact: true });
      await expect.poll(() => action.locator('option:not([value=""])').count()).toBeGreaterThan(0);
      const actionId = (await action.locator('option:not([value=""])').first().getAttribute('value'))!;
      await choose(lead, action, actionId);
      await choose(lead, form.getByLabel('Nieuwe status'), status);
      await press(lead, form.getByRole('button', { name: 'Status opslaan' }));
      await announced(lead, /De status van de actie is gewijzigd/);
      await expect
        .poll(
          async () =>
            (
              await read<{ programme: { agenda: { actions: Array<{ id: string; status: string }> } } }>(
                lead,
                `{ programme(id: "${PROGRAMME}") { agenda { actions { id status } } } }`,
              )
            ).programme.agenda.actions.find((a) => a.id === actionId)?.status,
        )
        .toBe(status);
    }
    await expectStepperAndChecklist(lead, PROGRAMME);
    await checkPage(lead, PREFIX, 'execution', 'programma-actie-klaar');
    const complete = await openStep(lead, 'completeExecution');
    await press(lead, complete.getByRole('button', { name: 'Uitvoering afronden' }));
    await phaseIs(lead, PROGRAMME, 'EMBEDDING');
  }, 180_000);

  it('EMBEDDING: the project lead embeds each done action with who takes it over (R4.1, R4.2), names the embedding’s owner (R4.3) and completes it (R4.4), by keyboard', async () => {
    const lead = await personPage('projectleider');
    await followTask(lead, 'recordEmbedding', 'embedding', 'projectleider');
    await lead.getByRole('heading', { level: 1, name: 'Programma Amsterdam' }).waitFor();
    await expectStepperAndChecklist(lead, PROGRAMME);
    await checkPage(lead, PREFIX, 'embedding', 'programma-projectleider');
    const done = (
      await read<{ programme: { agenda: { actions: Array<{ id: string; status: string }> } } }>(
        lead,
        `{ programme(id: "${PROGRAMME}") { agenda { actions { id status } } } }`,
      )
    ).programme.agenda.actions.filter((a) => a.status === 'DONE');
    expect(done.length).toBeGreaterThan(0);
    // R4.1: an embedding for every action that was done, each with the organisation and role that own it (R4.2).
    for (const action of done) {
      const form = await openStep(lead, 'recordEmbedding');
      await choose(lead, form.getByLabel('Actie', { exact: true }), action.id);
      await choose(lead, form.getByLabel('Soort beleidsinstrument'), 'REGIONAL_APPROACH_PLAN');
      await typeInto(
        lead,
        form.getByLabel('Naam van het beleidsinstrument'),
        'Regioaanpak huiselijk geweld en kindermishandeling',
      );
      await typeInto(lead, form.getByLabel('Organisatie die de actie overneemt'), CARE_ORG);
      await typeInto(lead, form.getByLabel('Verantwoordelijke rol bij die organisatie'), 'teamleider');
      await press(lead, form.getByRole('button', { name: 'Borging vastleggen' }));
      await announced(lead, /De borging van de actie is vastgelegd/);
    }
    await expect
      .poll(async () => (await lead.locator('li[data-rule][data-done="false"]').count()) === 0, { timeout: 30_000 })
      .toBe(true);
    // R4.3: the municipality's own owner of the embedding (optional with an internal lead, named all the same).
    const owner = await openStep(lead, 'nameEmbeddingOwner');
    await typeInto(lead, owner.getByLabel(/Rol van de eigenaar/), 'beleidsambtenaar jeugd');
    await typeInto(lead, owner.getByLabel(/Naam van de eigenaar/), 'Bea Beleid');
    await press(lead, owner.getByRole('button', { name: 'Eigenaar benoemen' }));
    await announced(lead, /De interne eigenaar van de borging is benoemd/);
    await expect
      .poll(async () => {
        const api = await read<{
          programme: {
            embeddingOwner: { role: string; name: string | null } | null;
            agenda: {
              actions: Array<{ id: string; embedding: { takenOverBy: string; responsibleRole: string } | null }>;
            };
          };
        }>(
          lead,
          `{ programme(id: "${PROGRAMME}") { embeddingOwner { role name }
             agenda { actions { id embedding { takenOverBy responsibleRole } } } } }`,
        );
        return {
          owner: api.programme.embeddingOwner,
          embedded: api.programme.agenda.actions.filter((a) => done.some((d) => d.id === a.id)).map((a) => a.embedding),
        };
      })
      .toEqual({
        owner: { role: 'beleidsambtenaar jeugd', name: 'Bea Beleid' },
        embedded: done.map(() => ({ takenOverBy: CARE_ORG, responsibleRole: 'teamleider' })),
      });
    await expectStepperAndChecklist(lead, PROGRAMME);
    await checkPage(lead, PREFIX, 'embedding', 'programma-geborgd');
    await press(lead, (await openStep(lead, 'completeEmbedding')).getByRole('button', { name: 'Borging afronden' }));
    await phaseIs(lead, PROGRAMME, 'CONTINUATION');
  }, 180_000);

  it('CONTINUATION: every person’s page shows the programme in its last phase, as the API says', async () => {
    const lead = await personPage('projectleider');
    await myTasks(lead);
    await checkPage(lead, PREFIX, 'continuation', 'mijn-taken-projectleider');
    for (const username of ['projectleider', 'wethouder', 'zorgpartner']) {
      const page = await personPage(username);
      await page.goto(`${launcher.apiUrl}/programmas/${PROGRAMME}`);
      await page.getByRole('heading', { level: 1, name: 'Programma Amsterdam' }).waitFor();
      await expectStepperAndChecklist(page, PROGRAMME);
      await checkPage(page, PREFIX, 'continuation', `programma-${username}`);
    }
    expect(errors).toEqual([]);
  }, 180_000);
});
