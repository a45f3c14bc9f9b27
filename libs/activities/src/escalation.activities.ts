import { Context } from '@temporalio/activity';
import { ApplicationFailure, ApplicationFailureCategory } from '@temporalio/common';
import { NO_WEBHOOK_CONFIGURED } from '../../contracts/src';
import type { Escalation } from '../../domain/src';

export interface EscalationActivityDeps {
  /** ESCALATION_WEBHOOK_URL: used when the programme has no webhook of its own. */
  globalWebhookUrl?: string;
  /** Per request; default 10 seconds. */
  timeoutMs?: number;
}

export interface DeliverEscalationInput {
  escalation: Escalation;
  programme: { programmeId: string; municipalityCode: string; province?: string; phase: string; status: string };
  /** The programme's own webhook; else the global one. */
  webhookUrl?: string;
}

export interface DeliverEscalationResult {
  /** Where it went: origin and path only, never credentials or query. */
  target: string;
  httpStatus: number;
}

/** Failure types of `deliverEscalation`; the workflow sees them as `ApplicationFailure.type`. */
export const WEBHOOK_UNAVAILABLE = 'WebhookUnavailable';
export const WEBHOOK_REJECTED = 'WebhookRejected';

const DEFAULT_TIMEOUT_MS = 10_000;
const USER_AGENT = 'olievlek-escalations/1';

/** Delivers escalations from the outbox to a webhook; the escalation id is the idempotency key. */
export function createEscalationActivities({ globalWebhookUrl, timeoutMs }: EscalationActivityDeps = {}) {
  const timeout = timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    /**
     * POSTs `{ escalation, programme }` once. Throws a retryable `WebhookUnavailable` when the
     * receiver may accept it later, a non-retryable `WebhookRejected` or `NoWebhookConfigured`
     * when trying again cannot help.
     */
    async deliverEscalation(input: DeliverEscalationInput): Promise<DeliverEscalationResult> {
      const url = webhookUrl(input.webhookUrl || globalWebhookUrl);
      // Messages end up in the workflow state and the read model: the origin only, since a path
      // or query may carry a token.
      const where = url.origin;
      const cancelled = activityCancellation();
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'Idempotency-Key': input.escalation.id,
            'User-Agent': USER_AGENT,
          },
          body: JSON.stringify({ escalation: input.escalation, programme: input.programme }),
          // A redirect could hand the escalation to another host: never followed.
          redirect: 'manual',
          signal: cancelled ? AbortSignal.any([AbortSignal.timeout(timeout), cancelled]) : AbortSignal.timeout(timeout),
        });
      } catch (error) {
        // Cancelled (e.g. a worker shutting down past its grace time): Temporal retries it elsewhere.
        if (cancelled?.aborted) throw cancelled.reason;
        if (isTimeout(error)) {
          throw ApplicationFailure.retryable(
            `Webhook ${where} antwoordde niet binnen ${timeout} ms.`,
            WEBHOOK_UNAVAILABLE,
          );
        }
        throw ApplicationFailure.retryable(
          `Webhook ${where} is niet bereikbaar (${networkReason(error)}).`,
          WEBHOOK_UNAVAILABLE,
        );
      }
      const status = response.status;
      // The body is not used; cancelling it frees the connection.
      await response.body?.cancel().catch(() => undefined);

      if (status >= 200 && status < 300) return { target: `${url.origin}${url.pathname}`, httpStatus: status };
      if (status === 408 || status === 429 || status >= 500) {
        throw ApplicationFailure.retryable(`Webhook ${where} gaf HTTP ${status}; later opnieuw.`, WEBHOOK_UNAVAILABLE, {
          httpStatus: status,
        });
      }
      if (status >= 300 && status < 400) {
        throw ApplicationFailure.nonRetryable(
          `Webhook ${where} verwijst door (HTTP ${status}); doorverwijzingen worden niet gevolgd.`,
          WEBHOOK_REJECTED,
          { httpStatus: status },
        );
      }
      throw ApplicationFailure.nonRetryable(
        `Webhook ${where} weigerde de escalatie (HTTP ${status}).`,
        WEBHOOK_REJECTED,
        {
          httpStatus: status,
        },
      );
    },
  };
}

function webhookUrl(raw: string | undefined): URL {
  if (!raw) {
    // Benign: the SDK logs it at debug, not as a warning; the workflow waits as NO_CHANNEL.
    throw ApplicationFailure.create({
      message: 'Er is geen webhook ingesteld voor escalaties (programma of ESCALATION_WEBHOOK_URL).',
      type: NO_WEBHOOK_CONFIGURED,
      nonRetryable: true,
      category: ApplicationFailureCategory.BENIGN,
    });
  }
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  // Settings and config check this already; a guard, so a bad value fails once instead of forever.
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw ApplicationFailure.nonRetryable('Het webhookadres is geen geldig http(s)-adres.', WEBHOOK_REJECTED);
  }
  return url;
}

/** The running activity's cancellation, or none when called outside an activity (unit tests). */
function activityCancellation(): AbortSignal | undefined {
  try {
    return Context.current().cancellationSignal;
  } catch {
    return undefined;
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** A short, secret-free reason: the system error code (ECONNREFUSED, ENOTFOUND, …) when there is one. */
function networkReason(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? cause.code : 'netwerkfout';
}
