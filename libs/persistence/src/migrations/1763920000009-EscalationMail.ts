import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The app_setting name: escalations raised before this instant are never mailed. */
export const ESCALATION_MAIL_SINCE = 'escalation-mail-since';

// Escalation e-mail (issue 16, P3). The worker mails every escalation its projection sees, and an
// upgraded installation already holds escalations from before that: the instant this migration
// runs is stored once, so the first projection after the upgrade does not flood people with old
// news. A small key/value table for settings the installation fixes once; plain SQL both drivers accept.
export class EscalationMail1763920000009 implements MigrationInterface {
  name = 'EscalationMail1763920000009';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE app_setting (name varchar(64) PRIMARY KEY, value text NOT NULL)`);
    const [sql, params] = q.connection.driver.escapeQueryWithParameters(
      `INSERT INTO app_setting (name, value) VALUES (:name, :value)`,
      { name: ESCALATION_MAIL_SINCE, value: new Date().toISOString() },
    );
    await q.query(sql, params);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE app_setting`);
  }
}
