import { createHmac, timingSafeEqual } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import { MemberEntity, MembershipEntity, type NotificationMode } from './entities/directory.entities';
import { DIGEST_UNSUBSCRIBE_KEY } from './migrations/1763920000011-NotificationPreferences';

/** A person's mail preferences (issue 16). Escalations (P3) are sent whatever is chosen here. */
export interface NotificationPreferencesView {
  mode: NotificationMode;
  /** False once they left the weekly digest (by its link or their preferences). */
  digestSubscribed: boolean;
}

/** A person the weekly digest goes to, with their current roles. */
export interface DigestRecipient {
  member: MemberEntity;
  memberships: MembershipEntity[];
}

const iso = (ms: number) => new Date(ms).toISOString();
const MEMBER_ID = /^mbr_[A-Za-z0-9_-]{1,36}$/;

/**
 * Notification preferences in the member directory (migration 0011), and the one-click unsubscribe
 * token of the weekly digest (RFC 8058): `<member id>.<HMAC-SHA256 of the id>` under a key the
 * migration made once per installation, so a link needs no table and cannot be made for another
 * person without the key. The token is the credential of POST /afmelden: no sign-in needed.
 */
export class NotificationPreferences {
  private key?: Promise<string>;

  constructor(private readonly dataSource: DataSource) {}

  async get(memberId: string): Promise<NotificationPreferencesView | undefined> {
    const m = await this.dataSource.manager.findOneBy(MemberEntity, { id: memberId });
    return m ? { mode: m.notificationMode, digestSubscribed: m.digestUnsubscribedAt === null } : undefined;
  }

  /** Sets the mode and, when given, whether the digest comes; answers the new preferences. */
  async set(
    memberId: string,
    change: { mode?: NotificationMode; digest?: boolean },
    now = Date.now(),
  ): Promise<NotificationPreferencesView | undefined> {
    const m = await this.dataSource.manager.findOneBy(MemberEntity, { id: memberId });
    if (!m) return undefined;
    const update: Partial<MemberEntity> = {};
    if (change.mode !== undefined) update.notificationMode = change.mode;
    // Subscribing again clears the mark; unsubscribing keeps the first moment it was asked.
    if (change.digest === true) update.digestUnsubscribedAt = null;
    if (change.digest === false && m.digestUnsubscribedAt === null) update.digestUnsubscribedAt = iso(now);
    if (Object.keys(update).length > 0) await this.dataSource.manager.update(MemberEntity, { id: memberId }, update);
    return this.get(memberId);
  }

  /** The token of a person's unsubscribe link. */
  async unsubscribeToken(memberId: string): Promise<string> {
    return `${memberId}.${await this.mac(memberId)}`;
  }

  /** The member a token names, when its MAC is right; undefined for anything else. */
  async verifyToken(token: unknown): Promise<string | undefined> {
    if (typeof token !== 'string' || token.length > 200) return undefined;
    const dot = token.lastIndexOf('.');
    const memberId = token.slice(0, dot);
    if (dot < 0 || !MEMBER_ID.test(memberId)) return undefined;
    const given = Buffer.from(token.slice(dot + 1), 'utf8');
    const expected = Buffer.from(await this.mac(memberId), 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected) ? memberId : undefined;
  }

  /**
   * One-click unsubscribe: leaves the digest for the person the token names. Idempotent (a second
   * click keeps the first moment). False when the token is not valid or its person is gone.
   */
  async unsubscribeByToken(token: unknown, now = Date.now()): Promise<boolean> {
    const memberId = await this.verifyToken(token);
    if (!memberId) return false;
    return (await this.set(memberId, { digest: false }, now)) !== undefined;
  }

  /**
   * Who gets the weekly digest: people who chose DIGEST or BOTH, did not leave it, were not erased
   * (P4), and hold at least one role now.
   */
  async digestRecipients(): Promise<DigestRecipient[]> {
    const members = await this.dataSource.manager
      .createQueryBuilder(MemberEntity, 'm')
      .where(`m.notification_mode IN ('DIGEST', 'BOTH')`)
      .andWhere('m.digest_unsubscribed_at IS NULL')
      .andWhere('m.erased_at IS NULL')
      .orderBy('m.id')
      .getMany();
    if (members.length === 0) return [];
    const memberships = await this.dataSource.manager.find(MembershipEntity, {
      where: { endedAt: IsNull() },
      order: { grantedAt: 'ASC', id: 'ASC' },
    });
    const byMember = new Map<string, MembershipEntity[]>();
    for (const ms of memberships) byMember.set(ms.memberId, [...(byMember.get(ms.memberId) ?? []), ms]);
    return members.flatMap((member) => {
      const own = byMember.get(member.id);
      return own ? [{ member, memberships: own }] : [];
    });
  }

  private async mac(memberId: string): Promise<string> {
    this.key ??= this.dataSource
      .query(`SELECT value FROM directory_key WHERE name = '${DIGEST_UNSUBSCRIBE_KEY}'`)
      .then((rows: Array<{ value: string }>) => {
        if (!rows[0]) throw new Error('no digest-unsubscribe key: run the migrations (0011)');
        return rows[0].value;
      });
    return createHmac('sha256', await this.key)
      .update(`digest-unsubscribe\n${memberId}`)
      .digest('base64url');
  }
}
