import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { calendarEventsOf, err, ok, type CalendarEvent, type Result } from '../../../../libs/domain/src';
import {
  CalendarFeedEntity,
  MemberEntity,
  MembershipEntity,
  ProgrammeReadModel,
} from '../../../../libs/persistence/src';
import type { Principal } from '../auth';
import { MembersService } from '../members/members.service';
import { maySee } from '../programmes/access';
import { programmeStateOf } from '../programmes/programme.service';
import type { CalendarFeedFailure } from './calendar-feed.failures';
import { renderFeed } from './calendar-ics';

/** Where feed URLs and the events' programme links point. */
export interface CalendarConfig {
  publicUrl: string;
}
export const CALENDAR_CONFIG = Symbol('CALENDAR_CONFIG');

/** Where a feed is served: `${PUBLIC_URL}${AGENDA_PATH}/<token>.ics`. */
export const AGENDA_PATH = '/agenda';

// 256 random bits, base64url without padding: 43 characters.
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const tokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
const LAST_USED_RESOLUTION_MS = 60_000;

/** A feed ready to send: iCalendar text. */
interface RenderedFeed {
  ics: string;
  events: CalendarEvent[];
}

/**
 * Calendar feeds (issue 16): per programme or per person, an iCalendar feed of deadlines and
 * training sessions behind a secret URL. The URL is the credential, so every fetch checks again
 * that the feed's owner still has access, from the directory (P2: removal ends access at once).
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly members: MembersService,
    private readonly programmes: ProgrammeReadModel,
    @Inject(CALENDAR_CONFIG) private readonly config: CalendarConfig,
  ) {}

  /**
   * A new feed, its secret URL shown only now. A programme feed needs a person who may see the
   * programme (else NOT_FOUND, like a missing one) and holds a role in it: the feed follows that
   * membership, which is what a fetch can check again without the person present. Without a
   * programme: the person's own feed of every programme they are a member of.
   */
  async create(
    p: Principal,
    programmeId: string | undefined,
    now = Date.now(),
  ): Promise<Result<{ feed: CalendarFeedEntity; url: string }, CalendarFeedFailure>> {
    if (programmeId !== undefined && !maySee(await this.members.withMemberships(p), programmeId))
      return err({ kind: 'PROGRAMME_NOT_FOUND', programmeId });
    const person = await this.members.person(p, programmeId ?? '');
    if (programmeId !== undefined && person.grants.length === 0) return err({ kind: 'NOT_A_MEMBER', programmeId });
    const token = randomBytes(32).toString('base64url');
    const feed = this.dataSource.manager.create(CalendarFeedEntity, {
      id: `cal_${randomBytes(12).toString('base64url')}`,
      tokenHash: tokenHash(token),
      scope: programmeId === undefined ? 'PERSON' : 'PROGRAMME',
      programmeId: programmeId ?? null,
      memberId: person.memberId,
      createdAt: new Date(now).toISOString(),
      revokedAt: null,
      lastUsedAt: null,
    });
    await this.dataSource.manager.insert(CalendarFeedEntity, feed);
    return ok({ feed, url: `${this.config.publicUrl}${AGENDA_PATH}/${token}.ics` });
  }

  /** The signed-in person's feeds, newest first (never their tokens: only hashes are kept). */
  async mine(p: Principal): Promise<CalendarFeedEntity[]> {
    const { member } = await this.members.me(p);
    if (!member) return [];
    return this.dataSource.manager.find(CalendarFeedEntity, {
      where: { memberId: member.id },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** Ends a feed at once; only its owner may. Revoking a revoked feed changes nothing. */
  async revoke(p: Principal, id: string, now = Date.now()): Promise<Result<CalendarFeedEntity, CalendarFeedFailure>> {
    const { member } = await this.members.me(p);
    const feed = member
      ? await this.dataSource.manager.findOneBy(CalendarFeedEntity, { id, memberId: member.id })
      : null;
    if (!feed) return err({ kind: 'FEED_NOT_FOUND', feedId: id });
    if (feed.revokedAt === null) {
      feed.revokedAt = new Date(now).toISOString();
      await this.dataSource.manager.update(
        CalendarFeedEntity,
        { id, revokedAt: IsNull() },
        { revokedAt: feed.revokedAt },
      );
    }
    return ok(feed);
  }

  /**
   * The feed a token opens, or undefined (unknown, revoked, or its owner has no access any more:
   * all alike, so the URL tells nothing). Access is read from the directory on every fetch.
   */
  async render(token: string, now = Date.now()): Promise<RenderedFeed | undefined> {
    if (!TOKEN.test(token)) return undefined;
    const manager = this.dataSource.manager;
    const feed = await manager.findOneBy(CalendarFeedEntity, { tokenHash: tokenHash(token) });
    if (!feed || feed.revokedAt !== null) return undefined;
    const owner = await manager.findOneBy(MemberEntity, { id: feed.memberId });
    // P4: an erased person's feeds end with their access.
    if (!owner || owner.erasedAt !== null) return undefined;
    const memberships = await manager.findBy(MembershipEntity, { memberId: owner.id, endedAt: IsNull() });
    const open = [...new Set(memberships.map((m) => m.programmeId))].sort();
    let programmeIds: string[];
    if (feed.scope === 'PROGRAMME') {
      if (feed.programmeId === null || !open.includes(feed.programmeId)) return undefined;
      programmeIds = [feed.programmeId];
    } else {
      programmeIds = open;
    }

    const rows = (await Promise.all(programmeIds.map((id) => this.programmes.findById(id)))).filter(
      (row) => row !== null,
    );
    const names = new Map(rows.map((row) => [row.id, row.municipality?.name ?? row.id]));
    const states = rows.map(programmeStateOf);
    const events = states.flatMap((state) => calendarEventsOf(state));
    const stampMs = Math.max(Date.parse(feed.createdAt), ...states.map((s) => Date.parse(s.updatedAt)));
    const ics = renderFeed({
      name:
        feed.scope === 'PROGRAMME'
          ? `Olievlek – ${names.get(feed.programmeId!) ?? feed.programmeId}`
          : 'Olievlek – mijn programma’s',
      events,
      programmeUrl: (id) => `${this.config.publicUrl}/programmas/${encodeURIComponent(id)}`,
      uidDomain: new URL(this.config.publicUrl).hostname,
      stampMs,
      ...(feed.scope === 'PERSON' ? { prefix: (id: string) => names.get(id) } : {}),
    });

    if (feed.lastUsedAt === null || now - Date.parse(feed.lastUsedAt) >= LAST_USED_RESOLUTION_MS)
      await manager.update(CalendarFeedEntity, { id: feed.id }, { lastUsedAt: new Date(now).toISOString() });
    return { ics, events };
  }
}
