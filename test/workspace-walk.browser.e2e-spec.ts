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
  phaseOf,
  read,
  taskOnMyTasks,
} from './support/walk';
import { dutchWindow, signInToWorkspace } from './support/workspace';

// Issue 15, quality bar: a new municipality goes from the project lead's sign-in to CONTINUATION by
// clicking only, each person signing in through Keycloak and taking only their own steps (P1). The
// project lead starts Amsterdam's programme and takes the commitment steps (R1.1–R1.3), invites the
// alderman and the three partner contacts (P2; the mails arrive in Mailpit, each invitee opens the
// link, signs in and accepts); the alderman confirms the commitment (R1.1) and adopts the agenda
// (R2.5) on the decision page; Veilig Thuis's contact confirms support at both levels in the partner
// section (R2.4); the project lead does the rest (R2.1–R2.3, R3.2, R4.1, R4.2, R4.4). No GraphQL
// request moves the programme: the spec asks the API only to compare what the pages show. Before
// each person takes a step, their Mijn taken lists it as me.tasks does; after each phase the
// stepper and checklist equal the API's. axe-core (WCAG 2.1 AA), no API codes in the visible text
// and screenshots at 1440/768/375 (walk-<phase>-<page>) on every page visited.

const PROGRAMME = 'programme-GM0363-1';
const PREFIX = 'walk';

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

/** A person's own browser window, signed in through Keycloak (once). */
async function personPage(username: string): Promise<Page> {
  const known = pages.get(username);
  if (known) return known;
  const page = await (await dutchWindow(browser)).newPage();
  collectPageErrors(page, errors);
  await signInToWorkspace(page, launcher, username, '/');
  pages.set(username, page);
  return page;
}

/** Opens the person's Mijn taken, checks it lists `step` as me.tasks does and checks the page; returns the task's link. */
async function taskFor(page: Page, step: string, phase: string, name: string): Promise<Locator> {
  await page.goto(`${launcher.apiUrl}/`);
  const link = await taskOnMyTasks(page, PROGRAMME, step);
  await checkPage(page, PREFIX, phase, `mijn-taken-${name}`);
  return link;
}

/** The programme page, opened fresh. */
async function openProgramme(page: Page): Promise<void> {
  await page.goto(`${launcher.apiUrl}/programmas/${PROGRAMME}`);
  await page.getByRole('heading', { level: 1, name: 'Programma Amsterdam' }).waitFor();
}

const stepForm = (page: Page, step: string): Locator => page.locator(`[data-step="${step}"] form`);

/**
 * The step's form, shown: in the checklist or "Volgende stap" it is open; under "Meer stappen" its
 * summary is clicked open first.
 */
async function openStep(page: Page, step: string): Promise<Locator> {
  await page.locator(`[data-step="${step}"]`).first().waitFor({ state: 'attached', timeout: 30_000 });
  const shown = page.locator(`[data-step="${step}"] form:visible`);
  if ((await shown.count()) === 0) await page.locator(`details[data-step="${step}"] > summary`).click();
  await shown.first().waitFor();
  return shown.first();
}

describe('a new municipality from the project lead’s sign-in to CONTINUATION, by clicking only (issue 15)', () => {
  it('COMMITMENT: the project lead starts the programme, takes R1.1–R1.3 and invites the alderman and the partners (P2)', async () => {
    const lead = await personPage('projectleider');
    await checkPage(lead, PREFIX, 'start', 'mijn-taken-projectleider');
    await lead.getByRole('link', { name: 'Programma van uw gemeente starten' }).click();
    await lead.getByRole('heading', { level: 1, name: 'Programma starten' }).waitFor();
    await checkPage(lead, PREFIX, 'start', 'programma-starten');
    await lead.getByRole('button', { name: 'Programma starten' }).click();
    await lead.waitForURL((url) => url.pathname === `/programmas/${PROGRAMME}`);
    await phaseIs(lead, PROGRAMME, 'COMMITMENT');

    // Mijn taken lists the commitment's first step for the project lead; its link leads to the form.
    const task = await taskFor(lead, 'designateAdministrativeLead', 'commitment', 'projectleider');
    await task.click();
    await lead.getByRole('heading', { level: 1, name: 'Programma Amsterdam' }).waitFor();
    await expectStepperAndChecklist(lead, PROGRAMME);
    await checkPage(lead, PREFIX, 'commitment', 'programma-projectleider');

    const designate = stepForm(lead, 'designateAdministrativeLead');
    await designate.getByLabel('Naam van de wethouder').fill('Wendy Wethouder');
    await designate.getByRole('button', { name: 'Wethouder aanwijzen' }).click();
    await announced(lead, /De wethouder is aangewezen/);
    for (const p of INVITEES.filter((i) => i.partner?.level === 'MANAGEMENT')) {
      const form = stepForm(lead, 'commitPartner');
      await form.getByLabel('Naam van de organisatie').fill(p.partner!.organisation);
      await form.getByLabel('Domein').selectOption(p.partner!.domain);
      await form.getByRole('button', { name: 'Commitment vastleggen' }).click();
      await announced(lead, /Het commitment van de partnerorganisatie is vastgelegd/);
      await expect.poll(() => lead.locator('[data-step="commitPartner"] form').count()).toBeLessThanOrEqual(1);
      if ((await stepForm(lead, 'commitPartner').count()) === 1) {
        await expect
          .poll(() => stepForm(lead, 'commitPartner').getByLabel('Naam van de organisatie').inputValue())
          .toBe('');
      }
    }
    const appoint = stepForm(lead, 'appointProjectLead');
    await appoint.getByLabel(/Naam van de projectleider/).fill('Pim Projectleider');
    await appoint.getByRole('button', { name: 'Projectleider aanstellen' }).click();
    await announced(lead, /De projectleider is aangesteld/);
    for (const rule of ['R1.1', 'R1.2', 'R1.3']) {
      await lead.locator(`li[data-rule="${rule}"][data-done="true"]`).waitFor({ timeout: 30_000 });
    }

    // P2: the invitations, by the members section's form.
    const invite = lead.locator('form').filter({ has: lead.getByRole('button', { name: 'Uitnodiging versturen' }) });
    for (const person of INVITEES) {
      await invite.getByLabel('Naam', { exact: true }).fill(person.name);
      await invite.getByLabel('E-mailadres').fill(`${person.username}@olievlek.invalid`);
      await invite.getByLabel('Rol in dit programma').selectOption(person.role);
      if (person.partner) {
        await invite.getByLabel('Partnerorganisatie').fill(person.partner.organisation);
        await invite.getByLabel('Domein van de partner').selectOption(person.partner.domain);
        await invite.getByLabel('Niveau').selectOption(person.partner.level);
      }
      await invite.getByRole('button', { name: 'Uitnodiging versturen' }).click();
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
  }, 240_000);

  it('P2: each invitee opens the link from the mail, signs in through Keycloak and accepts', async () => {
    const usernames = [...new Set(INVITEES.map((i) => i.username))];
    for (const username of usernames) {
      const links = await invitationLinks(
        launcher,
        `${username}@olievlek.invalid`,
        INVITEES.filter((i) => i.username === username).length,
      );
      const page = await (await dutchWindow(browser)).newPage();
      collectPageErrors(page, errors);
      for (const [n, href] of links.entries()) {
        const link = new URL(href);
        await page.goto(`${launcher.apiUrl}${link.pathname}${link.search}`);
        if (n === 0) {
          // Signed out: the workspace's sign-in, then Keycloak's form, and back to the invitation.
          if (!page.url().startsWith(launcher.keycloakUrl)) {
            await page.getByRole('link', { name: 'Inloggen' }).click();
            await page.waitForURL((url) => url.href.startsWith(launcher.keycloakUrl));
          }
          await page.fill('#username', username);
          await page.fill('#password', `dev-only-${username}`);
          await Promise.all([page.waitForURL((url) => url.href.startsWith(launcher.apiUrl)), page.click('#kc-login')]);
        }
        await page.getByRole('button', { name: 'Uitnodiging aannemen' }).waitFor();
        if (n === 0) await checkPage(page, PREFIX, 'commitment', `uitnodiging-${username}`);
        await page.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
        await expect.poll(() => page.textContent('main')).toMatch(/U bent nu lid van/);
      }
      await checkPage(page, PREFIX, 'commitment', `uitnodiging-aangenomen-${username}`);
      pages.set(username, page);
    }
    const lead = await personPage('projectleider');
    const members = await read<{ programme: { members: Array<{ name: string; role: string }> } }>(
      lead,
      `{ programme(id: "${PROGRAMME}") { members { name role } } }`,
    );
    for (const person of INVITEES) expect(members.programme.members.map((m) => m.name)).toContain(person.name);
  }, 240_000);

  it('R1.1: the alderman finds the confirmation in Mijn taken and confirms the commitment on the decision page', async () => {
    const alderman = await personPage('wethouder');
    const task = await taskFor(alderman, 'confirmCommitment', 'commitment', 'wethouder');
    await task.click();
    await alderman.waitForURL((url) => url.pathname.startsWith(`/programmas/${PROGRAMME}/besluit/`));
    await alderman.getByRole('button', { name: 'Commitment bevestigen' }).waitFor();
    await checkPage(alderman, PREFIX, 'commitment', 'besluit-wethouder');
    await alderman.getByRole('button', { name: 'Commitment bevestigen' }).click();
    await phaseIs(alderman, PROGRAMME, 'AGENDA');
    await checkPage(alderman, PREFIX, 'commitment', 'besluit-wethouder-vastgelegd');
  }, 120_000);

  it('AGENDA: the project lead records bottlenecks (R2.1), a theme (R2.2) and an action with its owner (R2.3)', async () => {
    const lead = await personPage('projectleider');
    await taskFor(lead, 'recordBottleneck', 'agenda', 'projectleider');
    await openProgramme(lead);
    await expectStepperAndChecklist(lead, PROGRAMME);
    await checkPage(lead, PREFIX, 'agenda', 'programma-projectleider');
    for (const b of BOTTLENECKS) {
      const form = stepForm(lead, 'recordBottleneck');
      await form.getByLabel('Omschrijving van het knelpunt').fill(b.description);
      await form.getByLabel('Domein').selectOption(b.domain);
      await form.getByRole('button', { name: 'Knelpunt vastleggen' }).click();
      await announced(lead, /Het knelpunt is vastgelegd/);
      await expect
        .poll(() => stepForm(lead, 'recordBottleneck').getByLabel('Omschrijving van het knelpunt').inputValue())
        .toBe('');
    }
    await lead.locator('li[data-rule="R2.1"][data-done="true"]').waitFor({ timeout: 30_000 });
    const theme = await openStep(lead, 'selectTheme');
    await theme.getByLabel('Thema').selectOption('COLLABORATION');
    await theme.getByRole('button', { name: 'Thema kiezen' }).click();
    await announced(lead, /Het thema is gekozen/);
    await lead.locator('li[data-rule="R2.2"][data-done="true"]').waitFor({ timeout: 30_000 });
    const action = await openStep(lead, 'addAction');
    await expect.poll(() => action.getByLabel('Thema').inputValue()).toBe('COLLABORATION');
    await action.getByLabel('Titel').fill('Zorg-strafoverleg twee keer per week');
    await action.getByLabel('Trekkende organisatie').fill(CARE_ORG);
    await action.getByRole('button', { name: 'Actie toevoegen' }).click();
    await announced(lead, /De actie is toegevoegd/);
    await lead.locator('li[data-rule="R2.3"][data-done="true"]').waitFor({ timeout: 30_000 });
    await expectStepperAndChecklist(lead, PROGRAMME);
    await checkPage(lead, PREFIX, 'agenda', 'programma-actie');
  }, 180_000);

  it('R2.4: Veilig Thuis’s contact confirms support at each of their levels in the partner section; the other partners see their organisation', async () => {
    const partner = await personPage('zorgpartner');
    const task = await taskFor(partner, 'confirmSupport', 'agenda', 'zorgpartner');
    await task.click();
    await partner.getByRole('heading', { level: 1, name: 'Programma Amsterdam' }).waitFor();
    const section = partner.locator(`section[data-organisation="${CARE_ORG}"]`);
    await section.waitFor();
    await checkPage(partner, PREFIX, 'agenda', 'partner-zorgpartner');
    for (const [level, word] of [
      ['MANAGEMENT', 'management/bestuurlijk'],
      ['PROFESSIONAL', 'professionals (werkvloer)'],
    ] as const) {
      await section.getByRole('button', { name: `Draagvlak bevestigen als ${word}` }).click();
      await section.locator(`li[data-level="${level}"][data-confirmed="true"]`).waitFor({ timeout: 30_000 });
    }
    await checkPage(partner, PREFIX, 'agenda', 'partner-zorgpartner-bevestigd');
    const support = await read<{ programme: { agenda: { support: Array<{ organisation: string; level: string }> } } }>(
      partner,
      `{ programme(id: "${PROGRAMME}") { agenda { support { organisation level } } } }`,
    );
    expect(support.programme.agenda.support.map((s) => s.level).sort()).toEqual(['MANAGEMENT', 'PROFESSIONAL']);

    for (const username of ['onderwijspartner', 'justitiepartner']) {
      const page = await personPage(username);
      await openProgramme(page);
      const organisation = INVITEES.find((i) => i.username === username)!.partner!.organisation;
      await page.locator(`section[data-organisation="${organisation}"]`).waitFor();
      // P1: no steps of the project lead or the alderman, no button for another organisation.
      expect(await page.locator('[data-step="addAction"], [data-step="adoptAgenda"]').count()).toBe(0);
      expect(await page.locator(`section[data-organisation="${CARE_ORG}"]`).count()).toBe(0);
      await checkPage(page, PREFIX, 'agenda', `partner-${username}`);
    }
    const lead = await personPage('projectleider');
    await lead.locator('li[data-rule="R2.4"][data-done="true"]').waitFor({ timeout: 30_000 });
  }, 180_000);

  it('R2.5: the alderman finds the agenda in Mijn taken and adopts it on the decision page', async () => {
    const alderman = await personPage('wethouder');
    const task = await taskFor(alderman, 'adoptAgenda', 'agenda', 'wethouder');
    await task.click();
    await alderman.waitForURL((url) => url.pathname.startsWith(`/programmas/${PROGRAMME}/besluit/`));
    await alderman.getByRole('button', { name: 'Verbeteragenda vaststellen' }).waitFor();
    await checkPage(alderman, PREFIX, 'agenda', 'besluit-wethouder');
    await alderman.getByRole('button', { name: 'Verbeteragenda vaststellen' }).click();
    await phaseIs(alderman, PROGRAMME, 'EXECUTION');
    await checkPage(alderman, PREFIX, 'agenda', 'besluit-wethouder-vastgelegd');
  }, 120_000);

  it('EXECUTION: the project lead moves the action to done (R3.2) and completes the execution', async () => {
    const lead = await personPage('projectleider');
    await taskFor(lead, 'updateActionStatus', 'execution', 'projectleider');
    await openProgramme(lead);
    await expectStepperAndChecklist(lead, PROGRAMME);
    await checkPage(lead, PREFIX, 'execution', 'programma-projectleider');
    for (const status of ['IN_PROGRESS', 'DONE']) {
      const form = await openStep(lead, 'updateActionStatus');
      await expect.poll(() => form.getByLabel('Actie', { exact: true }).locator('option').count()).toBeGreaterThan(0);
      const actionOption = await form
        .getByLabel('Actie', { exact: true })
        .locator('option:not([value=""])')
        .first()
        .getAttribute('value');
      await form.getByLabel('Actie', { exact: true }).selectOption(actionOption!);
      await form.getByLabel('Nieuwe status').selectOption(status);
      await form.getByRole('button', { name: 'Status opslaan' }).click();
      await announced(lead, /De status van de actie is gewijzigd/);
      await expect
        .poll(
          async () =>
            (
              await read<{ programme: { agenda: { actions: Array<{ status: string }> } } }>(
                lead,
                `{ programme(id: "${PROGRAMME}") { agenda { actions { status } } } }`,
              )
            ).programme.agenda.actions[0]?.status,
        )
        .toBe(status);
    }
    await expectStepperAndChecklist(lead, PROGRAMME);
    const complete = await openStep(lead, 'completeExecution');
    await complete.getByRole('button', { name: 'Uitvoering afronden' }).click();
    await phaseIs(lead, PROGRAMME, 'EMBEDDING');
  }, 180_000);

  it('EMBEDDING: the project lead embeds the action in existing policy (R4.1, R4.2) and completes the embedding (R4.4)', async () => {
    const lead = await personPage('projectleider');
    await taskFor(lead, 'recordEmbedding', 'embedding', 'projectleider');
    await openProgramme(lead);
    await expectStepperAndChecklist(lead, PROGRAMME);
    await checkPage(lead, PREFIX, 'embedding', 'programma-projectleider');
    const form = await openStep(lead, 'recordEmbedding');
    await expect.poll(() => form.getByLabel('Actie', { exact: true }).inputValue()).not.toBe('');
    await form.getByLabel('Soort beleidsinstrument').selectOption('REGIONAL_APPROACH_PLAN');
    await form.getByLabel('Naam van het beleidsinstrument').fill('Regioaanpak huiselijk geweld en kindermishandeling');
    await form.getByLabel('Organisatie die de actie overneemt').fill(CARE_ORG);
    await form.getByLabel('Verantwoordelijke rol bij die organisatie').fill('teamleider');
    await form.getByRole('button', { name: 'Borging vastleggen' }).click();
    await announced(lead, /De borging van de actie is vastgelegd/);
    await expect
      .poll(async () => (await lead.locator('li[data-rule][data-done="false"]').count()) === 0, { timeout: 30_000 })
      .toBe(true);
    await expectStepperAndChecklist(lead, PROGRAMME);
    await (await openStep(lead, 'completeEmbedding')).getByRole('button', { name: 'Borging afronden' }).click();
    await phaseIs(lead, PROGRAMME, 'CONTINUATION');
  }, 180_000);

  it('CONTINUATION: every person’s page shows the programme in its last phase, as the API says', async () => {
    const lead = await personPage('projectleider');
    await openProgramme(lead);
    expect(await phaseOf(lead, PROGRAMME)).toBe('CONTINUATION');
    await expectStepperAndChecklist(lead, PROGRAMME);
    await checkPage(lead, PREFIX, 'continuation', 'programma-projectleider');
    await lead.goto(`${launcher.apiUrl}/`);
    await lead.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
    await checkPage(lead, PREFIX, 'continuation', 'mijn-taken-projectleider');
    for (const username of ['wethouder', 'zorgpartner']) {
      const page = await personPage(username);
      await openProgramme(page);
      await expectStepperAndChecklist(page, PROGRAMME);
      await checkPage(page, PREFIX, 'continuation', `programma-${username}`);
    }
    expect(errors).toEqual([]);
  }, 180_000);

  it('R4.5: the yearly check-in says the instrument no longer holds and names its successor; a refusal shows beside its field and keeps what was typed', async () => {
    const lead = await personPage('projectleider');
    await openProgramme(lead);
    const form = await openStep(lead, 'recordCheckIn');
    // One fieldset per embedded action (data-action on the Utrecht Fieldset's wrapper), its legend the
    // action and its instrument; "Het instrument geldt nog" ticked.
    const line = form.locator('[data-action]');
    await expect.poll(() => line.count()).toBe(1);
    const actionId = (await line.getAttribute('data-action'))!;
    expect(await line.locator('legend').first().textContent()).toBe(
      'Zorg-strafoverleg twee keer per week: Regioaanpak huiselijk geweld en kindermishandeling',
    );
    const inForce = line.getByLabel('Het instrument geldt nog');
    expect(await inForce.isChecked()).toBe(true);
    await inForce.uncheck();
    const successor = line.getByRole('group', { name: 'Opvolgend instrument', exact: true });
    const name = 'Regioaanpak veiligheid thuis';
    const thisYear = Number(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()),
    );
    await successor.getByLabel('Naam van het beleidsinstrument').fill(name);
    await successor.getByLabel('Looptijd: eerste jaar').fill('2015');
    await successor.getByLabel('Looptijd: laatste jaar').fill('2020');
    await checkPage(lead, PREFIX, 'continuation', 'check-in-opvolger');
    await form.getByRole('button', { name: 'Check-in vastleggen' }).click();

    // R4.5: a successor that itself already ended is refused beside its last year; nothing typed is lost.
    const lastYear = successor.getByLabel('Looptijd: laatste jaar');
    await expect.poll(() => lastYear.getAttribute('aria-invalid'), { timeout: 30_000 }).toBe('true');
    expect(await successor.locator('.olievlek-form__problem[data-rule="R4.5"]').textContent()).toMatch(
      /R4\.5: .*zelf al verlopen/,
    );
    expect(await successor.getByLabel('Naam van het beleidsinstrument').inputValue()).toBe(name);
    expect(await inForce.isChecked()).toBe(false);
    await checkPage(lead, PREFIX, 'continuation', 'check-in-geweigerd');

    await successor.getByLabel('Looptijd: eerste jaar').fill(String(thisYear));
    await lastYear.fill(String(thisYear + 4));
    await form.getByRole('button', { name: 'Check-in vastleggen' }).click();
    await announced(lead, /De check-in is vastgelegd/);

    // The API: the check-in over this year, and the embedding now in the successor, the old one past.
    type Embedding = {
      instrumentName: string;
      period: { from: number; to: number | null } | null;
      ended: { at: string } | null;
      pastInstruments: Array<{ instrumentName: string }> | null;
    };
    type Read = {
      programme: {
        indicators: Array<{ period: string }>;
        agenda: { actions: Array<{ id: string; embedding: Embedding | null }> };
      };
    };
    const readNow = () =>
      read<Read>(
        lead,
        `{ programme(id: "${PROGRAMME}") { indicators { period } agenda { actions { id embedding {
          instrumentName period { from to } ended { at } pastInstruments { instrumentName } } } } } }`,
      );
    // The read model follows the worker's projection a moment after the step is answered.
    await expect
      .poll(async () => (await readNow()).programme.indicators.map((r) => r.period))
      .toContain(String(thisYear));
    const after = await readNow();
    expect(after.programme.agenda.actions.find((a) => a.id === actionId)?.embedding).toEqual({
      instrumentName: name,
      period: { from: thisYear, to: thisYear + 4 },
      ended: null,
      pastInstruments: [{ instrumentName: 'Regioaanpak huiselijk geweld en kindermishandeling' }],
    });
    // The embeddings section shows the successor, as the API says.
    await expect
      .poll(() => lead.locator('section[aria-labelledby="embeddings"]').textContent(), { timeout: 30_000 })
      .toContain(name);
    await checkPage(lead, PREFIX, 'continuation', 'check-in-vastgelegd');
    expect(errors).toEqual([]);
  }, 180_000);
});
