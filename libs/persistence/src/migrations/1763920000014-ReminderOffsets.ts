import type { MigrationInterface, QueryRunner } from 'typeorm';

// Per-programme reminder offsets (issue 16, libs/domain checkReminderOffsets): the days before a
// deadline at which the worker's reminder scan mails the project leads. A programme without a row
// follows the national default (DEFAULT_REMINDER_POLICY). Kept in the read-model database beside
// the member directory, not in the workflow: reminders are a scan of the read model, not workflow
// state. A change is recorded in the directory's audit trail (directory_event), whose new `details`
// column holds what was chosen as JSON, so the programme's timeline can say it. Plain SQL both
// drivers accept; times are ISO 8601 UTC text like the rest of the read model.
export class ReminderOffsets1763920000014 implements MigrationInterface {
  name = 'ReminderOffsets1763920000014';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reminder_offsets (
        programme_id varchar(64) PRIMARY KEY,
        days_before varchar(64) NOT NULL,
        updated_at varchar(40) NOT NULL,
        updated_by varchar(40) NULL,
        updated_by_role varchar(24) NULL
      )`);
    await q.query(`ALTER TABLE directory_event ADD COLUMN details text NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE directory_event DROP COLUMN details`);
    await q.query(`DROP TABLE reminder_offsets`);
  }
}
