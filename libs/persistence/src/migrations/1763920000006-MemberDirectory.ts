import { randomBytes } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// The member directory (issue 14, DOMAIN Part 2 P1–P4). Names and e-mail addresses live here and
// nowhere else: workflow state and Temporal history carry only `member.id`. A membership ends
// (ended_at) rather than disappears, so the timeline keeps what a removed person did; erasure
// (AVG/GDPR) overwrites the person's name and address in place and keeps the id. Plain SQL that
// SQLite and PostgreSQL both accept.
export class MemberDirectory1763920000006 implements MigrationInterface {
  name = 'MemberDirectory1763920000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member (
        id varchar(40) PRIMARY KEY,
        name varchar(200) NOT NULL,
        email varchar(320) NOT NULL,
        organisation varchar(200),
        language varchar(2) NOT NULL DEFAULT 'nl',
        issuer varchar(1024),
        subject varchar(256),
        created_at varchar(40) NOT NULL,
        erased_at varchar(40)
      )`);
    // One directory entry per sign-in identity.
    await q.query(`CREATE UNIQUE INDEX ux_member_identity ON member (issuer, subject)`);
    await q.query(`CREATE INDEX ix_member_email ON member (email)`);
    await q.query(`
      CREATE TABLE membership (
        id varchar(40) PRIMARY KEY,
        programme_id varchar(64) NOT NULL,
        member_id varchar(40) NOT NULL REFERENCES member (id),
        role varchar(24) NOT NULL,
        partner_organisation varchar(200),
        partner_domain varchar(16),
        partner_level varchar(16),
        granted_at varchar(40) NOT NULL,
        granted_by varchar(40),
        ended_at varchar(40),
        ended_by varchar(40)
      )`);
    await q.query(`CREATE INDEX ix_membership_member ON membership (member_id, ended_at)`);
    await q.query(`CREATE INDEX ix_membership_programme ON membership (programme_id, ended_at)`);
    await q.query(`
      CREATE TABLE invitation (
        id varchar(40) PRIMARY KEY,
        programme_id varchar(64) NOT NULL,
        token_hash varchar(64) NOT NULL,
        name varchar(200) NOT NULL,
        email varchar(320) NOT NULL,
        organisation varchar(200),
        language varchar(2) NOT NULL DEFAULT 'nl',
        role varchar(24) NOT NULL,
        partner_organisation varchar(200),
        partner_domain varchar(16),
        partner_level varchar(16),
        invited_by varchar(40) NOT NULL,
        created_at varchar(40) NOT NULL,
        expires_at varchar(40) NOT NULL,
        accepted_at varchar(40),
        accepted_by varchar(40),
        membership_id varchar(40),
        withdrawn_at varchar(40)
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_invitation_token ON invitation (token_hash)`);
    await q.query(`CREATE INDEX ix_invitation_programme ON invitation (programme_id, created_at)`);
    // The audit trail of membership changes, merged into the programme's timeline.
    await q.query(`
      CREATE TABLE directory_event (
        id varchar(40) PRIMARY KEY,
        programme_id varchar(64),
        at varchar(40) NOT NULL,
        event varchar(32) NOT NULL,
        actor_member_id varchar(40),
        actor_role varchar(24),
        subject_member_id varchar(40),
        role varchar(24),
        partner_organisation varchar(200)
      )`);
    await q.query(`CREATE INDEX ix_directory_event_programme ON directory_event (programme_id, at)`);
    // Names erased from the directory, as keyed hashes only: names that history recorded before the
    // directory existed are shown pseudonymised when they match one.
    await q.query(`
      CREATE TABLE erased_name (
        name_hash varchar(64) PRIMARY KEY,
        erased_at varchar(40) NOT NULL
      )`);
    // The key of those hashes, made once per installation, so a list of names cannot be tried
    // against a copy of erased_name alone.
    await q.query(`CREATE TABLE directory_key (name varchar(32) PRIMARY KEY, value varchar(128) NOT NULL)`);
    const [sql, params] = q.connection.driver.escapeQueryWithParameters(
      `INSERT INTO directory_key (name, value) VALUES ('erased-name', :value)`,
      { value: randomBytes(32).toString('base64url') },
    );
    await q.query(sql, params);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE directory_key`);
    await q.query(`DROP TABLE erased_name`);
    await q.query(`DROP TABLE directory_event`);
    await q.query(`DROP TABLE invitation`);
    await q.query(`DROP TABLE membership`);
    await q.query(`DROP TABLE member`);
  }
}
