import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 18.3 (100,000 programmes; figures in bench/README.md, module `scale`). Indexes only,
// nothing to backfill; partial indexes have the same syntax on SQLite and PostgreSQL.
// - The national overview reads the programme table's own figures in one pass, grouped by phase,
//   status, quarter and risk flags: an index-only scan of the grid index, the groups its first
//   columns (the other figures' columns follow, so the table itself is not read).
// - Its count of unresolved escalations per level reads only the unresolved ones (a third of the
//   outbox at 100,000 programmes), not every escalation ever raised.
// - A page of a kwartiermaker's "Mijn taken" reads its level-3 escalations in the list's order
//   (OPEN, by deadline) and stops after a page, instead of reading every stalled programme.
export class ScaleReadModel1763920000018 implements MigrationInterface {
  name = 'ScaleReadModel1763920000018';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ix_programme_national_grid ON programme (phase, status, started_quarter, risk_flags, open_escalation_level, school_years_missed, mentor_municipality_code)`,
    );
    await q.query(
      `CREATE INDEX ix_escalation_outbox_unresolved ON escalation_outbox (level) WHERE status IN ('OPEN', 'ACKNOWLEDGED')`,
    );
    await q.query(
      `CREATE INDEX ix_escalation_outbox_open_due ON escalation_outbox (level, due_at) WHERE status = 'OPEN'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_escalation_outbox_open_due`);
    await q.query(`DROP INDEX ix_escalation_outbox_unresolved`);
    await q.query(`DROP INDEX ix_programme_national_grid`);
  }
}
