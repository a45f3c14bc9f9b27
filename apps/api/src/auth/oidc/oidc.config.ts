import { z } from 'zod';
import { parseEnv } from '../../../../../libs/platform/src';

/**
 * Browser sign-in through an OpenID Connect provider (authorization code + PKCE), with sessions
 * kept server-side. Only when OIDC_ISSUER_URL is set; API clients keep sending bearer tokens.
 */
export interface OidcConfig {
  /** The provider's issuer identifier; its discovery document is `<issuer>/.well-known/openid-configuration`. */
  issuerUrl: string;
  clientId: string;
  /** Absent: a public client, authenticated by PKCE alone. */
  clientSecret?: string;
  /** The API's external origin (`https://olievlek.example.nl`), without a path. */
  publicUrl: string;
  /** `PUBLIC_URL/auth/callback`: the redirect URI registered with the provider. */
  callbackUrl: string;
  scopes: string;
  /** A session ends this long after sign-in, whatever happens (ms). */
  sessionTtlMs: number;
  /** …and this long after its last use (ms). */
  sessionIdleMs: number;
  /** Signs the short-lived login cookie; one per process when OIDC_COOKIE_SECRET is unset. */
  cookieSecret: string;
  /** PUBLIC_URL is https: cookies are Secure and carry the `__Host-` prefix. */
  secureCookies: boolean;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const MIN_COOKIE_SECRET_BYTES = 32;

const optional = (v: unknown) => (v === '' ? undefined : v);

const oidcEnvSchema = z
  .object({
    NODE_ENV: z.string().optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    OIDC_ISSUER_URL: z.preprocess(
      optional,
      z
        .string()
        .refine((s) => URL.canParse(s), { message: 'must be a URL', abort: true })
        .refine((s) => {
          const url = new URL(s);
          return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
        }, 'must use https (plain http only on a loopback address)')
        .optional(),
    ),
    OIDC_CLIENT_ID: z.preprocess(optional, z.string().min(1).max(256).optional()),
    OIDC_CLIENT_SECRET: z.preprocess(optional, z.string().min(1).optional()),
    OIDC_SCOPES: z
      .string()
      .default('openid profile email')
      .refine((s) => s.split(/\s+/).includes('openid'), 'must include openid'),
    OIDC_COOKIE_SECRET: z.preprocess(
      optional,
      z
        .string()
        .refine(
          (s) => Buffer.byteLength(s, 'utf8') >= MIN_COOKIE_SECRET_BYTES,
          `must be at least ${MIN_COOKIE_SECRET_BYTES} bytes`,
        )
        .optional(),
    ),
    PUBLIC_URL: z.preprocess(
      optional,
      z
        .string()
        .refine((s) => URL.canParse(s), { message: 'must be a URL', abort: true })
        .refine((s) => ['http:', 'https:'].includes(new URL(s).protocol), 'must be an http(s) URL')
        .refine((s) => {
          const url = new URL(s);
          return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
        }, 'must be an origin only (scheme, host and port), without a path')
        .optional(),
    ),
    AUTH_JWKS_URL: z.string().optional(),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .min(0.05)
      .max(24 * 30)
      .default(8),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .min(1)
      .max(24 * 60 * 30)
      .default(60),
  })
  .superRefine((e, ctx) => {
    if (!e.OIDC_ISSUER_URL) return;
    const production = e.NODE_ENV === 'production';
    if (!e.OIDC_CLIENT_ID) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_CLIENT_ID'], message: 'required with OIDC_ISSUER_URL' });
    }
    // The callback checks the access token with the API's own verifier: it must know the provider's keys.
    if (!e.AUTH_JWKS_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_JWKS_URL'],
        message: 'required with OIDC_ISSUER_URL: the access tokens of signed-in people are checked like bearer tokens',
      });
    }
    if (production && (!e.PUBLIC_URL || new URL(e.PUBLIC_URL).protocol !== 'https:')) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'must be an https URL with NODE_ENV=production' });
    }
    // Replicas behind one address: a sign-in begun on one may be finished on another.
    if (production && !e.OIDC_COOKIE_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_COOKIE_SECRET'],
        message: 'required with NODE_ENV=production (one secret shared by every API replica)',
      });
    }
  });

/** The sign-in settings, or undefined when OIDC_ISSUER_URL is unset (bearer tokens only). */
export function loadOidcConfig(env: NodeJS.ProcessEnv = process.env): OidcConfig | undefined {
  const e = parseEnv(oidcEnvSchema, env);
  if (!e.OIDC_ISSUER_URL) return undefined;
  const publicUrl = new URL(e.PUBLIC_URL ?? `http://127.0.0.1:${e.PORT}`).origin;
  return {
    issuerUrl: e.OIDC_ISSUER_URL,
    clientId: e.OIDC_CLIENT_ID!,
    ...(e.OIDC_CLIENT_SECRET ? { clientSecret: e.OIDC_CLIENT_SECRET } : {}),
    publicUrl,
    callbackUrl: `${publicUrl}/auth/callback`,
    scopes: e.OIDC_SCOPES.trim().split(/\s+/).join(' '),
    sessionTtlMs: Math.round(e.SESSION_TTL_HOURS * 3600_000),
    sessionIdleMs: Math.round(e.SESSION_IDLE_MINUTES * 60_000),
    cookieSecret: e.OIDC_COOKIE_SECRET ?? randomSecret(),
    secureCookies: publicUrl.startsWith('https:'),
  };
}

function randomSecret(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
}
