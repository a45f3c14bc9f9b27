import { createHash } from 'node:crypto';
import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../auth';
import { HttpRefusal } from './http-refusal';

export const GRAPHQL_PATH = '/graphql';

/** Who a bearer header belongs to once verified, or undefined when it does not verify. */
export type Identify = (
  request: Pick<FastifyRequest, 'headers' | 'ip'>,
  authorization: string,
) => Promise<Pick<Principal, 'role' | 'subject'> | undefined>;

// The verifier hands out one frozen principal per remembered token, so its key is hashed once.
const holderKeys = new WeakMap<object, string>();

function holderKey(principal: Pick<Principal, 'role' | 'subject'>): string {
  let key = holderKeys.get(principal);
  if (key === undefined) {
    key = `holder:${createHash('sha256').update(`${principal.role}:${principal.subject}`).digest('base64url')}`;
    holderKeys.set(principal, key);
  }
  return key;
}

/**
 * The client a request counts against: the verified token's holder (hashed, so the limiter never
 * holds names or tokens), or else its IP address. An unverifiable token counts against the IP, so
 * sending a fresh made-up token with every request does not buy a fresh count.
 */
export async function rateLimitKey(
  request: Pick<FastifyRequest, 'headers' | 'ip'>,
  identify: Identify,
): Promise<string> {
  const header = request.headers.authorization;
  const holder = header && /^Bearer\s+\S+\s*$/i.test(header) ? await identify(request, header) : undefined;
  return holder ? holderKey(holder) : `ip:${request.ip}`;
}

/**
 * Options of `@fastify/rate-limit`: it counts on the GraphQL endpoint only (GET and POST share
 * one count); /health and the IDE's files stay free.
 */
export function rateLimitOptions(limit: { max: number; windowMs: number }, identify: Identify): RateLimitPluginOptions {
  return {
    global: true,
    max: limit.max,
    timeWindow: limit.windowMs,
    keyGenerator: (request) => rateLimitKey(request, identify),
    allowList: (request) => request.routeOptions.url !== GRAPHQL_PATH,
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new HttpRefusal(
        'RATE_LIMITED',
        {
          nl: `Te veel aanvragen: ten hoogste ${limit.max} per ${limit.windowMs / 1000} seconden. Probeer het over ${seconds} seconden opnieuw.`,
          en: `Too many requests: at most ${limit.max} per ${limit.windowMs / 1000} seconds. Try again in ${seconds} seconds.`,
        },
        429,
        { retryAfterSeconds: seconds },
      );
    },
  };
}
