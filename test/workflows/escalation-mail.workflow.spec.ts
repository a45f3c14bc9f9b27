import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createReadModelActivities,
  escalationMessageIdLocalPart,
  type EscalationMailOptions,
} from '../../libs/activities/src';
import { WEEK_MS, type ProgrammeState } from '../../libs/domain/src';
import { MailSender } from '../../libs/mail/src';
import {
  inTransaction,
  MailOutboxEntity,
  MemberDirectory,
  MemberEntity,
  MembershipEntity,
} from '../../libs/persistence/src';
import { startMailpit, type Mailpit, type MailpitMessage } from '../support/mailpit';
import { firedOnTime, ProgrammeHarness, type ProgrammeDriver } from '../support/programme-harness';
import { createTimeSkippingEnv } from '../support/temporal';

// P3 "Escalations reach people" (docs/rules.md "Stalls and escalations"): a programme stalling in
// AGENDA mails level 1 to the project leads, level 2 to the alderman with a copy for each project
// lead, level 3 to the kwartiermakers' national address, each on its date, each person in their
// own language; progress sends one short "opgelost" to each of them. Real worker on the
// time-skipping test server, the read model's mail outbox, a real MailSender and Mailpit.

const DOMAIN = 'olievlek.test';
const PROGRAMME = 'programme-GM0014-1';
const NATIONAL = 'kwartiermakers@rijk.example.nl';
const MAIL: EscalationMailOptions = {
  messageIdDomain: DOMAIN,
  publicUrl: 'https://olievlek.example.nl',
  nationalAddress: NATIONAL,
};
const LEAD = 'lead@groningen.example.nl';
const CO_LEAD = 'co-lead@groningen.example.nl';
const ALDERMAN = 'wethouder@groningen.example.nl';
const NOBODY = [
  'partner@zorg.example.nl',
  'manager@groningen.example.nl',
  'meelezer@groningen.example.nl',
  'vorige@groningen.example.nl',
];

let mailpit: Mailpit;
let env: TestWorkflowEnvironment;
let harness: ProgrammeHarness;
let sender: MailSender;

beforeAll(async () => {
  mailpit = await startMailpit();
});
afterAll(async () => {
  await mailpit?.stop();
});
beforeEach(async () => {
  env = await createTimeSkippingEnv();
  harness = await ProgrammeHarness.create(env, { escalationMail: MAIL });
  sender = new MailSender({
    dataSource: harness.dataSource,
    config: {
      smtpUrl: mailpit.smtpUrl,
      from: `Olievlek <noreply@${DOMAIN}>`,
      messageIdDomain: DOMAIN,
      pollMs: 50,
      maxAttempts: 3,
    },
  });
  await mailpit.clear();
});
afterEach(async () => {
  await sender?.stop();
  await harness?.dispose();
  await env?.teardown();
});

/** The people of GM0014's programme in the member directory; who must get nothing is here too. */
async function members(): Promise<void> {
  const directory = new MemberDirectory(harness.dataSource);
  await inTransaction(harness.dataSource, async (m) => {
    const person = async (email: string, language: 'nl' | 'en' = 'nl') => {
      const member = await directory.ensureMember(
        { issuer: 'test', subject: email, name: email.split('@')[0]!, email },
        m,
      );
      if (language !== 'nl') await m.update(MemberEntity, { id: member.id }, { language });
      return member.id;
    };
    const grant = async (
      memberId: string,
      role: MembershipEntity['role'],
      partner?: { organisation: string; domain: 'CARE'; level: 'PROFESSIONAL' },
    ) => directory.grant(m, { programmeId: PROGRAMME, memberId, role, ...(partner ? { partner } : {}) });
    await grant(await person(LEAD), 'PROJECT_LEAD');
    await grant(await person(CO_LEAD, 'en'), 'PROJECT_LEAD');
    await grant(await person(ALDERMAN), 'ADMINISTRATIVE_LEAD');
    await grant(await person(NOBODY[0]!), 'PARTNER_CONTACT', {
      organisation: 'Veilig Thuis',
      domain: 'CARE',
      level: 'PROFESSIONAL',
    });
    await grant(await person(NOBODY[1]!), 'PROGRAMME_MANAGER');
    await grant(await person(NOBODY[2]!), 'OBSERVER');
    // A project lead who left before anything stalled.
    const left = await grant(await person(NOBODY[3]!), 'PROJECT_LEAD');
    await m.update(MembershipEntity, { id: left.id }, { endedAt: new Date().toISOString() });
  });
}

const outboxCount = () => harness.dataSource.getRepository(MailOutboxEntity).count();

/** Waits until the projection queued `n` messages in all, then sends them into Mailpit. */
async function deliver(n: number): Promise<MailpitMessage[]> {
  await expect.poll(outboxCount, { timeout: 20_000 }).toBe(n);
  while ((await sender.drainOnce()).claimed > 0);
  await expect.poll(async () => (await mailpit.messages()).length, { timeout: 10_000 }).toBe(n);
  const summaries = await mailpit.messages();
  return Promise.all(summaries.map((s) => mailpit.message(s.ID)));
}

const to = (m: MailpitMessage) => m.To.map((a) => a.Address).join(',');
const amsterdam = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(
    new Date(iso),
  );
const bare = (escalationId: string, kind: 'raised' | 'resolved', address: string) =>
  `${escalationMessageIdLocalPart(escalationId, kind, address)}@${DOMAIN}`;

async function projectedVersion(sut: ProgrammeDriver): Promise<void> {
  const version = (await sut.view()).version;
  await expect.poll(async () => (await harness.readModel.findById(sut.id))?.version, { timeout: 20_000 }).toBe(version);
}

describe('P3 escalation e-mail: a programme stalling in AGENDA', () => {
  it('mails level 1, 2 and 3 on their dates to exactly the right people, "opgelost" on progress, once per Message-ID', async () => {
    await members();
    const sut = await harness.start('GM0014');
    const inAgenda = await sut.commit();
    expect(inAgenda.phase).toBe('AGENDA');
    const entered = Date.parse(inAgenda.phaseEnteredAt);

    // Just before the 12-week threshold: nothing stalled, nothing mailed.
    await env.sleep(entered + 12 * WEEK_MS - 60_000 - (await harness.now()));
    await projectedVersion(sut);
    expect((await sut.view()).escalations).toEqual([]);
    expect(await deliver(0)).toEqual([]);

    // Level 1 at 12 weeks: the two project leads, each in their own language.
    await env.sleep(120_000);
    const afterOne = await sut.view();
    const [one] = afterOne.escalations;
    expect(one).toMatchObject({ level: 1, step: 'AGENDA', dueAt: new Date(entered + 12 * WEEK_MS).toISOString() });
    expect(firedOnTime(one!)).toBe(true);
    let mail = await deliver(2);
    const lead1 = mail.find((m) => to(m) === LEAD)!;
    const coLead1 = mail.find((m) => to(m) === CO_LEAD)!;
    expect(lead1.Subject).toBe('Herinnering: geen voortgang op de verbeteragenda (Groningen)');
    expect(lead1.MessageID).toBe(bare(one!.id, 'raised', LEAD));
    expect(lead1.Text).toContain(`Termijn verstreken op: ${amsterdam(one!.dueAt, 'nl-NL')}`);
    expect(lead1.Text).toContain('Regel R2.1:');
    expect(lead1.Text).toContain('Tip van de Collectieven');
    expect(lead1.Text).toContain('https://olievlek.example.nl/programmas/programme-GM0014-1');
    expect(lead1.Headers['Content-Language']).toEqual(['nl']);
    expect(coLead1.Subject).toBe('Reminder: no progress on the improvement agenda (Groningen)');
    expect(coLead1.Text).toContain(`Deadline passed on: ${amsterdam(one!.dueAt, 'en-GB')}`);
    expect(coLead1.Headers['Content-Language']).toEqual(['en']);

    // Level 2 four weeks later: the alderman, and a copy of their own for each project lead.
    await env.sleep(entered + 16 * WEEK_MS - 60_000 - (await harness.now()));
    await projectedVersion(sut);
    expect(await outboxCount()).toBe(2);
    await env.sleep(120_000);
    const two = (await sut.view()).escalations[1]!;
    expect(two).toMatchObject({ level: 2, dueAt: new Date(entered + 16 * WEEK_MS).toISOString() });
    mail = await deliver(5);
    const level2 = mail.filter((m) => m.Subject.includes('escalation') || m.Subject.startsWith('Bestuurlijke'));
    expect(level2.map(to).sort()).toEqual([ALDERMAN, CO_LEAD, LEAD].sort());
    expect(level2.find((m) => to(m) === ALDERMAN)!.Text).toContain('als bestuurlijk trekker');
    expect(level2.find((m) => to(m) === LEAD)!.Text).toContain('U ontvangt een kopie als projectleider');
    expect(level2.find((m) => to(m) === CO_LEAD)!.Subject).toBe(
      'Administrative escalation: no progress on the improvement agenda (Groningen)',
    );

    // Level 3 four weeks after that: the kwartiermakers' national address only.
    await env.sleep(entered + 20 * WEEK_MS - 60_000 - (await harness.now()));
    await projectedVersion(sut);
    expect(await outboxCount()).toBe(5);
    await env.sleep(120_000);
    const three = (await sut.view()).escalations[2]!;
    expect(three).toMatchObject({ level: 3, dueAt: new Date(entered + 20 * WEEK_MS).toISOString() });
    mail = await deliver(6);
    const national = mail.filter((m) => to(m) === NATIONAL);
    expect(national.map((m) => m.Subject)).toEqual([
      'Landelijke escalatie: geen voortgang op de verbeteragenda (Groningen)',
    ]);
    expect(national[0]!.MessageID).toBe(bare(three.id, 'raised', NATIONAL));

    // Progress resolves all three: one short "opgelost" to each person who was told.
    const progressed = await sut.step('recordBottleneck', {
      description: 'Signalen worden niet gedeeld',
      domain: 'CARE',
    });
    expect(progressed.escalations.map((e) => e.status)).toEqual(['RESOLVED', 'RESOLVED', 'RESOLVED']);
    mail = await deliver(10);
    const resolved = mail.filter((m) => /^(Opgelost|Resolved):/.test(m.Subject));
    expect(resolved.map(to).sort()).toEqual([ALDERMAN, CO_LEAD, LEAD, NATIONAL].sort());
    expect(resolved.find((m) => to(m) === LEAD)!.Subject).toBe('Opgelost: de verbeteragenda (Groningen)');
    expect(resolved.find((m) => to(m) === CO_LEAD)!.Subject).toBe('Resolved: the improvement agenda (Groningen)');
    expect(resolved.find((m) => to(m) === LEAD)!.MessageID).toBe(bare(one!.id, 'resolved', LEAD));

    // Exactly the right people, and no one else.
    expect(mail.map(to).sort()).toEqual(
      [LEAD, CO_LEAD, ALDERMAN, LEAD, CO_LEAD, NATIONAL, LEAD, CO_LEAD, ALDERMAN, NATIONAL].sort(),
    );
    for (const nobody of NOBODY) expect(await mailpit.search(`to:${nobody}`)).toEqual([]);

    // The projection again: retried, after a crashed worker (a new process, its own mailer), two at
    // once, and an older state replayed: not one message more.
    const state = (await sut.view()) as ProgrammeState;
    const restarted = createReadModelActivities({ dataSource: harness.dataSource, escalationMail: MAIL });
    await restarted.projectProgramme(state);
    await Promise.all([
      restarted.projectProgramme(state),
      createReadModelActivities({ dataSource: harness.dataSource, escalationMail: MAIL }).projectProgramme(state),
    ]);
    await restarted.projectProgramme(afterOne as ProgrammeState);
    expect(await outboxCount()).toBe(10);
    while ((await sender.drainOnce()).claimed > 0);
    const all = await mailpit.messages();
    expect(all).toHaveLength(10);
    expect(new Set(all.map((m) => m.MessageID)).size).toBe(10);
    const rows = await harness.dataSource.getRepository(MailOutboxEntity).find();
    expect(rows.map((r) => r.status)).toEqual(Array(10).fill('SENT'));
  });

  it('mails nothing for escalations raised before the feature existed (the cutoff migration 0009 stored)', async () => {
    await members();
    // As if this database had been upgraded long after the stall below.
    await harness.dataSource.query(
      `UPDATE app_setting SET value = '9999-12-31T00:00:00.000Z' WHERE name = 'escalation-mail-since'`,
    );
    const sut = await harness.start('GM0014');
    await sut.commit();
    await env.sleep(21 * WEEK_MS);
    expect((await sut.view()).escalations).toHaveLength(3);
    await projectedVersion(sut);
    expect(await deliver(0)).toEqual([]);
  });
});
