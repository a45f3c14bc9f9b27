import { z } from 'zod';
import {
  databaseUrl,
  loadTemporalConnectionConfig,
  loadTracingConfig,
  parseEnv,
  sharedEnvSchema,
  type TemporalConnectionConfig,
  type TracingConfig,
  resolveLogFormat,
  type LogFormat,
} from '../../../libs/platform/src';
import { loadAuthConfig, type AuthConfig } from './auth/auth.config';
import { loadOidcConfig, type OidcConfig } from './auth/oidc/oidc.config';

const apiEnvSchema = sharedEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  GRAPHQL_IDE: z.enum(['true', 'false']).default('true'),
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).default('true'),
  GRAPHQL_OPEN_INTROSPECTION: z.enum(['true', 'false']).default('false'),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(10),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(15),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(5000),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(20),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(2000),
  GRAPHQL_MAX_BATCH: z.coerce.number().int().min(1).max(100).default(1),
  HTTP_BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(100 * 1024),
  RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(300),
  FEED_INTERVAL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
  METRICS_PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(65535).optional()),
  METRICS_HOST: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).max(255).default('127.0.0.1')),
  // The old behaviour, only when asked for: /metrics on PORT, beside /graphql.
  METRICS_ON_API_PORT: z.enum(['true', 'false']).default('false'),
  // Readiness answers 503 this long before the listener closes, so a load balancer stops sending first.
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(30_000).default(0),
  // P2: how long an invitation link stays usable.
  INVITATION_VALID_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  // The address people reach the API at (invitation links); checked in full by the OIDC settings.
  PUBLIC_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
  // The Temporal Web UI's origins (comma-separated) that may call the codec endpoint from the browser.
  TEMPORAL_UI_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url().refine((u) => new URL(u).origin === u, 'an origin: scheme, host and port only'))),
});

export interface ApiConfig {
  port: number;
  host: string;
  /** Address, namespace and credentials (mTLS, API key) of the Temporal cluster. */
  temporal: TemporalConnectionConfig;
  databaseUrl: string;
  logLevel: string;
  /** LOG_FORMAT, or readable lines when stdout is a terminal and JSON otherwise. */
  logFormat: LogFormat;
  graphqlIde: boolean;
  /** How bearer tokens are verified (embedded HS256 secret or an OIDC provider's JWKS). */
  auth: AuthConfig;
  /** Browser sign-in through an OpenID Connect provider, with server-side sessions; off when undefined. */
  oidc?: OidcConfig;
  graphql: GraphqlHardening;
  /** Largest accepted request body in bytes (HTTP 413 above it). */
  bodyLimit: number;
  /** Requests per window on /graphql, per bearer token (hashed) or else per client IP. */
  rateLimit: { max: number; windowMs: number };
  /** How often subscriptions look for read-model changes. */
  feedIntervalMs: number;
  /**
   * `/metrics` (and `/health/live`) on its own listener, METRICS_PORT (default PORT + 1) on
   * METRICS_HOST (default 127.0.0.1); undefined when METRICS_ON_API_PORT=true serves it on PORT.
   */
  metricsPort?: number;
  metricsHost: string;
  /** SIGTERM: `/health/ready` says 503 for this long before the server stops accepting. */
  shutdownDelayMs: number;
  /** OpenTelemetry tracing (the standard OTEL_* variables); off when undefined. */
  tracing?: TracingConfig;
  parentPid?: number;
  /** The origin invitation links point to (PUBLIC_URL, else http://HOST:PORT). */
  publicUrl: string;
  /** P2: days an invitation link stays usable (INVITATION_VALID_DAYS, 1–90, default 14). */
  invitationValidDays: number;
  /** TEMPORAL_UI_ORIGINS: the Temporal Web UI's origins, allowed to call the codec endpoint (CORS). */
  temporalUiOrigins: string[];
}

/** Limits every GraphQL document must stay within (OWASP GraphQL cheat sheet). */
export interface GraphqlHardening {
  introspection: boolean;
  /** Introspection-only operations (`__schema`, `__type`, `__typename`) answered without a token. */
  openIntrospection: boolean;
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxDirectives: number;
  maxTokens: number;
  /** Operations per batched request; 1 turns batching off. */
  maxBatch: number;
}

export const API_CONFIG = Symbol('API_CONFIG');

export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const e = parseEnv(apiEnvSchema, env);
  return {
    port: e.PORT,
    host: e.HOST,
    temporal: loadTemporalConnectionConfig(env),
    databaseUrl: databaseUrl(e),
    logLevel: e.LOG_LEVEL,
    logFormat: resolveLogFormat(e.LOG_FORMAT),
    graphqlIde: e.GRAPHQL_IDE === 'true',
    auth: loadAuthConfig(env),
    ...optionalOidc(env),
    graphql: {
      introspection: e.GRAPHQL_INTROSPECTION === 'true',
      openIntrospection: e.GRAPHQL_OPEN_INTROSPECTION === 'true',
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxCost: e.GRAPHQL_MAX_COST,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxBatch: e.GRAPHQL_MAX_BATCH,
    },
    bodyLimit: e.HTTP_BODY_LIMIT,
    rateLimit: { max: e.RATE_LIMIT_MAX, windowMs: e.RATE_LIMIT_WINDOW_MS },
    feedIntervalMs: e.FEED_INTERVAL_MS,
    metricsPort: metricsPort(e),
    metricsHost: e.METRICS_HOST,
    shutdownDelayMs: e.SHUTDOWN_DELAY_MS,
    tracing: loadTracingConfig(env, 'olievlek-api'),
    parentPid: e.OLIEVLEK_PARENT_PID,
    publicUrl: new URL(e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).origin,
    invitationValidDays: e.INVITATION_VALID_DAYS,
    temporalUiOrigins: e.TEMPORAL_UI_ORIGINS,
  };
}

// PORT + 1 keeps several instances on one host apart; PORT 0 (any free port) gives the same to metrics.
function metricsPort(e: { PORT: number; METRICS_PORT?: number; METRICS_ON_API_PORT: 'true' | 'false' }) {
  if (e.METRICS_ON_API_PORT === 'true') return undefined;
  if (e.METRICS_PORT !== undefined) return e.METRICS_PORT;
  return e.PORT === 0 ? 0 : Math.min(e.PORT + 1, 65535);
}

function optionalOidc(env: NodeJS.ProcessEnv): { oidc?: OidcConfig } {
  const oidc = loadOidcConfig(env);
  return oidc ? { oidc } : {};
}
