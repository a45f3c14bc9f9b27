import { Global, Inject, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { loadMailConfig, MailSender, type MailConfig } from '../../../../libs/mail/src';
import { createLogger } from '../../../../libs/platform/src';
import { API_CONFIG, type ApiConfig } from '../config';

/** The MAIL_* settings (libs/mail loadMailConfig), for code that enqueues mail (its Message-ID domain). */
export const MAIL_CONFIG = Symbol('MAIL_CONFIG');

class MailSenderLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(@Inject(MailSender) private readonly sender: MailSender) {}

  onApplicationBootstrap(): void {
    this.sender.start();
  }

  // Before TypeORM closes the database (its shutdown hook): the round in progress finishes first.
  async onModuleDestroy(): Promise<void> {
    await this.sender.stop();
  }
}

/**
 * E-mail: the outbox sender polls `mail_outbox` while the API runs. Several API instances may run
 * it at once; their claims never overlap (libs/mail sender.ts).
 */
@Global()
@Module({
  providers: [
    { provide: MAIL_CONFIG, useFactory: (): MailConfig => loadMailConfig(process.env) },
    {
      provide: MailSender,
      inject: [getDataSourceToken(), MAIL_CONFIG, API_CONFIG],
      useFactory: (dataSource: DataSource, config: MailConfig, api: ApiConfig) =>
        new MailSender({
          dataSource,
          config,
          logger: createLogger('olievlek-api', api.logLevel, api.logFormat).child({ context: 'MailSender' }),
        }),
    },
    MailSenderLifecycle,
  ],
  exports: [MAIL_CONFIG, MailSender],
})
export class MailModule {}
