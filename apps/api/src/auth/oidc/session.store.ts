import { createHash, randomBytes } from 'node:crypto';
import { LessThanOrEqual, type Repository } from 'typeorm';
import type { SessionEntity } from '../../../../../libs/persistence/src';
import type { Principal } from '../principal';

/** What the ID token said of the person (shown on the pages; never used to grant anything). */
export interface SessionProfile {
  name?: string;
  email?: string;
  preferredUsername?: string;
}

/** A live session, as of the moment it was looked up. */
export interface LiveSession {
  principal: Principal;
  profile: SessionProfile;
  /** When it ends unless used again (ms): the earlier of the idle and the absolute end. */
  endsAt: number;
  /** When it ends whatever happens (ms). */
  expiresAt: number;
}

export interface SessionLimits {
  ttlMs: number;
  idleMs: number;
}

/** `last_seen_at` moves at most this often: one write a minute per person, not one per request. */
export const TOUCH_INTERVAL_MS = 60_000;

const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

interface StoredClaims {
  principal: Principal;
  profile: SessionProfile;
}

/**
 * Server-side sessions in the `session` table. The cookie carries a random 256-bit id; the table
 * holds its SHA-256. Every use checks the absolute and the idle end; an ended row is deleted when
 * it is found, and all ended rows at each sign-in.
 */
export class SessionStore {
  constructor(
    private readonly repo: Repository<SessionEntity>,
    private readonly limits: SessionLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts a session; answers the cookie's value (the only place the id exists in the clear). */
  async create(input: {
    issuer: string;
    principal: Principal;
    profile: SessionProfile;
    idToken?: string;
  }): Promise<{ id: string; session: LiveSession }> {
    await this.deleteEnded();
    const id = randomBytes(32).toString('base64url');
    const now = this.now();
    const expiresAt = now + this.limits.ttlMs;
    const claims: StoredClaims = { principal: input.principal, profile: input.profile };
    await this.repo.insert({
      idHash: hashSessionId(id),
      issuer: input.issuer,
      subject: input.principal.subject,
      claims: JSON.stringify(claims),
      idToken: input.idToken ?? null,
      createdAt: iso(now),
      lastSeenAt: iso(now),
      expiresAt: iso(expiresAt),
    });
    return { id, session: { ...claims, expiresAt, endsAt: Math.min(expiresAt, now + this.limits.idleMs) } };
  }

  /**
   * The session of a cookie value, or undefined when there is none (any more). A use moves the
   * idle end (`touch`, at most once a minute); a live connection's periodic check does not.
   */
  async find(id: string | undefined, o: { touch?: boolean } = {}): Promise<LiveSession | undefined> {
    if (!id || !SESSION_ID.test(id)) return undefined;
    const idHash = hashSessionId(id);
    const row = await this.repo.findOneBy({ idHash });
    if (!row) return undefined;
    const now = this.now();
    const expiresAt = Date.parse(row.expiresAt);
    const lastSeen = Date.parse(row.lastSeenAt);
    const claims = parseClaims(row.claims);
    if (!claims || !(now < expiresAt) || !(now < lastSeen + this.limits.idleMs)) {
      await this.repo.delete({ idHash });
      return undefined;
    }
    let seen = lastSeen;
    if ((o.touch ?? true) && now - lastSeen >= TOUCH_INTERVAL_MS) {
      await this.repo.update({ idHash }, { lastSeenAt: iso(now) });
      seen = now;
    }
    return { ...claims, expiresAt, endsAt: Math.min(expiresAt, seen + this.limits.idleMs) };
  }

  /** Ends a session at once; answers its ID token (for the provider's logout), if it had one. */
  async end(id: string | undefined): Promise<{ idToken?: string } | undefined> {
    if (!id || !SESSION_ID.test(id)) return undefined;
    const idHash = hashSessionId(id);
    const row = await this.repo.findOneBy({ idHash });
    if (!row) return undefined;
    await this.repo.delete({ idHash });
    return row.idToken ? { idToken: row.idToken } : {};
  }

  /** Deletes the rows past their absolute or idle end. */
  async deleteEnded(): Promise<void> {
    const now = this.now();
    await this.repo.delete({ expiresAt: LessThanOrEqual(iso(now)) });
    await this.repo.delete({ lastSeenAt: LessThanOrEqual(iso(now - this.limits.idleMs)) });
  }
}

/** SHA-256 of a session cookie's value, hex: the table's key. */
export function hashSessionId(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex');
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function parseClaims(text: string): StoredClaims | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<StoredClaims>;
    const p = parsed.principal;
    if (!p || typeof p.subject !== 'string' || typeof p.role !== 'string') return undefined;
    if (!Array.isArray(p.municipalities) || !Array.isArray(p.programmes)) return undefined;
    return { principal: p, profile: parsed.profile ?? {} };
  } catch {
    return undefined;
  }
}
