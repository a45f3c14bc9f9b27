import { createTransport, type Transporter } from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { DataSource, QueryResult } from 'typeorm';
import { inTransaction } from '../../persistence/src';
import { describeSmtpTarget, type MailConfig } from './mail-config';

/** The part of a pino logger the sender uses. */
export interface MailLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface MailSenderOptions {
  dataSource: DataSource;
  config: MailConfig;
  logger?: MailLogger;
  /** Milliseconds since the epoch; tests move it forward to make a retry due. */
  clock?: () => number;
  /** Messages claimed per round. */
  batchSize?: number;
  /**
   * How long a claim holds. Longer than one SMTP attempt can take (the socket timeouts below), so
   * a live sender never loses its claim; a crashed sender's rows come free after it.
   */
  leaseMs?: number;
}

/** What one round did. */
export interface DrainResult {
  claimed: number;
  sent: number;
  /** Failed this time, to be tried again later. */
  retried: number;
  /** Given up: out of attempts, or refused for good by the relay. */
  failed: number;
}

interface ClaimedRow {
  id: string;
  message_id: string;
  recipient: string;
  language: string;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
  /** JSON object of extra headers (migration 0011), or null. */
  headers: string | null;
  /** JSON array of { filename, contentType, content } (migration 0012), or null. */
  attachments: string | null;
}

const HOUR_MS = 3_600_000;
const FIRST_RETRY_MS = 30_000;

/** The wait before attempt `attempts + 1`: 30 s, doubling, at most one hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(HOUR_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

/** A short, single-line description of a send failure: codes and the relay's answer, never the message. */
function describeError(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown };
  const parts = [e.code, e.responseCode, typeof e.message === 'string' ? e.message : String(error)];
  return parts
    .filter((p) => p !== undefined && p !== '')
    .join(' ')
    .replace(/[\r\n]+/g, ' ')
    .slice(0, 500);
}

/** A recipient the relay refused outright (5xx at RCPT TO): trying again will not help. */
function permanentFailure(error: unknown): boolean {
  const e = error as { code?: unknown; responseCode?: unknown };
  return e.code === 'EENVELOPE' && typeof e.responseCode === 'number' && e.responseCode >= 500;
}

/**
 * Sends the outbox (`mail_outbox`). Delivery is at least once with a stable Message-ID: a row is
 * claimed under a lease, sent, then marked SENT. A crash between the relay's acceptance and that
 * update sends the message again after the lease, with the same Message-ID, so a receiver or
 * relay that drops duplicates by Message-ID drops it. Two senders never claim the same row while
 * a lease holds (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: one conditional UPDATE).
 */
export class MailSender {
  /** Totals since start, for logs and tests. */
  readonly counters = { sent: 0, retried: 0, failed: 0 };
  private readonly clock: () => number;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private transporter?: Transporter<SMTPTransport.SentMessageInfo>;
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<unknown>;
  private running = false;
  private warnedDisabled = false;

  constructor(private readonly o: MailSenderOptions) {
    this.clock = o.clock ?? Date.now;
    this.batchSize = o.batchSize ?? 20;
    this.leaseMs = o.leaseMs ?? 5 * 60_000;
  }

  get enabled(): boolean {
    return this.o.config.smtpUrl !== undefined;
  }

  /** Starts polling every `config.pollMs`. Without MAIL_SMTP_URL it warns once and sends nothing. */
  start(): void {
    if (this.running) return;
    this.running = true;
    if (!this.enabled) {
      this.warnDisabled();
      return;
    }
    this.o.logger?.info({ smtp: describeSmtpTarget(this.o.config.smtpUrl!) }, 'mail sender started');
    this.schedule(0);
  }

  /** Stops polling and waits for the round in progress, so no claim is left half done. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.inFlight;
    this.transporter?.close();
    this.transporter = undefined;
  }

  /** One round: claims the due messages and tries each once. */
  async drainOnce(): Promise<DrainResult> {
    const result: DrainResult = { claimed: 0, sent: 0, retried: 0, failed: 0 };
    if (!this.enabled) {
      this.warnDisabled();
      return result;
    }
    const now = this.clock();
    const lease = new Date(now + this.leaseMs).toISOString();
    const rows = await this.claim(new Date(now).toISOString(), lease);
    result.claimed = rows.length;
    for (const row of rows) {
      const outcome = await this.sendOne(row, lease);
      if (outcome) result[outcome] += 1;
    }
    return result;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      const round = this.drainOnce().then(
        (r) => r.claimed === this.batchSize,
        (error: unknown) => {
          this.o.logger?.error({ err: error }, 'mail outbox round failed');
          return false;
        },
      );
      this.inFlight = round;
      void round.then((more) => {
        this.inFlight = undefined;
        // A full batch means more may be due: go on at once instead of waiting a poll interval.
        if (this.running) this.schedule(more ? 0 : this.o.config.pollMs);
      });
    }, delayMs);
    this.timer.unref();
  }

  private warnDisabled(): void {
    if (this.warnedDisabled) return;
    this.warnedDisabled = true;
    this.o.logger?.warn({}, 'MAIL_SMTP_URL is not set: e-mail stays in the outbox (PENDING) until it is');
  }

  private async claim(now: string, lease: string): Promise<ClaimedRow[]> {
    const postgres = this.o.dataSource.options.type === 'postgres';
    const due = `SELECT id FROM mail_outbox
      WHERE status = 'PENDING' AND next_attempt_at <= :now AND (locked_until IS NULL OR locked_until <= :now)
      ORDER BY next_attempt_at LIMIT :limit`;
    // PostgreSQL: rows another sender is claiming right now are skipped, not waited for, and
    // re-checked once it commits. SQLite: the statement runs under the database's single write lock,
    // and the outer condition repeats the inner one, so a row is claimed by one statement only.
    const sql = postgres
      ? `UPDATE mail_outbox SET locked_until = :lease WHERE id IN (${due} FOR UPDATE SKIP LOCKED)
         RETURNING id, message_id, recipient, language, subject, text_body, html_body, attempts, headers, attachments`
      : `UPDATE mail_outbox SET locked_until = :lease WHERE id IN (${due})
           AND status = 'PENDING' AND (locked_until IS NULL OR locked_until <= :now)
         RETURNING id, message_id, recipient, language, subject, text_body, html_body, attempts, headers, attachments`;
    const result = await this.run(sql, { now, lease, limit: this.batchSize });
    return (result.records as ClaimedRow[]).map((r) => ({ ...r, attempts: Number(r.attempts) }));
  }

  private async sendOne(row: ClaimedRow, lease: string): Promise<keyof Omit<DrainResult, 'claimed'> | undefined> {
    const attempts = row.attempts + 1;
    try {
      await this.transport().sendMail({
        from: this.o.config.from,
        to: row.recipient,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
        // The id fixed at enqueue time, the same on every attempt (see the class comment).
        messageId: row.message_id,
        headers: {
          ...(row.headers ? (JSON.parse(row.headers) as Record<string, string>) : {}),
          'Content-Language': row.language,
          'Auto-Submitted': 'auto-generated',
        },
        ...(row.attachments
          ? { attachments: JSON.parse(row.attachments) as { filename: string; contentType: string; content: string }[] }
          : {}),
      });
    } catch (error) {
      const giveUp = permanentFailure(error) || attempts >= this.o.config.maxAttempts;
      const nextAt = new Date(this.clock() + retryDelayMs(attempts)).toISOString();
      const updated = await this.update(
        `UPDATE mail_outbox SET status = :status, attempts = :attempts, next_attempt_at = :nextAt,
           locked_until = NULL, last_error = :error, failed_at = :failedAt
         WHERE id = :id AND locked_until = :lease AND status = 'PENDING'`,
        {
          id: row.id,
          lease,
          status: giveUp ? 'FAILED' : 'PENDING',
          attempts,
          nextAt,
          error: describeError(error),
          failedAt: giveUp ? new Date(this.clock()).toISOString() : null,
        },
      );
      const log = { outboxId: row.id, messageId: row.message_id, attempts, error: describeError(error) };
      if (!updated) return undefined;
      if (giveUp) {
        this.counters.failed += 1;
        this.o.logger?.error(log, 'e-mail given up');
        return 'failed';
      }
      this.counters.retried += 1;
      this.o.logger?.warn({ ...log, nextAttemptAt: nextAt }, 'e-mail not sent, will retry');
      return 'retried';
    }
    // The lease guards the update: had it run out and another sender taken the row, that sender
    // owns the row now (and sends it again, with the same Message-ID).
    const updated = await this.update(
      `UPDATE mail_outbox SET status = 'SENT', attempts = :attempts, sent_at = :sentAt, locked_until = NULL,
         last_error = NULL
       WHERE id = :id AND locked_until = :lease AND status = 'PENDING'`,
      { id: row.id, lease, attempts, sentAt: new Date(this.clock()).toISOString() },
    );
    if (!updated) return undefined;
    this.counters.sent += 1;
    return 'sent';
  }

  private async update(sql: string, values: Record<string, unknown>): Promise<boolean> {
    return ((await this.run(sql, values)).affected ?? 0) > 0;
  }

  /**
   * One statement with named parameters; the structured result has the rows and the count for both
   * drivers. Through inTransaction: on SQLite the process has one connection, and a statement run
   * while a caller's transaction is open on it would join that transaction and roll back with it
   * (a SENT mark undone means the message goes out twice).
   */
  private async run(sql: string, values: Record<string, unknown>): Promise<QueryResult> {
    const [query, params] = this.o.dataSource.driver.escapeQueryWithParameters(sql, values);
    return inTransaction(this.o.dataSource, (manager) => manager.queryRunner!.query(query, params, true));
  }

  private transport(): Transporter<SMTPTransport.SentMessageInfo> {
    // Short socket timeouts keep one attempt well inside the claim's lease.
    this.transporter ??= createTransport(
      new SMTPTransport({
        url: this.o.config.smtpUrl!,
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 60_000,
      }),
    );
    return this.transporter;
  }
}
