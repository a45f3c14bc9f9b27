import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { existingMessageIds, readMailCutoff } from './mail-queue';
import {
  checklist,
  tipFor,
  type Escalation,
  type EscalationLevel,
  type ProgrammeState,
  type RuleId,
} from '../../domain/src';
import {
  enqueueMail,
  outgoingMailProblem,
  renderEscalationRaised,
  renderEscalationResolved,
  type EscalationAddressee,
  type EscalationFacts,
  type OutgoingMail,
} from '../../mail/src';
import {
  inTransaction,
  MemberDirectory,
  MunicipalityEntity,
  type MemberEntity,
  type MembershipEntity,
} from '../../persistence/src';

// P3 (docs/rules.md "Stalls and escalations"): escalations reach people by e-mail. The projection
// calls `ensure(state)` after every upsert; it makes sure each escalation's messages exist in the
// mail outbox, keyed by a Message-ID derived from (escalation, raised|resolved, address), so a
// retried activity, a restarted worker, a replay or continue-as-new never queues a second copy.

export interface EscalationMailOptions {
  /** Right-hand side of the Message-IDs (MAIL_MESSAGE_ID_DOMAIN / MAIL_FROM's domain). */
  messageIdDomain: string;
  /** The workspace's address (PUBLIC_URL): links go to `<publicUrl>/programmas/<programmeId>`. */
  publicUrl: string;
  /** The kwartiermakers' national address (NATIONAL_ESCALATION_EMAIL); level 3 goes by webhook only without it. */
  nationalAddress?: string;
  logger?: { warn(obj: object, msg: string): void };
}

/** One person (or the national address) an escalation message goes to. */
export interface EscalationRecipient extends EscalationAddressee {
  address: string;
}

/** Who may receive mail: a member with an address who was not erased (P4). */
export interface DirectoryPerson {
  role: MembershipEntity['role'];
  member: Pick<MemberEntity, 'name' | 'email' | 'language' | 'erasedAt'>;
}

/**
 * P3: level 1 to the programme's project lead(s); level 2 to the administrative lead, with a copy
 * of their own to each project lead; level 3 to the kwartiermakers' national address. One message
 * per address (the first role wins), each in the person's language. A separate copy instead of
 * Cc: every reader gets the message in their own language, under a Message-ID of their own, and
 * an outbox row keeps exactly one recipient.
 */
export function escalationRecipients(
  level: EscalationLevel,
  people: readonly DirectoryPerson[],
  nationalAddress?: string,
): EscalationRecipient[] {
  const reachable = people.filter((p) => !p.member.erasedAt && p.member.email.trim() !== '');
  const as = (role: DirectoryPerson['role'], addressee: EscalationAddressee['as']) =>
    reachable
      .filter((p) => p.role === role)
      .map((p) => ({
        address: p.member.email.trim().toLowerCase(),
        language: p.member.language,
        name: p.member.name,
        as: addressee,
      }));
  const all: EscalationRecipient[] =
    level === 1
      ? as('PROJECT_LEAD', 'PROJECT_LEAD')
      : level === 2
        ? [...as('ADMINISTRATIVE_LEAD', 'ADMINISTRATIVE_LEAD'), ...as('PROJECT_LEAD', 'COPY')]
        : nationalAddress
          ? [{ address: nationalAddress.toLowerCase(), language: 'nl', as: 'NATIONAL' }]
          : [];
  const seen = new Set<string>();
  return all.filter((r) => !seen.has(r.address) && seen.add(r.address));
}

/**
 * The part before the @ of an escalation message's Message-ID: readable (kind, escalation id)
 * and unique through a hash of the exact (escalation id, kind, address). Never random.
 */
export function escalationMessageIdLocalPart(
  escalationId: string,
  kind: 'raised' | 'resolved',
  address: string,
): string {
  const hash = createHash('sha256')
    .update(`${escalationId}\n${kind}\n${address.toLowerCase()}`)
    .digest('hex')
    .slice(0, 32);
  const readable = escalationId.replace(/[^A-Za-z0-9-]+/g, '.').replace(/^\.+|\.+$/g, '');
  return readable ? `${kind}.${readable.slice(0, 120).replace(/\.+$/, '')}.${hash}` : `${kind}.${hash}`;
}

const MAIL_KIND = { raised: 'ESCALATION_RAISED', resolved: 'ESCALATION_RESOLVED' } as const;
const TIMELINE_ENTRIES = 5;

/** The rule a stall is about: its own, else the open checklist rule of its phase, else the step's. */
function ruleOf(state: ProgrammeState, e: Escalation, open: { ruleId: RuleId }[]): RuleId | undefined {
  if (e.ruleId) return e.ruleId;
  if (e.step.startsWith('ACTION:')) return 'R3.2';
  if (e.step === 'TRAINING') return 'R3.1';
  if (e.step === state.phase && open[0]) return open[0].ruleId;
  return undefined;
}

/** The facts of one escalation's message, from the state the projection holds. */
export function escalationFacts(
  state: ProgrammeState,
  e: Escalation,
  municipalityName: string,
  publicUrl: string,
): EscalationFacts {
  const open = e.step === state.phase ? checklist(state).filter((i) => i.blocking && !i.done) : [];
  const ruleId = ruleOf(state, e, open);
  const tip = ruleId ? tipFor(ruleId) : undefined;
  // The stall was first flagged when the lowest still-open level of the same step fell due.
  const flaggedSince = state.escalations
    .filter((x) => x.step === e.step && x.kind === e.kind && x.status !== 'RESOLVED' && x.dueAt <= e.dueAt)
    .map((x) => x.dueAt)
    .sort()[0];
  // An action's own clock, or R4.5's successor step of its embedding, is named by the action's title.
  const actionTitle =
    e.step.startsWith('ACTION:') || e.step.startsWith('SUCCESSOR:')
      ? state.agenda.actions.find((a) => `ACTION:${a.id}` === e.step || `SUCCESSOR:${a.id}` === e.step)?.title
      : undefined;
  return {
    programmeId: state.programmeId,
    municipalityName,
    phase: state.phase,
    escalation: {
      level: e.level,
      kind: e.kind,
      step: e.step,
      ...(actionTitle ? { actionTitle } : {}),
      message: e.message,
      dueAt: e.dueAt,
      ...(flaggedSince && flaggedSince < e.dueAt ? { flaggedSince } : {}),
      ...(e.resolvedAt ? { resolvedAt: e.resolvedAt } : {}),
      ...(e.resolution ? { resolution: e.resolution } : {}),
    },
    ...(ruleId ? { ruleId } : {}),
    ...(tip ? { tip } : {}),
    openItems: open.map((i) => ({ ruleId: i.ruleId, label: i.label, ...(i.missing ? { missing: i.missing } : {}) })),
    timeline: state.timeline.slice(-TIMELINE_ENTRIES).map((t) => ({ at: t.at, event: t.event, summary: t.summary })),
    context: {
      actions: state.agenda.actions.map((a) => ({ id: a.id, title: a.title })),
      escalations: state.escalations.map((x) => ({ kind: x.kind, level: x.level, step: x.step, message: x.message })),
    },
    url: `${publicUrl.replace(/\/+$/, '')}/programmas/${encodeURIComponent(state.programmeId)}`,
  };
}

interface Wanted {
  localPart: string;
  messageId: string;
  mail: () => OutgoingMail;
}

/** Makes sure every escalation of a projected state has its e-mails in the outbox (see the top of this file). */
export class EscalationMailer {
  private since?: Promise<string | undefined>;
  private readonly warned = new Set<string>();
  private readonly directory: MemberDirectory;

  constructor(
    private readonly dataSource: DataSource,
    private readonly o: EscalationMailOptions,
  ) {
    this.directory = new MemberDirectory(dataSource);
  }

  /** Queues what is missing; answers how many messages it queued. */
  async ensure(state: ProgrammeState): Promise<number> {
    const since = await this.cutoff();
    if (since === undefined) return 0;
    // Raised before the feature existed (migration 0009): never mailed, nor their resolution.
    const escalations = state.escalations.filter((e) => e.raisedAt >= since);
    if (escalations.length === 0) return 0;

    const memberships = await this.directory.activeMembershipsOf(state.programmeId);
    const members = await this.directory.membersByIds(memberships.map((m) => m.memberId));
    const people = memberships.flatMap((m) => {
      const member = members.get(m.memberId);
      return member ? [{ role: m.role, member }] : [];
    });
    const municipality = await this.dataSource.manager.findOneBy(MunicipalityEntity, { code: state.municipalityCode });
    const municipalityName = municipality?.name ?? state.municipalityCode;
    const messageId = (local: string) => `<${local}@${this.o.messageIdDomain}>`;

    // Raised: every escalation not yet resolved, to whoever holds its role now.
    const raised: Wanted[] = [];
    const raisedIdsOf = new Map<string, Map<string, string>>();
    for (const e of escalations) {
      const byAddress = new Map<string, string>();
      for (const to of escalationRecipients(e.level, people, this.o.nationalAddress)) {
        const local = escalationMessageIdLocalPart(e.id, 'raised', to.address);
        byAddress.set(to.address, messageId(local));
        if (e.status === 'RESOLVED') continue;
        raised.push({
          localPart: local,
          messageId: messageId(local),
          mail: () => ({
            kind: MAIL_KIND.raised,
            programmeId: state.programmeId,
            to: to.address,
            language: to.language,
            ...renderEscalationRaised(escalationFacts(state, e, municipalityName, this.o.publicUrl), to),
          }),
        });
      }
      raisedIdsOf.set(e.id, byAddress);
    }

    // Resolved: escalations of one step resolved at one instant (levels 1–3 of one stall) make one
    // short message per person, keyed by the first of them, to those who were told of any of them.
    const groups = new Map<string, Escalation[]>();
    for (const e of escalations) {
      if (e.status !== 'RESOLVED') continue;
      const key = `${e.step}\n${e.resolvedAt ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    const resolvedCandidates: { wanted: Wanted; raisedIds: string[] }[] = [];
    for (const group of groups.values()) {
      const first = group[0]!;
      const top = group.reduce((a, b) => (b.level > a.level ? b : a));
      const told = new Map<string, { to: EscalationRecipient; raisedIds: string[] }>();
      for (const e of group) {
        for (const to of escalationRecipients(e.level, people, this.o.nationalAddress)) {
          const entry = told.get(to.address) ?? { to, raisedIds: [] };
          entry.raisedIds.push(raisedIdsOf.get(e.id)!.get(to.address)!);
          told.set(to.address, entry);
        }
      }
      for (const { to, raisedIds } of told.values()) {
        const local = escalationMessageIdLocalPart(first.id, 'resolved', to.address);
        resolvedCandidates.push({
          raisedIds,
          wanted: {
            localPart: local,
            messageId: messageId(local),
            mail: () => ({
              kind: MAIL_KIND.resolved,
              programmeId: state.programmeId,
              to: to.address,
              language: to.language,
              ...renderEscalationResolved(escalationFacts(state, top, municipalityName, this.o.publicUrl), to),
            }),
          },
        });
      }
    }

    const existing = await this.existing([
      ...raised.map((w) => w.messageId),
      ...resolvedCandidates.flatMap((c) => [c.wanted.messageId, ...c.raisedIds]),
    ]);
    const missing = [
      ...raised.filter((w) => !existing.has(w.messageId)),
      ...resolvedCandidates
        .filter((c) => !existing.has(c.wanted.messageId) && c.raisedIds.some((id) => existing.has(id)))
        .map((c) => c.wanted),
    ];
    if (missing.length === 0) return 0;

    const mails = missing.flatMap((w) => {
      const mail = w.mail();
      const problem = outgoingMailProblem(mail);
      if (!problem) return [{ w, mail }];
      // Retrying cannot fix a member's unusable address: skip it (once in the log), never block the projection.
      this.warnOnce(w.messageId, { messageId: w.messageId, problem }, 'escalation e-mail skipped');
      return [];
    });
    let queued = 0;
    await inTransaction(this.dataSource, async (manager) => {
      for (const { w, mail } of mails) {
        const { created } = await enqueueMail(manager, mail, this.o.messageIdDomain, new Date(), {
          messageIdLocalPart: w.localPart,
        });
        if (created) queued += 1;
      }
    });
    return queued;
  }

  private existing(messageIds: string[]): Promise<Set<string>> {
    return existingMessageIds(this.dataSource, messageIds);
  }

  /** The instant stored by migration 0009, read once. */
  private cutoff(): Promise<string | undefined> {
    this.since ??= readMailCutoff(this.dataSource).then(
      (value) => {
        if (value === undefined)
          this.warnOnce('cutoff', {}, 'no escalation-mail-since setting (migration 0009): escalations are not mailed');
        return value;
      },
      (error: unknown) => {
        this.since = undefined;
        throw error;
      },
    );
    return this.since;
  }

  private warnOnce(key: string, obj: object, msg: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.o.logger?.warn(obj, msg);
  }
}
