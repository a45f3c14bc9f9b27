import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, overflowsHorizontally } from './support/browser';
import { Launcher } from './support/launcher';
import { dutchWindow, expectAccessible, screenshotAtWidths, signInToWorkspace } from './support/workspace';

// Issue 15, the programme page's steps, members and timeline, as a new project lead meets them:
// signed in through Keycloak, they start Amsterdam's programme from "Mijn taken" by clicking, take
// the commitment steps (R1.1 designate the alderman, R1.2 three partners, R1.3 appoint the project
// lead) by clicking and typing only, meet a refusal beside the field it concerns with what they
// typed still there, and invite the alderman (the mail arrives in Mailpit). Every state is checked
// with axe-core (WCAG 2.1 AA) and photographed at 1440, 768 and 375 px; what the page lists equals
// what the API answers.

const PROGRAMME = 'programme-GM0363-1';
// The demo realm's alderman (infra/keycloak/olievlek-realm.json).
const ALDERMAN_EMAIL = 'wethouder@olievlek.invalid';

let launcher: Launcher;
let browser: Browser;
let lead: Page;
let invitationLink = '';
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

type Answer<T> = { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };

/** A GraphQL request from the page, with its session cookie and Origin, in Dutch (as the app asks). */
function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
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
  ) as Promise<Answer<T>>;
}

interface ApiProgramme {
  checklist: Array<{ ruleId: string; done: boolean; label: string }>;
  members: Array<{ name: string; role: string }>;
  invitations: Array<{ name: string; email: string }>;
  timeline: Array<{ at: string; summary: string }>;
}

async function apiProgramme(page: Page): Promise<ApiProgramme> {
  const answer = await gql<{ programme: ApiProgramme }>(
    page,
    `query($id: ID!) { programme(id: $id) { checklist { ruleId done label } members { name role }
       invitations { name email } timeline { at summary } } }`,
    { id: PROGRAMME },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.programme;
}

/** The form of one step on the page (the checklist's or "Meer stappen"'s). */
const stepForm = (page: Page, step: string): Locator => page.locator(`[data-step="${step}"] form`);

/** Waits until the page's status region says `text` (a step succeeded). */
async function announced(page: Page, text: RegExp): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).waitFor({ timeout: 20_000 });
}

/** Waits until the page shows a checklist item as done (the read model caught up, programmeChanged). */
async function itemDone(page: Page, ruleId: string): Promise<void> {
  await page.locator(`li[data-rule="${ruleId}"][data-done="true"]`).waitFor({ timeout: 30_000 });
}

describe('the project lead starts the programme and takes the commitment steps in the workspace (issue 15)', () => {
  it('starts the programme from Mijn taken by clicking; a start date in the future is refused beside its field, the typed date kept', async () => {
    lead = await (await dutchWindow(browser)).newPage();
    collectPageErrors(lead, errors);
    await signInToWorkspace(lead, launcher, 'projectleider', '/');
    await lead.getByRole('link', { name: 'Programma van uw gemeente starten' }).click();
    await lead.getByRole('heading', { level: 1, name: 'Programma starten' }).waitFor();
    await expectAccessible(lead, 'programma starten');
    await screenshotAtWidths(lead, 'programme-start');

    // The municipality the project lead may start for (Me.municipalities) is chosen already.
    const municipality = lead.getByLabel('Gemeente');
    expect(await municipality.inputValue()).toBe('GM0363');
    expect(await municipality.locator('option:checked').textContent()).toBe('Amsterdam');

    const startedOn = lead.getByLabel(/Startdatum/);
    await startedOn.fill('2099-01-01');
    await lead.getByRole('button', { name: 'Programma starten' }).click();
    const error = lead.locator('#start-startedOn-error');
    await error.waitFor();
    // The sentence beside the field is the API's own, in Dutch.
    const refused = await gql(
      lead,
      'mutation { startProgramme(municipalityCode: "GM0363", startedOn: "2099-01-01") { id } }',
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(await error.textContent()).toContain(refused.errors![0]!.message);
    expect(await startedOn.getAttribute('aria-invalid')).toBe('true');
    expect(await startedOn.getAttribute('aria-describedby')).toContain('start-startedOn-error');
    expect(await startedOn.inputValue()).toBe('2099-01-01');
    expect(await municipality.inputValue()).toBe('GM0363');
    // The summary at the top took focus and links to the field.
    expect(await lead.evaluate(() => (globalThis as any).document.activeElement?.className)).toContain(
      'olievlek-form__summary',
    );
    await expectAccessible(lead, 'programma starten, geweigerd');
    await screenshotAtWidths(lead, 'programme-start-refused');

    await startedOn.fill('');
    await lead.getByRole('button', { name: 'Programma starten' }).click();
    await lead.waitForURL((url) => url.pathname === `/programmas/${PROGRAMME}`);
    await lead.getByRole('heading', { level: 1, name: 'Programma Amsterdam' }).waitFor();
    const started = await gql<{ programme: { phase: string; status: string } }>(
      lead,
      `{ programme(id: "${PROGRAMME}") { phase status } }`,
    );
    expect(started.data!.programme).toEqual({ phase: 'COMMITMENT', status: 'ACTIVE' });
    await expectAccessible(lead, 'programmapagina, net gestart');

    // One programme per municipality at a time: a second start is refused and links to the running one.
    await lead.goto(`${launcher.apiUrl}/programmas/nieuw`);
    await lead.getByRole('button', { name: 'Programma starten' }).click();
    await lead.getByRole('link', { name: 'Naar het programma dat nu loopt' }).click();
    await lead.waitForURL((url) => url.pathname === `/programmas/${PROGRAMME}`);
    await lead.getByRole('heading', { level: 1, name: 'Programma Amsterdam' }).waitFor();
  }, 180_000);

  it('shows each open item of the commitment with the form that fulfils it, and only the project lead’s steps (P1)', async () => {
    for (const rule of ['R1.1', 'R1.2', 'R1.3']) {
      await lead.locator(`li[data-rule="${rule}"][data-done="false"]`).waitFor();
    }
    expect(await stepForm(lead, 'designateAdministrativeLead').count()).toBe(1);
    expect(await stepForm(lead, 'commitPartner').count()).toBe(1);
    expect(await stepForm(lead, 'appointProjectLead').count()).toBe(1);
    // R1.1: confirming is the alderman's decision, never the project lead's; no "Volgende stap".
    expect(await lead.locator('[data-step="confirmCommitment"]').count()).toBe(0);
    expect(await lead.getByRole('heading', { name: 'Volgende stap' }).count()).toBe(0);
    // R2.4 is a partner contact's, abortProgramme the alderman's: not offered to the project lead.
    expect(await lead.locator('[data-step="confirmSupport"], [data-step="abortProgramme"]').count()).toBe(0);
    await lead.getByRole('heading', { name: 'Meer stappen' }).waitFor();
    await screenshotAtWidths(lead, 'programme-commitment-open');
  }, 60_000);

  it('R1.1: designates the alderman by typing and clicking; the success is announced', async () => {
    const form = stepForm(lead, 'designateAdministrativeLead');
    await form.getByLabel('Naam van de wethouder').fill('Wendy Wethouder');
    await form.getByRole('button', { name: 'Wethouder aanwijzen' }).click();
    await announced(lead, /De wethouder is aangewezen als bestuurlijk trekker/);
    await itemDone(lead, 'R1.1');
    expect(await stepForm(lead, 'designateAdministrativeLead').count()).toBe(0);
  }, 60_000);

  it('R1.2: an empty organisation is refused in Dutch beside its field, the chosen domain kept; then three partners commit', async () => {
    const form = stepForm(lead, 'commitPartner');
    await form.getByLabel('Domein').selectOption('CARE');
    await form.getByRole('button', { name: 'Commitment vastleggen' }).click();
    const error = lead.locator('#step-commitPartner-organisation-error');
    await error.waitFor();
    const text = (await error.textContent()) ?? '';
    expect(text).toMatch(/organisatie/);
    expect(text).not.toMatch(/should|must|empty|longer/i);
    expect(await form.getByLabel('Domein').inputValue()).toBe('CARE');
    expect(await form.getByLabel('Naam van de organisatie').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(lead, 'programmapagina, commitment geweigerd');
    await screenshotAtWidths(lead, 'programme-commitment-refused');

    const partners = [
      { organisation: 'Veilig Thuis Amsterdam-Amstelland', domain: 'CARE' },
      { organisation: 'Stichting Openbaar Onderwijs', domain: 'EDUCATION' },
      { organisation: 'Politie Amsterdam', domain: 'JUSTICE' },
    ];
    for (const [i, p] of partners.entries()) {
      const f = stepForm(lead, 'commitPartner');
      await f.getByLabel('Naam van de organisatie').fill(p.organisation);
      await f.getByLabel('Domein').selectOption(p.domain);
      await f.getByRole('button', { name: 'Commitment vastleggen' }).click();
      await announced(lead, /Het commitment van de partnerorganisatie is vastgelegd/);
      if (i < partners.length - 1) {
        // The form is cleared for the next partner once the step is recorded.
        await expect.poll(() => f.getByLabel('Naam van de organisatie').inputValue()).toBe('');
      }
    }
    await itemDone(lead, 'R1.2');
  }, 90_000);

  it('R1.3: appoints the project lead (internal is preselected)', async () => {
    const form = stepForm(lead, 'appointProjectLead');
    expect(await form.getByLabel('Soort projectleider').inputValue()).toBe('INTERNAL');
    await form.getByLabel(/Naam van de projectleider/).fill('Pim Projectleider');
    await form.getByRole('button', { name: 'Projectleider aanstellen' }).click();
    await announced(lead, /De projectleider is aangesteld/);
    await itemDone(lead, 'R1.3');
    await expectAccessible(lead, 'programmapagina, commitment klaar voor de wethouder');
  }, 60_000);

  it('R1.4/R1.5: ticks a recommended item as followed up in the checkbox group (it does not block)', async () => {
    const form = stepForm(lead, 'recordRecommendation');
    const first = form.getByRole('checkbox').first();
    const item = await first.getAttribute('value');
    await first.check();
    await form.getByRole('button', { name: 'Vastleggen' }).click();
    await announced(lead, /Het aanbevolen punt is vastgelegd/);
    await expect
      .poll(async () => {
        const answer = await gql<{
          programme: { commitment: { recommendations: Array<{ item: string; doneAt: string | null }> } };
        }>(lead, `{ programme(id: "${PROGRAMME}") { commitment { recommendations { item doneAt } } } }`);
        return answer.data!.programme.commitment.recommendations.filter((r) => r.doneAt).map((r) => r.item);
      })
      .toEqual([item]);
  }, 60_000);

  it('P2: invites the alderman from the members section; the invitation is listed and arrives in Mailpit', async () => {
    await lead.getByLabel('Naam', { exact: true }).fill('Wendy Wethouder');
    await lead.getByLabel('E-mailadres').fill(ALDERMAN_EMAIL);
    await lead.getByLabel('Rol in dit programma').selectOption('ADMINISTRATIVE_LEAD');
    await lead.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await announced(lead, /De uitnodiging voor Wendy Wethouder is verstuurd/);
    await lead.locator('[data-testid="invitations-table"]').getByText(ALDERMAN_EMAIL).waitFor();

    let subject = '';
    let id = '';
    await expect
      .poll(
        async () => {
          const list = (await (await fetch(`${launcher.inboxUrl}/api/v1/messages`)).json()) as {
            messages: Array<{ Subject: string; To: Array<{ Address: string }> }>;
          };
          const found = list.messages.find((m) => m.To.some((t) => t.Address === ALDERMAN_EMAIL));
          subject = found?.Subject ?? '';
          id = (found as { ID?: string } | undefined)?.ID ?? '';
          return found !== undefined;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(true);
    expect(subject).toMatch(/uitgenodigd|Uitnodiging/i);
    const message = (await (await fetch(`${launcher.inboxUrl}/api/v1/message/${id}`)).json()) as { Text: string };
    invitationLink = /https?:\/\/\S+\/uitnodiging\?token=[A-Za-z0-9_%-]+/.exec(message.Text)?.[0] ?? '';
    expect(invitationLink).not.toBe('');
    await expectAccessible(lead, 'programmapagina, wethouder uitgenodigd');
    expect(await overflowsHorizontally(lead)).toBe(false);
  }, 90_000);

  it('R1.1: the alderman accepts the invitation and confirms the commitment as the next step; the lead’s page follows live', async () => {
    const alderman = await (await dutchWindow(browser)).newPage();
    collectPageErrors(alderman, errors);
    const link = new URL(invitationLink);
    // The link leads to Keycloak's login first, and back to the invitation.
    await alderman.goto(`${launcher.apiUrl}${link.pathname}${link.search}`);
    if (!alderman.url().startsWith(launcher.keycloakUrl)) {
      await alderman.goto(`${launcher.apiUrl}/auth/login?returnTo=${encodeURIComponent(link.pathname + link.search)}`);
    }
    await alderman.fill('#username', 'wethouder');
    await alderman.fill('#password', 'dev-only-wethouder');
    await Promise.all([
      alderman.waitForURL((url) => url.href.startsWith(launcher.apiUrl)),
      alderman.click('#kc-login'),
    ]);
    await alderman.click('button:has-text("Uitnodiging aannemen")');
    await expect.poll(() => alderman.textContent('main')).toMatch(/U bent nu lid van/);

    await alderman.goto(`${launcher.apiUrl}/programmas/${PROGRAMME}`);
    await alderman.getByRole('heading', { level: 2, name: 'Volgende stap' }).waitFor();
    // P1: the alderman gets the decision, not the project lead's steps.
    expect(
      await alderman.locator('[data-step="commitPartner"], [data-step="designateAdministrativeLead"]').count(),
    ).toBe(0);
    await expectAccessible(alderman, 'programmapagina, wethouder vóór het bevestigen');
    await screenshotAtWidths(alderman, 'programme-alderman-confirm');
    // Members are listed for the alderman too; open invitations only for the project lead (P2).
    expect(await alderman.locator('[data-testid="members-table"]').count()).toBe(1);
    expect(await alderman.getByRole('button', { name: 'Uitnodiging versturen' }).count()).toBe(0);
    await stepForm(alderman, 'confirmCommitment').getByRole('button', { name: 'Commitment bevestigen' }).click();
    await announced(alderman, /Het commitment is bevestigd/);
    await expect
      .poll(
        async () =>
          (await gql<{ programme: { phase: string } }>(alderman, `{ programme(id: "${PROGRAMME}") { phase } }`)).data
            ?.programme.phase,
      )
      .toBe('AGENDA');
    // The project lead's page, untouched, moves on by itself (programmeChanged).
    await lead.locator('li[data-rule="R2.1"]').waitFor({ timeout: 30_000 });
    expect(await lead.locator('[aria-current="step"]').textContent()).toContain('Verbeteragenda');
    await stepForm(lead, 'recordBottleneck').waitFor();
    await expectAccessible(alderman, 'programmapagina, wethouder na het bevestigen');
    await alderman.context().close();
  }, 120_000);

  it('the checklist, members, invitations and timeline on the page equal what the API answers', async () => {
    // Asked again after the last step (the page refreshes on programmeChanged).
    await lead.reload();
    await lead.getByRole('heading', { level: 1, name: 'Programma Amsterdam' }).waitFor();
    const api = await apiProgramme(lead);

    const items = await lead
      .locator('li[data-rule]')
      .evaluateAll((els) =>
        els.map((el) => ({ ruleId: el.getAttribute('data-rule'), done: el.getAttribute('data-done') === 'true' })),
      );
    expect(items).toEqual(api.checklist.map((c) => ({ ruleId: c.ruleId, done: c.done })));
    for (const [i, c] of api.checklist.entries()) {
      expect(await lead.locator('li[data-rule]').nth(i).textContent()).toContain(c.label);
    }

    const memberNames = await lead
      .locator('[data-testid="members-table"] tbody tr td:first-child')
      .evaluateAll((els) => els.map((el) => el.textContent));
    expect(memberNames).toEqual(api.members.map((m) => m.name));
    expect(api.members.map((m) => m.role)).toContain('PROJECT_LEAD');

    const invited = await lead
      .locator('[data-testid="invitations-table"] tbody tr td:nth-child(3)')
      .evaluateAll((els) => els.map((el) => el.textContent));
    expect(invited).toEqual(api.invitations.map((i) => i.email));

    const newestFirst = [...api.timeline].sort((a, b) => b.at.localeCompare(a.at));
    const shown = await lead.locator('[data-testid="timeline"] li').evaluateAll((els) =>
      els.map((el) => ({
        at: el.querySelector('time')?.getAttribute('datetime'),
        summary: el.querySelector('.olievlek-timeline__summary')?.textContent,
        by: el.querySelector('.olievlek-timeline__by')?.textContent ?? '',
      })),
    );
    expect(shown.map(({ at, summary }) => ({ at, summary }))).toEqual(
      newestFirst.slice(0, 25).map(({ at, summary }) => ({ at, summary })),
    );
    // Names from the member directory, no codes in Dutch text; dates in Dutch.
    expect(shown.some((e) => e.by.includes('Pim Projectleider'))).toBe(true);
    expect(shown.map((e) => e.by).join(' ')).not.toMatch(/PROJECT_LEAD|ADMINISTRATIVE_LEAD/);
    const firstDate = await lead.locator('[data-testid="timeline"] li time').first().textContent();
    expect(firstDate).toMatch(
      /januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december/,
    );

    await expectAccessible(lead, 'programmapagina, na de commitmentstappen');
    await screenshotAtWidths(lead, 'programme-commitment-done');
    expect(errors).toEqual([]);
  }, 60_000);
});
