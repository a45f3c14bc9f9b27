import type { MigrationInterface, QueryRunner } from 'typeorm';

// Regional collectives (docs/rules.md C1–C4, issue 17.1). `programme_municipality` holds every
// municipality that takes or took part in a programme: its lead (penvoerder, the programme's own
// municipality) and its members, with the day each joined and, for a member that left, the day it
// left (C4: it no longer counts, what it embedded stays in the programme's state). A member that
// joins again has a second row (`entry`). The projection rewrites a programme's rows from its state;
// the API reads them for C1 (a municipality takes part in at most one running programme) and the
// national view for the municipalities reached. Backfill: every existing programme is its own lead
// (collectives did not exist before). `membership.municipality_code` marks an ADMINISTRATIVE_LEAD
// membership as the alderman of one member municipality (C2); invitations carry it until accepted.
// Plain SQL both drivers accept; times are ISO 8601 UTC text like the rest of the read model.
export class CollectiveMembers1763920000015 implements MigrationInterface {
  name = 'CollectiveMembers1763920000015';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE programme_municipality (
        programme_id varchar(64) NOT NULL,
        entry integer NOT NULL,
        municipality_code varchar(6) NOT NULL,
        role varchar(8) NOT NULL,
        joined_on varchar(40) NOT NULL,
        left_on varchar(40) NULL,
        confirmed_on varchar(40) NULL,
        PRIMARY KEY (programme_id, entry)
      )`);
    await q.query(
      `CREATE INDEX ix_programme_municipality_code ON programme_municipality (municipality_code, left_on, programme_id)`,
    );
    await q.query(`
      INSERT INTO programme_municipality (programme_id, entry, municipality_code, role, joined_on, left_on, confirmed_on)
      SELECT p.id, 0, p.municipality_code, 'LEAD', p.started_at, NULL, NULL FROM programme p`);
    await q.query(`ALTER TABLE membership ADD COLUMN municipality_code varchar(6) NULL`);
    await q.query(`ALTER TABLE invitation ADD COLUMN municipality_code varchar(6) NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invitation DROP COLUMN municipality_code`);
    await q.query(`ALTER TABLE membership DROP COLUMN municipality_code`);
    await q.query(`DROP TABLE programme_municipality`);
  }
}
