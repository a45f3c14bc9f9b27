import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../../test/support/postgres';
import { inTransaction, MailOutboxEntity, migrate, openDataSource } from '../../persistence/src';
import { enqueueMail, type OutgoingMail } from './index';

// A caller-given Message-ID (escalation e-mail, P3): the same message queued again (a retried
// activity, a restarted worker, two at once) leaves exactly one row.

const DOMAIN = 'olievlek.test';
const mail = (subject = 'Herinnering'): OutgoingMail => ({
  kind: 'ESCALATION_RAISED',
  to: 'lead@gemeente.example.nl',
  language: 'nl',
  subject,
  text: 'tekst',
  html: '<p>tekst</p>',
});

const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-mail-id-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

describe.each([
  { kind: 'SQLite', url: async () => join(sqliteDir, 'mail.sqlite') },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('mail outbox with a caller-given Message-ID on $kind', ({ url }) => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await openDataSource({ url: await url() });
    await migrate(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });
  const enqueue = (local: string, subject?: string) =>
    inTransaction(dataSource, (m) => enqueueMail(m, mail(subject), DOMAIN, new Date(), { messageIdLocalPart: local }));

  it('uses the given id and inserts only when no row holds it yet', async () => {
    const first = await enqueue('raised.programme-GM0363-1.escalation-1.abc');
    expect(first).toMatchObject({ messageId: `<raised.programme-GM0363-1.escalation-1.abc@${DOMAIN}>`, created: true });
    const again = await enqueue('raised.programme-GM0363-1.escalation-1.abc', 'Anders');
    expect(again).toEqual({ ...first, created: false });
    const rows = await dataSource.getRepository(MailOutboxEntity).findBy({ messageId: first.messageId });
    expect(rows.map((r) => [r.id, r.subject])).toEqual([[first.id, 'Herinnering']]);
  });

  it('two callers queueing the same message at once leave one row', async () => {
    const results = await Promise.all([enqueue('raised.same.1'), enqueue('raised.same.1'), enqueue('raised.same.1')]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await dataSource.getRepository(MailOutboxEntity).countBy({ messageId: `<raised.same.1@${DOMAIN}>` })).toBe(
      1,
    );
  });

  it('refuses a local part that could break out of the angle brackets', async () => {
    for (const bad of ['a>b', 'a@b', 'a b', '', 'a..b', `a\r\nBcc: x@y.nl`]) {
      await expect(enqueue(bad)).rejects.toThrow(/messageIdLocalPart/);
    }
  });
});
