import type { MigrationInterface, QueryRunner } from 'typeorm';

// Delivery made visible (issue 16): each outbox row names the programme it concerns (null for mail
// about no single programme, such as the weekly digest), so a programme shows its own pending and
// failed messages; and a message may carry attachments (a session invitation's .ics) as a JSON
// array; a given-up message records when (failed_at). The index serves the per-programme counts.
// Plain SQL both drivers accept.
export class MailOutboxProgramme1763920000012 implements MigrationInterface {
  name = 'MailOutboxProgramme1763920000012';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN programme_id varchar(64) NULL`);
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN attachments text NULL`);
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN failed_at varchar(40) NULL`);
    await q.query(`CREATE INDEX ix_mail_outbox_programme ON mail_outbox (programme_id, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_mail_outbox_programme`);
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN failed_at`);
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN attachments`);
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN programme_id`);
  }
}
