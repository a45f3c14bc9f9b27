import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../../test/support/free-port';
import { startMailpit, type Mailpit } from '../../../test/support/mailpit';
import { createDatabase } from '../../../test/support/postgres';
import { inTransaction, MailOutboxEntity, migrate, openDataSource } from '../../persistence/src';
import { enqueueMail, loadMailConfig, MailSender, renderInvitation, type MailConfig, type OutgoingMail } from './index';

const DOMAIN = 'olievlek.test';

const invitationMail = (to = 'wethouder@utrecht.example.nl'): OutgoingMail => ({
  kind: 'INVITATION',
  to,
  language: 'nl',
  ...renderInvitation({
    language: 'nl',
    programmeName: 'Collectief Utrecht',
    municipalityName: 'Utrecht',
    inviterName: 'Fatima el Amrani',
    roleLabel: 'bestuurlijk trekker',
    acceptUrl: 'https://olievlek.example.nl/uitnodiging/abc123',
    expiresAt: '2027-03-01T10:00:00.000Z',
  }),
});

const mailConfig = (smtpUrl: string | undefined, over: Partial<MailConfig> = {}): MailConfig => ({
  ...loadMailConfig({ MAIL_FROM: `Olievlek <noreply@${DOMAIN}>`, ...(smtpUrl ? { MAIL_SMTP_URL: smtpUrl } : {}) }),
  ...over,
});

/** Mailpit shows the Message-ID without its angle brackets. */
const bare = (messageId: string) => messageId.replace(/^<|>$/g, '');

const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-mail-'));
let mailpit: Mailpit;

beforeAll(async () => {
  mailpit = await startMailpit();
});
afterAll(async () => {
  await mailpit?.stop();
  rmSync(sqliteDir, { recursive: true, force: true });
});

describe.each([
  { kind: 'SQLite', url: async () => join(sqliteDir, `mail-${Date.now()}.sqlite`) },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('mail outbox on $kind', ({ kind, url }) => {
  let databaseUrl: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    databaseUrl = await url();
    dataSource = await openDataSource({ url: databaseUrl });
    await migrate(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });
  beforeEach(async () => {
    await dataSource.getRepository(MailOutboxEntity).clear();
  });

  const row = (id: string) => dataSource.getRepository(MailOutboxEntity).findOneByOrFail({ id });
  const enqueue = (mail: OutgoingMail = invitationMail()) =>
    inTransaction(dataSource, (manager) => enqueueMail(manager, mail, DOMAIN));

  it('records a message only when the transaction that causes it commits', async () => {
    const rolledBack = inTransaction(dataSource, async (manager) => {
      await enqueueMail(manager, invitationMail(), DOMAIN);
      throw new Error('the invitation failed');
    });
    await expect(rolledBack).rejects.toThrow('the invitation failed');
    expect(await dataSource.getRepository(MailOutboxEntity).count()).toBe(0);

    const { id, messageId } = await enqueue();
    expect(messageId).toMatch(new RegExp(`^<${id}@${DOMAIN.replace('.', '\\.')}>$`));
    expect(await row(id)).toMatchObject({ status: 'PENDING', attempts: 0, kind: 'INVITATION', language: 'nl' });
  });

  it('refuses a second address or a line break in a header field', async () => {
    await expect(enqueue({ ...invitationMail('a@example.org, b@example.org') })).rejects.toThrow(/one e-mail address/);
    await expect(enqueue({ ...invitationMail('a@example.org\r\nBcc: b@example.org') })).rejects.toThrow(
      /one e-mail address/,
    );
    await expect(enqueue({ ...invitationMail(), subject: 'Hallo\r\nBcc: b@example.org' })).rejects.toThrow(
      /line break/,
    );
    expect(await dataSource.getRepository(MailOutboxEntity).count()).toBe(0);
  });

  it('sends a message once, with its stored Message-ID and a text and an HTML part', async () => {
    const { id, messageId } = await enqueue();
    const sut = new MailSender({ dataSource, config: mailConfig(mailpit.smtpUrl) });
    try {
      expect(await sut.drainOnce()).toEqual({ claimed: 1, sent: 1, retried: 0, failed: 0 });
      expect(await sut.drainOnce()).toEqual({ claimed: 0, sent: 0, retried: 0, failed: 0 });
    } finally {
      await sut.stop();
    }

    const found = await mailpit.search(`message-id:"${bare(messageId)}"`);
    expect(found.map((m) => m.MessageID)).toEqual([bare(messageId)]);
    const message = await mailpit.message(found[0]!.ID);
    expect(message.To.map((t) => t.Address)).toEqual(['wethouder@utrecht.example.nl']);
    expect(message.From.Address).toBe(`noreply@${DOMAIN}`);
    expect(message.Subject).toBe('Uitnodiging voor Collectief Utrecht (Utrecht)');
    expect(message.Text).toContain('https://olievlek.example.nl/uitnodiging/abc123');
    expect(message.HTML).toContain('href="https://olievlek.example.nl/uitnodiging/abc123"');
    expect(message.Headers['Message-Id'] ?? message.Headers['Message-ID']).toEqual([messageId]);
    expect(message.Headers['Content-Language']).toEqual(['nl']);

    const sent = await row(id);
    expect(sent).toMatchObject({ status: 'SENT', attempts: 1, lockedUntil: null, lastError: null });
    expect(sent.sentAt).not.toBeNull();
  });

  it('keeps a message PENDING with a later attempt while SMTP is down, then sends it once', async () => {
    const own = await startMailpit();
    let offsetMs = 0;
    const sut = new MailSender({
      dataSource,
      config: mailConfig(own.smtpUrl),
      clock: () => Date.now() + offsetMs,
    });
    let back: Mailpit | undefined;
    try {
      const { id, messageId } = await enqueue();
      await own.stop();

      expect(await sut.drainOnce()).toMatchObject({ claimed: 1, retried: 1, sent: 0 });
      const waiting = await row(id);
      expect(waiting).toMatchObject({ status: 'PENDING', attempts: 1, lockedUntil: null, sentAt: null });
      expect(Date.parse(waiting.nextAttemptAt)).toBeGreaterThan(Date.now() + 20_000);
      expect(waiting.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
      expect(waiting.lastError).not.toContain('uitnodiging');
      // Not due yet: nothing is claimed.
      expect(await sut.drainOnce()).toMatchObject({ claimed: 0 });

      back = await startMailpit({ smtpPort: own.smtpPort, webPort: own.webPort });
      offsetMs = 31_000;
      expect(await sut.drainOnce()).toMatchObject({ claimed: 1, sent: 1 });
      expect(await row(id)).toMatchObject({ status: 'SENT', attempts: 2 });
      expect(await sut.drainOnce()).toMatchObject({ claimed: 0 });
      expect((await back.messages()).map((m) => m.MessageID)).toEqual([bare(messageId)]);
    } finally {
      await sut.stop();
      await back?.stop();
    }
  });

  it('after a crash between the relay accepting and the row being marked, sends again with the same Message-ID', async () => {
    let offsetMs = 0;
    const sut = new MailSender({
      dataSource,
      config: mailConfig(mailpit.smtpUrl),
      clock: () => Date.now() + offsetMs,
      leaseMs: 60_000,
    });
    try {
      const { id, messageId } = await enqueue();
      expect(await sut.drainOnce()).toMatchObject({ sent: 1 });
      // The crash: the relay has the message, the row still says PENDING under the dead sender's lease.
      const lease = new Date(Date.now() + 60_000).toISOString();
      await dataSource
        .getRepository(MailOutboxEntity)
        .update(id, { status: 'PENDING', sentAt: null, lockedUntil: lease });
      expect(await sut.drainOnce()).toMatchObject({ claimed: 0 });
      offsetMs = 61_000;
      expect(await sut.drainOnce()).toMatchObject({ claimed: 1, sent: 1 });
      // At least once: two copies reached the relay, both with the one Message-ID a receiver can deduplicate on.
      const copies = await mailpit.search(`message-id:"${bare(messageId)}"`);
      expect(copies.map((m) => m.MessageID)).toEqual([bare(messageId), bare(messageId)]);
    } finally {
      await sut.stop();
    }
  });

  it("a sender's marks never join a caller's open transaction, so its rollback cannot undo a SENT", async () => {
    const sut = new MailSender({ dataSource, config: mailConfig(mailpit.smtpUrl) });
    try {
      const { id, messageId } = await enqueue();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const callers = inTransaction(dataSource, async (manager) => {
        await enqueueMail(manager, invitationMail('ander@gemeente.example.nl'), DOMAIN);
        await gate;
        throw new Error('the invitation failed');
      });
      await new Promise((r) => setTimeout(r, 50));
      const drained = sut.drainOnce();
      // Time enough to claim, send and mark inside the caller's transaction, were it shared.
      await new Promise((r) => setTimeout(r, 500));
      release();
      await expect(callers).rejects.toThrow('the invitation failed');
      expect(await drained).toMatchObject({ claimed: 1, sent: 1 });
      expect(await row(id)).toMatchObject({ status: 'SENT', attempts: 1 });
      expect(await dataSource.getRepository(MailOutboxEntity).count()).toBe(1);
      expect(await mailpit.search(`message-id:"${bare(messageId)}"`)).toHaveLength(1);
    } finally {
      await sut.stop();
    }
  });

  it('gives a message up as FAILED after the last attempt', async () => {
    let offsetMs = 0;
    const sut = new MailSender({
      dataSource,
      config: mailConfig(`smtp://127.0.0.1:${await freePort()}`, { maxAttempts: 2 }),
      clock: () => Date.now() + offsetMs,
    });
    try {
      const { id } = await enqueue();
      expect(await sut.drainOnce()).toMatchObject({ retried: 1 });
      offsetMs = 31_000;
      expect(await sut.drainOnce()).toMatchObject({ failed: 1 });
      expect(await row(id)).toMatchObject({ status: 'FAILED', attempts: 2 });
      offsetMs = 24 * 3_600_000;
      expect(await sut.drainOnce()).toMatchObject({ claimed: 0 });
    } finally {
      await sut.stop();
    }
  });

  it('gives a message up at once when the relay refuses its recipient for good (5xx)', async () => {
    const strict = await startMailpit({ args: ['--smtp-allowed-recipients', '@gemeente\\.example\\.nl$'] });
    const sut = new MailSender({ dataSource, config: mailConfig(strict.smtpUrl) });
    try {
      const { id } = await enqueue(invitationMail('iemand@elders.example.org'));
      expect(await sut.drainOnce()).toMatchObject({ claimed: 1, failed: 1 });
      const failed = await row(id);
      expect(failed).toMatchObject({ status: 'FAILED', attempts: 1 });
      expect(failed.lastError).toMatch(/^EENVELOPE 5\d\d /);
      expect(await strict.messages()).toEqual([]);
    } finally {
      await sut.stop();
      await strict.stop();
    }
  });

  it('leaves messages PENDING when no SMTP relay is configured', async () => {
    const warnings: string[] = [];
    const logger = { info: () => undefined, error: () => undefined, warn: (_: object, m: string) => warnings.push(m) };
    const sut = new MailSender({ dataSource, config: mailConfig(undefined), logger });
    const { id } = await enqueue();
    sut.start();
    expect(await sut.drainOnce()).toEqual({ claimed: 0, sent: 0, retried: 0, failed: 0 });
    await sut.stop();
    expect(await row(id)).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(warnings).toHaveLength(1);
  });

  it('sends every message exactly once while two senders drain at the same time', async () => {
    // PostgreSQL: a second pool, as a second API instance has. SQLite: one process holds one
    // connection (a second one in the same process would wait for the first synchronously, blocking
    // the very event loop that has to finish it); separate processes are kept apart by SQLite's
    // write lock, which the single-statement claim runs under.
    const second = kind === 'PostgreSQL' ? await openDataSource({ url: databaseUrl }) : dataSource;
    const enqueued = new Set<string>();
    for (let n = 0; n < 30; n++) {
      enqueued.add(bare((await enqueue(invitationMail(`lid-${n}@gemeente.example.nl`))).messageId));
    }
    const senders = [dataSource, second].map(
      (ds) => new MailSender({ dataSource: ds, config: mailConfig(mailpit.smtpUrl), batchSize: 4 }),
    );
    try {
      await Promise.all(
        senders.map(async (s) => {
          while ((await s.drainOnce()).claimed > 0);
        }),
      );
      const [a, b] = senders.map((s) => s.counters.sent);
      expect(a! + b!).toBe(30);
      expect(a).toBeGreaterThan(0);
      expect(b).toBeGreaterThan(0);
      const delivered = (await mailpit.messages()).map((m) => m.MessageID).filter((m) => enqueued.has(m));
      expect(delivered).toHaveLength(30);
      expect(new Set(delivered).size).toBe(30);
      expect(await dataSource.getRepository(MailOutboxEntity).countBy({ status: 'SENT' })).toBe(30);
    } finally {
      await Promise.all(senders.map((s) => s.stop()));
      if (second !== dataSource) await second.destroy();
    }
  });

  it('the poll loop sends what is enqueued while it runs, and stop waits for its round', async () => {
    const sut = new MailSender({ dataSource, config: mailConfig(mailpit.smtpUrl, { pollMs: 50 }) });
    sut.start();
    try {
      const { messageId } = await enqueue(invitationMail('projectleider@gemeente.example.nl'));
      const message = await mailpit.waitForMessage((m) => m.MessageID === bare(messageId), 10_000);
      expect(message.To.map((t) => t.Address)).toEqual(['projectleider@gemeente.example.nl']);
    } finally {
      await sut.stop();
    }
    expect(await dataSource.getRepository(MailOutboxEntity).countBy({ status: 'SENT' })).toBe(1);
  });
});
