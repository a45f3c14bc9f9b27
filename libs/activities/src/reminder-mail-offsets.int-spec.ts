import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REMINDER_MAIL_DOMAIN as DOMAIN,
  addReminderMember,
  openReminderDatabase,
  reminderSpecFile,
  type ReminderDatabase,
} from '../../../test/support/reminder-specs';
import { advanceTime, inExecutionWithTraining, type ProgrammeState } from '../../domain/src';
import type { MailSender } from '../../mail/src';
import {
  DirectoryEventEntity,
  MemberDirectory,
  ProgrammeReadModel,
  ReminderOffsetsEntity,
  ReminderOffsetsStore,
} from '../../persistence/src';
import { ReminderMailer } from './reminder-mail';

// Per-programme reminder offsets (issue 16, R3.1, P3) on SQLite and PostgreSQL, through the real
// outbox, MailSender and Mailpit. Groningen chooses 7 and 3 days before a deadline, Utrecht keeps the
// national default (14 and 2). Before 1 February 2027 Groningen's project lead is reminded on
// 25 January (7 days), not on 18 January; after changing to 7 and 2 days on 26 January, on 30 January
// and not on 29 January, and the 7-day reminder is not sent again. Utrecht's lead gets 18 and 30 January.

const file = reminderSpecFile('reminder-offsets');

// States built with the domain's own functions, as the workflow would.
const T0 = Date.parse('2026-11-23T10:00:00.000Z');
/** In EXECUTION since T0 with a training track for school year 2027/2028 (R3.1): the 1 February deadline. */
const inExecution = (code: string, region: 'noord' | 'midden'): ProgrammeState =>
  inExecutionWithTraining(
    { programmeId: `programme-${code}-1`, municipalityCode: code, sequence: 1, schoolHolidayRegion: region },
    T0,
  );

const GRONINGEN = 'programme-GM0014-1';
const UTRECHT = 'programme-GM0344-1';

describe.each(file.databases)('reminder offsets per programme on $kind', ({ kind, url }) => {
  let db: ReminderDatabase;
  let dataSource: DataSource;
  let sender: MailSender;
  let read: ProgrammeReadModel;
  let sut: ReminderOffsetsStore;
  const tag = kind === 'SQLite' ? 'osq' : 'opg';
  const email = (who: string) => `${who}.${tag}@example.nl`;
  const mailer = () => new ReminderMailer(dataSource, { messageIdDomain: DOMAIN, publicUrl: 'https://o.example.nl' });
  /** The 1 February reminders a lead received, as `<days>d`, in the order sent. */
  const februaryReminders = async (who: string): Promise<string[]> =>
    (await file.mailpit().search(`to:${email(who)}`))
      .map((m) => m.MessageID)
      .filter((id) => id.startsWith('reminder.training-not-started.'))
      .map((id) => /\.2027-02-01\.(\d+d)\./.exec(id)?.[1] ?? id)
      .reverse();
  const base = new Map<string, ProgrammeState>();
  const scanAt = async (iso: string) => {
    for (const state of base.values()) await read.upsert(advanceTime(state, Date.parse(iso)));
    const run = await mailer().scan(new Date(iso));
    await sender.drainOnce();
    return run;
  };
  const set = (programmeId: string, daysBefore: number[] | null, at: string) =>
    sut.set({
      programmeId,
      daysBefore,
      defaultDaysBefore: [14, 2],
      actorMemberId: 'lead_groningen',
      actorRole: 'PROJECT_LEAD',
      at: Date.parse(at),
    });

  beforeAll(async () => {
    db = await openReminderDatabase(await url(), file.mailpit());
    ({ dataSource, read, sender } = db);
    sut = new ReminderOffsetsStore(dataSource);
    base.set(GRONINGEN, inExecution('GM0014', 'noord'));
    base.set(UTRECHT, inExecution('GM0344', 'midden'));
    for (const [id, programmeId] of [
      ['lead_groningen', GRONINGEN],
      ['lead_utrecht', UTRECHT],
    ] as const) {
      await addReminderMember(dataSource, { id, email: email(id), role: 'PROJECT_LEAD', programmeId, atMs: T0 });
    }
  });
  afterAll(async () => {
    await db?.close();
  });

  it('stores a programme’s own offsets and records the change in its audit trail, once', async () => {
    expect(await sut.own(GRONINGEN)).toBeUndefined();
    expect(await set(GRONINGEN, [7, 3], '2027-01-05T09:00:00Z')).toBe(true);
    expect(await set(GRONINGEN, [7, 3], '2027-01-05T09:05:00Z')).toBe(false);
    expect(await sut.own(GRONINGEN)).toEqual([7, 3]);
    expect(await sut.own(UTRECHT)).toBeUndefined();
    expect([...(await sut.all())]).toEqual([[GRONINGEN, [7, 3]]]);
    const events = await new MemberDirectory(dataSource).events(GRONINGEN);
    expect(events.filter((e) => e.event === 'reminderOffsetsChanged')).toEqual([
      expect.objectContaining({
        at: '2027-01-05T09:00:00.000Z',
        actorMemberId: 'lead_groningen',
        actorRole: 'PROJECT_LEAD',
        details: JSON.stringify({ daysBefore: [7, 3], isDefault: false }),
      }),
    ]);
  });

  it('reminds the default programme 14 days before and the other not yet', async () => {
    await scanAt('2027-01-19T12:00:00Z');
    expect(await februaryReminders('lead_utrecht')).toEqual(['14d']);
    expect(await februaryReminders('lead_groningen')).toEqual([]);
  });

  it('reminds Groningen 7 days before, on 25 January at 08:00 in Amsterdam', async () => {
    await scanAt('2027-01-25T06:59:59Z');
    expect(await februaryReminders('lead_groningen')).toEqual([]);
    await scanAt('2027-01-25T07:00:00Z');
    expect(await februaryReminders('lead_groningen')).toEqual(['7d']);
    expect(await februaryReminders('lead_utrecht')).toEqual(['14d']);
  });

  it('after a change of offsets keeping 7 days, sends nothing again and follows the new days', async () => {
    expect(await set(GRONINGEN, [7, 2], '2027-01-26T09:00:00Z')).toBe(true);
    expect(await scanAt('2027-01-26T10:00:00Z')).toMatchObject({ queued: 0 });
    // 3 days before (29 January) is no longer chosen.
    await scanAt('2027-01-29T12:00:00Z');
    expect(await februaryReminders('lead_groningen')).toEqual(['7d']);
    await scanAt('2027-01-30T07:00:00Z');
    expect(await februaryReminders('lead_groningen')).toEqual(['7d', '2d']);
    expect(await februaryReminders('lead_utrecht')).toEqual(['14d', '2d']);
  });

  it('back to the default: no row of its own, and the audit trail says so', async () => {
    expect(await set(GRONINGEN, null, '2027-02-02T09:00:00Z')).toBe(true);
    expect(await sut.own(GRONINGEN)).toBeUndefined();
    expect(await dataSource.manager.countBy(ReminderOffsetsEntity, { programmeId: GRONINGEN })).toBe(0);
    const last = await dataSource.manager.findOne(DirectoryEventEntity, {
      where: { programmeId: GRONINGEN, event: 'reminderOffsetsChanged' },
      order: { at: 'DESC' },
    });
    expect(last?.details).toBe(JSON.stringify({ daysBefore: [14, 2], isDefault: true }));
  });
});
