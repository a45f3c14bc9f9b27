import type { MigrationInterface, QueryRunner } from 'typeorm';

// When each programme row was last written, by the writer's clock. `updated_at` is the moment of
// the change in the workflow; a projection can commit long after it (a database outage, a busy
// worker) and after newer changes of other programmes, so readers that follow the table (the
// subscription feed) follow `projected_at` instead.
export class ProjectedAt1763920000005 implements MigrationInterface {
  name = 'ProjectedAt1763920000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE programme ADD COLUMN projected_at varchar(40) NOT NULL DEFAULT ''`);
    await q.query(`UPDATE programme SET projected_at = updated_at`);
    await q.query(`CREATE INDEX ix_programme_projected_at ON programme (projected_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_programme_projected_at`);
    await q.query(`ALTER TABLE programme DROP COLUMN projected_at`);
  }
}
