import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

export type MailLanguage = 'nl' | 'en';
export type MailStatus = 'PENDING' | 'SENT' | 'FAILED';

/**
 * One outgoing e-mail, written in the same transaction as the change that causes it (an
 * invitation) and sent by libs/mail's MailSender. Times are ISO 8601 UTC strings, as elsewhere in
 * the read model, so they compare as text on SQLite and PostgreSQL alike.
 */
@Entity({ name: 'mail_outbox' })
@Index('ix_mail_outbox_due', ['status', 'nextAttemptAt'])
@Index('ix_mail_outbox_programme', ['programmeId', 'status'])
@Unique('uq_mail_outbox_message_id', ['messageId'])
export class MailOutboxEntity {
  /** A UUID (`uuid` on PostgreSQL, text on SQLite). */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** `<uuid@domain>`, fixed at enqueue time: every attempt carries the same one. */
  @Column({ name: 'message_id', type: 'text' })
  messageId!: string;

  /** What the message is for, e.g. `INVITATION`. */
  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'varchar', length: 2 })
  language!: MailLanguage;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody!: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'varchar', length: 40 })
  nextAttemptAt!: string;

  /** The lease of the sender that claimed the row; also its fencing token. */
  @Column({ name: 'locked_until', type: 'varchar', length: 40, nullable: true })
  lockedUntil!: string | null;

  @Column({ name: 'sent_at', type: 'varchar', length: 40, nullable: true })
  sentAt!: string | null;

  /** The last SMTP or connection error: never the message body. */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 40 })
  createdAt!: string;

  /** Extra headers as a JSON object (migration 0011), e.g. the digest's List-Unsubscribe; null when none. */
  @Column({ type: 'text', nullable: true })
  headers?: string | null;

  /** The programme the message concerns (migration 0012); null for mail about none (the digest). */
  @Column({ name: 'programme_id', type: 'varchar', length: 64, nullable: true })
  programmeId?: string | null;

  /** Attachments as a JSON array of { filename, contentType, content } (migration 0012); null when none. */
  @Column({ type: 'text', nullable: true })
  attachments?: string | null;

  /** When the sender gave the message up (status FAILED; migration 0012). */
  @Column({ name: 'failed_at', type: 'varchar', length: 40, nullable: true })
  failedAt?: string | null;
}
