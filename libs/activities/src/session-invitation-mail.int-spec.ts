import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startMailpit, type Mailpit } from '../../../test/support/mailpit';
import { createDatabase } from '../../../test/support/postgres';
import { calendarFixed, withSession } from '../../../test/support/training-sessions';
import { calendarEventsOf, type MemberRole, type ProgrammeState } from '../../domain/src';
import {
  deliverySentence,
  enqueueMail,
  failedMailCount,
  loadMailConfig,
  mailDeliveryOf,
  MailSender,
} from '../../mail/src';
import {
  inTransaction,
  MailOutboxEntity,
  MemberDirectory,
  MemberEntity,
  migrate,
  openDataSource,
  type NotificationMode,
} from '../../persistence/src';
import { createReadModelActivities } from './read-model.activities';

// Session invitations (issue 16, R3.1) through the worker's projection path, the real outbox,
// MailSender and Mailpit, on SQLite and PostgreSQL: a planned session reaches the project lead and
// the education partner's contact once each with its .ics (the calendar feed's UID and day); a
// re-projection sends nothing new; the alderman, the care partner and a digest-only lead get none;
// a session planned before migration 0009's cutoff is never mailed.

const DOMAIN = 'olievlek.test';
const PUBLIC_URL = 'https://olievlek.example.nl';
const CUTOFF = '2027-01-11T00:00:00.000Z';
const TODAY = () => new Date('2027-01-11T09:05:00.000Z');
const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-sessions-'));
let mailpit: Mailpit;

beforeAll(async () => {
  mailpit = await startMailpit();
});
afterAll(async () => {
  await mailpit?.stop();
  rmSync(sqliteDir, { recursive: true, force: true });
});

interface MailpitAttachment {
  PartID: string;
  FileName: string;
  ContentType: string;
}

describe.each([
  { kind: 'SQLite', url: async () => join(sqliteDir, `sessions-${Date.now()}.sqlite`) },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('session invitations on $kind', ({ kind, url }) => {
  const tag = kind === 'SQLite' ? 'sq' : 'pg';
  const programmeId = kind === 'SQLite' ? 'programme-GM0344-1' : 'programme-GM0344-2';
  const email = (who: string) => `${who}.${tag}@example.nl`;
  let dataSource: DataSource;
  let sender: MailSender;
  let state: ProgrammeState;

  const addMember = async (
    id: string,
    role: MemberRole,
    o: { mode?: NotificationMode; partner?: { organisation: string; domain: 'EDUCATION' | 'CARE' } } = {},
  ) => {
    await dataSource.manager.insert(MemberEntity, {
      id: `${id}-${tag}`,
      name: `Persoon ${id}`,
      email: email(id),
      organisation: null,
      language: 'nl',
      issuer: null,
      subject: null,
      createdAt: '2026-11-23T10:00:00.000Z',
      erasedAt: null,
      ...(o.mode ? { notificationMode: o.mode } : {}),
    });
    await inTransaction(dataSource, (m) =>
      new MemberDirectory(dataSource).grant(m, {
        programmeId,
        memberId: `${id}-${tag}`,
        role,
        ...(o.partner ? { partner: { ...o.partner, level: 'PROFESSIONAL' as const } } : {}),
      }),
    );
  };
  const project = (s: ProgrammeState) =>
    createReadModelActivities({
      dataSource,
      escalationMail: { messageIdDomain: DOMAIN, publicUrl: PUBLIC_URL },
      clock: TODAY,
    }).projectProgramme(s);
  const inbox = (who: string) => mailpit.search(`to:${email(who)}`);

  beforeAll(async () => {
    dataSource = await openDataSource({ url: await url() });
    await migrate(dataSource);
    // Migration 0009 stored "now"; fixed here so the spec does not depend on the day it runs.
    await dataSource.query(
      dataSource.options.type === 'postgres'
        ? `UPDATE app_setting SET value = $1 WHERE name = 'escalation-mail-since'`
        : `UPDATE app_setting SET value = ? WHERE name = 'escalation-mail-since'`,
      [CUTOFF],
    );
    sender = new MailSender({
      dataSource,
      config: loadMailConfig({ MAIL_FROM: `Olievlek <noreply@${DOMAIN}>`, MAIL_SMTP_URL: mailpit.smtpUrl }),
    });
    await addMember('lead', 'PROJECT_LEAD');
    await addMember('digest_lead', 'PROJECT_LEAD', { mode: 'DIGEST' });
    await addMember('alderman', 'ADMINISTRATIVE_LEAD');
    await addMember('school', 'PARTNER_CONTACT', {
      partner: { organisation: 'Stichting Onderwijs', domain: 'EDUCATION' },
    });
    await addMember('care', 'PARTNER_CONTACT', { partner: { organisation: 'Veilig Thuis', domain: 'CARE' } });
    const fixed = calendarFixed(programmeId);
    // Planned before the cutoff: never mailed.
    const old = withSession(fixed, '2027-09-28', 'Kick-off', Date.parse('2027-01-10T12:00:00.000Z'));
    state = withSession(old, '2027-10-05', 'Signalen herkennen', Date.parse('2027-01-11T09:00:00.000Z'));
  });
  afterAll(async () => {
    await sender?.stop();
    await dataSource?.destroy();
  });

  it('R3.1 sends the project lead and the education partner one invitation each, with the session as .ics', async () => {
    await project(state);
    expect(await sender.drainOnce()).toMatchObject({ sent: 2, failed: 0 });
    for (const who of ['lead', 'school']) {
      const [summary, ...more] = await inbox(who);
      expect(more).toEqual([]);
      const message = (await mailpit.message(summary!.ID)) as unknown as {
        Subject: string;
        Attachments: MailpitAttachment[];
      };
      expect(message.Subject).toBe('Scholingsbijeenkomst op dinsdag 5 oktober 2027: Signalen herkennen (Utrecht)');
      expect(message.Attachments).toHaveLength(1);
      const [attachment] = message.Attachments;
      expect(attachment).toMatchObject({ FileName: 'bijeenkomst.ics' });
      expect(attachment!.ContentType).toMatch(/^text\/calendar/);
      const ics = await (
        await fetch(`${mailpit.webUrl}/api/v1/message/${summary!.ID}/part/${attachment!.PartID}`)
      ).text();
      const calendar = new ICAL.Component(ICAL.parse(ics));
      expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      const feedEvent = calendarEventsOf(state).find(
        (e) => e.kind === 'TRAINING_SESSION' && e.allDay && e.date === '2027-10-05',
      )!;
      expect(event.uid).toBe(`${feedEvent.uid}@olievlek.example.nl`);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe('2027-10-05');
    }
    for (const who of ['alderman', 'care', 'digest_lead']) expect(await inbox(who)).toEqual([]);
    const rows = await dataSource.getRepository(MailOutboxEntity).findBy({ kind: 'SESSION_INVITATION' });
    expect(rows.map((r) => r.programmeId)).toEqual([programmeId, programmeId]);
  });

  it('a re-projection, a second worker or a later version queue nothing new', async () => {
    await project(state);
    await project({ ...state, version: state.version + 1 });
    expect(await sender.drainOnce()).toMatchObject({ claimed: 0 });
    expect(await inbox('lead')).toHaveLength(1);
    expect(await dataSource.getRepository(MailOutboxEntity).countBy({ kind: 'SESSION_INVITATION' })).toBe(2);
  });

  it('counts the programme’s mail in its delivery figures', async () => {
    expect(await mailDeliveryOf(dataSource, programmeId)).toEqual({ pending: 0, sent: 2, failed: 0, failedByRole: [] });
  });

  it('shows a message the relay refused (5xx) on the programme, by role and without any address', async () => {
    // A relay that accepts only the project lead: the alderman's escalation is refused at RCPT TO.
    const strict = await startMailpit({ args: ['--smtp-allowed-recipients', `^lead\\.${tag}@`] });
    const strictSender = new MailSender({
      dataSource,
      config: loadMailConfig({ MAIL_FROM: `Olievlek <noreply@${DOMAIN}>`, MAIL_SMTP_URL: strict.smtpUrl }),
    });
    try {
      const mail = (to: string, kind: string) => ({
        kind,
        programmeId,
        to,
        language: 'nl' as const,
        subject: 'Escalatie',
        text: 'Er staat iets stil.',
        html: '<p>Er staat iets stil.</p>',
      });
      await inTransaction(dataSource, async (m) => {
        await enqueueMail(m, mail(email('alderman'), 'ESCALATION_RAISED'), DOMAIN);
        await enqueueMail(m, mail(email('lead'), 'ESCALATION_RAISED'), DOMAIN);
        await enqueueMail(m, { ...mail('onbekend@elders.example.org', 'INVITATION') }, DOMAIN);
        await enqueueMail(m, { ...mail('digest@elders.example.org', 'DIGEST'), programmeId: undefined }, DOMAIN);
      });
      expect(await strictSender.drainOnce()).toMatchObject({ sent: 1, failed: 3 });
      const sut = await mailDeliveryOf(dataSource, programmeId);
      expect(sut).toMatchObject({ pending: 0, sent: 3, failed: 2 });
      expect(sut.failedByRole).toEqual([
        { role: 'ADMINISTRATIVE_LEAD', count: 1 },
        { role: 'INVITEE', count: 1 },
      ]);
      expect(sut.lastFailure).toMatchObject({ kind: expect.stringMatching(/^(ESCALATION_RAISED|INVITATION)$/) });
      expect(sut.lastFailure!.reason).toMatch(/^EENVELOPE 5\d\d /);
      expect(Date.parse(sut.lastFailure!.at)).toBeGreaterThan(Date.now() - 60_000);
      expect(JSON.stringify(sut)).not.toMatch(/@/);
      expect(deliverySentence(sut, 'nl')).toBe(
        '1 bericht aan de wethouder en 1 bericht aan een genodigde konden niet worden bezorgd.',
      );
      // The national figure counts every given-up message, the digest's too.
      expect(await failedMailCount(dataSource)).toEqual({ messages: 3, programmes: 1 });
    } finally {
      await strictSender.stop();
      await strict.stop();
    }
  });
});
