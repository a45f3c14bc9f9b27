import type { MigrationInterface, QueryRunner } from 'typeorm';

// The e-mail outbox (libs/mail). One table for both drivers; only the id's type differs: a native
// uuid on PostgreSQL, text on SQLite. Times are ISO 8601 UTC text like the rest of the read model.
export class MailOutbox1763920000007 implements MigrationInterface {
  name = 'MailOutbox1763920000007';

  async up(q: QueryRunner): Promise<void> {
    const idType = q.connection.driver.options.type === 'postgres' ? 'uuid' : 'varchar(36)';
    await q.query(`
      CREATE TABLE mail_outbox (
        id ${idType} PRIMARY KEY,
        message_id text NOT NULL,
        kind varchar(40) NOT NULL,
        recipient text NOT NULL,
        language varchar(2) NOT NULL CHECK (language IN ('nl', 'en')),
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        status varchar(16) NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at varchar(40) NOT NULL,
        locked_until varchar(40) NULL,
        sent_at varchar(40) NULL,
        last_error text NULL,
        created_at varchar(40) NOT NULL,
        CONSTRAINT uq_mail_outbox_message_id UNIQUE (message_id)
      )`);
    await q.query(`CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_outbox`);
  }
}
