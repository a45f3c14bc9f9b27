import type { MigrationInterface, QueryRunner } from 'typeorm';

// Plain SQL that SQLite and PostgreSQL both accept, so one migration serves both drivers.
// The outbox mirrors the escalations the workflow holds; `programme_version` is the state version
// that last wrote a row, so a late or repeated projection never moves it backwards.
export class LifecycleReadModel1763920000002 implements MigrationInterface {
  name = 'LifecycleReadModel1763920000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE programme ADD COLUMN open_escalation_level integer NOT NULL DEFAULT 0`);
    await q.query(`CREATE INDEX ix_programme_open_escalation_level ON programme (open_escalation_level)`);
    await q.query(`
      CREATE TABLE escalation_outbox (
        id varchar(160) PRIMARY KEY,
        programme_id varchar(64) NOT NULL REFERENCES programme (id),
        programme_version integer NOT NULL,
        level integer NOT NULL,
        level_name varchar(16) NOT NULL,
        recipient varchar(24) NOT NULL,
        kind varchar(32) NOT NULL,
        step varchar(80) NOT NULL,
        rule_id varchar(8) NULL,
        message text NOT NULL,
        due_at varchar(40) NOT NULL,
        raised_at varchar(40) NOT NULL,
        status varchar(16) NOT NULL,
        resolved_at varchar(40) NULL,
        delivery_status varchar(16) NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_attempt_at varchar(40) NULL,
        last_error text NULL,
        delivered_at varchar(40) NULL,
        target varchar(2048) NULL
      )`);
    await q.query(`CREATE INDEX ix_escalation_outbox_programme ON escalation_outbox (programme_id)`);
    await q.query(`CREATE INDEX ix_escalation_outbox_delivery_status ON escalation_outbox (delivery_status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE escalation_outbox`);
    // SQLite cannot drop an indexed column: the index goes first.
    await q.query(`DROP INDEX ix_programme_open_escalation_level`);
    await q.query(`ALTER TABLE programme DROP COLUMN open_escalation_level`);
  }
}
