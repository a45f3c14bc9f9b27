import { Between, In, type DataSource } from 'typeorm';
import {
  addIsoDays,
  isValidIsoDate,
  MEMBER_ROLE_LABELS,
  mondayOf,
  startOfAmsterdamDay,
  weeklyDigest,
  type ActorRole,
  type DigestChange,
  type DigestProgrammeInput,
  type ProgrammeState,
} from '../../domain/src';
import { enqueueMail, outgoingMailProblem, renderWeeklyDigest, type OutgoingMail } from '../../mail/src';
import {
  DirectoryEventEntity,
  grantOf,
  inTransaction,
  MemberDirectory,
  MunicipalityEntity,
  NotificationPreferences,
  ProgrammeEntity,
} from '../../persistence/src';

// The weekly digest (issue 16): one message per person per ISO week, into the mail outbox, for
// people whose notification mode is DIGEST or BOTH and who did not unsubscribe. The Message-ID is
// `digest.<ISO week>.<member id>@<domain>`, inserted only when absent: a rerun of the same week
// (a retried activity, a second worker, a manual trigger) queues nothing twice.

export interface DigestMailOptions {
  /** Right-hand side of the Message-IDs (MAIL_MESSAGE_ID_DOMAIN / MAIL_FROM's domain). */
  messageIdDomain: string;
  /** The workspace's address (PUBLIC_URL): programme links and the unsubscribe page `/afmelden`. */
  publicUrl: string;
  logger?: { warn(obj: object, msg: string): void };
}

/** What one run did; the activity's result, visible in Temporal's history. */
export interface WeeklyDigestRun {
  weekStart: string;
  isoWeek?: string;
  /** People who want the digest and hold a role. */
  recipients: number;
  queued: number;
  /** Already in the outbox for this week (a rerun). */
  alreadyQueued: number;
  /** Nothing due and nothing changed: no message. */
  empty: number;
  /** No usable address (never filled in, or refused by the outbox's checks). */
  skipped: number;
}

/** The unsubscribe page a digest links to (`List-Unsubscribe`, RFC 8058). */
export const UNSUBSCRIBE_PATH = '/afmelden';

/** The part before the @ of a digest's Message-ID: the week and the person, never random. */
export const digestMessageIdLocalPart = (isoWeek: string, memberId: string): string => `digest.${isoWeek}.${memberId}`;

/** Sends the weekly digests of the week starting on `weekStart` (a Monday, Europe/Amsterdam). */
export async function sendWeeklyDigests(
  dataSource: DataSource,
  o: DigestMailOptions,
  weekStart: string,
  now: Date = new Date(),
): Promise<WeeklyDigestRun> {
  if (!isValidIsoDate(weekStart) || mondayOf(weekStart) !== weekStart)
    throw new Error(`weekStart must be a Monday as YYYY-MM-DD, not '${weekStart}'`);
  const preferences = new NotificationPreferences(dataSource);
  const directory = new MemberDirectory(dataSource);
  const recipients = await preferences.digestRecipients();
  const run: WeeklyDigestRun = {
    weekStart,
    recipients: recipients.length,
    queued: 0,
    alreadyQueued: 0,
    empty: 0,
    skipped: 0,
  };
  if (recipients.length === 0) return run;

  const programmeIds = [...new Set(recipients.flatMap((r) => r.memberships.map((m) => m.programmeId)))];
  const rows = await dataSource.manager.findBy(ProgrammeEntity, { id: In(programmeIds) });
  const states = new Map(rows.map((r) => [r.id, JSON.parse(r.state) as ProgrammeState]));
  const codes = [...new Set(rows.map((r) => r.municipalityCode))];
  const municipalities = await dataSource.manager.findBy(MunicipalityEntity, { code: In(codes) });
  const municipalityName = new Map(municipalities.map((m) => [m.code, m.name]));
  // The directory's audit trail of last week (who joined or left), worded as the programme's timeline words it.
  const events = await dataSource.manager.find(DirectoryEventEntity, {
    where: {
      programmeId: In(programmeIds),
      at: Between(
        new Date(startOfAmsterdamDay(addIsoDays(weekStart, -7))).toISOString(),
        new Date(startOfAmsterdamDay(weekStart)).toISOString(),
      ),
    },
    order: { at: 'ASC', id: 'ASC' },
  });
  const actorIds = [
    ...[...states.values()].flatMap((s) =>
      s.timeline.flatMap((t) => [t.by.memberId, t.by.onBehalfOf].filter((id): id is string => id !== undefined)),
    ),
    ...events.flatMap((e) => [e.actorMemberId, e.subjectMemberId].filter((id): id is string => id !== null)),
  ];
  const people = await directory.membersByIds(actorIds);
  const names = new Map([...people].map(([id, m]) => [id, m.name]));
  const directoryChanges = new Map<string, DigestChange[]>();
  for (const e of events) {
    const change = directoryChange(e, names);
    if (change && e.programmeId)
      directoryChanges.set(e.programmeId, [...(directoryChanges.get(e.programmeId) ?? []), change]);
  }
  const base = o.publicUrl.replace(/\/+$/, '');

  for (const { member, memberships } of recipients) {
    // Only the person's own memberships: another person's programme never enters their digest.
    const byProgramme = new Map<string, DigestProgrammeInput>();
    for (const ms of memberships) {
      const state = states.get(ms.programmeId);
      if (!state) continue; // not projected yet
      const entry = byProgramme.get(ms.programmeId) ?? {
        state,
        municipalityName: municipalityName.get(state.municipalityCode) ?? state.municipalityCode,
        grants: [],
        directoryChanges: directoryChanges.get(ms.programmeId) ?? [],
      };
      byProgramme.set(ms.programmeId, { ...entry, grants: [...entry.grants, grantOf(ms)] });
    }
    const digest = weeklyDigest({ weekStart, programmes: [...byProgramme.values()], names });
    if (!digest) {
      run.empty += 1;
      continue;
    }
    run.isoWeek = digest.isoWeek;
    const token = await preferences.unsubscribeToken(member.id);
    const unsubscribeUrl = `${base}${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(token)}`;
    const mail: OutgoingMail = {
      kind: 'WEEKLY_DIGEST',
      to: member.email.trim().toLowerCase(),
      language: member.language,
      ...renderWeeklyDigest({ language: member.language, name: member.name, digest, publicUrl: base, unsubscribeUrl }),
      // RFC 8058: a mail client's one-click unsubscribe POSTs `List-Unsubscribe=One-Click` to the URL.
      headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    };
    const problem = outgoingMailProblem(mail);
    if (problem) {
      run.skipped += 1;
      o.logger?.warn({ memberId: member.id, problem }, 'weekly digest not queued');
      continue;
    }
    const queued = await inTransaction(dataSource, (manager) =>
      enqueueMail(manager, mail, o.messageIdDomain, now, {
        messageIdLocalPart: digestMessageIdLocalPart(digest.isoWeek, member.id),
      }),
    );
    if (queued.created) run.queued += 1;
    else run.alreadyQueued += 1;
  }
  return run;
}

const actorRoleOf = (role: string | null): ActorRole =>
  role === 'KWARTIERMAKER' || role === 'ADMINISTRATIVE_LEAD' || role === 'PROGRAMME_MANAGER'
    ? role
    : role === 'PARTNER_CONTACT'
      ? 'PARTNER'
      : 'PROJECT_LEAD';

/** A directory event as a line of the digest (Dutch, as the programme's timeline shows it); invitations sent are left out. */
function directoryChange(e: DirectoryEventEntity, names: ReadonlyMap<string, string>): DigestChange | undefined {
  const who = e.subjectMemberId ? (names.get(e.subjectMemberId) ?? '') : '';
  const role = e.role
    ? `${MEMBER_ROLE_LABELS[e.role].nl}${e.partnerOrganisation ? ` (${e.partnerOrganisation})` : ''}`
    : '';
  const summary =
    e.event === 'memberAdded'
      ? `${who} is lid als ${role}.`
      : e.event === 'invitationAccepted'
        ? `${who} nam de uitnodiging aan en is lid als ${role}.`
        : e.event === 'memberRemoved'
          ? `${who} is geen ${role} meer.`
          : undefined;
  if (!summary) return undefined;
  const byName = e.actorMemberId ? names.get(e.actorMemberId) : undefined;
  return { at: e.at, event: e.event, summary, byRole: actorRoleOf(e.actorRole), ...(byName ? { byName } : {}) };
}

/** The digest's activity, registered by the worker; the schedule's workflow calls it once a week. */
export function createDigestActivities({
  dataSource,
  digestMail,
}: {
  dataSource: DataSource;
  digestMail: DigestMailOptions;
}) {
  return {
    /** Idempotent per week: Message-IDs are inserted only when absent. */
    async sendWeeklyDigests(weekStart: string): Promise<WeeklyDigestRun> {
      return sendWeeklyDigests(dataSource, digestMail, weekStart);
    },
  };
}
