import type { MigrationInterface, QueryRunner } from 'typeorm';

// Columns for listing programmes without reading their JSON state: risk flags as a delimited
// list (`,EXTERNAL_LEAD,LEAD_DEPARTED,`) so `LIKE '%,FLAG,%'` filters the same way on SQLite and
// PostgreSQL, and indexes for the sort orders of the `programmes` query.
export class ProgrammeListing1763920000003 implements MigrationInterface {
  name = 'ProgrammeListing1763920000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE programme ADD COLUMN risk_flags varchar(200) NOT NULL DEFAULT ''`);
    await q.query(`CREATE INDEX ix_programme_started_at ON programme (started_at, id)`);
    await q.query(`CREATE INDEX ix_programme_updated_at ON programme (updated_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_programme_updated_at`);
    await q.query(`DROP INDEX ix_programme_started_at`);
    await q.query(`ALTER TABLE programme DROP COLUMN risk_flags`);
  }
}
