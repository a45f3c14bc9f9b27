import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addIsoDays, amsterdamDate, calendarEventsOf, type ProgrammeState } from '../libs/domain/src';
import { parseFeed, type ParsedEvent } from './support/ical-feed';
import { graphql, Launcher } from './support/launcher';
import { grantOnLauncher, partnerContacts } from './support/scripted-roles';
import { cliQueryResult } from './support/cli-payload';

// Calendar feeds (issue 16) through the running product: a member creates a feed, a calendar
// client fetches its secret URL without any sign-in and reads it with a calendar library (ical.js);
// its events are the programme's deadlines and sessions. Revoking it, or the owner's membership
// ending, answers 404 at once; another municipality's person cannot make one (NOT_FOUND).

const P = 'programme-GM0344-1'; // Utrecht
const PEOPLE = {
  lead: { sub: 'utrecht-projectleider', role: 'MUNICIPALITY', municipalities: ['GM0344'] },
  alderman: { sub: 'utrecht-wethouder' },
  care: { sub: 'veilig-thuis-utrecht' },
  schools: { sub: 'stichting-onderwijs-utrecht' },
  // Staff of the same municipality without a role in the programme: sees it by the token's claim.
  colleague: { sub: 'utrecht-collega', role: 'MUNICIPALITY', municipalities: ['GM0344'] },
  groningen: { sub: 'groningen-projectleider', role: 'MUNICIPALITY', municipalities: ['GM0014'] },
} as const;
type Who = keyof typeof PEOPLE;

let launcher: Launcher;
const tokens = {} as Record<Who, string>;

const gql = async <T = Record<string, unknown>>(who: Who, query: string) => {
  const res = await graphql<T>(launcher.apiUrl, query, undefined, { token: tokens[who] });
  return res as typeof res & { errors?: Array<{ message: string; extensions?: { code?: string } }> };
};
const step = async (who: Who, mutation: string) => {
  const res = await gql(who, `mutation { ${mutation} }`);
  expect(res.errors, mutation).toBeUndefined();
};

/** The programme's state as its workflow answers it (authoritative), once the read model has it too. */
async function settledState(): Promise<ProgrammeState> {
  for (let attempt = 0; ; attempt++) {
    const stdout = execFileSync(
      process.env.OLIEVLEK_TEMPORAL_CLI as string,
      [
        'workflow',
        'query',
        '--name',
        'getProgrammeState',
        '-w',
        P,
        '-o',
        'json',
        '--address',
        launcher.temporalAddress,
      ],
      { encoding: 'utf8' },
    );
    const state = cliQueryResult<ProgrammeState>((JSON.parse(stdout) as { queryResult: unknown }).queryResult);
    const read = await gql<{ programme: { version: number } }>('lead', `{ programme(id: "${P}") { version } }`);
    if (read.data?.programme.version === state.version) return state;
    if (attempt > 100) throw new Error('the read model does not catch up');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const fetchFeed = (url: string) => fetch(url, { headers: { accept: 'text/calendar' } });

// iCalendar times have whole seconds.
const toSecond = (iso: string) => new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString();

/** What a calendar client should read for these events. */
const expected = (state: ProgrammeState, prefix = '') =>
  calendarEventsOf(state).map((e) => ({
    uid: `${e.uid}@127.0.0.1`,
    summary: `${prefix}${e.summary}`,
    url: `${launcher.apiUrl}/programmas/${P}`,
    ...(e.allDay ? { date: e.date } : { at: toSecond(e.at) }),
  }));
const seen = (events: ParsedEvent[]) =>
  events.map((e) => ({ uid: e.uid, summary: e.summary, url: e.url, ...(e.date ? { date: e.date } : { at: e.at }) }));

beforeAll(async () => {
  launcher = await Launcher.onFreePorts();
  await launcher.start();
  for (const [who, claims] of Object.entries(PEOPLE)) tokens[who as Who] = await launcher.token({ ...claims });
  await step('lead', `startProgramme(municipalityCode: "GM0344") { id }`);
  // P1: the alderman and each partner organisation's contacts hold their roles (test set-up).
  await grantOnLauncher(launcher, P, PEOPLE.alderman.sub, ['ADMINISTRATIVE_LEAD']);
  await grantOnLauncher(launcher, P, PEOPLE.care.sub, partnerContacts('Veilig Thuis', 'CARE'));
  await grantOnLauncher(launcher, P, PEOPLE.schools.sub, partnerContacts('Stichting Onderwijs', 'EDUCATION'));
  const p = `programmeId: "${P}"`;
  await step('lead', `designateAdministrativeLead(${p}, input: {}) { id }`);
  for (const [organisation, domain] of [
    ['Veilig Thuis', 'CARE'],
    ['Stichting Onderwijs', 'EDUCATION'],
    ['Politie', 'JUSTICE'],
  ])
    await step('lead', `commitPartner(${p}, input: { organisation: "${organisation}", domain: ${domain} }) { id }`);
  await step('lead', `appointProjectLead(${p}, input: { kind: INTERNAL }) { id }`);
  await step('alderman', `confirmCommitment(${p}) { id }`);
  for (const domain of ['CARE', 'EDUCATION', 'JUSTICE'])
    await step(
      'lead',
      `recordBottleneck(${p}, input: { description: "Knelpunt ${domain}", domain: ${domain} }) { id }`,
    );
  await step('lead', `selectTheme(${p}, input: { theme: COLLABORATION }) { id }`);
  await step(
    'lead',
    `addAction(${p}, input: { title: "Zorg-straf-overleg", theme: COLLABORATION, ownerOrganisation: "Veilig Thuis" }) { id }`,
  );
  // R3.1: the EXPERTISE theme and an action aimed at schools make the training track due.
  await step('lead', `selectTheme(${p}, input: { theme: EXPERTISE }) { id }`);
  await step(
    'lead',
    `addAction(${p}, input: { title: "Scholing leerkrachten", theme: EXPERTISE, ownerOrganisation: "Stichting Onderwijs", aimedAtSchools: true }) { id }`,
  );
  for (const level of ['PROFESSIONAL', 'MANAGEMENT']) {
    await step('care', `confirmSupport(${p}, input: { organisation: "Veilig Thuis", level: ${level} }) { id }`);
    await step(
      'schools',
      `confirmSupport(${p}, input: { organisation: "Stichting Onderwijs", level: ${level} }) { id }`,
    );
  }
  await step('alderman', `adoptAgenda(${p}) { id }`);
}, 300_000);

afterAll(async () => {
  await launcher?.dispose();
});

type Created = { createCalendarFeed: { id: string; url: string; feed: { scope: string; programmeId: string | null } } };

describe('a programme feed (issue 16)', () => {
  let feed: Created['createCalendarFeed'];

  it('is made by a member; its secret URL is shown once', async () => {
    const res = await gql<Created>(
      'lead',
      `mutation { createCalendarFeed(programmeId: "${P}") { id url feed { scope programmeId } } }`,
    );
    expect(res.errors).toBeUndefined();
    feed = res.data!.createCalendarFeed;
    expect(feed.url).toMatch(new RegExp(`^${launcher.apiUrl}/agenda/[A-Za-z0-9_-]{43}\\.ics$`));
    expect(feed.feed).toEqual({ scope: 'PROGRAMME', programmeId: P });
  });

  it("is served without sign-in as iCalendar whose events are the programme's deadlines and sessions", async () => {
    const state = await settledState();
    const res = await fetchFeed(feed.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const parsed = parseFeed(await res.text());
    expect(parsed.name).toBe('Olievlek – Utrecht');
    expect(parsed.timezones).toEqual(['Europe/Amsterdam']);
    expect(seen(parsed.events)).toEqual(expected(state));

    // And those are the programme's own dates, as the API shows them.
    const programme = await gql<{
      programme: {
        nextDeadlineAt: string;
        escalations: Array<{ status: string; dueAt: string }>;
        training: {
          targetYear: number;
          deadlines: Record<
            'windowOpensAt' | 'notStartedEscalationAt' | 'schoolYearMissedAt' | 'calendarCutoffAt',
            string
          >;
          sessions: Array<{ date: string; title: string }>;
        };
      };
    }>(
      'lead',
      `{ programme(id: "${P}") { nextDeadlineAt escalations { status dueAt }
         training { targetYear deadlines { windowOpensAt notStartedEscalationAt schoolYearMissedAt calendarCutoffAt } sessions { date title } } } }`,
    );
    const { nextDeadlineAt, escalations, training } = programme.data!.programme;
    const day = (iso: string, shift = 0) => addIsoDays(amsterdamDate(Date.parse(iso)), shift);
    // R3.1: 1 January, 1 February, the last day of February, the calendar cut-off (31 May).
    const y = training.targetYear;
    expect(parsed.events.filter((e) => e.uid.includes(`/school-year-${y}/`)).map((e) => e.date)).toEqual([
      day(training.deadlines.windowOpensAt),
      day(training.deadlines.notStartedEscalationAt),
      day(training.deadlines.schoolYearMissedAt, -1),
      day(training.deadlines.calendarCutoffAt, -1),
    ]);
    expect(parsed.events.filter((e) => e.uid.includes(`/school-year-${y}/`)).map((e) => e.date)).toEqual([
      `${y}-01-01`,
      `${y}-02-01`,
      `${y}-02-${y % 4 === 0 ? 29 : 28}`,
      `${y}-05-31`,
    ]);
    // The next deadline the workflow sleeps until is in it, as a moment or as its day.
    const starts = parsed.events.map((e) => e.at ?? e.date);
    expect(starts.includes(toSecond(nextDeadlineAt)) || starts.includes(day(nextDeadlineAt))).toBe(true);
    // Open escalations at their deadline, and every planned session on its day.
    for (const e of escalations.filter((x) => x.status === 'OPEN')) expect(starts).toContain(toSecond(e.dueAt));
    expect(parsed.events.filter((e) => e.summary.startsWith('Scholingsbijeenkomst')).map((e) => e.date)).toEqual(
      training.sessions.map((s) => s.date),
    );
    // Stall levels: one per running step clock (both actions of the adopted agenda).
    expect(parsed.events.filter((e) => e.uid.includes('/stall/')).length).toBeGreaterThanOrEqual(2);
    expect(parsed.events.every((e) => !/\b[A-Z]{2,}_[A-Z_]+\b/.test(e.summary))).toBe(true);
  });

  it('is listed for its owner without its token, with when it was last used', async () => {
    const res = await gql<{ calendarFeeds: Array<Record<string, unknown>> }>(
      'lead',
      `{ calendarFeeds { id scope programmeId createdAt revokedAt lastUsedAt } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.calendarFeeds).toEqual([
      expect.objectContaining({ id: feed.id, scope: 'PROGRAMME', programmeId: P, revokedAt: null }),
    ]);
    expect(res.data!.calendarFeeds[0]!.lastUsedAt).toEqual(expect.any(String));
    expect(JSON.stringify(res.data)).not.toContain(feed.url.split('/agenda/')[1]!.replace('.ics', ''));
  });

  it('cannot be revoked by someone else (NOT_FOUND); revoked by its owner, its URL answers 404 at once', async () => {
    const other = await gql('alderman', `mutation { revokeCalendarFeed(id: "${feed.id}") { id } }`);
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await fetchFeed(feed.url)).status).toBe(200);

    const res = await gql<{ revokeCalendarFeed: { revokedAt: string } }>(
      'lead',
      `mutation { revokeCalendarFeed(id: "${feed.id}") { revokedAt } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.revokeCalendarFeed.revokedAt).toEqual(expect.any(String));
    const gone = await fetchFeed(feed.url);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('cache-control')).toBe('private, no-store');
    expect(await gone.text()).toContain('Deze agenda bestaat niet (meer)');
  });

  it('answers 404 for a made-up or malformed token alike', async () => {
    for (const path of [`/agenda/${'A'.repeat(43)}.ics`, '/agenda/kort.ics', `/agenda/${'A'.repeat(43)}`])
      expect((await fetch(`${launcher.apiUrl}${path}`)).status, path).toBe(404);
  });
});

describe('who may have a feed', () => {
  it("another municipality's person cannot create one: NOT_FOUND, as for a missing programme", async () => {
    const res = await gql('groningen', `mutation { createCalendarFeed(programmeId: "${P}") { id url } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.data).toBeNull();
  });

  it('a colleague who sees the programme only by the token, without a role in it, is FORBIDDEN', async () => {
    const res = await gql('colleague', `mutation { createCalendarFeed(programmeId: "${P}") { id url } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("a person's own feed holds every programme they are a member of; removal ends the programme feed at once", async () => {
    const personal = await gql<Created>(
      'alderman',
      `mutation { createCalendarFeed { id url feed { scope programmeId } } }`,
    );
    expect(personal.errors).toBeUndefined();
    expect(personal.data!.createCalendarFeed.feed).toEqual({ scope: 'PERSON', programmeId: null });
    const own = await gql<Created>('alderman', `mutation { createCalendarFeed(programmeId: "${P}") { id url } }`);
    expect(own.errors).toBeUndefined();

    const state = await settledState();
    const before = parseFeed(await (await fetchFeed(personal.data!.createCalendarFeed.url)).text());
    expect(before.name).toBe('Olievlek – mijn programma’s');
    expect(seen(before.events)).toEqual(expected(state, 'Utrecht: '));
    expect((await fetchFeed(own.data!.createCalendarFeed.url)).status).toBe(200);

    // P2: the project lead removes the alderman.
    const me = await gql<{ me: { memberships: Array<{ membershipId: string; programmeId: string }> } }>(
      'alderman',
      '{ me { memberships { membershipId programmeId } } }',
    );
    const membership = me.data!.me.memberships.find((m) => m.programmeId === P)!;
    await step('lead', `removeMember(programmeId: "${P}", membershipId: "${membership.membershipId}")`);

    expect((await fetchFeed(own.data!.createCalendarFeed.url)).status).toBe(404);
    const after = await fetchFeed(personal.data!.createCalendarFeed.url);
    expect(after.status).toBe(200);
    expect(parseFeed(await after.text()).events).toEqual([]);
  });
});
