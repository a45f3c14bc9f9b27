import type { MigrationInterface, QueryRunner } from 'typeorm';

// Browser sessions of the API's OpenID Connect sign-in (SessionEntity). Plain SQL both drivers
// accept; times are ISO 8601 UTC text like the rest of the read model. The id is the SHA-256 of
// the cookie's value, never the value itself.
export class Sessions1763920000008 implements MigrationInterface {
  name = 'Sessions1763920000008';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE session (
        id_hash varchar(64) PRIMARY KEY,
        issuer varchar(1024) NOT NULL,
        subject varchar(256) NOT NULL,
        claims text NOT NULL,
        id_token text NULL,
        created_at varchar(40) NOT NULL,
        last_seen_at varchar(40) NOT NULL,
        expires_at varchar(40) NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_session_identity ON session (issuer, subject)`);
    await q.query(`CREATE INDEX ix_session_last_seen_at ON session (last_seen_at)`);
    await q.query(`CREATE INDEX ix_session_expires_at ON session (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE session`);
  }
}
