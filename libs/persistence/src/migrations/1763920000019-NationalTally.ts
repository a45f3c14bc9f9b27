import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 18.3 (100,000 programmes): the national overview's two largest aggregates, completed phase
// stays per phase and indicator reports per period (350,000 and 380,000 rows at 100,000
// programmes), kept as running totals. The projection adds each programme's change in the
// transaction that rewrites its stays and reports (programme-projection.ts), so the totals stay
// one snapshot with the rest; filled here from the rows already projected.
export class NationalTally1763920000019 implements MigrationInterface {
  name = 'NationalTally1763920000019';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE national_tally (
        dim varchar(16) NOT NULL,
        k varchar(16) NOT NULL,
        n bigint NOT NULL DEFAULT 0,
        repeat_reports bigint NOT NULL DEFAULT 0,
        professionals_trained bigint NOT NULL DEFAULT 0,
        schools_reached bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (dim, k)
      )`);
    await q.query(`
      INSERT INTO national_tally (dim, k, n, repeat_reports, professionals_trained, schools_reached)
      SELECT 'stays', s.phase, COUNT(*), 0, 0, 0 FROM programme_phase_stay s WHERE s.days IS NOT NULL GROUP BY s.phase`);
    await q.query(`
      INSERT INTO national_tally (dim, k, n, repeat_reports, professionals_trained, schools_reached)
      SELECT 'indicators', i.period, COUNT(*), COALESCE(SUM(i.repeat_reports), 0),
             COALESCE(SUM(i.professionals_trained), 0), COALESCE(SUM(i.schools_reached), 0)
        FROM indicator_report i GROUP BY i.period`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE national_tally`);
  }
}
