import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, inject } from 'vitest';
import type { MemberRole } from '../../libs/domain/src';
import { loadMailConfig, MailSender } from '../../libs/mail/src';
import {
  inTransaction,
  MemberDirectory,
  MemberEntity,
  migrate,
  openDataSource,
  ProgrammeReadModel,
  type NotificationMode,
} from '../../libs/persistence/src';
import { startMailpit, type Mailpit } from './mailpit';
import { createDatabase } from './postgres';

// The set-up the reminder specs of libs/activities share (issue 16): a Mailpit for the file, the
// two databases each spec runs on (SQLite in a temporary directory, PostgreSQL from the global
// set-up), a migrated database with its read model and the outbox's sender, and the people the
// reminders go to, written straight into the directory.

/** The domain of the reminders' Message-IDs and sender address. */
export const REMINDER_MAIL_DOMAIN = 'olievlek.test';

/**
 * Call at the top of a spec file: starts Mailpit before the file's specs and stops it after (the
 * SQLite files' directory removed then too). `databases` is the table for `describe.each`.
 */
export function reminderSpecFile(name: string) {
  const sqliteDir = mkdtempSync(join(tmpdir(), `olievlek-${name}-`));
  let mailpit: Mailpit | undefined;
  beforeAll(async () => {
    mailpit = await startMailpit();
  });
  afterAll(async () => {
    await mailpit?.stop();
    rmSync(sqliteDir, { recursive: true, force: true });
  });
  return {
    mailpit: (): Mailpit => mailpit!,
    databases: [
      { kind: 'SQLite', url: async () => join(sqliteDir, `${name}-${Date.now()}.sqlite`) },
      { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
    ],
  };
}

export interface ReminderDatabase {
  dataSource: DataSource;
  read: ProgrammeReadModel;
  sender: MailSender;
  close(): Promise<void>;
}

/** A migrated database at `url`, its read model and a sender of the outbox through `mailpit`. */
export async function openReminderDatabase(url: string, mailpit: Mailpit): Promise<ReminderDatabase> {
  const dataSource = await openDataSource({ url });
  await migrate(dataSource);
  const sender = new MailSender({
    dataSource,
    config: loadMailConfig({ MAIL_FROM: `Olievlek <noreply@${REMINDER_MAIL_DOMAIN}>`, MAIL_SMTP_URL: mailpit.smtpUrl }),
  });
  return {
    dataSource,
    read: new ProgrammeReadModel(dataSource),
    sender,
    async close() {
      await sender.stop();
      await dataSource.destroy();
    },
  };
}

/** A person (`Persoon <id>`) with `role` in a programme since `atMs`, as test set-up. */
export async function addReminderMember(
  dataSource: DataSource,
  m: {
    id: string;
    email: string;
    role: MemberRole;
    programmeId: string;
    atMs: number;
    language?: 'nl' | 'en';
    mode?: NotificationMode;
  },
): Promise<void> {
  await dataSource.manager.insert(MemberEntity, {
    id: m.id,
    name: `Persoon ${m.id}`,
    email: m.email,
    organisation: null,
    language: m.language ?? 'nl',
    issuer: null,
    subject: null,
    createdAt: new Date(m.atMs).toISOString(),
    erasedAt: null,
    ...(m.mode ? { notificationMode: m.mode } : {}),
  });
  await inTransaction(dataSource, (manager) =>
    new MemberDirectory(dataSource).grant(
      manager,
      { programmeId: m.programmeId, memberId: m.id, role: m.role },
      m.atMs,
    ),
  );
}
