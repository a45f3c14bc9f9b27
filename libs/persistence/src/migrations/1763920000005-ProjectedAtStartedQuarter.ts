import type { MigrationInterface, QueryRunner } from 'typeorm';

// When each programme row was last written, by the writer's clock. `updated_at` is the moment of
// the change in the workflow; a projection can commit long after it (a database outage, a busy
// worker) and after newer changes of other programmes, so readers that follow the table (the
// subscription feed) follow `projected_at` instead. And the quarter each programme started in
// (UTC, `YYYY-Qn`), so the spread curve is counted off an index.
export class ProjectedAtStartedQuarter1763920000005 implements MigrationInterface {
  name = 'ProjectedAtStartedQuarter1763920000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE programme ADD COLUMN projected_at varchar(40) NOT NULL DEFAULT ''`);
    await q.query(`UPDATE programme SET projected_at = updated_at`);
    await q.query(`CREATE INDEX ix_programme_projected_at ON programme (projected_at)`);
    await q.query(`ALTER TABLE programme ADD COLUMN started_quarter varchar(7) NOT NULL DEFAULT ''`);
    await q.query(`UPDATE programme SET started_quarter = substr(started_at, 1, 4) || '-Q' || CASE
        WHEN substr(started_at, 6, 2) <= '03' THEN '1'
        WHEN substr(started_at, 6, 2) <= '06' THEN '2'
        WHEN substr(started_at, 6, 2) <= '09' THEN '3'
        ELSE '4' END`);
    await q.query(`CREATE INDEX ix_programme_started_quarter ON programme (started_quarter)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_programme_started_quarter`);
    await q.query(`ALTER TABLE programme DROP COLUMN started_quarter`);
    await q.query(`DROP INDEX ix_programme_projected_at`);
    await q.query(`ALTER TABLE programme DROP COLUMN projected_at`);
  }
}
