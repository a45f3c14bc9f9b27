import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { existingMessageIds, readMailCutoff } from './mail-queue';
import { amsterdamDate, MEMBER_ROLE_LABELS, type ProgrammeState } from '../../domain/src';
import {
  enqueueMail,
  outgoingMailProblem,
  renderSessionInvitation,
  sessionIcs,
  sessionInvitationFacts,
  type OutgoingMail,
} from '../../mail/src';
import {
  inTransaction,
  MemberDirectory,
  MunicipalityEntity,
  type MemberEntity,
  type MembershipEntity,
} from '../../persistence/src';

// Session invitations (issue 16, R3.1). The projection calls `ensure(state)` after every upsert;
// for each training session planned since migration 0009's cutoff and not yet past, each person
// it concerns gets one e-mail with the session as an .ics file, keyed by a Message-ID derived from
// (programme, session, address) and inserted only when absent: retries, restarts, replays and
// continue-as-new queue nothing twice.

export interface SessionInvitationMailOptions {
  /** Right-hand side of the Message-IDs (MAIL_MESSAGE_ID_DOMAIN / MAIL_FROM's domain). */
  messageIdDomain: string;
  /** The workspace's address (PUBLIC_URL): links, and the host part of the calendar UID. */
  publicUrl: string;
  logger?: { warn(obj: object, msg: string): void };
}

interface Person {
  membership: Pick<MembershipEntity, 'role' | 'partnerDomain'>;
  member: Pick<MemberEntity, 'name' | 'email' | 'language' | 'erasedAt' | 'notificationMode'>;
}

/**
 * Who is invited to a training session: the project lead(s), who plan it (R3.1), and the partner
 * contacts of the EDUCATION partners, whose school boards put it on their calendar and whose
 * staff attend. Not the alderman, care or justice partners, programme managers or observers: the
 * session is no step of theirs, and the programme's calendar feed has it for whoever wants it.
 * People who chose the digest only (it lists the planned sessions) and erased people (P4) get none.
 * One message per address, the first role listed wins.
 */
export function sessionRecipients(people: readonly Person[]) {
  const concerned = [
    ...people.filter((p) => p.membership.role === 'PROJECT_LEAD'),
    ...people.filter((p) => p.membership.role === 'PARTNER_CONTACT' && p.membership.partnerDomain === 'EDUCATION'),
  ];
  const seen = new Set<string>();
  return concerned.flatMap(({ membership, member }) => {
    if (member.erasedAt || member.notificationMode === 'DIGEST') return [];
    const address = member.email.trim().toLowerCase();
    if (address === '' || seen.has(address)) return [];
    seen.add(address);
    return [{ address, name: member.name, language: member.language, role: membership.role }];
  });
}

/** The part before the @ of an invitation's Message-ID: readable, and unique by a hash of (programme, session, address). */
export function sessionMessageIdLocalPart(programmeId: string, sessionId: string, address: string): string {
  const hash = createHash('sha256')
    .update(`${programmeId}\n${sessionId}\n${address.toLowerCase()}`)
    .digest('hex')
    .slice(0, 32);
  const readable = `${programmeId}.${sessionId}`.replace(/[^A-Za-z0-9-]+/g, '.').replace(/^\.+|\.+$/g, '');
  return `session.${readable.slice(0, 120).replace(/\.+$/, '')}.${hash}`;
}

/** Makes sure every planned session of a projected state has its invitations in the outbox. */
export class SessionInvitationMailer {
  private since?: string;
  private readonly warned = new Set<string>();
  private readonly directory: MemberDirectory;

  constructor(
    private readonly dataSource: DataSource,
    private readonly o: SessionInvitationMailOptions,
  ) {
    this.directory = new MemberDirectory(dataSource);
  }

  /** Queues what is missing; answers how many messages it queued. */
  async ensure(state: ProgrammeState, now: Date = new Date()): Promise<number> {
    const today = amsterdamDate(now.getTime());
    const sessions = (state.training?.sessions ?? []).filter((s) => !s.delivered && s.date >= today);
    if (sessions.length === 0) return 0;
    const since = await this.cutoff();
    // Planned before the feature existed (migration 0009's instant): never mailed.
    const fresh = since === undefined ? [] : sessions.filter((s) => s.plannedAt >= since);
    if (fresh.length === 0) return 0;

    const memberships = await this.directory.activeMembershipsOf(state.programmeId);
    const members = await this.directory.membersByIds(memberships.map((m) => m.memberId));
    const recipients = sessionRecipients(
      memberships.flatMap((membership) => {
        const member = members.get(membership.memberId);
        return member ? [{ membership, member }] : [];
      }),
    );
    const wanted = fresh.flatMap((session) =>
      recipients.map((to) => {
        const local = sessionMessageIdLocalPart(state.programmeId, session.id, to.address);
        return { session, to, local, messageId: `<${local}@${this.o.messageIdDomain}>` };
      }),
    );
    if (wanted.length === 0) return 0;
    const existing = await this.existing(wanted.map((w) => w.messageId));
    const missing = wanted.filter((w) => !existing.has(w.messageId));
    if (missing.length === 0) return 0;

    const municipality = await this.dataSource.manager.findOneBy(MunicipalityEntity, { code: state.municipalityCode });
    const municipalityName = municipality?.name ?? state.municipalityCode;
    const mails = missing.flatMap((w) => {
      const facts = sessionInvitationFacts(state, w.session, municipalityName, this.o.publicUrl);
      const mail: OutgoingMail = {
        kind: 'SESSION_INVITATION',
        programmeId: state.programmeId,
        to: w.to.address,
        language: w.to.language,
        ...renderSessionInvitation(facts, {
          language: w.to.language,
          name: w.to.name,
          roleLabel: MEMBER_ROLE_LABELS[w.to.role][w.to.language],
        }),
        attachments: [
          {
            filename: 'bijeenkomst.ics',
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            content: sessionIcs(facts),
          },
        ],
      };
      const problem = outgoingMailProblem(mail);
      if (!problem) return [{ w, mail }];
      // Retrying cannot fix a member's unusable address: skip it (once in the log), never block the projection.
      this.warnOnce(w.messageId, { messageId: w.messageId, problem }, 'session invitation skipped');
      return [];
    });
    let queued = 0;
    await inTransaction(this.dataSource, async (manager) => {
      for (const { w, mail } of mails) {
        // Due at once: `now` only decides which sessions are still ahead.
        const { created } = await enqueueMail(manager, mail, this.o.messageIdDomain, new Date(), {
          messageIdLocalPart: w.local,
        });
        if (created) queued += 1;
      }
    });
    return queued;
  }

  private existing(messageIds: string[]): Promise<Set<string>> {
    return existingMessageIds(this.dataSource, messageIds);
  }

  /** The instant stored by migration 0009 (the escalation e-mail's cutoff), read until found. */
  private async cutoff(): Promise<string | undefined> {
    if (this.since !== undefined) return this.since;
    this.since = await readMailCutoff(this.dataSource);
    if (this.since === undefined)
      this.warnOnce('cutoff', {}, 'no escalation-mail-since setting (migration 0009): no session invitations');
    return this.since;
  }

  private warnOnce(key: string, obj: object, msg: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.o.logger?.warn(obj, msg);
  }
}
