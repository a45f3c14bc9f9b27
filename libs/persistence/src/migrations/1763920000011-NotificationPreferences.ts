import { randomBytes } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The directory_key name of the HMAC key behind the digest's one-click unsubscribe links. */
export const DIGEST_UNSUBSCRIBE_KEY = 'digest-unsubscribe';

// Notification preferences and the weekly digest (issue 16). Per person: IMMEDIATE, DIGEST or BOTH
// (default BOTH, so nobody loses mail by upgrading) and when they left the digest by its one-click
// link. Escalations (P3) go out whatever is chosen here. The outbox gets extra headers per message
// (List-Unsubscribe, RFC 8058) as a JSON object. The unsubscribe token is an HMAC of the member id
// under a key made here once per installation, beside the erased-name key of migration 0006.
// Plain SQL both drivers accept.
export class NotificationPreferences1763920000011 implements MigrationInterface {
  name = 'NotificationPreferences1763920000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE member ADD COLUMN notification_mode varchar(16) NOT NULL DEFAULT 'BOTH'
         CHECK (notification_mode IN ('IMMEDIATE', 'DIGEST', 'BOTH'))`,
    );
    await q.query(`ALTER TABLE member ADD COLUMN digest_unsubscribed_at varchar(40) NULL`);
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN headers text NULL`);
    const [sql, params] = q.connection.driver.escapeQueryWithParameters(
      `INSERT INTO directory_key (name, value) VALUES (:name, :value)`,
      { name: DIGEST_UNSUBSCRIBE_KEY, value: randomBytes(32).toString('base64url') },
    );
    await q.query(sql, params);
  }

  async down(q: QueryRunner): Promise<void> {
    const [sql, params] = q.connection.driver.escapeQueryWithParameters(
      `DELETE FROM directory_key WHERE name = :name`,
      {
        name: DIGEST_UNSUBSCRIBE_KEY,
      },
    );
    await q.query(sql, params);
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN headers`);
    await q.query(`ALTER TABLE member DROP COLUMN digest_unsubscribed_at`);
    await q.query(`ALTER TABLE member DROP COLUMN notification_mode`);
  }
}
