import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingCalendar } from '../libs/domain/src';
import { collectPageErrors, launchChromium } from './support/browser';
import { graphql, Launcher } from './support/launcher';
import { grantOnLauncher, partnerContacts } from './support/scripted-roles';
import { dutchWindow, expectAccessible, screenshotAtWidths, signInToWorkspace } from './support/workspace';

// Issue 15, the programme page's sections as the project lead sees them in Chromium after signing
// in through Keycloak: the practice library (adopting a practice into an action, R2.3), the
// training calendar on the school year of Amsterdam's holiday region (R3.1, R3.3), the quarterly
// indicators with their chart and table, and the mentor a kwartiermaker paired. Every figure on the
// page is compared with what the API answers; axe-core finds nothing at WCAG 2.1 AA; screenshots
// at 1440, 768 and 375 px. The programme gets to each state through the API (a scripted identity
// holding the other people's roles, test/support/scripted-roles.ts), the project lead's own steps
// are taken by clicking.

const P = 'programme-GM0363-1';
const PAGE = `/programmas/${P}`;
const SCRIPT = { sub: 'e2e-sections-amsterdam', role: 'MUNICIPALITY', municipalities: ['GM0363'] };

type Answer<T> = { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

let launcher: Launcher;
let browser: Browser;
let lead: Page;
let script: string;
let kwartiermaker: string;
const errors: string[] = [];

/** A step or question of the scripted identity (local token); fails the test on any error. */
async function api<T = Record<string, unknown>>(query: string, token = script): Promise<T> {
  const answer = await graphql<T>(launcher.apiUrl, query, undefined, { token });
  expect(answer.errors, query).toBeUndefined();
  return answer.data!;
}

/** A question asked with the project lead's own browser session (what the page itself may see). */
function asLead<T>(query: string): Promise<Answer<T>> {
  return lead.evaluate(async (q) => {
    const res = await (globalThis as any).fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q }),
    });
    return res.json();
  }, query) as Promise<Answer<T>>;
}

const nlDate = (date: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(`${date}T12:00:00Z`));

/**
 * The outermost elements reaching past the right edge of a `width` px window (not those inside a
 * table's own scroll box), as `tag.class#id`: empty when the page never scrolls sideways.
 */
function overflowing(page: Page, width: number): Promise<string[]> {
  return page.evaluate((w) => {
    const out: string[] = [];
    for (const el of (globalThis as any).document.querySelectorAll('body *')) {
      if (el.closest('.olievlek-table-scroll') && !el.classList.contains('olievlek-table-scroll')) continue;
      const right = el.getBoundingClientRect().right;
      const parentRight = el.parentElement?.getBoundingClientRect().right ?? 0;
      if (right > w + 1 && parentRight <= w + 1)
        out.push(
          `${el.tagName.toLowerCase()}.${String(el.className).split(' ').join('.')}#${el.id} ${Math.round(right)}px`,
        );
    }
    return out;
  }, width);
}

const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);

/** Opens the programme page afresh and waits for the page's own heading. */
async function openProgramme(page: Page): Promise<void> {
  await page.goto(`${launcher.apiUrl}${PAGE}`);
  await page.getByRole('heading', { level: 1, name: /Amsterdam/ }).waitFor();
}

beforeAll(async () => {
  launcher = await Launcher.onFreePorts({}, { identityProvider: true });
  await launcher.start();
  browser = await launchChromium();
  script = await launcher.token(SCRIPT);
  kwartiermaker = await launcher.token();
}, 420_000);

afterAll(async () => {
  await browser?.close();
  await launcher?.dispose();
});

describe('programme page sections (issue 15)', () => {
  it('the project lead signs in and starts the programme; the commitment phase has none of these sections', async () => {
    lead = await (await dutchWindow(browser)).newPage();
    collectPageErrors(lead, errors);
    await signInToWorkspace(lead, launcher, 'projectleider');
    const started = await asLead<{ startProgramme: { id: string } }>(
      'mutation { startProgramme(municipalityCode: "GM0363") { id } }',
    );
    expect(started.errors).toBeUndefined();
    expect(started.data!.startProgramme.id).toBe(P);
    // Test set-up (P1): one scripted identity holds the other people's roles in this programme.
    await grantOnLauncher(launcher, P, SCRIPT.sub, [
      'PROJECT_LEAD',
      'ADMINISTRATIVE_LEAD',
      ...partnerContacts('Veilig Thuis Amsterdam-Amstelland', 'CARE'),
      ...partnerContacts('Stichting Openbaar Onderwijs', 'EDUCATION'),
    ]);
    await openProgramme(lead);
    await expect.poll(() => lead.locator('section[aria-labelledby="mentor"]').count()).toBe(1);
    for (const id of ['training-calendar', 'indicators', 'practices'])
      expect(await section(lead, id).count(), id).toBe(0);
    await expect.poll(() => section(lead, 'mentor').textContent()).toContain('nog geen mentor');
  }, 300_000);

  it('in the agenda phase the practice library lists what the API lists, filters by theme, and adopts a practice into an action', async () => {
    const p = `programmeId: "${P}"`;
    await api(`mutation { designateAdministrativeLead(${p}, input: {}) { id } }`);
    for (const [organisation, domain] of [
      ['Veilig Thuis Amsterdam-Amstelland', 'CARE'],
      ['Stichting Openbaar Onderwijs', 'EDUCATION'],
      ['Politie Amsterdam', 'JUSTICE'],
    ])
      await api(
        `mutation { commitPartner(${p}, input: { organisation: "${organisation}", domain: ${domain} }) { id } }`,
      );
    await api(`mutation { appointProjectLead(${p}, input: { kind: INTERNAL }) { id } }`);
    await api(`mutation { confirmCommitment(${p}, actingAs: ADMINISTRATIVE_LEAD) { phase } }`);
    for (const domain of ['CARE', 'EDUCATION', 'JUSTICE'])
      await api(
        `mutation { recordBottleneck(${p}, input: { description: "Knelpunt ${domain}", domain: ${domain} }) { id } }`,
      );
    await api(`mutation { selectTheme(${p}, input: { theme: SIGNALLING }) { id } }`);

    const { practices } = await api<{ practices: Array<{ id: string; title: string; theme: string }> }>(
      '{ practices { id title theme } }',
    );
    expect(practices.length).toBeGreaterThan(5);
    await openProgramme(lead);
    const library = section(lead, 'practices');
    await library.getByRole('heading', { level: 2, name: 'Praktijkbibliotheek' }).waitFor();
    expect(await section(lead, 'training-calendar').count()).toBe(0);
    const listed = () =>
      library.locator('li[data-practice]').evaluateAll((els) => els.map((e) => e.getAttribute('data-practice')));
    expect(await listed()).toEqual(practices.map((x) => x.id));
    await expect
      .poll(() => library.getByTestId('practices-count').textContent())
      .toBe(`${practices.length} praktijken van ${practices.length} getoond.`);

    // Filter by theme, in Dutch words.
    await library.getByLabel('Thema', { exact: true }).selectOption('SIGNALLING');
    const signalling = practices.filter((x) => x.theme === 'SIGNALLING');
    expect(signalling.length).toBeGreaterThan(0);
    expect(await listed()).toEqual(signalling.map((x) => x.id));
    expect(await library.getByTestId('practices-count').textContent()).toBe(
      `${signalling.length} ${signalling.length === 1 ? 'praktijk' : 'praktijken'} van ${practices.length} getoond.`,
    );
    expect(await library.textContent()).not.toContain('SIGNALLING');
    await expectAccessible(lead, 'programme sections: agenda, practice library');
    await screenshotAtWidths(lead, 'programme-sections-agenda');
    await lead.setViewportSize({ width: 375, height: 812 });
    await expect.poll(() => overflowing(lead, 375)).toEqual([]);
    await lead.setViewportSize({ width: 1440, height: 900 });

    // Adopt: without an owner organisation the API refuses (R2.3); what was typed stays, nothing is recorded.
    const practice = signalling[0]!;
    const card = library.locator(`li[data-practice="${practice.id}"]`);
    await card.getByRole('button', { name: 'Overnemen als actie' }).click();
    const title = card.getByLabel('Titel van de actie');
    expect(await title.inputValue()).toBe(practice.title);
    await title.fill('Vouwkaart voor alle basisscholen');
    await card.getByRole('button', { name: 'Actie toevoegen' }).click();
    await card.getByRole('alert').first().waitFor();
    expect(await title.inputValue()).toBe('Vouwkaart voor alle basisscholen');
    const before = await api<{ programme: { agenda: { actions: unknown[] } } }>(
      `{ programme(id: "${P}") { agenda { actions { id } } } }`,
    );
    expect(before.programme.agenda.actions).toHaveLength(0);
    await expectAccessible(lead, 'programme sections: practice adoption refused');

    await card.getByLabel('Trekkende organisatie').fill('Veilig Thuis Amsterdam-Amstelland');
    await card.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect.poll(() => card.textContent(), { timeout: 15_000 }).toContain('Overgenomen in de actie');
    const after = await api<{
      programme: {
        agenda: { actions: Array<{ title: string; practiceId: string | null; ownerOrganisation: string }> };
      };
    }>(`{ programme(id: "${P}") { agenda { actions { title practiceId ownerOrganisation } } } }`);
    expect(after.programme.agenda.actions).toEqual([
      {
        title: 'Vouwkaart voor alle basisscholen',
        practiceId: practice.id,
        ownerOrganisation: 'Veilig Thuis Amsterdam-Amstelland',
      },
    ]);
    expect(await card.textContent()).toContain('Overgenomen in de actie “Vouwkaart voor alle basisscholen”.');
    // A practice on a theme the agenda has not chosen cannot be adopted here (R2.3).
    await library.getByLabel('Thema', { exact: true }).selectOption('PREVENTION');
    const prevention = library.locator('li[data-practice]').first();
    expect(await prevention.textContent()).toContain('moet het thema');
    expect(await prevention.getByRole('button', { name: 'Overnemen als actie' }).count()).toBe(0);
  }, 180_000);

  it('in execution: the training calendar, the indicators (one reported by form) and the mentor equal what the API says', async () => {
    const p = `programmeId: "${P}"`;
    // R3.1: EXPERTISE with an action aimed at schools makes the training track due.
    await api(`mutation { selectTheme(${p}, input: { theme: EXPERTISE }) { id } }`);
    await api(
      `mutation { addAction(${p}, input: { title: "Scholing leerkrachten", theme: EXPERTISE, ownerOrganisation: "Stichting Openbaar Onderwijs", aimedAtSchools: true }) { id } }`,
    );
    for (const organisation of ['Veilig Thuis Amsterdam-Amstelland', 'Stichting Openbaar Onderwijs'])
      for (const level of ['PROFESSIONAL', 'MANAGEMENT'])
        await api(
          `mutation { confirmSupport(${p}, input: { organisation: "${organisation}", level: ${level} }) { id } }`,
        );
    expect(await api(`mutation { adoptAgenda(${p}, actingAs: ADMINISTRATIVE_LEAD) { phase } }`)).toEqual({
      adoptAgenda: { phase: 'EXECUTION' },
    });
    await api(
      `mutation { reportIndicators(${p}, input: { period: "2025-Q4", repeatReports: 12, professionalsTrained: 140, schoolsReached: 6 }) { id } }`,
    );
    await api(
      `mutation { recordMentorPairing(${p}, input: { mentorMunicipalityCode: "GM0917", note: "Dezelfde aanpak op basisscholen" }) { id } }`,
      kwartiermaker,
    );

    type Calendar = {
      targetYear: number;
      schoolYear: { firstDay: string; lastDay: string; provisional: boolean };
      deadlines: Array<{ kind: string; date: string; actsAt: string }>;
      holidays: Array<{
        kind: string;
        from: string;
        to: string;
        advisory: boolean;
        provisional: boolean;
        schoolYear: number;
      }>;
      holidaysPublished: boolean;
      sessions: Array<{ id: string; date: string; title: string }>;
    };
    const seen = await asLead<{
      programme: {
        municipality: { schoolHolidayRegion: string };
        settings: { calendarCutoff: string };
        trainingCalendar: Calendar;
      };
    }>(
      `{ programme(id: "${P}") { municipality { schoolHolidayRegion } settings { calendarCutoff }
         trainingCalendar { targetYear schoolYear { firstDay lastDay provisional } deadlines { kind date actsAt }
           holidays { kind schoolYear from to advisory provisional } holidaysPublished sessions { id date title } } } }`,
    );
    expect(seen.errors).toBeUndefined();
    const { trainingCalendar: calendar, municipality, settings } = seen.data!.programme;
    // The API says what the domain says (R3.1, R3.3) for Amsterdam's region (noord).
    expect(municipality.schoolHolidayRegion).toBe('NOORD');
    const domain = trainingCalendar('noord', calendar.targetYear, settings.calendarCutoff);
    expect(calendar.deadlines).toEqual(
      domain.deadlines.map((d) => ({ kind: d.kind, date: d.date, actsAt: new Date(d.actsAtMs).toISOString() })),
    );
    expect(calendar.holidays.map((h) => [h.kind, h.from, h.to])).toEqual(
      domain.holidays.map((h) => [h.kind, h.from, h.to]),
    );
    expect(calendar.schoolYear).toEqual({
      firstDay: domain.schoolYear.firstDay,
      lastDay: domain.schoolYear.lastDay,
      provisional: domain.schoolYear.provisional,
    });

    await openProgramme(lead);
    const cal = section(lead, 'training-calendar');
    await cal.getByRole('heading', { level: 2, name: 'Scholingskalender' }).waitFor();
    expect(await cal.getByTestId('calendar-school-year').textContent()).toContain(
      `Schooljaar ${calendar.targetYear}/${calendar.targetYear + 1} in vakantieregio Noord: van ${nlDate(calendar.schoolYear.firstDay)} tot en met ${nlDate(calendar.schoolYear.lastDay)}.`,
    );
    await cal.getByText('Alle data als tabel').click();
    const rows = await cal.locator('tr[data-kind]').evaluateAll((trs) =>
      trs.map((tr) => ({
        kind: tr.getAttribute('data-kind'),
        date: tr.getAttribute('data-date'),
        to: tr.getAttribute('data-to'),
        when: tr.querySelector('td')?.textContent,
      })),
    );
    const expected = [
      ...calendar.deadlines.map((d) => ({ kind: 'deadline', date: d.date, to: null, when: nlDate(d.date) })),
      ...calendar.holidays.map((h) => ({
        kind: 'holiday',
        date: h.from,
        to: h.to,
        when: `${nlDate(h.from)} t/m ${nlDate(h.to)}`,
      })),
      ...calendar.sessions.map((s) => ({ kind: 'session', date: s.date, to: null, when: nlDate(s.date) })),
    ];
    const byDate = (a: { date: string | null; kind: string | null }, b: { date: string | null; kind: string | null }) =>
      `${a.date}${a.kind}`.localeCompare(`${b.date}${b.kind}`);
    expect([...rows].sort(byDate)).toEqual([...expected].sort(byDate));
    // The deadlines in words: 1 February, the end of February and 31 May (R3.1).
    const deadlineRows = await cal.locator('tr[data-kind="deadline"]').allTextContents();
    expect(deadlineRows.join('\n')).toContain(`${nlDate(`${calendar.targetYear}-02-01`)}`);
    expect(deadlineRows.join('\n')).toContain('31 mei');
    expect(await cal.textContent()).toContain(
      calendar.sessions.length === 0 ? 'Nog geen bijeenkomsten gepland.' : `${calendar.sessions.length} bijeenkomst`,
    );
    // The month grid runs from January of the target year (or an earlier entry's month: the
    // Christmas holiday into January) and shows every entry of the table.
    const months = await cal
      .locator('li[data-month]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-month')));
    expect(months[0]).toBe([`${calendar.targetYear}-01`, ...expected.map((e) => e.date.slice(0, 7))].sort()[0]);
    expect(months).toContain(`${calendar.targetYear}-05`);
    expect(await cal.locator('li.olievlek-calendar__entry').count()).toBe(expected.length);

    // Indicators: the project lead reports last quarter by form; the table equals the API's reports.
    const indicators = section(lead, 'indicators');
    await indicators.getByRole('heading', { level: 2, name: 'Indicatoren per kwartaal' }).waitFor();
    const period = await indicators.getByLabel('Kwartaal', { exact: true }).inputValue();
    expect(period).toMatch(/^\d{4}-Q[1-4]$/);
    // A negative count is refused with the API's Dutch sentence; what was typed stays, nothing is recorded.
    await indicators.getByLabel('Bereikte scholen').fill('-3');
    await indicators.getByRole('button', { name: 'Indicatoren vastleggen' }).click();
    await indicators.getByRole('alert').first().waitFor();
    expect(await indicators.getByRole('alert').first().textContent()).toContain('bereikte scholen');
    expect(await indicators.getByLabel('Bereikte scholen').inputValue()).toBe('-3');
    const refused = await api<{ programme: { indicators: unknown[] } }>(
      `{ programme(id: "${P}") { indicators { period } } }`,
    );
    expect(refused.programme.indicators).toHaveLength(1);
    await indicators.getByLabel('Bereikte scholen').fill('');
    await indicators.getByLabel('Hermeldingen bij Veilig Thuis').fill('9');
    await indicators.getByLabel('Getrainde professionals').fill('1250');
    await indicators.getByRole('button', { name: 'Indicatoren vastleggen' }).click();
    // The page says so in its status region, or the form shows the refusal (which would fail here).
    const outcome = lead.getByText(/zijn vastgelegd\.$/).or(indicators.getByRole('alert'));
    await outcome.first().waitFor({ timeout: 15_000 });
    expect(await indicators.getByRole('alert').count(), (await indicators.textContent()) ?? undefined).toBe(0);
    await expect
      .poll(() => indicators.locator('tr[data-period]').count(), { timeout: 15_000, message: 'rows after reporting' })
      .toBe(2);
    const reported = await api<{
      programme: {
        indicators: Array<{
          period: string;
          repeatReports: number | null;
          professionalsTrained: number | null;
          schoolsReached: number | null;
        }>;
      };
    }>(`{ programme(id: "${P}") { indicators { period repeatReports professionalsTrained schoolsReached } } }`);
    expect(reported.programme.indicators.find((r) => r.period === period)).toEqual({
      period,
      repeatReports: 9,
      professionalsTrained: 1250,
      schoolsReached: null,
    });
    const figure = (v: number | null) => (v === null ? '—niet opgegeven' : new Intl.NumberFormat('nl-NL').format(v));
    const table = await indicators.locator('tr[data-period]').evaluateAll((trs) =>
      trs.map((tr) => ({
        period: tr.getAttribute('data-period'),
        repeatReports: tr.querySelector('[data-figure="repeatReports"]')?.textContent,
        professionalsTrained: tr.querySelector('[data-figure="professionalsTrained"]')?.textContent,
        schoolsReached: tr.querySelector('[data-figure="schoolsReached"]')?.textContent,
      })),
    );
    expect(table).toEqual(
      [...reported.programme.indicators]
        .sort((a, b) => a.period.localeCompare(b.period))
        .map((r) => ({
          period: r.period,
          repeatReports: figure(r.repeatReports),
          professionalsTrained: figure(r.professionalsTrained),
          schoolsReached: figure(r.schoolsReached),
        })),
    );
    expect(table.find((r) => r.period === period)?.professionalsTrained).toBe('1.250');
    // The chart (Chart.js, its own chunk) is drawn, with the table as its alternative.
    await indicators.locator('canvas[role="img"]').waitFor();
    await expect.poll(() => indicators.textContent()).not.toContain('De grafiek wordt geladen');
    // The quarter just reported is no longer offered.
    expect(
      await indicators
        .getByLabel('Kwartaal', { exact: true })
        .locator('option')
        .evaluateAll((os) => os.map((o) => o.getAttribute('value'))),
    ).not.toContain(period);

    // Mentor: what the kwartiermaker paired.
    const { programme } = await api<{
      programme: {
        mentor: {
          name: string;
          municipalityCode: string;
          kind: string;
          note: string;
          pairedAt: string;
          by: { name: string | null };
        };
      };
    }>(`{ programme(id: "${P}") { mentor { name municipalityCode kind note pairedAt by { name } } } }`);
    const mentor = section(lead, 'mentor');
    const fact = (field: string) => mentor.locator(`[data-field="${field}"]`).textContent();
    await expect.poll(() => fact('name')).toBe(programme.mentor.name);
    expect(await fact('municipalityCode')).toBe('GM0917');
    expect(await fact('kind')).toBe(
      programme.mentor.kind === 'PIONEER'
        ? 'Een van de zes Collectieven (2015–2016)'
        : 'Een gemeente waarvan het programma de borging afrondde',
    );
    expect(await fact('note')).toBe('Dezelfde aanpak op basisscholen');
    expect(await fact('pairedAt')).toBe(
      new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(
        new Date(programme.mentor.pairedAt),
      ),
    );
    // Suggestions are the kwartiermakers' (the project lead sees none).
    expect(await mentor.getByRole('table').count()).toBe(0);

    await expectAccessible(lead, 'programme sections: execution');
    await screenshotAtWidths(lead, 'programme-sections-execution');
    // At 375 px the page itself never scrolls sideways (wide tables scroll in their own box).
    await lead.setViewportSize({ width: 375, height: 812 });
    await expect.poll(() => overflowing(lead, 375)).toEqual([]);
    await lead.setViewportSize({ width: 1440, height: 900 });
  }, 180_000);

  it('a kwartiermaker sees the mentor suggestions the API gives', async () => {
    const page = await (await dutchWindow(browser)).newPage();
    collectPageErrors(page, errors);
    await signInToWorkspace(page, launcher, 'kwartiermaker', PAGE);
    const { mentorSuggestions } = await api<{
      mentorSuggestions: Array<{ name: string; municipalityCode: string; sameRegion: boolean }>;
    }>(`{ mentorSuggestions(programmeId: "${P}", first: 5) { name municipalityCode sameRegion } }`, kwartiermaker);
    const mentor = section(page, 'mentor');
    await mentor.getByRole('table').waitFor();
    const rows = await mentor.locator('tr[data-municipality]').evaluateAll((trs) =>
      trs.map((tr) => ({
        code: tr.getAttribute('data-municipality'),
        region: tr.querySelectorAll('td')[1]?.textContent,
      })),
    );
    expect(rows).toEqual(
      mentorSuggestions.map((s) => ({ code: s.municipalityCode, region: s.sameRegion ? 'ja' : 'nee' })),
    );
    await expectAccessible(page, 'programme sections: mentor suggestions (kwartiermaker)');
    await page.close();
  }, 180_000);

  it('the pages raised no errors in the browser', () => {
    expect(errors).toEqual([]);
  });
});
