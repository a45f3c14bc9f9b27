import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One browser sign-in (apps/api/src/auth/oidc). The browser holds a random 256-bit id in an
 * HttpOnly cookie; only its SHA-256 is stored, so a copy of this table signs nobody in. Times are
 * ISO 8601 UTC strings, as elsewhere in the read model, so they compare as text on both drivers.
 */
@Entity({ name: 'session' })
@Index('ix_session_identity', ['issuer', 'subject'])
export class SessionEntity {
  /** SHA-256 of the cookie's id, hex. */
  @PrimaryColumn({ name: 'id_hash', type: 'varchar', length: 64 })
  idHash!: string;

  /** The identity provider's issuer and the person's subject there: what a removal ends. */
  @Column({ type: 'varchar', length: 1024 })
  issuer!: string;

  @Column({ type: 'varchar', length: 256 })
  subject!: string;

  /** JSON: the principal verified from the access token, and name/e-mail from the ID token. */
  @Column({ type: 'text' })
  claims!: string;

  /** The ID token, sent back as `id_token_hint` when the person logs out at the provider. */
  @Column({ name: 'id_token', type: 'text', nullable: true })
  idToken!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 40 })
  createdAt!: string;

  /** Moved on use, at most once a minute: the idle timeout counts from here. */
  @Index('ix_session_last_seen_at')
  @Column({ name: 'last_seen_at', type: 'varchar', length: 40 })
  lastSeenAt!: string;

  /** The absolute end, whatever the use. */
  @Index('ix_session_expires_at')
  @Column({ name: 'expires_at', type: 'varchar', length: 40 })
  expiresAt!: string;
}
