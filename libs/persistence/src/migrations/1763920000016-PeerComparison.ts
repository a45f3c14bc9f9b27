import type { MigrationInterface, QueryRunner } from 'typeorm';

// Peer comparison (docs/rules.md "Peer comparison", issue 17.5): each running programme's current
// stay against the completed stays in its phase. The completed stays are read off the existing index
// on programme_phase_stay (phase, days) (migration 0004); this adds a partial index on the current
// stays (left_at IS NULL, one per programme) by phase and when they began, so the national list
// reads only the current stays of a phase that began before a day (a range), not every stay. Nothing to backfill: the projection has filled programme_phase_stay from each
// programme's phase history since migration 0004. Partial indexes: same syntax on SQLite and PostgreSQL.
export class PeerComparison1763920000016 implements MigrationInterface {
  name = 'PeerComparison1763920000016';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ix_programme_phase_stay_current ON programme_phase_stay (phase, entered_at, programme_id) WHERE left_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_programme_phase_stay_current`);
  }
}
