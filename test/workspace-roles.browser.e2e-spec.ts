import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleGrant } from './support/members';
import { grantRoles } from './support/members';
import { EMBEDDED_ISSUER } from '../libs/platform/src';
import { inTransaction, MemberDirectory, migrate, openDataSource, SessionEntity } from '../libs/persistence/src';
import { collectPageErrors, launchChromium, overflowsHorizontally } from './support/browser';
import { graphql, Launcher } from './support/launcher';
import {
  dutchWindow,
  expectAccessible,
  screenshotAtWidths,
  signInToWorkspace,
  WORKSPACE_WIDTHS,
} from './support/workspace';

// Issue 15, "What each person finds" for the alderman, the partner contact and the programme
// manager, in headless Chromium, each signed in through Keycloak:
// - the alderman (wethouder) sees what the rules require before deciding (R1.1: refused while R1.2
//   is missing, decided once it holds) and decides on a level-2 escalation with its reason and since
//   when (P3);
// - a partner contact sees only their own organisation's commitment and actions and confirms support
//   at their own level (R2.4);
// - a programme manager adopts the agenda only "namens" the alderman (P1), and finds exactly the API's
//   programmes for them in their portfolio, filtered and sorted by the address.
// Every list is compared with what the API answers; axe-core at WCAG 2.1 AA on every state;
// screenshots at 1440, 768 and 375 px.

const AMSTERDAM = 'programme-GM0363-1';
const UTRECHT = 'programme-GM0344-1';
const GRONINGEN = 'programme-GM0014-1';
const ROTTERDAM = 'programme-GM0599-1';
const VEILIG_THUIS = 'Veilig Thuis Amsterdam-Amstelland';
const SCHOOLS = 'Stichting Openbaar Onderwijs';
const POLICE = 'Politie Amsterdam';
const DAY = 24 * 3600 * 1000;

let launcher: Launcher;
let browser: Browser;
let database: string;
let scripted: string; // a local token holding the partner roles the people in the browser do not
const errors: string[] = [];

beforeAll(async () => {
  launcher = await Launcher.onFreePorts({}, { identityProvider: true });
  await launcher.start();
  database = join(launcher.dataDir, 'olievlek.sqlite');
  browser = await launchChromium();
  scripted = await launcher.token({ sub: 'scripted-partners' });
}, 420_000);

afterAll(async () => {
  await browser?.close();
  await launcher?.dispose();
});

type Answer<T> = { data?: T; errors?: Array<{ message: string; extensions?: Record<string, any> }> };

/** A GraphQL request from the page, with its session cookie (as the app sends it). */
function gql<T = any>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
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

async function ok<T = any>(answer: Promise<Answer<T>>): Promise<T> {
  const a = await answer;
  expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
  return a.data!;
}

/** A step with the scripted local token (partner roles the people in the browser do not hold). */
async function scriptedStep(step: string): Promise<void> {
  const res = await graphql(launcher.apiUrl, `mutation { ${step} { version } }`, undefined, { token: scripted });
  expect(res.errors, `${step}: ${JSON.stringify(res.errors)}`).toBeUndefined();
}

/**
 * Test set-up, as test/support/members.ts does for local tokens: grants roles to the Keycloak
 * identity a person signed in with (found by their e-mail in the session table), so their own
 * browser session holds them. The product grants by invitation (people-sign-in.browser.e2e-spec.ts).
 */
async function grantSignedIn(email: string, programmeId: string, grants: readonly RoleGrant[]): Promise<void> {
  const dataSource = await openDataSource({ url: database });
  try {
    await migrate(dataSource);
    const sessions = await dataSource.getRepository(SessionEntity).find();
    const session = sessions.find((s) => (JSON.parse(s.claims) as any).principal?.email === email);
    expect(session, email).toBeDefined();
    expect(session!.issuer).not.toBe(EMBEDDED_ISSUER);
    const principal = (JSON.parse(session!.claims) as any).principal as { name?: string };
    const directory = new MemberDirectory(dataSource);
    await inTransaction(dataSource, async (m) => {
      const member = await directory.ensureMember(
        {
          issuer: session!.issuer,
          subject: session!.subject,
          email,
          ...(principal.name ? { name: principal.name } : {}),
        },
        m,
      );
      for (const g of grants) {
        await directory.grant(
          m,
          typeof g === 'string'
            ? { programmeId, memberId: member.id, role: g }
            : {
                programmeId,
                memberId: member.id,
                role: 'PARTNER_CONTACT',
                partner: { organisation: g.organisation, domain: g.domain, level: g.level },
              },
        );
      }
    });
  } finally {
    await dataSource.destroy();
  }
}

/** Every width without the page scrolling sideways. */
async function reflows(page: Page): Promise<void> {
  for (const { width, height } of WORKSPACE_WIDTHS) {
    await page.setViewportSize({ width, height });
    expect(await overflowsHorizontally(page), `${width} px`).toBe(false);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const CHECKLIST = `{ programme(id: "${AMSTERDAM}") { phase checklist { ruleId done blocking } } }`;

let lead: Page;
let alderman: Page;
let partner: Page;
let manager: Page;

describe('the people of a programme sign in (set-up through the API)', () => {
  it('the project lead starts Amsterdam, registered as in its agenda phase since 17 weeks', async () => {
    lead = await (await dutchWindow(browser)).newPage();
    collectPageErrors(lead, errors);
    await signInToWorkspace(lead, launcher, 'projectleider', '/');
    const now = Date.now();
    // The commitment ended 17 weeks ago: once confirmed, the agenda's clock runs from then, so its
    // level-1 (12 weeks) and level-2 (16 weeks) escalations are raised at once (P3), level 3 not yet.
    await ok(
      gql(
        lead,
        'mutation($s: LocalDate, $p: [PastPhaseInput!]) { startProgramme(municipalityCode: "GM0363", startedOn: $s, pastPhases: $p) { id } }',
        {
          s: isoDay(now - 30 * 7 * DAY),
          p: [{ phase: 'COMMITMENT', endedOn: isoDay(now - 17 * 7 * DAY) }],
        },
      ),
    );
    for (const step of [
      'designateAdministrativeLead(programmeId: $id, input: {})',
      `commitPartner(programmeId: $id, input: { organisation: "${VEILIG_THUIS}", domain: CARE })`,
      `commitPartner(programmeId: $id, input: { organisation: "${SCHOOLS}", domain: EDUCATION })`,
      'appointProjectLead(programmeId: $id, input: { kind: INTERNAL })',
    ]) {
      await ok(gql(lead, `mutation($id: ID!) { ${step} { version } }`, { id: AMSTERDAM }));
    }
  }, 180_000);

  it('the alderman, a partner contact and the programme manager sign in and get their roles', async () => {
    alderman = await (await dutchWindow(browser)).newPage();
    partner = await (await dutchWindow(browser)).newPage();
    manager = await (await dutchWindow(browser)).newPage();
    for (const page of [alderman, partner, manager]) collectPageErrors(page, errors);
    await signInToWorkspace(alderman, launcher, 'wethouder', '/');
    await signInToWorkspace(partner, launcher, 'zorgpartner', '/');
    await signInToWorkspace(manager, launcher, 'programmamanager', '/');
    await grantSignedIn('wethouder@olievlek.invalid', AMSTERDAM, ['ADMINISTRATIVE_LEAD']);
    await grantSignedIn('zorgpartner@olievlek.invalid', AMSTERDAM, [
      { role: 'PARTNER_CONTACT', organisation: VEILIG_THUIS, domain: 'CARE', level: 'MANAGEMENT' },
    ]);
    await grantSignedIn('programmamanager@olievlek.invalid', AMSTERDAM, ['PROGRAMME_MANAGER']);
    // The other support confirmations come from a scripted identity (R2.4 needs both levels per owner).
    await grantRoles(database, AMSTERDAM, 'scripted-partners', [
      { role: 'PARTNER_CONTACT', organisation: VEILIG_THUIS, domain: 'CARE', level: 'PROFESSIONAL' },
      { role: 'PARTNER_CONTACT', organisation: POLICE, domain: 'JUSTICE', level: 'PROFESSIONAL' },
      { role: 'PARTNER_CONTACT', organisation: POLICE, domain: 'JUSTICE', level: 'MANAGEMENT' },
    ]);
  }, 180_000);
});

describe('the alderman decides with the rules in view (R1.1, P1, P3)', () => {
  it('sees what the commitment requires, met or missing as the API says, and is refused while R1.2 is missing', async () => {
    await alderman.goto(`${launcher.apiUrl}/programmas/${AMSTERDAM}/besluit/commitment-bevestigen`);
    await alderman.getByRole('heading', { level: 1, name: 'Besluit: commitment bevestigen' }).waitFor();
    const api = (await ok(gql(alderman, CHECKLIST))).programme;
    expect(api.phase).toBe('COMMITMENT');
    const items = alderman.locator('.olievlek-decision__requirement');
    await expect.poll(() => items.count()).toBe(api.checklist.length);
    for (const [i, item] of api.checklist.entries()) {
      expect(await items.nth(i).getAttribute('data-rule')).toBe(item.ruleId);
      expect(await items.nth(i).getAttribute('data-done')).toBe(String(item.done));
    }
    const open = api.checklist.filter((c: any) => c.blocking && !c.done).map((c: any) => c.ruleId);
    expect(open).toEqual(['R1.2']);
    expect(await alderman.locator('.olievlek-decision__summary').textContent()).toContain('Nog 1 vereiste open');
    // The alderman decides as themselves: no "namens" choice.
    expect(await alderman.getByRole('checkbox').count()).toBe(0);
    await expectAccessible(alderman, 'besluit-commitment-open');
    await screenshotAtWidths(alderman, 'besluit-commitment-open');
    await reflows(alderman);

    await alderman.getByRole('button', { name: 'Commitment bevestigen' }).click();
    const refusal = alderman.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Regel R1.2');
    expect(await alderman.locator('[data-code="RULE_VIOLATION"]').getAttribute('data-rule')).toBe('R1.2');
    // Focus moved to the problem, and nothing was recorded.
    expect(
      await alderman.evaluate(() =>
        (globalThis as any).document.activeElement.classList.contains('olievlek-decision__alert'),
      ),
    ).toBe(true);
    expect((await ok(gql(alderman, CHECKLIST))).programme.phase).toBe('COMMITMENT');
    await expectAccessible(alderman, 'besluit-commitment-geweigerd');
  }, 120_000);

  it('decides once the justice partner committed: the page says all is met, the programme moves on', async () => {
    await ok(
      gql(
        lead,
        `mutation { commitPartner(programmeId: "${AMSTERDAM}", input: { organisation: "${POLICE}", domain: JUSTICE }) { version } }`,
      ),
    );
    await alderman.reload();
    await expect
      .poll(() => alderman.locator('.olievlek-decision__summary').textContent(), { timeout: 15_000 })
      .toContain('Aan alle vereisten is voldaan');
    await alderman.getByRole('button', { name: 'Commitment bevestigen' }).click();
    await expect
      .poll(() => alderman.locator('.olievlek-decision__state').textContent())
      .toMatch(/Het commitment is bevestigd op/);
    const after = await ok(
      gql(alderman, `{ programme(id: "${AMSTERDAM}") { phase timeline { event by { name onBehalfOf { name } } } } }`),
    );
    expect(after.programme.phase).toBe('AGENDA');
    const confirmed = after.programme.timeline.find((e: any) => e.event === 'confirmCommitment');
    expect(confirmed.by).toEqual({ name: 'Wendy Wethouder', onBehalfOf: null });
    await expectAccessible(alderman, 'besluit-commitment-genomen');
  }, 120_000);

  it('decides on the level-2 escalation after seeing its reason and since when (P3)', async () => {
    const escalations = (
      await ok(
        gql(
          alderman,
          `{ programme(id: "${AMSTERDAM}") { escalations { id level status message dueAt raisedAt step } } }`,
        ),
      )
    ).programme.escalations as Array<{
      id: string;
      level: number;
      status: string;
      message: string;
      dueAt: string;
      raisedAt: string;
    }>;
    const level2 = escalations.find((e) => e.level === 2 && e.status === 'OPEN');
    expect(level2, JSON.stringify(escalations)).toBeDefined();
    expect(escalations.some((e) => e.level === 3)).toBe(false);
    await alderman.goto(
      `${launcher.apiUrl}/programmas/${AMSTERDAM}/besluit/escalatie-afhandelen?escalatie=${encodeURIComponent(level2!.id)}`,
    );
    await alderman.getByRole('heading', { level: 1, name: 'Besluit over een escalatie' }).waitFor();
    await expect.poll(() => alderman.locator('[data-field="reason"]').textContent()).toBe(level2!.message);
    // Since when: the agenda's deadline passed a week ago (16 of the 17 weeks), raised when it caught up.
    const day = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
    const since = await alderman.locator('[data-field="since"]').textContent();
    expect(since).toContain(day.format(new Date(level2!.dueAt)));
    expect(since).toContain('(1 week)');
    expect(await alderman.locator('[data-field="raised"]').textContent()).toContain(
      day.format(new Date(level2!.raisedAt)),
    );
    expect(await alderman.locator('.olievlek-decision__escalation').textContent()).toContain('Niveau 2');
    const statusBefore = await alderman.locator('[data-field="status"]').textContent();
    await expectAccessible(alderman, 'besluit-escalatie');
    await screenshotAtWidths(alderman, 'besluit-escalatie');
    await reflows(alderman);

    // A week count out of range stays in the form, with the problem beside the field.
    await alderman.check('#decision-EXTEND');
    await alderman.fill('#decision-weeks', '0');
    await alderman.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await expect.poll(() => alderman.getAttribute('#decision-weeks', 'aria-invalid')).toBe('true');
    expect(await alderman.locator('#decision-weeks-error').textContent()).toContain('van 1 tot 52');
    expect(await alderman.inputValue('#decision-weeks')).toBe('0');
    await expectAccessible(alderman, 'besluit-escalatie-fout');
    await alderman.fill('#decision-weeks', '6');
    await alderman.fill('#decision-note', 'Agenda volgt na het overleg met de schoolbesturen.');
    await alderman.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await alderman.getByRole('status').filter({ hasText: 'Het besluit is vastgelegd.' }).waitFor();
    // The API reads the read model: it shows the decision once the worker projected it (a moment
    // later on a loaded machine).
    const decided = async () =>
      (
        await ok(
          gql(
            alderman,
            `{ programme(id: "${AMSTERDAM}") { escalations { id status acknowledgements { decision weeks note by { name } } } } }`,
          ),
        )
      ).programme.escalations.find((e: any) => e.id === level2!.id);
    await expect.poll(async () => (await decided()).status).toBe('ACKNOWLEDGED');
    expect(await decided()).toMatchObject({
      status: 'ACKNOWLEDGED',
      acknowledgements: [
        {
          decision: 'EXTEND',
          weeks: 6,
          note: 'Agenda volgt na het overleg met de schoolbesturen.',
          by: { name: 'Wendy Wethouder' },
        },
      ],
    });
    await expect.poll(() => alderman.locator('[data-field="status"]').textContent()).not.toBe(statusBefore);
  }, 120_000);
});

describe('a partner contact sees their own organisation and confirms its support (R1.2, R2.4)', () => {
  it('the project lead drafts the agenda: bottlenecks, a theme and actions for two organisations', async () => {
    for (const step of [
      'recordBottleneck(programmeId: $id, input: { description: "Signalen blijven liggen", domain: CARE })',
      'recordBottleneck(programmeId: $id, input: { description: "Scholen weten niet wie te bellen", domain: EDUCATION })',
      'recordBottleneck(programmeId: $id, input: { description: "Terugkoppeling na melding ontbreekt", domain: CARE })',
      'selectTheme(programmeId: $id, input: { theme: SIGNALLING })',
      `addAction(programmeId: $id, input: { title: "Meldcode-aandachtsfunctionarissen trainen", theme: SIGNALLING, ownerOrganisation: "${VEILIG_THUIS}" })`,
      `addAction(programmeId: $id, input: { title: "Vast aanspreekpunt jeugd bij de politie", theme: SIGNALLING, ownerOrganisation: "${POLICE}" })`,
    ]) {
      await ok(gql(lead, `mutation($id: ID!) { ${step} { version } }`, { id: AMSTERDAM }));
    }
  }, 60_000);

  it('sees what Veilig Thuis committed to and only its actions, as the API says', async () => {
    await partner.goto(`${launcher.apiUrl}/programmas/${AMSTERDAM}`);
    const section = partner.locator(`section.olievlek-partner[data-organisation="${VEILIG_THUIS}"]`);
    await section.waitFor();
    const api = (
      await ok(
        gql(
          partner,
          `{ programme(id: "${AMSTERDAM}") { commitment { partners { organisation domain } } agenda { actions { id title ownerOrganisation } support { organisation level } } } }`,
        ),
      )
    ).programme;
    expect(await partner.locator('section.olievlek-partner').count()).toBe(1);
    expect(await section.locator('.olievlek-partner__commitment').getAttribute('data-committed')).toBe('true');
    expect(await section.locator('.olievlek-partner__commitment').textContent()).toContain(VEILIG_THUIS);
    const own = api.agenda.actions.filter((a: any) => a.ownerOrganisation === VEILIG_THUIS);
    const others = api.agenda.actions.filter((a: any) => a.ownerOrganisation !== VEILIG_THUIS);
    expect(own.length).toBe(1);
    expect(others.length).toBe(1);
    const rows = section.locator('.olievlek-partner__actions tbody tr');
    expect(await rows.count()).toBe(own.length);
    expect(await rows.first().getAttribute('data-action')).toBe(own[0].id);
    expect(await section.textContent()).not.toContain(others[0].title);
    // Support at their own level only: a button for MANAGEMENT, none for PROFESSIONAL.
    expect(await section.locator('li[data-level="MANAGEMENT"] button').count()).toBe(1);
    expect(await section.locator('li[data-level="PROFESSIONAL"] button').count()).toBe(0);
    await expectAccessible(partner, 'partner-voor-draagvlak');
    await screenshotAtWidths(partner, 'partner-voor-draagvlak');
    await reflows(partner);
  }, 120_000);

  it('confirms support at their level; the server refuses another organisation (R2.4)', async () => {
    const section = partner.locator(`section.olievlek-partner[data-organisation="${VEILIG_THUIS}"]`);
    await section.locator('li[data-level="MANAGEMENT"] button').click();
    await section.getByRole('status').waitFor();
    await expect.poll(() => section.locator('li[data-level="MANAGEMENT"]').getAttribute('data-confirmed')).toBe('true');
    const support = async () =>
      (
        await ok(
          gql(partner, `{ programme(id: "${AMSTERDAM}") { agenda { support { organisation level by { name } } } } }`),
        )
      ).programme.agenda.support;
    await expect
      .poll(support, { timeout: 10_000 })
      .toEqual([{ organisation: VEILIG_THUIS, level: 'MANAGEMENT', by: { name: 'Zora Zorgpartner' } }]);
    const theirs = await gql(
      partner,
      `mutation { confirmSupport(programmeId: "${AMSTERDAM}", input: { organisation: "${POLICE}", level: MANAGEMENT }) { id } }`,
    );
    expect(theirs.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'R2.4' });
    await expectAccessible(partner, 'partner-na-draagvlak');
    await screenshotAtWidths(partner, 'partner-na-draagvlak');
  }, 60_000);
});

describe('the programme manager records the adoption only "namens" the alderman (P1, R2.5)', () => {
  it('sees the open support, the "namens" choice only for them, and the agenda adopted on behalf of Wendy Wethouder', async () => {
    await manager.goto(`${launcher.apiUrl}/programmas/${AMSTERDAM}/besluit/agenda-vaststellen`);
    await manager.getByRole('heading', { level: 1, name: 'Besluit: verbeteragenda vaststellen' }).waitFor();
    // R2.4 still open: Veilig Thuis on the work floor and the police at both levels.
    await expect.poll(() => manager.locator('[data-rule="R2.4"]').getAttribute('data-done')).toBe('false');
    const supportCells = manager.locator('.olievlek-decision__support td[data-confirmed="true"]');
    expect(await supportCells.count()).toBe(1);
    expect(await manager.locator('.olievlek-decision__actions tbody tr').count()).toBe(2);
    const checkbox = manager.getByRole('checkbox', { name: 'Ik leg dit besluit vast namens Wendy Wethouder' });
    await checkbox.waitFor();
    await expectAccessible(manager, 'besluit-agenda-open');
    await screenshotAtWidths(manager, 'besluit-agenda-open');

    await scriptedStep(
      `confirmSupport(programmeId: "${AMSTERDAM}", input: { organisation: "${VEILIG_THUIS}", level: PROFESSIONAL })`,
    );
    await scriptedStep(
      `confirmSupport(programmeId: "${AMSTERDAM}", input: { organisation: "${POLICE}", level: PROFESSIONAL })`,
    );
    await scriptedStep(
      `confirmSupport(programmeId: "${AMSTERDAM}", input: { organisation: "${POLICE}", level: MANAGEMENT })`,
    );
    await manager.reload();
    await expect
      .poll(() => manager.locator('.olievlek-decision__summary').textContent(), { timeout: 15_000 })
      .toContain('Aan alle vereisten is voldaan');
    expect(await manager.locator('.olievlek-decision__support td[data-confirmed="true"]').count()).toBe(4);

    // Without ticking "namens" nothing is sent: the problem is shown beside the checkbox.
    await manager.getByRole('button', { name: 'Verbeteragenda vaststellen' }).click();
    await expect.poll(() => checkbox.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(manager, 'besluit-agenda-namens-vergeten');
    expect((await ok(gql(manager, CHECKLIST))).programme.phase).toBe('AGENDA');
    await checkbox.check();
    await manager.getByRole('button', { name: 'Verbeteragenda vaststellen' }).click();
    await expect
      .poll(() => manager.locator('.olievlek-decision__state').textContent())
      .toMatch(/De verbeteragenda is vastgesteld op/);
    const after = await ok(
      gql(
        manager,
        `{ programme(id: "${AMSTERDAM}") { phase timeline { event by { role name onBehalfOf { name } } } } }`,
      ),
    );
    expect(after.programme.phase).toBe('EXECUTION');
    expect(after.programme.timeline.find((e: any) => e.event === 'adoptAgenda').by).toEqual({
      role: 'ADMINISTRATIVE_LEAD',
      name: 'Mira Programmamanager',
      onBehalfOf: { name: 'Wendy Wethouder' },
    });
  }, 180_000);

  it('the partner now updates the status of its own action (R3.2)', async () => {
    await partner.goto(`${launcher.apiUrl}/programmas/${AMSTERDAM}`);
    const form = partner.locator('form.olievlek-partner__status-form');
    await form.waitFor();
    expect(await form.count()).toBe(1);
    await form.getByRole('combobox').selectOption('IN_PROGRESS');
    await form.getByRole('button', { name: 'Status opslaan' }).click();
    await form.getByRole('status').waitFor();
    expect(await form.getByRole('status').textContent()).toContain('is opgeslagen');
    // The API reads the read model, which follows the step within moments (projection lag).
    const actions = async () =>
      (await ok(gql(partner, `{ programme(id: "${AMSTERDAM}") { agenda { actions { ownerOrganisation status } } } }`)))
        .programme.agenda.actions;
    await expect.poll(actions, { timeout: 10_000 }).toEqual(
      expect.arrayContaining([
        { ownerOrganisation: VEILIG_THUIS, status: 'IN_PROGRESS' },
        { ownerOrganisation: POLICE, status: 'PLANNED' },
      ]),
    );
    await expectAccessible(partner, 'partner-actie-status');
  }, 60_000);
});

describe('the programme manager’s portfolio', () => {
  const PORTFOLIO = `query($f: ProgrammeFilterInput!, $o: ProgrammeOrderInput!) { programmes(first: 100, filter: $f, orderBy: $o) { totalCount edges { node { id municipality { name } } } } }`;
  const api = async (filter: Record<string, unknown>, orderBy: Record<string, unknown>) =>
    (await ok(gql(manager, PORTFOLIO, { f: { myRole: 'PROGRAMME_MANAGER', ...filter }, o: orderBy }))).programmes as {
      totalCount: number;
      edges: Array<{ node: { id: string; municipality: { name: string } } }>;
    };
  const shown = () =>
    manager
      .locator('.olievlek-portfolio__table tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-programme')));

  it('lists exactly the programmes the API assigns them, not the ones they do not manage', async () => {
    const kwartiermaker = await launcher.token({ sub: 'kwartiermaker', role: 'KWARTIERMAKER' });
    for (const code of ['GM0344', 'GM0014', 'GM0599']) {
      const res = await graphql(
        launcher.apiUrl,
        `mutation { startProgramme(municipalityCode: "${code}") { id } }`,
        undefined,
        {
          token: kwartiermaker,
        },
      );
      expect(res.errors).toBeUndefined();
    }
    await grantSignedIn('programmamanager@olievlek.invalid', UTRECHT, ['PROGRAMME_MANAGER']);
    await grantSignedIn('programmamanager@olievlek.invalid', GRONINGEN, ['PROGRAMME_MANAGER']);
    await expect.poll(async () => (await api({}, { field: 'MUNICIPALITY_NAME', direction: 'ASC' })).totalCount).toBe(3);

    await manager.goto(`${launcher.apiUrl}/`);
    await manager.getByRole('link', { name: 'Portefeuille' }).click();
    await manager.waitForURL('**/portefeuille');
    await manager.getByRole('heading', { level: 1, name: 'Mijn portefeuille' }).waitFor();
    const expected = await api({}, { field: 'OPEN_ESCALATION_LEVEL', direction: 'DESC' });
    await expect.poll(shown).toEqual(expected.edges.map((e) => e.node.id));
    expect([...(await shown())].sort()).toEqual([AMSTERDAM, GRONINGEN, UTRECHT].sort());
    expect(await shown()).not.toContain(ROTTERDAM);
    expect(await manager.locator('#portfolio-results').textContent()).toBe('3 programma’s');
    await expectAccessible(manager, 'portefeuille');
    await screenshotAtWidths(manager, 'portefeuille');
    await reflows(manager);
  }, 180_000);

  it('filters by the form and sorts by the column headers, with the view in the address', async () => {
    await manager.selectOption('#portfolio-phase', 'COMMITMENT');
    await manager.getByRole('button', { name: 'Toon' }).click();
    await manager.waitForURL(/fase=COMMITMENT/);
    const commitment = await api({ phases: ['COMMITMENT'] }, { field: 'OPEN_ESCALATION_LEVEL', direction: 'DESC' });
    await expect.poll(shown).toEqual(commitment.edges.map((e) => e.node.id));
    expect([...(await shown())].sort()).toEqual([GRONINGEN, UTRECHT].sort());

    const header = manager.locator('th[data-sort="gemeente"]');
    await header.getByRole('link').click();
    await manager.waitForURL(/sorteer=gemeente/);
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await api({ phases: ['COMMITMENT'] }, { field: 'MUNICIPALITY_NAME', direction: 'ASC' });
    await expect.poll(shown).toEqual(ascending.edges.map((e) => e.node.id));
    expect(await shown()).toEqual([GRONINGEN, UTRECHT]);
    await header.getByRole('link').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(shown).toEqual([UTRECHT, GRONINGEN]);
    expect(await manager.locator('th[data-sort="gestart"]').getAttribute('aria-sort')).toBe('none');

    // The address is the view: opened again (or shared), it shows the same.
    const address = manager.url();
    expect(new URL(address).searchParams.get('richting')).toBe('aflopend');
    const again = await manager.context().newPage();
    collectPageErrors(again, errors);
    await again.goto(address);
    await expect
      .poll(() =>
        again
          .locator('.olievlek-portfolio__table tbody tr')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-programme'))),
      )
      .toEqual([UTRECHT, GRONINGEN]);
    expect(await again.inputValue('#portfolio-phase')).toBe('COMMITMENT');
    await again.close();

    await manager.selectOption('#portfolio-phase', '');
    await manager.selectOption('#portfolio-province', 'Groningen');
    await manager.getByRole('button', { name: 'Toon' }).click();
    await manager.waitForURL(/provincie=Groningen/);
    const groningen = await api({ province: 'Groningen' }, { field: 'MUNICIPALITY_NAME', direction: 'DESC' });
    await expect.poll(shown).toEqual(groningen.edges.map((e) => e.node.id));
    expect(await shown()).toEqual([GRONINGEN]);
    await expectAccessible(manager, 'portefeuille-gefilterd');
    await screenshotAtWidths(manager, 'portefeuille-gefilterd');
    await reflows(manager);
  }, 120_000);

  it('ran without console errors or CSP violations', () => {
    expect(errors).toEqual([]);
  });
});
