import { z } from 'zod';
import { dataDir, parseEnv } from './env';
import { MIN_SECRET_BYTES, readOrCreateJwtSecret, secretFilePath } from './jwt-secret';

// The embedded token mode's settings, shared by the API, its token CLI and the demo seed (which
// signs municipality tokens with the same secret and must not import the API's internals).

/** Issuer and audience of the tokens the embedded mode signs and accepts (unless overridden). */
export const EMBEDDED_ISSUER = 'olievlek-local';
export const EMBEDDED_AUDIENCE = 'olievlek-local';

/**
 * How bearer tokens are checked. `hs256`: the embedded default, one shared secret
 * (AUTH_JWT_SECRET or `<data folder>/jwt-secret`); `jwks`: an OIDC identity provider's keys.
 */
export type AuthConfig =
  | { mode: 'hs256'; secret: string; secretFile?: string; issuer: string; audience: string }
  | { mode: 'jwks'; jwksUrl: string; issuer: string; audience: string };

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const authEnvSchema = z
  .object({
    OLIEVLEK_DATA_DIR: z.string().min(1).optional(),
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
    if (!e.AUTH_JWKS_URL) return;
    if (e.AUTH_JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_JWT_SECRET'],
        message: 'set either AUTH_JWT_SECRET or AUTH_JWKS_URL, not both',
      });
    }
    for (const key of ['AUTH_ISSUER', 'AUTH_AUDIENCE'] as const) {
      if (!e[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required with AUTH_JWKS_URL' });
    }
  });

/**
 * Reads the auth settings. In the embedded mode without AUTH_JWT_SECRET this reads, or on the
 * first start creates, `<data folder>/jwt-secret`, so a bad data folder stops the boot.
 */
export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env, cwd?: string): AuthConfig {
  const e = parseEnv(authEnvSchema, env);
  if (e.AUTH_JWKS_URL) {
    return { mode: 'jwks', jwksUrl: e.AUTH_JWKS_URL, issuer: e.AUTH_ISSUER!, audience: e.AUTH_AUDIENCE! };
  }
  const issuer = e.AUTH_ISSUER ?? EMBEDDED_ISSUER;
  const audience = e.AUTH_AUDIENCE ?? EMBEDDED_AUDIENCE;
  if (e.AUTH_JWT_SECRET) return { mode: 'hs256', secret: e.AUTH_JWT_SECRET, issuer, audience };
  const dir = dataDir(e, cwd);
  return { mode: 'hs256', secret: readOrCreateJwtSecret(dir), secretFile: secretFilePath(dir), issuer, audience };
}
