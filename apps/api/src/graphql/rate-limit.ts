import { createHash } from 'node:crypto';
import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import { HttpRefusal } from './http-refusal';

export const GRAPHQL_PATH = '/graphql';

/**
 * The client a request counts against: its bearer token, hashed so the limiter never holds a
 * usable token, or else its IP address.
 */
export function rateLimitKey(request: Pick<FastifyRequest, 'headers' | 'ip'>): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match ? `token:${createHash('sha256').update(match[1]).digest('base64url')}` : `ip:${request.ip}`;
}

/**
 * Options of `@fastify/rate-limit`: it counts on the GraphQL endpoint only (GET and POST share
 * one count); /health and the IDE's files stay free.
 */
export function rateLimitOptions(limit: { max: number; windowMs: number }): RateLimitPluginOptions {
  return {
    global: true,
    max: limit.max,
    timeWindow: limit.windowMs,
    keyGenerator: rateLimitKey,
    allowList: (request) => request.routeOptions.url !== GRAPHQL_PATH,
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new HttpRefusal(
        'RATE_LIMITED',
        `Te veel aanvragen: ten hoogste ${limit.max} per ${limit.windowMs / 1000} seconden. Probeer het over ${seconds} seconden opnieuw.`,
        429,
        { retryAfterSeconds: seconds },
      );
    },
  };
}
