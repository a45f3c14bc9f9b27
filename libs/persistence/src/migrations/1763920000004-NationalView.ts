import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { ProgrammeState } from '../../../domain/src';
import { missedSchoolYears, writeProgrammeDetails, type RunStatement } from '../programme-projection';

// What the national view aggregates without reading programme JSON (DOMAIN "National view",
// "Indicators"): every stay in a phase with its length in days (median days per phase), the
// quarterly indicator reports, practices adopted into actions, missed school years and mentor
// pairings. Filled by
// `ProgrammeReadModel.upsert`; existing programmes are filled here from their stored state.
export class NationalView1763920000004 implements MigrationInterface {
  name = 'NationalView1763920000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE programme ADD COLUMN school_years_missed integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE programme ADD COLUMN mentor_municipality_code varchar(6)`);
    // Narrow indexes the overview scans instead of the programme rows (which carry the JSON state).
    await q.query(`CREATE INDEX ix_programme_school_years_missed ON programme (school_years_missed)`);
    await q.query(`CREATE INDEX ix_programme_mentor ON programme (mentor_municipality_code)`);
    await q.query(`CREATE INDEX ix_programme_risk_flags ON programme (risk_flags)`);
    await q.query(`CREATE INDEX ix_escalation_outbox_status_level ON escalation_outbox (status, level)`);
    await q.query(`
      CREATE TABLE programme_phase_stay (
        programme_id varchar(64) NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
        phase varchar(16) NOT NULL,
        entered_at varchar(40) NOT NULL,
        left_at varchar(40),
        days double precision,
        PRIMARY KEY (programme_id, phase)
      )`);
    await q.query(`CREATE INDEX ix_programme_phase_stay_phase_days ON programme_phase_stay (phase, days)`);
    await q.query(`
      CREATE TABLE indicator_report (
        programme_id varchar(64) NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
        period varchar(8) NOT NULL,
        repeat_reports integer,
        professionals_trained integer,
        schools_reached integer,
        reported_at varchar(40) NOT NULL,
        PRIMARY KEY (programme_id, period)
      )`);
    // Covers the per-quarter sums, so they read the index alone.
    await q.query(
      `CREATE INDEX ix_indicator_report_period ON indicator_report (period, repeat_reports, professionals_trained, schools_reached)`,
    );
    await q.query(`
      CREATE TABLE practice_adoption (
        programme_id varchar(64) NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
        action_id varchar(40) NOT NULL,
        practice_id varchar(80) NOT NULL,
        municipality_code varchar(6) NOT NULL,
        adopted_at varchar(40) NOT NULL,
        PRIMARY KEY (programme_id, action_id)
      )`);
    await q.query(`CREATE INDEX ix_practice_adoption_practice ON practice_adoption (practice_id, adopted_at)`);

    const run: RunStatement = (sql, values) => {
      const [query, params] = q.connection.driver.escapeQueryWithParameters(sql, values);
      return q.query(query, params);
    };
    const rows = (await q.query(`SELECT id, state FROM programme`)) as Array<{ id: string; state: string }>;
    for (const row of rows) {
      const state = JSON.parse(row.state) as ProgrammeState;
      await run(
        `UPDATE programme SET school_years_missed = :missed, mentor_municipality_code = :mentor WHERE id = :id`,
        {
          missed: missedSchoolYears(state),
          mentor: state.mentor?.municipalityCode ?? null,
          id: row.id,
        },
      );
      // Without the national totals: their table comes in migration 0019, which fills it from these rows.
      await writeProgrammeDetails(run, state, { tally: false });
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_escalation_outbox_status_level`);
    await q.query(`DROP INDEX ix_programme_risk_flags`);
    await q.query(`DROP INDEX ix_programme_mentor`);
    await q.query(`DROP INDEX ix_programme_school_years_missed`);
    await q.query(`DROP TABLE practice_adoption`);
    await q.query(`DROP TABLE indicator_report`);
    await q.query(`DROP TABLE programme_phase_stay`);
    await q.query(`ALTER TABLE programme DROP COLUMN mentor_municipality_code`);
    await q.query(`ALTER TABLE programme DROP COLUMN school_years_missed`);
  }
}
