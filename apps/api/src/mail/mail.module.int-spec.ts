import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Global, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailpit, type Mailpit } from '../../../../test/support/mailpit';
import { enqueueMail, renderInvitation, type MailConfig } from '../../../../libs/mail/src';
import { dataSourceOptions, inTransaction, migrate, openDataSource } from '../../../../libs/persistence/src';
import { API_CONFIG } from '../config';
import { MAIL_CONFIG, MailModule } from './mail.module';

// The API's mail module: the sender runs from bootstrap to shutdown, with the MAIL_* settings.

const dir = mkdtempSync(join(tmpdir(), 'olievlek-mail-module-'));
const databaseUrl = join(dir, 'api.sqlite');
let mailpit: Mailpit;
const saved = { ...process.env };

@Global()
@Module({
  providers: [{ provide: API_CONFIG, useValue: { logLevel: 'silent', logFormat: 'json' } }],
  exports: [API_CONFIG],
})
class TestConfigModule {}

@Module({ imports: [TestConfigModule, TypeOrmModule.forRoot(dataSourceOptions({ url: databaseUrl })), MailModule] })
class TestAppModule {}

beforeAll(async () => {
  mailpit = await startMailpit();
  const migrator = await openDataSource({ url: databaseUrl });
  await migrate(migrator);
  await migrator.destroy();
});
afterAll(async () => {
  process.env = saved;
  await mailpit?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('MailModule', () => {
  let app: INestApplicationContext | undefined;

  it('sends what is enqueued while the API runs, from MAIL_SMTP_URL and MAIL_FROM', async () => {
    process.env.MAIL_SMTP_URL = mailpit.smtpUrl;
    process.env.MAIL_FROM = 'Gemeente Utrecht via Olievlek <noreply@olievlek.example.nl>';
    process.env.MAIL_POLL_MS = '100';
    app = await NestFactory.createApplicationContext(TestAppModule, { logger: false });
    await app.init();
    const config = app.get<MailConfig>(MAIL_CONFIG);
    expect(config.messageIdDomain).toBe('olievlek.example.nl');

    const dataSource = app.get<DataSource>(getDataSourceToken());
    const { messageId } = await inTransaction(dataSource, (manager) =>
      enqueueMail(
        manager,
        {
          kind: 'INVITATION',
          to: 'projectleider@utrecht.example.nl',
          language: 'en',
          ...renderInvitation({
            language: 'en',
            programmeName: 'Collectief Utrecht',
            municipalityName: 'Utrecht',
            inviterName: 'Fatima el Amrani',
            roleLabel: 'project lead',
            acceptUrl: 'https://olievlek.example.nl/invitation/xyz',
            expiresAt: new Date(Date.now() + 14 * 86_400_000),
          }),
        },
        config.messageIdDomain,
      ),
    );
    const message = await mailpit.waitForMessage((m) => `<${m.MessageID}>` === messageId, 10_000);
    expect(message.From).toEqual({ Name: 'Gemeente Utrecht via Olievlek', Address: 'noreply@olievlek.example.nl' });
    expect(message.Subject).toBe('Invitation to Collectief Utrecht (Utrecht)');

    // Shutdown waits for the sender before the database closes: no error, nothing left claimed.
    await app.close();
    app = undefined;
    const check = await openDataSource({ url: databaseUrl });
    try {
      expect(await check.query(`SELECT status, locked_until FROM mail_outbox`)).toEqual([
        { status: 'SENT', locked_until: null },
      ]);
    } finally {
      await check.destroy();
    }
  });
});
