import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { MailOutboxEntity, type MailLanguage } from '../../persistence/src';

/** One message to send, rendered (templates.ts) by the caller. */
export interface OutgoingMail {
  /** What it is for, e.g. `INVITATION`: for operators and metrics, never shown to the recipient. */
  kind: string;
  /** Exactly one address. */
  to: string;
  language: MailLanguage;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, only those in EXTRA_HEADERS (the digest's one-click unsubscribe, RFC 8058). */
  headers?: Record<string, string>;
  /** The programme the message concerns, shown in its delivery figures (`Programme.mailDelivery`). */
  programmeId?: string;
  /** At most one small attachment (a session invitation's `.ics`). */
  attachments?: MailAttachment[];
}

/** A file sent with a message, as text (an iCalendar file). */
export interface MailAttachment {
  filename: string;
  /** A MIME type with parameters, e.g. `text/calendar; charset=utf-8; method=PUBLISH`. */
  contentType: string;
  content: string;
}

const MAX_ATTACHMENTS = 1;
const MAX_ATTACHMENT_CHARS = 100_000;
const FILENAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const CONTENT_TYPE = /^[a-z]+\/[a-z0-9.+-]+(?:; *[a-z-]+=[A-Za-z0-9._-]+)*$/;

/** The extra headers a caller may set; anything else (From, Bcc, …) is refused. */
export const EXTRA_HEADERS: ReadonlySet<string> = new Set(['List-Unsubscribe', 'List-Unsubscribe-Post']);

// One plain address (no display name, no list, no comments or quoted parts): the recipient comes
// from a member's record, and anything richer is a way to smuggle in a second recipient.
const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const LINE_BREAK = /[\r\n]/;
const DOMAIN = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/;

/** Why a message may not be queued, or undefined when it may. */
export function outgoingMailProblem(mail: OutgoingMail): string | undefined {
  if (!/^[A-Z][A-Z0-9_]{0,39}$/.test(mail.kind)) return 'kind must be an upper-case code of at most 40 characters';
  if (mail.to.length > 254 || !ADDRESS.test(mail.to)) return 'to must be one e-mail address';
  if (mail.language !== 'nl' && mail.language !== 'en') return "language must be 'nl' or 'en'";
  // Header injection: a line break in a header field would start a header of the caller's choosing.
  if (LINE_BREAK.test(mail.subject)) return 'subject may not contain a line break';
  if (mail.subject.trim() === '' || mail.subject.length > 250) return 'subject must be 1 to 250 characters';
  if (mail.text.trim() === '' || mail.html.trim() === '') return 'a message needs a text and an HTML part';
  for (const [name, value] of Object.entries(mail.headers ?? {})) {
    if (!EXTRA_HEADERS.has(name)) return `header ${name} may not be set`;
    if (LINE_BREAK.test(value) || value.length > 1000)
      return `header ${name} must be one line of at most 1000 characters`;
  }
  if (mail.programmeId !== undefined && !/^[A-Za-z0-9-]{1,64}$/.test(mail.programmeId))
    return 'programmeId must be a programme id';
  const attachments = mail.attachments ?? [];
  if (attachments.length > MAX_ATTACHMENTS) return `at most ${MAX_ATTACHMENTS} attachment`;
  for (const a of attachments) {
    // Both end up in MIME headers: no line breaks, quotes or path parts.
    if (!FILENAME.test(a.filename)) return 'an attachment needs a plain file name';
    if (!CONTENT_TYPE.test(a.contentType)) return 'an attachment needs a plain content type';
    if (a.content === '' || a.content.length > MAX_ATTACHMENT_CHARS)
      return `an attachment must hold 1 to ${MAX_ATTACHMENT_CHARS} characters`;
  }
  return undefined;
}

// The part before the @ of a caller-given Message-ID: dot-atom text (RFC 5322) without the
// characters that would need quoting, so it can never close the angle brackets or add a header.
const MESSAGE_ID_LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

export interface EnqueueOptions {
  /**
   * The Message-ID's part before the @, chosen by the caller so that the same message always gets
   * the same id (escalation mail: derived from the escalation, the kind and the recipient). The row
   * is then inserted only if no row holds that Message-ID yet (`mail_outbox.message_id` is unique):
   * a retried or replayed caller never queues a second copy. Without it a random id is made.
   */
  messageIdLocalPart?: string;
}

/**
 * Records a message in the outbox for the sender to deliver. Call it inside the transaction of the
 * change that causes it (`inTransaction(dataSource, async (manager) => …)` from libs/persistence), so the message exists
 * exactly when the change does. The Message-ID is fixed here, once: every attempt carries it.
 * `created` is false when a caller-given Message-ID was already queued (nothing was written).
 */
export async function enqueueMail(
  manager: EntityManager,
  mail: OutgoingMail,
  messageIdDomain: string,
  now: Date = new Date(),
  options: EnqueueOptions = {},
): Promise<{ id: string; messageId: string; created: boolean }> {
  const problem = outgoingMailProblem(mail);
  if (problem) throw new Error(`invalid mail: ${problem}`);
  if (!DOMAIN.test(messageIdDomain)) throw new Error('invalid mail: messageIdDomain must be a domain name');
  const local = options.messageIdLocalPart;
  if (local !== undefined && (local.length > 200 || !MESSAGE_ID_LOCAL.test(local))) {
    throw new Error('invalid mail: messageIdLocalPart must be dot-atom text of at most 200 characters');
  }
  const id = randomUUID();
  const messageId = `<${local ?? id}@${messageIdDomain}>`;
  const at = now.toISOString();
  const row = {
    id,
    messageId,
    kind: mail.kind,
    recipient: mail.to,
    language: mail.language,
    subject: mail.subject,
    textBody: mail.text,
    htmlBody: mail.html,
    status: 'PENDING' as const,
    attempts: 0,
    nextAttemptAt: at,
    lockedUntil: null,
    sentAt: null,
    lastError: null,
    createdAt: at,
    headers: mail.headers && Object.keys(mail.headers).length > 0 ? JSON.stringify(mail.headers) : null,
    programmeId: mail.programmeId ?? null,
    attachments: mail.attachments && mail.attachments.length > 0 ? JSON.stringify(mail.attachments) : null,
  };
  if (local === undefined) {
    await manager.insert(MailOutboxEntity, row);
    return { id, messageId, created: true };
  }
  // ON CONFLICT DO NOTHING (PostgreSQL) / INSERT OR IGNORE (SQLite): also when another worker
  // queues the same message at the same moment, one row wins and the other insert is a no-op.
  await manager.createQueryBuilder().insert().into(MailOutboxEntity).values(row).orIgnore().execute();
  const stored = await manager.findOneByOrFail(MailOutboxEntity, { messageId });
  return { id: stored.id, messageId, created: stored.id === id };
}
