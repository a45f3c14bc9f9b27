import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MemberRole, PartnerDomain, PartnerLevel } from '../../../domain/src';

export const NOTIFICATION_MODES = ['IMMEDIATE', 'DIGEST', 'BOTH'] as const;
export type NotificationMode = (typeof NOTIFICATION_MODES)[number];

// The member directory (migration 1763920000006). Timestamps are ISO 8601 UTC text, as elsewhere.

/** A person: the only place their name and e-mail address are kept (P4). */
@Entity({ name: 'member' })
export class MemberEntity {
  /** Opaque, `mbr_…`: what workflow state and history carry instead of a name. */
  @PrimaryColumn({ type: 'varchar', length: 40 }) id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 320 }) email!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) organisation!: string | null;
  @Column({ type: 'varchar', length: 2, default: 'nl' }) language!: 'nl' | 'en';
  /** The sign-in identity bound to this person (P2); null until they accept an invitation. */
  @Column({ type: 'varchar', length: 1024, nullable: true }) issuer!: string | null;
  @Column({ type: 'varchar', length: 256, nullable: true }) subject!: string | null;
  @Column({ name: 'created_at', type: 'varchar', length: 40 }) createdAt!: string;
  /** Set when the person was erased: name and address are then a pseudonym. */
  @Column({ name: 'erased_at', type: 'varchar', length: 40, nullable: true }) erasedAt!: string | null;
  /** Which mail the person wants besides escalations (migration 0011): each step at once, the weekly digest, or both. */
  @Column({ name: 'notification_mode', type: 'varchar', length: 16, default: 'BOTH' })
  notificationMode!: NotificationMode;
  /** When they left the weekly digest (its one-click link or their preferences); escalations continue. */
  @Column({ name: 'digest_unsubscribed_at', type: 'varchar', length: 40, nullable: true })
  digestUnsubscribedAt!: string | null;
}

/** One role one person holds in one programme. Ended, never deleted: the timeline keeps what they did. */
@Entity({ name: 'membership' })
export class MembershipEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) id!: string;
  @Column({ name: 'programme_id', type: 'varchar', length: 64 }) programmeId!: string;
  @Column({ name: 'member_id', type: 'varchar', length: 40 }) memberId!: string;
  @Column({ type: 'varchar', length: 24 }) role!: MemberRole;
  @Column({ name: 'partner_organisation', type: 'varchar', length: 200, nullable: true })
  partnerOrganisation!: string | null;
  @Column({ name: 'partner_domain', type: 'varchar', length: 16, nullable: true })
  partnerDomain!: PartnerDomain | null;
  @Column({ name: 'partner_level', type: 'varchar', length: 16, nullable: true })
  partnerLevel!: PartnerLevel | null;
  /** C2: set on an ADMINISTRATIVE_LEAD membership for the alderman of one member municipality (migration 0015). */
  @Column({ name: 'municipality_code', type: 'varchar', length: 6, nullable: true })
  municipalityCode!: string | null;
  @Column({ name: 'granted_at', type: 'varchar', length: 40 }) grantedAt!: string;
  @Column({ name: 'granted_by', type: 'varchar', length: 40, nullable: true }) grantedBy!: string | null;
  @Column({ name: 'ended_at', type: 'varchar', length: 40, nullable: true }) endedAt!: string | null;
  @Column({ name: 'ended_by', type: 'varchar', length: 40, nullable: true }) endedBy!: string | null;
}

/** An invitation by e-mail (P2): single use, expiring; only the SHA-256 of its link's token is kept. */
@Entity({ name: 'invitation' })
export class InvitationEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) id!: string;
  @Column({ name: 'programme_id', type: 'varchar', length: 64 }) programmeId!: string;
  @Column({ name: 'token_hash', type: 'varchar', length: 64 }) tokenHash!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 320 }) email!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) organisation!: string | null;
  @Column({ type: 'varchar', length: 2, default: 'nl' }) language!: 'nl' | 'en';
  @Column({ type: 'varchar', length: 24 }) role!: MemberRole;
  @Column({ name: 'partner_organisation', type: 'varchar', length: 200, nullable: true })
  partnerOrganisation!: string | null;
  @Column({ name: 'partner_domain', type: 'varchar', length: 16, nullable: true })
  partnerDomain!: PartnerDomain | null;
  @Column({ name: 'partner_level', type: 'varchar', length: 16, nullable: true })
  partnerLevel!: PartnerLevel | null;
  /** C2: an ADMINISTRATIVE_LEAD invitation for the alderman of this member municipality (migration 0015). */
  @Column({ name: 'municipality_code', type: 'varchar', length: 6, nullable: true })
  municipalityCode!: string | null;
  @Column({ name: 'invited_by', type: 'varchar', length: 40 }) invitedBy!: string;
  @Column({ name: 'created_at', type: 'varchar', length: 40 }) createdAt!: string;
  @Column({ name: 'expires_at', type: 'varchar', length: 40 }) expiresAt!: string;
  @Column({ name: 'accepted_at', type: 'varchar', length: 40, nullable: true }) acceptedAt!: string | null;
  @Column({ name: 'accepted_by', type: 'varchar', length: 40, nullable: true }) acceptedBy!: string | null;
  @Column({ name: 'membership_id', type: 'varchar', length: 40, nullable: true }) membershipId!: string | null;
  @Column({ name: 'withdrawn_at', type: 'varchar', length: 40, nullable: true }) withdrawnAt!: string | null;
}

export const DIRECTORY_EVENTS = [
  'memberInvited',
  'invitationAccepted',
  'invitationWithdrawn',
  'memberAdded',
  'memberRemoved',
  'memberErased',
  // Issue 16: a programme's reminder offsets chosen (migration 0014); `details` holds what.
  'reminderOffsetsChanged',
] as const;
export type DirectoryEventKind = (typeof DIRECTORY_EVENTS)[number];

/** The audit trail of the directory: who added or removed whom, shown in the programme's timeline. */
@Entity({ name: 'directory_event' })
export class DirectoryEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) id!: string;
  @Column({ name: 'programme_id', type: 'varchar', length: 64, nullable: true }) programmeId!: string | null;
  @Column({ type: 'varchar', length: 40 }) at!: string;
  @Column({ type: 'varchar', length: 32 }) event!: DirectoryEventKind;
  @Column({ name: 'actor_member_id', type: 'varchar', length: 40, nullable: true }) actorMemberId!: string | null;
  /** The role the actor acted in: a programme role, or KWARTIERMAKER. */
  @Column({ name: 'actor_role', type: 'varchar', length: 24, nullable: true }) actorRole!: string | null;
  @Column({ name: 'subject_member_id', type: 'varchar', length: 40, nullable: true }) subjectMemberId!: string | null;
  @Column({ type: 'varchar', length: 24, nullable: true }) role!: MemberRole | null;
  @Column({ name: 'partner_organisation', type: 'varchar', length: 200, nullable: true })
  partnerOrganisation!: string | null;
  /** What an event that is not about a person recorded, as JSON (migration 0014: reminder offsets). */
  @Column({ type: 'text', nullable: true }) details?: string | null;
}

/** A keyed hash of an erased person's former name (never the name). */
@Entity({ name: 'erased_name' })
export class ErasedNameEntity {
  @PrimaryColumn({ name: 'name_hash', type: 'varchar', length: 64 }) nameHash!: string;
  @Column({ name: 'erased_at', type: 'varchar', length: 40 }) erasedAt!: string;
}
