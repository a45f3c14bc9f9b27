import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium } from './support/browser';
import { graphql, Launcher } from './support/launcher';
import { grantRoles } from './support/members';
import { BOTTLENECKS, CARE_ORG, checkPage, phaseIs, read } from './support/walk';
import { dutchWindow, signInToWorkspace } from './support/workspace';

// Issue 15, "Programma starten" for a programme that ran before Olievlek (docs/rules.md "Programmes
// that began before Olievlek", libs/domain/src/lifecycle/past-phases.ts): the project lead gives the
// start date, chooses the phase the programme is really in and gets a date field per earlier phase.
// Dates out of order are refused beside the field concerned, with nothing typed lost and nothing
// started; once right, the programme starts, and when its catch-up steps complete COMMITMENT and
// AGENDA the stepper and the timeline show the declared days, as the API answers them.

const PROGRAMME = 'programme-GM0363-1';
const PREFIX = 'start-past-phases';
const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const now = Date.now();
const STARTED_ON = isoDay(now - 3 * 365 * DAY);
const COMMITMENT_ENDED = isoDay(now - 2 * 365 * DAY);
const AGENDA_ENDED = isoDay(now - 365 * DAY);
const AGENDA_TOO_EARLY = isoDay(now - 2 * 365 * DAY - 60 * DAY);
/** How the stepper writes a day: medium style, Dutch, in Amsterdam. */
const dutchDay = (instant: string | number) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' }).format(new Date(instant));

/** How the timeline and the refusals write a day: in words, Dutch. */
const inWords = (day: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(
    new Date(`${day}T12:00:00Z`),
  );

let launcher: Launcher;
let browser: Browser;
let lead: Page;
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

const field = (id: string) => lead.locator(`#start-${id}`);

describe('Programma starten with the phases completed before Olievlek (issue 15)', () => {
  it('offers a date per earlier phase once a start date is given, in order from Commitment', async () => {
    lead = await (await dutchWindow(browser)).newPage();
    collectPageErrors(lead, errors);
    await signInToWorkspace(lead, launcher, 'projectleider', '/programmas/nieuw');
    await lead.getByRole('heading', { level: 1, name: 'Programma starten' }).waitFor();
    const past = lead.getByRole('group', { name: 'Eerder afgeronde fasen' });
    expect(await past.count()).toBe(0);

    await lead.getByLabel(/Startdatum/).fill(STARTED_ON);
    await past.waitFor();
    const reached = past.getByLabel('Fase waarin het programma nu zit');
    expect(await reached.inputValue()).toBe('COMMITMENT');
    expect(await past.getByLabel(/^Einde van de fase/).count()).toBe(0);
    await reached.selectOption('CONTINUATION');
    expect(await past.getByLabel(/^Einde van de fase/).evaluateAll((els) => els.map((e) => e.id))).toEqual([
      'start-pastPhase-COMMITMENT',
      'start-pastPhase-AGENDA',
      'start-pastPhase-EXECUTION',
      'start-pastPhase-EMBEDDING',
    ]);
    await reached.selectOption('EXECUTION');
    await expect
      .poll(() => past.getByLabel(/^Einde van de fase/).evaluateAll((els) => els.map((e) => e.id)))
      .toEqual(['start-pastPhase-COMMITMENT', 'start-pastPhase-AGENDA']);
    await past.getByLabel('Einde van de fase Commitment').fill(COMMITMENT_ENDED);
    await past.getByLabel('Einde van de fase Verbeteragenda').fill(AGENDA_TOO_EARLY);
    await checkPage(lead, PREFIX, 'start', 'ingevuld');
  }, 180_000);

  it('refuses an agenda that ended before the commitment beside its field, keeps every date and starts nothing', async () => {
    await lead.getByRole('button', { name: 'Programma starten' }).click();
    const agenda = field('pastPhase-AGENDA');
    await expect.poll(() => agenda.getAttribute('aria-invalid')).toBe('true');
    const sentence = await field('pastPhase-AGENDA-error').textContent();
    expect(sentence).toContain('Het einde van de fase Verbeteragenda ligt vóór het einde van de fase Commitment');
    expect(sentence).toContain(`(${inWords(COMMITMENT_ENDED)})`);
    expect(sentence).not.toContain('pastPhases');
    expect(await agenda.getAttribute('aria-describedby')).toContain('start-pastPhase-AGENDA-error');
    expect(await field('pastPhase-COMMITMENT').getAttribute('aria-invalid')).toBeNull();
    // The error summary takes the focus and links to the field.
    await expect
      .poll(() => lead.evaluate(() => (globalThis as any).document.activeElement?.className ?? ''))
      .toContain('olievlek-form__summary');
    expect(await lead.locator('.olievlek-form__summary a[href="#start-pastPhase-AGENDA"]').count()).toBe(1);
    // Nothing typed is lost.
    expect(await lead.getByLabel(/Startdatum/).inputValue()).toBe(STARTED_ON);
    expect(await field('reachedPhase').inputValue()).toBe('EXECUTION');
    expect(await field('pastPhase-COMMITMENT').inputValue()).toBe(COMMITMENT_ENDED);
    expect(await agenda.inputValue()).toBe(AGENDA_TOO_EARLY);
    // Nothing started: the project lead is member of no programme.
    expect(
      (await read<{ me: { memberships: unknown[] } }>(lead, '{ me { memberships { programmeId } } }')).me.memberships,
    ).toEqual([]);
    await checkPage(lead, PREFIX, 'start', 'geweigerd');
  }, 120_000);

  it('starts the programme once the dates ascend; the catch-up steps date COMMITMENT and AGENDA back to the declared days', async () => {
    await field('pastPhase-AGENDA').fill(AGENDA_ENDED);
    await lead.getByRole('button', { name: 'Programma starten' }).click();
    await lead.waitForURL((url) => url.pathname === `/programmas/${PROGRAMME}`);
    await phaseIs(lead, PROGRAMME, 'COMMITMENT');

    // Set-up through the API (the steps' own pages are the walks' subject): the project lead takes
    // theirs in their session, the alderman's and Veilig Thuis's steps come from scripted identities.
    const database = join(launcher.dataDir, 'olievlek.sqlite');
    await grantRoles(database, PROGRAMME, 'scripted-alderman', ['ADMINISTRATIVE_LEAD']);
    await grantRoles(database, PROGRAMME, 'scripted-partner', [
      { role: 'PARTNER_CONTACT', organisation: CARE_ORG, domain: 'CARE', level: 'PROFESSIONAL' },
      { role: 'PARTNER_CONTACT', organisation: CARE_ORG, domain: 'CARE', level: 'MANAGEMENT' },
    ]);
    const alderman = await launcher.token({ sub: 'scripted-alderman' });
    const partner = await launcher.token({ sub: 'scripted-partner' });
    const p = `programmeId: "${PROGRAMME}"`;
    const asLead = (step: string) => read(lead, `mutation { ${step} { version } }`);
    const as = async (token: string, step: string) => {
      const res = await graphql(launcher.apiUrl, `mutation { ${step} { version } }`, undefined, { token });
      expect(res.errors, `${step}: ${JSON.stringify(res.errors)}`).toBeUndefined();
    };
    await asLead(`designateAdministrativeLead(${p}, input: { name: "Wendy Wethouder" })`);
    await asLead(`commitPartner(${p}, input: { organisation: "${CARE_ORG}", domain: CARE })`);
    await asLead(`commitPartner(${p}, input: { organisation: "Stichting Openbaar Onderwijs", domain: EDUCATION })`);
    await asLead(`commitPartner(${p}, input: { organisation: "Politie Amsterdam", domain: JUSTICE })`);
    await asLead(`appointProjectLead(${p}, input: { kind: INTERNAL })`);
    await as(alderman, `confirmCommitment(${p})`);
    await phaseIs(lead, PROGRAMME, 'AGENDA');
    for (const b of BOTTLENECKS) {
      await asLead(`recordBottleneck(${p}, input: { description: "${b.description}", domain: ${b.domain} })`);
    }
    await asLead(`selectTheme(${p}, input: { theme: COLLABORATION })`);
    await asLead(
      `addAction(${p}, input: { title: "Zorg-strafoverleg", theme: COLLABORATION, ownerOrganisation: "${CARE_ORG}" })`,
    );
    for (const level of ['PROFESSIONAL', 'MANAGEMENT']) {
      await as(partner, `confirmSupport(${p}, input: { organisation: "${CARE_ORG}", level: ${level} })`);
    }
    await as(alderman, `adoptAgenda(${p})`);
    await phaseIs(lead, PROGRAMME, 'EXECUTION');

    const api = (
      await read<{
        programme: {
          phaseHistory: Array<{ phase: string; enteredAt: string }>;
          timeline: Array<{ event: string; summary: string }>;
        };
      }>(lead, `{ programme(id: "${PROGRAMME}") { phaseHistory { phase enteredAt } timeline { event summary } } }`)
    ).programme;
    // The API dates each move back to 00:00 in Amsterdam of the declared day.
    const entered = Object.fromEntries(api.phaseHistory.map((s) => [s.phase, s.enteredAt]));
    expect(dutchDay(entered['AGENDA']!)).toBe(dutchDay(`${COMMITMENT_ENDED}T12:00:00Z`));
    expect(dutchDay(entered['EXECUTION']!)).toBe(dutchDay(`${AGENDA_ENDED}T12:00:00Z`));

    await lead.reload();
    await lead.getByRole('heading', { level: 1, name: 'Programma Amsterdam' }).waitFor();
    const stepper = lead.getByRole('navigation', { name: 'Fasen van het programma' });
    for (const [phase, label] of [
      ['COMMITMENT', 'Commitment'],
      ['AGENDA', 'Verbeteragenda'],
      ['EXECUTION', 'Uitvoering'],
    ] as const) {
      const item = stepper.locator('li').filter({ hasText: label });
      await expect.poll(() => item.textContent()).toContain(dutchDay(entered[phase]!));
    }
    // The timeline says, in words, which declared day each move was dated back to.
    const datedBack = api.timeline.filter((e) => e.event === 'phaseDatedBack').map((e) => e.summary);
    expect(datedBack).toHaveLength(2);
    const showAll = lead.getByRole('button', { name: /^Toon alle/ });
    if ((await showAll.count()) > 0) await showAll.click();
    const shown = await lead.locator('[data-event="phaseDatedBack"] .olievlek-timeline__summary').allTextContents();
    expect([...shown].sort()).toEqual([...datedBack].sort());
    expect(shown.some((s) => s.includes(`de fase Commitment op ${inWords(COMMITMENT_ENDED)}`))).toBe(true);
    expect(shown.some((s) => s.includes(`de fase Verbeteragenda op ${inWords(AGENDA_ENDED)}`))).toBe(true);
    await checkPage(lead, PREFIX, 'execution', 'programma');
    expect(errors).toEqual([]);
  }, 240_000);
});
