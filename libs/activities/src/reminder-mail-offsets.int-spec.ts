import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startMailpit, type Mailpit } from '../../../test/support/mailpit';
import { createDatabase } from '../../../test/support/postgres';
import {
  advanceTime,
  decide,
  startProgramme,
  type Actor,
  type Command,
  type CommandPayloads,
  type CommandType,
  type ProgrammeState,
} from '../../domain/src';
import { loadMailConfig, MailSender } from '../../mail/src';
import {
  DirectoryEventEntity,
  inTransaction,
  MemberDirectory,
  MemberEntity,
  migrate,
  openDataSource,
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

const DOMAIN = 'olievlek.test';
const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-reminder-offsets-'));
let mailpit: Mailpit;

beforeAll(async () => {
  mailpit = await startMailpit();
});
afterAll(async () => {
  await mailpit?.stop();
  rmSync(sqliteDir, { recursive: true, force: true });
});

// States built with the domain's own functions, as the workflow would.
const T0 = Date.parse('2026-11-23T10:00:00.000Z');
const LEAD: Actor = { role: 'PROJECT_LEAD' };
const ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD' };
const step = <T extends CommandType>(type: T, payload: CommandPayloads[T], actor: Actor = LEAD): Command =>
  ({ type, ...payload, actor }) as Command;
const given = (state: ProgrammeState, commands: Command[]): ProgrammeState =>
  commands.reduce((s, command) => {
    const outcome = decide(s, command, T0);
    if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.error.message}`);
    return outcome.value;
  }, state);

/** In EXECUTION since T0 with a training track for school year 2027/2028 (R3.1): the 1 February deadline. */
function inExecutionWithTraining(code: string, region: 'noord' | 'midden'): ProgrammeState {
  const started = startProgramme(
    { programmeId: `programme-${code}-1`, municipalityCode: code, sequence: 1, schoolHolidayRegion: region },
    T0,
  );
  if (!started.ok) throw new Error(started.error.message);
  const support = (organisation: string) => [
    step('confirmSupport', { organisation, level: 'PROFESSIONAL' }),
    step('confirmSupport', { organisation, level: 'MANAGEMENT' }),
  ];
  return given(started.value, [
    step('designateAdministrativeLead', { name: 'Wethouder Jeugd' }),
    step('commitPartner', { organisation: 'Veilig Thuis', domain: 'CARE' }),
    step('commitPartner', { organisation: 'Stichting Onderwijs', domain: 'EDUCATION' }),
    step('commitPartner', { organisation: 'Politie', domain: 'JUSTICE' }),
    step('appointProjectLead', { kind: 'INTERNAL' }),
    step('confirmCommitment', {}, ALDERMAN),
    ...(['CARE', 'EDUCATION', 'JUSTICE'] as const).map((domain) =>
      step('recordBottleneck', { description: `Knelpunt ${domain}`, domain }),
    ),
    step('selectTheme', { theme: 'COLLABORATION' }),
    step('addAction', { title: 'Zorg-straf-overleg', theme: 'COLLABORATION', ownerOrganisation: 'Veilig Thuis' }),
    step('selectTheme', { theme: 'EXPERTISE' }),
    step('addAction', {
      title: 'Scholing leerkrachten',
      theme: 'EXPERTISE',
      ownerOrganisation: 'Stichting Onderwijs',
      aimedAtSchools: true,
    }),
    ...support('Stichting Onderwijs'),
    ...support('Veilig Thuis'),
    step('adoptAgenda', {}, ALDERMAN),
  ]);
}

const GRONINGEN = 'programme-GM0014-1';
const UTRECHT = 'programme-GM0344-1';

describe.each([
  { kind: 'SQLite', url: async () => join(sqliteDir, `offsets-${Date.now()}.sqlite`) },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('reminder offsets per programme on $kind', ({ kind, url }) => {
  let dataSource: DataSource;
  let sender: MailSender;
  let read: ProgrammeReadModel;
  let sut: ReminderOffsetsStore;
  const tag = kind === 'SQLite' ? 'osq' : 'opg';
  const email = (who: string) => `${who}.${tag}@example.nl`;
  const mailer = () => new ReminderMailer(dataSource, { messageIdDomain: DOMAIN, publicUrl: 'https://o.example.nl' });
  /** The 1 February reminders a lead received, as `<days>d`, in the order sent. */
  const februaryReminders = async (who: string): Promise<string[]> =>
    (await mailpit.search(`to:${email(who)}`))
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
    dataSource = await openDataSource({ url: await url() });
    await migrate(dataSource);
    read = new ProgrammeReadModel(dataSource);
    sut = new ReminderOffsetsStore(dataSource);
    sender = new MailSender({
      dataSource,
      config: { ...loadMailConfig({ MAIL_FROM: `Olievlek <noreply@${DOMAIN}>`, MAIL_SMTP_URL: mailpit.smtpUrl }) },
    });
    base.set(GRONINGEN, inExecutionWithTraining('GM0014', 'noord'));
    base.set(UTRECHT, inExecutionWithTraining('GM0344', 'midden'));
    for (const [id, programmeId] of [
      ['lead_groningen', GRONINGEN],
      ['lead_utrecht', UTRECHT],
    ] as const) {
      await dataSource.manager.insert(MemberEntity, {
        id,
        name: `Persoon ${id}`,
        email: email(id),
        organisation: null,
        language: 'nl',
        issuer: null,
        subject: null,
        createdAt: new Date(T0).toISOString(),
        erasedAt: null,
      });
      await inTransaction(dataSource, (m) =>
        new MemberDirectory(dataSource).grant(m, { programmeId, memberId: id, role: 'PROJECT_LEAD' }, T0),
      );
    }
  });
  afterAll(async () => {
    await sender?.stop();
    await dataSource?.destroy();
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
