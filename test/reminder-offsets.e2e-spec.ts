import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReminderMailer } from '../libs/activities/src';
import { addIsoDays, amsterdamDate, startOfAmsterdamDay } from '../libs/domain/src';
import { openDataSource } from '../libs/persistence/src';
import { graphql, Launcher } from './support/launcher';
import { grantRoles } from './support/members';

// Reminder offsets per programme (issue 16) through the running product (`npm start`'s launcher:
// Temporal dev server, worker, API, Mailpit). Who may set them is decided from memberships (P1:
// the programme's project lead or a kwartiermaker); outside national policy (P3) the API answers
// VALIDATION_FAILED with a stable reason and stores nothing; a change shows in the timeline. The
// reminder then goes out at the chosen offset: the worker's scan looks at the wall clock every few
// minutes, so the test runs the same scan (ReminderMailer, the worker's code) on the product's
// database at the moment the chosen offset falls due, and the real worker delivers it to Mailpit.

const PROGRAMME = 'programme-GM0363-1';
const LEAD_EMAIL = 'offsets-lead@gemeente.example.nl';
const LEAD = {
  sub: 'offsets-lead',
  name: 'Sanne Offsets',
  email: LEAD_EMAIL,
  role: 'MUNICIPALITY',
  municipalities: ['GM0363'],
};
const ALDERMAN = {
  sub: 'offsets-alderman',
  name: 'Wethouder Offsets',
  role: 'MUNICIPALITY',
  municipalities: ['GM0363'],
};
const OTHER_MUNICIPALITY = { sub: 'offsets-utrecht', role: 'MUNICIPALITY', municipalities: ['GM0344'] };

let launcher: Launcher;
const tokens: Record<'lead' | 'alderman' | 'other' | 'kwartiermaker', string> = {
  lead: '',
  alderman: '',
  other: '',
  kwartiermaker: '',
};
const database = () => join(launcher.dataDir, 'olievlek.sqlite');

const POLICY = 'reminderPolicy { daysBefore isDefault bounds { min max maxCount } }';
const setOffsets = (who: keyof typeof tokens, daysBefore: number[], lang?: 'en') =>
  graphql<{ setReminderOffsets: { daysBefore: number[]; isDefault: boolean } }>(
    launcher.apiUrl,
    `
      mutation ($id: ID!, $days: [Int!]!) {
        setReminderOffsets(programmeId: $id, daysBefore: $days) {
          daysBefore
          isDefault
          bounds {
            min
            max
            maxCount
          }
        }
      }
    `,
    { id: PROGRAMME, days: daysBefore },
    { token: tokens[who], ...(lang ? { headers: { 'accept-language': lang } } : {}) },
  );
const programme = async () => {
  const res = await graphql<{
    programme: {
      nextDeadlineAt: string;
      reminderPolicy: { daysBefore: number[]; isDefault: boolean };
      timeline: { event: string; summary: string; by: { role: string } }[];
    };
  }>(
    launcher.apiUrl,
    `query ($id: ID!) { programme(id: $id) { nextDeadlineAt ${POLICY} timeline { event summary by { role } } } }`,
    { id: PROGRAMME },
    { token: tokens.lead },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.programme;
};
const offsetChanges = async () =>
  (await programme()).timeline.filter((e) => e.event === 'reminderOffsetsChanged').map((e) => e.summary);

interface Summary {
  ID: string;
  MessageID: string;
  Subject: string;
}
const inbox = async (): Promise<Summary[]> => {
  const res = await fetch(`${launcher.inboxUrl}/api/v1/search?query=${encodeURIComponent(`to:${LEAD_EMAIL}`)}`);
  return ((await res.json()) as { messages: Summary[] }).messages;
};
async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
/** 08:00 Europe/Amsterdam, `days` days before the day of `deadline`: 16 hours before the next midnight, also when clocks change. */
const eightOClockBefore = (deadline: string, days: number) =>
  startOfAmsterdamDay(addIsoDays(amsterdamDate(Date.parse(deadline)), 1 - days)) - 16 * 3_600_000;

beforeAll(async () => {
  launcher = await Launcher.onFreePorts();
  await launcher.start();
  tokens.lead = await launcher.token(LEAD);
  tokens.alderman = await launcher.token(ALDERMAN);
  tokens.other = await launcher.token(OTHER_MUNICIPALITY);
  tokens.kwartiermaker = await launcher.token();
  const started = await graphql(
    launcher.apiUrl,
    `
      mutation {
        startProgramme(municipalityCode: "GM0363") {
          id
        }
      }
    `,
    undefined,
    {
      token: tokens.lead,
    },
  );
  expect(started.errors).toBeUndefined();
  await grantRoles(database(), PROGRAMME, ALDERMAN.sub, ['ADMINISTRATIVE_LEAD']);
  // The read model has the programme (the worker's projection).
  await until('the projection', async () => {
    const res = await graphql(launcher.apiUrl, `query { programme(id: "${PROGRAMME}") { id } }`, undefined, {
      token: tokens.lead,
    });
    return res.data?.programme ? true : undefined;
  });
}, 180_000);
afterAll(async () => {
  await launcher?.dispose();
});

describe('reminder offsets per programme end to end', () => {
  it('a programme follows the national default until its own offsets are chosen', async () => {
    expect((await programme()).reminderPolicy).toEqual({
      daysBefore: [14, 2],
      isDefault: true,
      bounds: { min: 1, max: 30, maxCount: 3 },
    });
  });

  it('P1: the alderman may not set them, another municipality does not see the programme; nothing is recorded', async () => {
    const alderman = await setOffsets('alderman', [10, 3]);
    expect(alderman.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      details: { reason: 'NOT_PROJECT_LEAD' },
    });
    expect(alderman.errors?.[0]?.message).toContain('Alleen de projectleider van dit programma of een kwartiermaker');
    const other = await setOffsets('other', [10, 3]);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await programme()).reminderPolicy.isDefault).toBe(true);
    expect(await offsetChanges()).toEqual([]);
  });

  it('P3: outside national policy the lead gets a Dutch sentence (English on request) and a stable reason; nothing is stored', async () => {
    const cases: [number[], string][] = [
      [[31, 3], 'REMINDER_OFFSET_OUT_OF_BOUNDS'],
      [[0], 'REMINDER_OFFSET_OUT_OF_BOUNDS'],
      [[], 'REMINDER_OFFSETS_EMPTY'],
      [[7, 7], 'REMINDER_OFFSETS_NOT_DISTINCT'],
      [[21, 14, 7, 2], 'REMINDER_OFFSETS_TOO_MANY'],
    ];
    for (const [days, reason] of cases) {
      const res = await setOffsets('lead', days);
      expect(res.errors?.[0]?.extensions, JSON.stringify(days)).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { reason, min: 1, max: 30, maxCount: 3 },
      });
      expect(res.errors?.[0]?.message).toMatch(/Er is niets vastgelegd\.$/);
    }
    const english = await setOffsets('lead', [31], 'en');
    expect(english.errors?.[0]?.message).toBe(
      'A reminder 31 days before the deadline is not possible: national policy allows between 1 and 30 days before the deadline. Nothing was recorded.',
    );
    expect((await programme()).reminderPolicy.isDefault).toBe(true);
    expect(await offsetChanges()).toEqual([]);
  });

  it('the project lead chooses 10 and 3 days; the programme shows them and the timeline says who', async () => {
    const res = await setOffsets('lead', [3, 10]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.setReminderOffsets).toEqual({
      daysBefore: [10, 3],
      isDefault: false,
      bounds: { min: 1, max: 30, maxCount: 3 },
    });
    const now = await programme();
    expect(now.reminderPolicy).toMatchObject({ daysBefore: [10, 3], isDefault: false });
    const entry = now.timeline.find((e) => e.event === 'reminderOffsetsChanged');
    expect(entry).toEqual({
      event: 'reminderOffsetsChanged',
      summary: 'Herinneringen voortaan 10 en 3 dagen vóór elke termijn.',
      by: { role: 'PROJECT_LEAD' },
    });
  });

  it('the reminder before the stall deadline goes out 10 days before, not 14, through the worker to the inbox', async () => {
    // Started just now in COMMITMENT: the next deadline is level 1 of its stall clock (P3), weeks away.
    const { nextDeadlineAt } = await programme();
    const tenDaysBefore = eightOClockBefore(nextDeadlineAt, 10);
    expect(tenDaysBefore).toBeGreaterThan(Date.now());
    const dataSource = await openDataSource({ url: database() });
    try {
      const sut = new ReminderMailer(dataSource, { messageIdDomain: 'olievlek.e2e', publicUrl: launcher.apiUrl });
      // The default's 14 days: nothing for this programme.
      expect(await sut.scan(new Date(eightOClockBefore(nextDeadlineAt, 14)))).toMatchObject({ due: 0, queued: 0 });
      expect(await sut.scan(new Date(tenDaysBefore - 1000))).toMatchObject({ due: 0, queued: 0 });
      expect(await sut.scan(new Date(tenDaysBefore))).toMatchObject({ due: 1, queued: 1 });
      // Again, as every worker's next scan would: nothing new.
      expect(await sut.scan(new Date(tenDaysBefore + 60_000))).toMatchObject({ queued: 0, alreadyQueued: 1 });
    } finally {
      await dataSource.destroy();
    }
    const [message, ...more] = await until('the reminder', async () => {
      const found = await inbox();
      return found.length > 0 ? found : undefined;
    });
    expect(more).toEqual([]);
    const day = amsterdamDate(Date.parse(nextDeadlineAt));
    expect(message!.MessageID).toMatch(
      new RegExp(`^reminder\\.stall-level-1\\.${PROGRAMME}\\.${day}\\.10d\\.[0-9a-f]{32}@olievlek\\.e2e$`),
    );
    expect(message!.Subject).toMatch(/^Herinnering/);
  });

  it('a kwartiermaker sets the default again: the programme follows it, and the timeline says so', async () => {
    const res = await setOffsets('kwartiermaker', [2, 14]);
    expect(res.data?.setReminderOffsets).toMatchObject({ daysBefore: [14, 2], isDefault: true });
    expect(await offsetChanges()).toEqual([
      'Herinneringen voortaan 10 en 3 dagen vóór elke termijn.',
      'Herinneringen terug naar de landelijke standaard: 14 en 2 dagen vóór elke termijn.',
    ]);
    const last = (await programme()).timeline.filter((e) => e.event === 'reminderOffsetsChanged').at(-1);
    expect(last?.by.role).toBe('KWARTIERMAKER');
  });
});
