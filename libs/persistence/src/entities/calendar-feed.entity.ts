import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const CALENDAR_FEED_SCOPES = ['PROGRAMME', 'PERSON'] as const;
export type CalendarFeedScope = (typeof CALENDAR_FEED_SCOPES)[number];

/**
 * A calendar feed (issue 16, migration 1763920000010): an iCalendar URL whose secret is a random
 * 256-bit token, shown once; only its SHA-256 is stored. PROGRAMME: one programme's dates; PERSON:
 * the dates of every programme its owner is a member of. Access is checked for the owner at each
 * fetch, so revoking the feed or ending the owner's membership closes it at once.
 */
@Entity({ name: 'calendar_feed' })
@Index('ix_calendar_feed_member', ['memberId', 'createdAt'])
export class CalendarFeedEntity {
  /** Opaque, `cal_…`. */
  @PrimaryColumn({ type: 'varchar', length: 40 }) id!: string;
  /** SHA-256 of the URL's token, hex. */
  @Index('ux_calendar_feed_token', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;
  @Column({ type: 'varchar', length: 16 }) scope!: CalendarFeedScope;
  /** The programme of a PROGRAMME feed; null for a PERSON feed. */
  @Column({ name: 'programme_id', type: 'varchar', length: 64, nullable: true }) programmeId!: string | null;
  /** The owner: the member who created it, whose access each fetch checks. */
  @Column({ name: 'member_id', type: 'varchar', length: 40 }) memberId!: string;
  @Column({ name: 'created_at', type: 'varchar', length: 40 }) createdAt!: string;
  @Column({ name: 'revoked_at', type: 'varchar', length: 40, nullable: true }) revokedAt!: string | null;
  /** Moved on a fetch, at most once a minute. */
  @Column({ name: 'last_used_at', type: 'varchar', length: 40, nullable: true }) lastUsedAt!: string | null;
}
