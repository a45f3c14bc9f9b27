import type { MigrationInterface, QueryRunner } from 'typeorm';

// Calendar feeds (issue 16, CalendarFeedEntity): a secret URL per programme or per person. Plain SQL
// both drivers accept; times are ISO 8601 UTC text like the rest of the read model. Only the
// SHA-256 of the URL's token is kept: a copy of this table opens no feed.
export class CalendarFeeds1763920000010 implements MigrationInterface {
  name = 'CalendarFeeds1763920000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_feed (
        id varchar(40) PRIMARY KEY,
        token_hash varchar(64) NOT NULL,
        scope varchar(16) NOT NULL,
        programme_id varchar(64) NULL,
        member_id varchar(40) NOT NULL REFERENCES member (id),
        created_at varchar(40) NOT NULL,
        revoked_at varchar(40) NULL,
        last_used_at varchar(40) NULL,
        CHECK (scope IN ('PROGRAMME', 'PERSON')),
        CHECK ((scope = 'PROGRAMME') = (programme_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_calendar_feed_token ON calendar_feed (token_hash)`);
    await q.query(`CREATE INDEX ix_calendar_feed_member ON calendar_feed (member_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feed`);
  }
}
