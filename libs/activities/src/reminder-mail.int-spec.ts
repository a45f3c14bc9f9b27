import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailpitMessage } from '../../../test/support/mailpit';
import {
  REMINDER_MAIL_DOMAIN as DOMAIN,
  addReminderMember,
  openReminderDatabase,
  reminderSpecFile,
  type ReminderDatabase,
} from '../../../test/support/reminder-specs';
import {
  advanceTime,
  inExecutionWithTraining,
  takeSteps,
  type Actor,
  type Command,
  type CommandPayloads,
  type CommandType,
  type MemberRole,
  type ProgrammeState,
} from '../../domain/src';
import type { MailSender } from '../../mail/src';
import { MailOutboxEntity, ProgrammeReadModel, type NotificationMode } from '../../persistence/src';
import { ReminderMailer } from './reminder-mail';

// Reminders before deadlines (issue 16, R3.1): the worker's scan over the read model at chosen
// moments, through the real outbox, MailSender and Mailpit, on SQLite and PostgreSQL. Three
// programmes in EXECUTION with a training track for school year 2027/2028, one in each school
// holiday region, get the reminders before 1 February 2027 on 18 and 30 January at 08:00 in
// Amsterdam (07:00 UTC), each exactly once; a paused programme, an alderman and a digest-only
// project lead get nothing.

const PUBLIC_URL = 'https://olievlek.example.nl';
const file = reminderSpecFile('reminders');

// States built with the domain's own functions (its known-good path to EXECUTION), as the workflow would.
const T0 = Date.parse('2026-11-23T10:00:00.000Z');
const ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD' };
const step = <T extends CommandType>(type: T, payload: CommandPayloads[T], actor: Actor): Command =>
  ({ type, ...payload, actor }) as Command;

/** In EXECUTION since T0 with a training track (EXPERTISE and an action aimed at schools, R3.1): school year 2027/2028. */
const inExecution = (): ProgrammeState =>
  inExecutionWithTraining(
    { programmeId: 'programme-GM0363-1', municipalityCode: 'GM0363', sequence: 1, schoolHolidayRegion: 'noord' },
    T0,
  );

const REGIONS = [
  { code: 'GM0014', name: 'Groningen', region: 'noord', lead: 'lead_groningen', language: 'nl' },
  { code: 'GM0344', name: 'Utrecht', region: 'midden', lead: 'lead_utrecht', language: 'en' },
  { code: 'GM0855', name: 'Tilburg', region: 'zuid', lead: 'lead_tilburg', language: 'nl' },
] as const;

describe.each(file.databases)('reminders before deadlines on $kind', ({ kind, url }) => {
  let db: ReminderDatabase;
  let dataSource: DataSource;
  let sender: MailSender;
  let read: ProgrammeReadModel;
  const tag = kind === 'SQLite' ? 'sq' : 'pg';
  const email = (who: string) => `${who}.${tag}@example.nl`;
  const mailer = () => new ReminderMailer(dataSource, { messageIdDomain: DOMAIN, publicUrl: PUBLIC_URL });
  const inbox = async (who: string): Promise<MailpitMessage[]> =>
    Promise.all((await file.mailpit().search(`to:${email(who)}`)).map((s) => file.mailpit().message(s.ID)));

  const addMember = (
    id: string,
    role: MemberRole,
    programmeId: string,
    o: { mode?: NotificationMode; language?: 'nl' | 'en' } = {},
  ) => addReminderMember(dataSource, { id, email: email(id), role, programmeId, atMs: T0, ...o });

  const base = new Map<string, ProgrammeState>();
  /** The read model as the workflows would have projected it by `iso`: time brought up to then. */
  const projectAt = async (iso: string) => {
    for (const state of base.values()) await read.upsert(advanceTime(state, Date.parse(iso)));
  };
  const scanAt = (iso: string, sut = mailer()) => sut.scan(new Date(iso));

  beforeAll(async () => {
    db = await openReminderDatabase(await url(), file.mailpit());
    ({ dataSource, read, sender } = db);
    const planned = inExecution();
    expect(planned.training?.targetYear).toBe(2027);
    for (const r of REGIONS) {
      const programmeId = `programme-${r.code}-1`;
      base.set(programmeId, { ...planned, programmeId, municipalityCode: r.code, schoolHolidayRegion: r.region });
    }
    const paused = takeSteps(
      { ...planned, programmeId: 'programme-GM0363-1', municipalityCode: 'GM0363' },
      [step('pauseProgramme', { reason: 'gemeenteraadsverkiezingen' }, ALDERMAN)],
      T0 + 86_400_000,
    );
    base.set(paused.programmeId, paused);
    await projectAt(new Date(T0 + 86_400_000).toISOString());

    for (const r of REGIONS) await addMember(r.lead, 'PROJECT_LEAD', `programme-${r.code}-1`, { language: r.language });
    await addMember('alderman_groningen', 'ADMINISTRATIVE_LEAD', 'programme-GM0014-1');
    await addMember('digest_only', 'PROJECT_LEAD', 'programme-GM0014-1', { mode: 'DIGEST' });
    await addMember('lead_paused', 'PROJECT_LEAD', 'programme-GM0363-1');
  });
  afterAll(async () => {
    await db?.close();
  });

  it('queues nothing due before the installation started mailing (migration 0009)', async () => {
    const since = await dataSource.query(`SELECT value FROM app_setting WHERE name = 'escalation-mail-since'`);
    await dataSource.query(
      `UPDATE app_setting SET value = '2027-01-20T00:00:00.000Z' WHERE name = 'escalation-mail-since'`,
    );
    await projectAt('2027-01-29T12:00:00Z');
    expect(await scanAt('2027-01-29T12:00:00Z')).toMatchObject({ due: 0, queued: 0 });
    await dataSource.query(
      `UPDATE app_setting SET value = '${(since as { value: string }[])[0]!.value}' WHERE name = 'escalation-mail-since'`,
    );
  });

  it('sends the two-week reminder of 1 February once to each region’s project lead', async () => {
    expect(await scanAt('2027-01-29T12:00:00Z')).toMatchObject({ programmes: 3, due: 3, queued: 3, alreadyQueued: 0 });
    expect(await sender.drainOnce()).toMatchObject({ claimed: 3, sent: 3 });

    const [groningen] = await inbox('lead_groningen');
    expect(groningen!.Subject).toBe(
      'Herinnering vooraf: gesprek met de schoolbesturen vóór 1 februari 2027 starten (Groningen)',
    );
    expect(groningen!.MessageID).toMatch(
      new RegExp(`^reminder\\.training-not-started\\.programme-GM0014-1\\.2027-02-01\\.14d\\.[0-9a-f]{32}@${DOMAIN}$`),
    );
    expect(groningen!.Text).toContain('Beste Persoon lead_groningen,');
    expect(groningen!.Text).toContain('schooljaar 2027/2028 op 1 februari 2027 niet gestart');
    expect(groningen!.Text).toContain('R3.1 Scholing staat op de activiteitenkalender voor schooljaar 2027/2028');
    expect(groningen!.Text).toContain(`${PUBLIC_URL}/programmas/programme-GM0014-1`);
    expect(groningen!.Text).toContain('Olievlek is geen dossiersysteem');
    expect(groningen!.HTML).toContain(`href="${PUBLIC_URL}/programmas/programme-GM0014-1"`);
    const [utrecht] = await inbox('lead_utrecht');
    expect(utrecht!.Subject).toBe(
      'Advance reminder: start the talks with the school boards before 1 February 2027 (Utrecht)',
    );
    expect(utrecht!.Text).toContain('Olievlek is not a case file system');
    const [tilburg] = await inbox('lead_tilburg');
    expect(tilburg!.Subject).toContain('1 februari 2027');
    expect(tilburg!.Text).toContain('programme-GM0855-1');
  });

  it('a rescan, also by a second worker, sends nothing new', async () => {
    expect(await scanAt('2027-01-29T12:00:00Z')).toMatchObject({ due: 3, queued: 0, alreadyQueued: 3 });
    expect(await scanAt('2027-01-30T06:59:59Z', mailer())).toMatchObject({ queued: 0, alreadyQueued: 3 });
    expect(await sender.drainOnce()).toMatchObject({ claimed: 0 });
  });

  it('sends the two-day reminder on the morning of 30 January at 08:00 in Amsterdam, once', async () => {
    await projectAt('2027-01-30T07:00:00Z');
    expect(await scanAt('2027-01-30T07:00:00Z')).toMatchObject({ due: 3, queued: 3 });
    expect(await scanAt('2027-01-31T20:00:00Z')).toMatchObject({ due: 3, queued: 0, alreadyQueued: 3 });
    expect(await sender.drainOnce()).toMatchObject({ claimed: 3, sent: 3 });
    for (const r of REGIONS) {
      const ids = (await inbox(r.lead)).map((m) => m.MessageID).sort();
      expect(ids).toHaveLength(2);
      expect(ids[0]).toContain(`.programme-${r.code}-1.2027-02-01.14d.`);
      expect(ids[1]).toContain(`.programme-${r.code}-1.2027-02-01.2d.`);
    }
    // 1 February 00:00 in Amsterdam: the deadline itself, the time engine's own reminder takes over.
    expect(await scanAt('2027-01-31T23:00:00Z')).toMatchObject({ due: 0, queued: 0 });
  });

  it('a paused programme, the alderman and a digest-only project lead get nothing', async () => {
    expect(await inbox('lead_paused')).toEqual([]);
    expect(await inbox('alderman_groningen')).toEqual([]);
    expect(await inbox('digest_only')).toEqual([]);
    expect(await dataSource.manager.countBy(MailOutboxEntity, { kind: 'REMINDER' })).toBe(6);
  });
});
