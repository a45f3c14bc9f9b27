import type { DataSource } from 'typeorm';
import type { MemberRole } from '../../domain/src';
import { MailOutboxEntity, MemberEntity, MembershipEntity } from '../../persistence/src';

// Delivery made visible (issue 16): what the outbox holds for one programme, told without any
// address. A recipient is named by the role they hold (or held) in that programme, so a project
// lead reads "1 bericht aan de wethouder kon niet worden bezorgd", never the alderman's address.

/** Who a message went to, as a reader of the programme may know it. */
export type MailRecipientRole = MemberRole | 'NATIONAL' | 'INVITEE';

export interface MailFailure {
  /** When the sender gave it up (ISO instant). */
  at: string;
  kind: string;
  /** Unknown when the person is no longer found (erased, P4). */
  recipientRole?: MailRecipientRole;
  /** The relay's answer, with any address in it blanked out. */
  reason: string;
}

export interface MailDelivery {
  pending: number;
  sent: number;
  failed: number;
  /** The most recent failure, if any. */
  lastFailure?: MailFailure;
  /** Failed messages per recipient role (unknown last), for the sentence. */
  failedByRole: { role?: MailRecipientRole; count: number }[];
}

const ADDRESS_IN_TEXT = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;

/** An SMTP error without the addresses it may quote ("550 <x@y>: unknown user"). */
export const withoutAddresses = (reason: string): string => reason.replace(ADDRESS_IN_TEXT, '…');

/** Messages whose recipient is no member: escalations to the national address, invitations not yet accepted. */
const nonMemberRole = (kind: string): MailRecipientRole | undefined =>
  kind.startsWith('ESCALATION_') ? 'NATIONAL' : kind === 'INVITATION' ? 'INVITEE' : undefined;

// A person holding several roles is named by the first of these.
const ROLE_ORDER: readonly MemberRole[] = [
  'ADMINISTRATIVE_LEAD',
  'PROJECT_LEAD',
  'PARTNER_CONTACT',
  'PROGRAMME_MANAGER',
  'OBSERVER',
];

/** The figures and the last failure of one programme's e-mail. */
export async function mailDeliveryOf(dataSource: DataSource, programmeId: string): Promise<MailDelivery> {
  const counts = await dataSource
    .getRepository(MailOutboxEntity)
    .createQueryBuilder('o')
    .select('o.status', 'status')
    .addSelect('COUNT(*)', 'n')
    .where('o.programme_id = :programmeId', { programmeId })
    .groupBy('o.status')
    .getRawMany<{ status: string; n: string | number }>();
  const count = (status: string) => Number(counts.find((c) => c.status === status)?.n ?? 0);
  const delivery: MailDelivery = {
    pending: count('PENDING'),
    sent: count('SENT'),
    failed: count('FAILED'),
    failedByRole: [],
  };
  if (delivery.failed === 0) return delivery;

  const failures = await dataSource.getRepository(MailOutboxEntity).find({
    select: { recipient: true, kind: true, lastError: true, failedAt: true, nextAttemptAt: true },
    where: { programmeId, status: 'FAILED' },
    order: { failedAt: 'DESC', createdAt: 'DESC' },
    take: 1000,
  });
  // Every role an address holds or held in this programme (the mail may predate a removal).
  const held = await dataSource
    .getRepository(MembershipEntity)
    .createQueryBuilder('ms')
    .innerJoin(MemberEntity, 'm', 'm.id = ms.member_id')
    .select('ms.role', 'role')
    .addSelect('m.email', 'email')
    .where('ms.programme_id = :programmeId', { programmeId })
    .getRawMany<{ role: MemberRole; email: string }>();
  const rolesOf = new Map<string, MemberRole[]>();
  for (const { role, email } of held) {
    const key = email.trim().toLowerCase();
    rolesOf.set(key, [...(rolesOf.get(key) ?? []), role]);
  }
  const roleOf = (recipient: string, kind: string): MailRecipientRole | undefined => {
    const roles = rolesOf.get(recipient.trim().toLowerCase());
    return roles ? ROLE_ORDER.find((r) => roles.includes(r)) : nonMemberRole(kind);
  };

  const byRole = new Map<MailRecipientRole | undefined, number>();
  for (const f of failures) {
    const role = roleOf(f.recipient, f.kind);
    byRole.set(role, (byRole.get(role) ?? 0) + 1);
  }
  delivery.failedByRole = [...byRole.entries()]
    .map(([role, n]) => ({ ...(role ? { role } : {}), count: n }))
    // Most first, then by role name; the unknown last.
    .sort((a, b) =>
      a.role === undefined ? 1 : b.role === undefined ? -1 : b.count - a.count || a.role.localeCompare(b.role),
    );
  const last = failures[0]!;
  const lastRole = roleOf(last.recipient, last.kind);
  delivery.lastFailure = {
    // Rows given up before migration 0012 have no failed_at: their last attempt's schedule is the best guess.
    at: last.failedAt ?? last.nextAttemptAt,
    kind: last.kind,
    ...(lastRole ? { recipientRole: lastRole } : {}),
    reason: withoutAddresses(last.lastError ?? ''),
  };
  return delivery;
}

/** Every given-up message of the installation, for the national view. */
export async function failedMailCount(dataSource: DataSource): Promise<{ messages: number; programmes: number }> {
  const row = await dataSource
    .getRepository(MailOutboxEntity)
    .createQueryBuilder('o')
    .select('COUNT(*)', 'messages')
    .addSelect('COUNT(DISTINCT o.programme_id)', 'programmes')
    .where(`o.status = 'FAILED'`)
    .getRawOne<{ messages: string | number; programmes: string | number }>();
  return { messages: Number(row?.messages ?? 0), programmes: Number(row?.programmes ?? 0) };
}

const ROLE_NL: Record<MailRecipientRole, string> = {
  PROJECT_LEAD: 'de projectleider',
  ADMINISTRATIVE_LEAD: 'de wethouder',
  PARTNER_CONTACT: 'een partnercontactpersoon',
  PROGRAMME_MANAGER: 'de programmamanager',
  OBSERVER: 'een meelezer',
  NATIONAL: 'de kwartiermakers',
  INVITEE: 'een genodigde',
};
const ROLE_EN: Record<MailRecipientRole, string> = {
  PROJECT_LEAD: 'the project lead',
  ADMINISTRATIVE_LEAD: 'the alderman',
  PARTNER_CONTACT: 'a partner contact',
  PROGRAMME_MANAGER: 'the programme manager',
  OBSERVER: 'an observer',
  NATIONAL: 'the kwartiermakers',
  INVITEE: 'an invitee',
};

const joinNl = (parts: string[]) =>
  parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
const joinEn = (parts: string[]) =>
  parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

/**
 * One sentence on what could not be delivered, or undefined when nothing failed:
 * "1 bericht aan de wethouder kon niet worden bezorgd."
 */
export function deliverySentence(d: Pick<MailDelivery, 'failedByRole'>, language: 'nl' | 'en'): string | undefined {
  if (d.failedByRole.length === 0) return undefined;
  const total = d.failedByRole.reduce((n, r) => n + r.count, 0);
  if (language === 'en') {
    const parts = d.failedByRole.map(
      (r) => `${r.count} ${r.count === 1 ? 'message' : 'messages'}${r.role ? ` to ${ROLE_EN[r.role]}` : ''}`,
    );
    return `${joinEn(parts)} could not be delivered.`;
  }
  const parts = d.failedByRole.map(
    (r) => `${r.count} ${r.count === 1 ? 'bericht' : 'berichten'}${r.role ? ` aan ${ROLE_NL[r.role]}` : ''}`,
  );
  return `${joinNl(parts)} ${total === 1 ? 'kon' : 'konden'} niet worden bezorgd.`;
}
