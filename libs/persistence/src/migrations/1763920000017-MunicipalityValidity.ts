import type { MigrationInterface, QueryRunner } from 'typeorm';

// Herindeling (issue 17.6, docs/operations.md "Loading a new reference year"): a municipality is
// valid from a year, until a year (the last year it existed; NULL while current), and names the
// municipality it merged into. The CBS 2025 rows are open-ended from 2025 (their earlier history is
// not in our data). New years are loaded by later migrations through applyReferenceYear
// (reference-years.ts), which only closes merged rows and adds new ones. Same SQL on SQLite and PostgreSQL.
export class MunicipalityValidity1763920000017 implements MigrationInterface {
  name = 'MunicipalityValidity1763920000017';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE municipality ADD COLUMN valid_from integer NOT NULL DEFAULT 2025`);
    await q.query(`ALTER TABLE municipality ADD COLUMN valid_until integer NULL`);
    await q.query(`ALTER TABLE municipality ADD COLUMN successor_code varchar(6) NULL`);
    // The apply-mergers scan looks for closed rows only.
    await q.query(
      `CREATE INDEX ix_municipality_successor ON municipality (successor_code) WHERE successor_code IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_municipality_successor`);
    await q.query(`ALTER TABLE municipality DROP COLUMN successor_code`);
    await q.query(`ALTER TABLE municipality DROP COLUMN valid_until`);
    await q.query(`ALTER TABLE municipality DROP COLUMN valid_from`);
  }
}
