import { z } from 'zod';
import { dataDir, parseEnv } from './env';
import { MIN_SECRET_BYTES, readOrCreateJwtSecret, secretFilePath } from './jwt-secret';

// Which token issuers the API trusts, shared by the API, its token CLI and the demo seed (which
// signs municipality tokens with the local issuer's secret and must not import the API's internals).

/** Issuer and audience of the tokens the local development issuer signs (`npm run token`). */
export const EMBEDDED_ISSUER = 'olievlek-local';
export const EMBEDDED_AUDIENCE = 'olievlek-local';

/** An OpenID Connect provider's signing keys (RS256/ES256) and the `iss`/`aud` its tokens must carry. */
export interface OidcIssuerConfig {
  jwksUrl: string;
  issuer: string;
  audience: string;
}

/**
 * The local development issuer: HS256 with one shared secret (AUTH_JWT_SECRET or
 * `<data folder>/jwt-secret`), issuer and audience `olievlek-local`. Never in production.
 */
export interface LocalIssuerConfig {
  secret: string;
  secretFile?: string;
  issuer: string;
  audience: string;
}

/**
 * The issuers bearer tokens may come from; at least one. In development both (the verifier picks
 * by the token's `iss`); in production only `oidc`.
 */
export type AuthConfig =
  { oidc: OidcIssuerConfig; local?: LocalIssuerConfig } | { oidc?: undefined; local: LocalIssuerConfig };

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const authEnvSchema = z
  .object({
    NODE_ENV: z.string().optional(),
    OLIEVLEK_DATA_DIR: z.string().min(1).optional(),
    AUTH_LOCAL_ISSUER: z.enum(['true', 'false']).optional(),
    AUTH_JWT_SECRET: z
      .string()
      .refine((s) => Buffer.byteLength(s, 'utf8') >= MIN_SECRET_BYTES, `must be at least ${MIN_SECRET_BYTES} bytes`)
      .optional(),
    AUTH_JWKS_URL: z
      .string()
      .refine((s) => URL.canParse(s), { message: 'must be a URL', abort: true })
      .refine((s) => {
        const url = new URL(s);
        return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
      }, 'must use https (plain http only on a loopback address)')
      .optional(),
    AUTH_ISSUER: z.string().min(1).optional(),
    AUTH_AUDIENCE: z.string().min(1).optional(),
  })
  .superRefine((e, ctx) => {
    const production = e.NODE_ENV === 'production';
    const local = localIssuerEnabled(e);
    if (production && e.AUTH_LOCAL_ISSUER === 'true') {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_LOCAL_ISSUER'],
        message: 'the local development issuer is never enabled with NODE_ENV=production',
      });
    }
    if (e.AUTH_JWT_SECRET && !local) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_JWT_SECRET'],
        message: 'only for the local development issuer, which is off (NODE_ENV=production or AUTH_LOCAL_ISSUER=false)',
      });
    }
    if (e.AUTH_JWKS_URL) {
      for (const key of ['AUTH_ISSUER', 'AUTH_AUDIENCE'] as const) {
        if (!e[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required with AUTH_JWKS_URL' });
      }
      // The verifier chooses by `iss`: the two must never be confused.
      if (e.AUTH_ISSUER === EMBEDDED_ISSUER) {
        ctx.addIssue({ code: 'custom', path: ['AUTH_ISSUER'], message: `must not be ${EMBEDDED_ISSUER}` });
      }
    } else {
      for (const key of ['AUTH_ISSUER', 'AUTH_AUDIENCE'] as const) {
        if (e[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'only with AUTH_JWKS_URL' });
      }
      if (!local) {
        ctx.addIssue({
          code: 'custom',
          path: ['AUTH_JWKS_URL'],
          message: production
            ? 'required with NODE_ENV=production: tokens come from an OpenID Connect provider there'
            : 'required with AUTH_LOCAL_ISSUER=false: no issuer would be left',
        });
      }
    }
  });

type AuthEnv = { NODE_ENV?: string; AUTH_LOCAL_ISSUER?: string };

/**
 * Whether the local development issuer is on: AUTH_LOCAL_ISSUER, by default on unless
 * NODE_ENV=production (where it is refused, see {@link loadAuthConfig}).
 */
export function localIssuerEnabled(env: AuthEnv): boolean {
  if (env.AUTH_LOCAL_ISSUER !== undefined) return env.AUTH_LOCAL_ISSUER === 'true';
  return env.NODE_ENV !== 'production';
}

/**
 * Reads the auth settings. With the local issuer on and no AUTH_JWT_SECRET this reads, or on the
 * first start creates, `<data folder>/jwt-secret`, so a bad data folder stops the boot.
 */
export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env, cwd?: string): AuthConfig {
  const e = parseEnv(authEnvSchema, env);
  const oidc: OidcIssuerConfig | undefined = e.AUTH_JWKS_URL
    ? { jwksUrl: e.AUTH_JWKS_URL, issuer: e.AUTH_ISSUER!, audience: e.AUTH_AUDIENCE! }
    : undefined;
  if (!localIssuerEnabled(e)) return { oidc: oidc! };
  const named = { issuer: EMBEDDED_ISSUER, audience: EMBEDDED_AUDIENCE };
  let local: LocalIssuerConfig;
  if (e.AUTH_JWT_SECRET) local = { secret: e.AUTH_JWT_SECRET, ...named };
  else {
    const dir = dataDir(e, cwd);
    local = { secret: readOrCreateJwtSecret(dir), secretFile: secretFilePath(dir), ...named };
  }
  return oidc ? { oidc, local } : { local };
}
