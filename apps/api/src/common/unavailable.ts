import { isGrpcServiceError, ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import type { Sentence } from './graphql-errors';

/** What the API could not reach: its read model, or Temporal (where steps are recorded). */
export type Dependency = 'database' | 'temporal';

/** How long a client should wait before trying again (the `Retry-After` header, in seconds). */
export const RETRY_AFTER_SECONDS = 15;

// Node's socket errors: the server is down, restarting or out of reach.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
// PostgreSQL SQLSTATEs of a server that is (re)starting, shutting down or full: retrying helps.
// Class 08 is "connection exception"; 57P01..03 admin/crash shutdown and "cannot connect now".
const POSTGRES_TRANSIENT = /^(08...|57P0[123]|53300)$/;
// SQLite: another process holds the write lock for longer than the busy timeout.
const SQLITE_TRANSIENT = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);
// node-postgres reports a dropped or unobtainable connection by message only.
const POSTGRES_CONNECTION_LOST =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;
// gRPC statuses of a Temporal frontend that is down or overloaded (14 UNAVAILABLE, 8 RESOURCE_EXHAUSTED).
const GRPC_TRANSIENT = new Set([14, 8]);

function causes(error: unknown): unknown[] {
  const seen: unknown[] = [];
  const queue = [error];
  while (queue.length && seen.length < 16) {
    const e = queue.shift();
    if (e === null || typeof e !== 'object' || seen.includes(e)) continue;
    seen.push(e);
    const o = e as { originalError?: unknown; cause?: unknown; driverError?: unknown; errors?: unknown };
    queue.push(o.originalError, o.cause, o.driverError);
    if (Array.isArray(o.errors)) queue.push(...(o.errors as unknown[]));
  }
  return seen;
}

/**
 * Whether an error means a dependency is temporarily out of reach (so the same request may well
 * succeed in a moment), and which one. Anything else, a missing table for instance, is a fault
 * of ours and stays an internal error.
 */
export function unavailableDependency(error: unknown): Dependency | undefined {
  const chain = causes(error);
  // No worker picked the step up within the call's deadline: it may still be applied later, and
  // sent again under the same update id it is applied once.
  if (chain.some((e) => e instanceof WorkflowUpdateRPCTimeoutOrCancelledError)) return 'temporal';
  if (chain.some((e) => e instanceof ServiceError || isGrpcServiceError(e))) {
    const grpc = chain.find(isGrpcServiceError);
    return grpc && GRPC_TRANSIENT.has(grpc.code) ? 'temporal' : undefined;
  }
  for (const e of chain) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (
      typeof code === 'string' &&
      (NETWORK_CODES.has(code) || POSTGRES_TRANSIENT.test(code) || SQLITE_TRANSIENT.has(code))
    )
      return 'database';
    if (typeof message === 'string' && POSTGRES_CONNECTION_LOST.test(message)) return 'database';
  }
  return undefined;
}

/** The sentence for a user whose request met an unreachable dependency. */
export function unavailableSentence(dependency: Dependency, retryAfterSeconds = RETRY_AFTER_SECONDS): Sentence {
  return dependency === 'database'
    ? {
        nl: `De gegevens van Olievlek zijn even niet bereikbaar. Probeer het over ${retryAfterSeconds} seconden opnieuw; er is niets verloren gegaan.`,
        en: `Olievlek's data is briefly out of reach. Please try again in ${retryAfterSeconds} seconds; nothing has been lost.`,
      }
    : {
        nl: `Olievlek kan stappen even niet vastleggen of opvragen. Probeer het over ${retryAfterSeconds} seconden opnieuw; een stap die u opnieuw stuurt met dezelfde Idempotency-Key wordt nooit dubbel vastgelegd.`,
        en: `Olievlek briefly cannot record or look up steps. Please try again in ${retryAfterSeconds} seconds; a step sent again with the same Idempotency-Key is never recorded twice.`,
      };
}
