import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startMailpit, type Mailpit, type MailpitMessage } from '../../../test/support/mailpit';
import { createDatabase } from '../../../test/support/postgres';
import {
  decide,
  startProgramme,
  type Command,
  type MemberRole,
  type NewProgrammeInput,
  type ProgrammeState,
} from '../../domain/src';
import type { NotificationMode } from '../../persistence/src';
import { loadMailConfig, MailSender } from '../../mail/src';
import {
  inTransaction,
  MailOutboxEntity,
  MemberDirectory,
  MemberEntity,
  migrate,
  NotificationPreferences,
  openDataSource,
  ProgrammeReadModel,
} from '../../persistence/src';
import { sendWeeklyDigests as sut } from './weekly-digest.activities';

// Issue 16: the weekly digest goes once per person per week, only to people who want it, with
// RFC 8058 one-click unsubscribe headers; a rerun of the week sends nothing twice. Real SQLite,
// PostgreSQL and Mailpit. Programmes start on Monday 2026-11-23, so week 49 (from 30 November)
// reports last week's changes, and week 52 (from 21 December) COMMITMENT's level-1 deadline (P3).

const DOMAIN = 'olievlek.test';
const T0 = Date.parse('2026-11-23T10:00:00.000Z');

/** A programme started at T0 with one step taken an hour later (the lifecycle's own functions). */
function programmeWith(input: Partial<NewProgrammeInput>, command: Command): ProgrammeState {
  const started = startProgramme(
    { programmeId: 'programme-GM0363-1', municipalityCode: 'GM0363', sequence: 1, ...input },
    T0,
  );
  if (!started.ok) throw new Error(started.error.message);
  const stepped = decide(started.value, command, T0 + 3600_000);
  if (!stepped.ok) throw new Error(stepped.error.message);
  return stepped.value;
}
const PUBLIC_URL = 'https://olievlek.example.nl';
const options = { messageIdDomain: DOMAIN, publicUrl: PUBLIC_URL };
const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-digest-'));
let mailpit: Mailpit;

beforeAll(async () => {
  mailpit = await startMailpit();
});
afterAll(async () => {
  await mailpit?.stop();
  rmSync(sqliteDir, { recursive: true, force: true });
});

describe.each([
  { kind: 'SQLite', url: async () => join(sqliteDir, `digest-${Date.now()}.sqlite`) },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('weekly digest on $kind', ({ kind, url }) => {
  let dataSource: DataSource;
  let sender: MailSender;
  const tag = kind === 'SQLite' ? 'sq' : 'pg';
  const email = (who: string) => `${who}.${tag}@example.nl`;

  const addMember = async (id: string, o: { mode?: NotificationMode; language?: 'nl' | 'en' } = {}) => {
    await dataSource.manager.insert(MemberEntity, {
      id,
      name: `Persoon ${id}`,
      email: email(id),
      organisation: null,
      language: o.language ?? 'nl',
      issuer: null,
      subject: null,
      createdAt: new Date(T0).toISOString(),
      erasedAt: null,
      ...(o.mode ? { notificationMode: o.mode } : {}),
    });
  };
  const grant = (programmeId: string, memberId: string, role: MemberRole) =>
    inTransaction(dataSource, (m) => new MemberDirectory(dataSource).grant(m, { programmeId, memberId, role }, T0));
  const inbox = async (who: string): Promise<MailpitMessage[]> =>
    Promise.all((await mailpit.search(`to:${email(who)}`)).map((s) => mailpit.message(s.ID)));

  beforeAll(async () => {
    dataSource = await openDataSource({ url: await url() });
    await migrate(dataSource);
    sender = new MailSender({
      dataSource,
      config: { ...loadMailConfig({ MAIL_FROM: `Olievlek <noreply@${DOMAIN}>`, MAIL_SMTP_URL: mailpit.smtpUrl }) },
    });
    const read = new ProgrammeReadModel(dataSource);
    const lead = (memberId: string) => ({ role: 'PROJECT_LEAD' as const, memberId });
    await read.upsert(programmeWith({}, { type: 'designateAdministrativeLead', actor: lead('mbr_amsterdam') }));
    await read.upsert(
      programmeWith(
        { programmeId: 'programme-GM0344-1', municipalityCode: 'GM0344' },
        { type: 'commitPartner', organisation: 'Veilig Thuis Utrecht', domain: 'CARE', actor: lead('mbr_utrecht') },
      ),
    );
    await addMember('mbr_amsterdam'); // BOTH by default
    await addMember('mbr_utrecht', { mode: 'DIGEST' });
    await addMember('mbr_immediate', { mode: 'IMMEDIATE' });
    await addMember('mbr_reader', { language: 'en' });
    await addMember('mbr_nobody'); // holds no role: nothing to tell
    await grant('programme-GM0363-1', 'mbr_amsterdam', 'PROJECT_LEAD');
    await grant('programme-GM0344-1', 'mbr_utrecht', 'PROJECT_LEAD');
    await grant('programme-GM0363-1', 'mbr_immediate', 'PROJECT_LEAD');
    await grant('programme-GM0344-1', 'mbr_reader', 'OBSERVER');
  });
  afterAll(async () => {
    await sender?.stop();
    await dataSource?.destroy();
  });

  it('sends one digest per person who wants it, with their own programmes and the one-click unsubscribe headers', async () => {
    const run = await sut(dataSource, options, '2026-11-30');
    expect(run).toMatchObject({ isoWeek: '2026-W49', recipients: 3, queued: 3, alreadyQueued: 0, empty: 0 });
    expect(await sender.drainOnce()).toMatchObject({ claimed: 3, sent: 3 });

    const [amsterdam] = await inbox('mbr_amsterdam');
    expect(amsterdam!.Subject).toBe('Weekoverzicht Olievlek, week 49 — Amsterdam');
    expect(amsterdam!.MessageID).toBe(`digest.2026-W49.mbr_amsterdam@${DOMAIN}`);
    expect(amsterdam!.Text).toContain('Wat er vorige week veranderde:');
    expect(amsterdam!.Text).toContain('Persoon mbr_amsterdam (projectleider)');
    // Who joined comes from the directory's audit trail (the grants of this set-up, last week).
    expect(amsterdam!.Text).toContain('Persoon mbr_immediate is lid als projectleider.');
    expect(amsterdam!.Text).not.toContain('Utrecht');
    const unsubscribe = amsterdam!.Headers['List-Unsubscribe']?.[0];
    expect(unsubscribe).toMatch(new RegExp(`^<${PUBLIC_URL}/afmelden\\?token=mbr_amsterdam\\.[A-Za-z0-9_-]{43}>$`));
    expect(amsterdam!.Headers['List-Unsubscribe-Post']).toEqual(['List-Unsubscribe=One-Click']);

    // Another person's programme never appears.
    const [utrecht] = await inbox('mbr_utrecht');
    expect(utrecht!.Subject).toBe('Weekoverzicht Olievlek, week 49 — Utrecht');
    expect(utrecht!.Text).toContain('Veilig Thuis Utrecht');
    expect(utrecht!.Text).not.toContain('Amsterdam');
    expect(utrecht!.Text).not.toContain('mbr_immediate');
    const [reader] = await inbox('mbr_reader');
    expect(reader!.Subject).toBe('Olievlek weekly digest, week 49 — Utrecht');
    expect(reader!.Headers['Content-Language']).toEqual(['en']);
    expect(await inbox('mbr_immediate')).toEqual([]);
    expect(await inbox('mbr_nobody')).toEqual([]);
  });

  it('a second run of the same week sends nothing', async () => {
    expect(await sut(dataSource, options, '2026-11-30')).toMatchObject({ queued: 0, alreadyQueued: 3 });
    expect(await sender.drainOnce()).toMatchObject({ claimed: 0 });
    expect(await inbox('mbr_amsterdam')).toHaveLength(1);
    expect(await dataSource.manager.countBy(MailOutboxEntity, { kind: 'WEEKLY_DIGEST' })).toBe(3);
  });

  it('with nothing due and nothing changed nobody gets one', async () => {
    expect(await sut(dataSource, options, '2026-12-07')).toMatchObject({ queued: 0, empty: 3 });
  });

  it('the token unsubscribes its person only; a forged one nobody', async () => {
    const preferences = new NotificationPreferences(dataSource);
    const [amsterdam] = await inbox('mbr_amsterdam');
    const token = decodeURIComponent(/token=([^>]+)>/.exec(amsterdam!.Headers['List-Unsubscribe']![0]!)![1]!);
    expect(await preferences.unsubscribeByToken(`mbr_utrecht.${token.split('.')[1]}`)).toBe(false);
    expect(await preferences.unsubscribeByToken(token)).toBe(true);
    expect(await preferences.get('mbr_amsterdam')).toEqual({ mode: 'BOTH', digestSubscribed: false });

    // Week 52: COMMITMENT's level 1 (six weeks after the last progress, 23 November 12:00) is due for
    // both project leads; only Utrecht's still wants the digest.
    expect(await sut(dataSource, options, '2026-12-21')).toMatchObject({ recipients: 2, queued: 1, empty: 1 });
    await sender.drainOnce();
    expect((await inbox('mbr_amsterdam')).map((m) => m.Subject)).toEqual([
      'Weekoverzicht Olievlek, week 49 — Amsterdam',
    ]);
    const week52 = (await inbox('mbr_utrecht')).find((m) => m.Subject.includes('week 52'));
    expect(week52!.Text).toContain('Voor u in de komende drie weken:');
    expect(week52!.Text).toContain(
      '4 januari 2027 om 12:00: zonder voortgang op de commitment (bestuurlijk draagvlak) volgt dan een herinnering.',
    );
  });

  it('refuses a week start that is not a Monday', async () => {
    await expect(sut(dataSource, options, '2026-12-01')).rejects.toThrow(/Monday/);
  });
});
