import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Context } from '@temporalio/activity';
import { ApplicationFailure, ApplicationFailureCategory } from '@temporalio/common';
import { NO_WEBHOOK_CONFIGURED } from '../../contracts/src';
import type { Escalation } from '../../domain/src';
import { signatureHeaders, signingKey } from './webhook-signature';
import {
  resolveWebhookTarget,
  type HostResolver,
  type ResolvedAddress,
  type WebhookTargetPolicy,
} from '../../webhooks/src';

export interface EscalationActivityDeps {
  /** ESCALATION_WEBHOOK_URL: used when the programme has no webhook of its own. */
  globalWebhookUrl?: string;
  /** NATIONAL_ESCALATION_WEBHOOK_URL: every level-3 escalation goes here; else to the global one. */
  nationalWebhookUrl?: string;
  /** Per request; default 10 seconds. */
  timeoutMs?: number;
  /** Which targets may be reached; default development (http to loopback) with an empty allow-list. */
  policy?: WebhookTargetPolicy;
  /** WEBHOOK_SIGNING_SECRET (`whsec_<base64>`): each delivery carries Standard Webhooks signature headers. */
  signingSecret?: string;
  /** Host name resolution; default `dns.lookup` with every address. */
  resolveHost?: HostResolver;
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
/** The target is internal, plain http outside loopback, or carries credentials: nothing was sent. */
export const WEBHOOK_TARGET_REFUSED = 'WebhookTargetRefused';

const DEFAULT_TIMEOUT_MS = 10_000;
const USER_AGENT = 'olievlek-escalations/1';
const DEVELOPMENT: WebhookTargetPolicy = { mode: 'development', allowedHosts: [] };

/** Delivers escalations from the outbox to a webhook; the escalation id is the idempotency key. */
export function createEscalationActivities({
  globalWebhookUrl,
  nationalWebhookUrl,
  timeoutMs,
  policy = DEVELOPMENT,
  signingSecret,
  resolveHost,
}: EscalationActivityDeps = {}) {
  const timeout = timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const key = signingSecret ? signingKey(signingSecret) : undefined;
  return {
    /**
     * POSTs `{ escalation, programme }` once. Throws a retryable `WebhookUnavailable` when the
     * receiver may accept it later, a non-retryable `WebhookRejected`, `WebhookTargetRefused` or
     * `NoWebhookConfigured` when trying again cannot help.
     */
    async deliverEscalation(input: DeliverEscalationInput): Promise<DeliverEscalationResult> {
      const national = input.escalation.level === 3;
      // Level 3 goes to the national channel, whatever the programme's own webhook says (issue 14).
      const url = webhookUrl(
        national ? nationalWebhookUrl || globalWebhookUrl : input.webhookUrl || globalWebhookUrl,
        national,
      );
      // Messages end up in the workflow state and the read model: the origin only, since a path
      // or query may carry a token.
      const where = url.origin;
      const target = await resolveWebhookTarget(url, policy, resolveHost);
      if (target.ok === 'unresolved') {
        throw ApplicationFailure.retryable(
          `Webhook ${where} is niet bereikbaar (${networkReason(target.error)}).`,
          WEBHOOK_UNAVAILABLE,
        );
      }
      if (!target.ok) throw ApplicationFailure.nonRetryable(target.reason, WEBHOOK_TARGET_REFUSED);

      const body = JSON.stringify({ escalation: input.escalation, programme: input.programme });
      const cancelled = activityCancellation();
      let status: number;
      try {
        status = await post(url, target.addresses, {
          headers: {
            'Content-Type': 'application/json',
            'Idempotency-Key': input.escalation.id,
            'User-Agent': USER_AGENT,
            // The escalation id is the Standard Webhooks message id too: receivers deduplicate on it.
            ...(key ? signatureHeaders(key, input.escalation.id, new Date(), body) : {}),
          },
          body,
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

/**
 * One POST to the checked addresses: the connection uses them instead of asking DNS again (an
 * IP literal is connected to as it is), while Host and TLS SNI keep the host name. Redirects are
 * not followed (node:http never does); a new connection each time, so no pooled socket outlives
 * the check it passed.
 */
function post(
  url: URL,
  addresses: readonly ResolvedAddress[],
  o: { headers: Record<string, string>; body: string; signal: AbortSignal },
): Promise<number> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    const wanted = addresses.filter((a) => !options.family || a.family === options.family);
    if (options.all) callback(null, wanted);
    else if (wanted[0]) callback(null, wanted[0].address, wanted[0].family);
    else callback(Object.assign(new Error('no checked address of the wanted family'), { code: 'ENOTFOUND' }), '', 0);
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: 'POST',
        headers: { ...o.headers, 'Content-Length': String(Buffer.byteLength(o.body)) },
        lookup: pinned,
        agent: false,
        signal: o.signal,
      },
      (res: IncomingMessage) => {
        // The body is not used; draining it frees the connection.
        res.on('error', () => undefined);
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

function webhookUrl(raw: string | undefined, national: boolean): URL {
  if (!raw) {
    // Benign: the SDK logs it at debug, not as a warning; the workflow waits as NO_CHANNEL.
    throw ApplicationFailure.create({
      message: national
        ? 'Er is geen landelijk kanaal ingesteld voor escalaties op niveau 3 (NATIONAL_ESCALATION_WEBHOOK_URL of ESCALATION_WEBHOOK_URL).'
        : 'Er is geen webhook ingesteld voor escalaties (programma of ESCALATION_WEBHOOK_URL).',
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
  const own = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  if (typeof own === 'string' && own !== 'ABORT_ERR') return own;
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? cause.code : 'netwerkfout';
}
