import { readFileSync } from 'node:fs';
import { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER } from '../../apps/api/src/auth/auth.config';
import { secretFilePath } from '../../apps/api/src/auth/jwt-secret';
import type { PrincipalClaims } from '../../apps/api/src/auth/principal';
import { parseDuration, signHs256Token } from '../../apps/api/src/auth/token-signer';

export interface MintOptions {
  /** Seconds or `90s`/`30m`/`8h`/`7d`; 1 hour by default. */
  expiresIn?: number | string;
  /** When the token was issued: a Date or seconds since the epoch; now by default. */
  issuedAt?: Date | number;
  issuer?: string;
  audience?: string;
}

/**
 * An HS256 token as the embedded mode accepts it (issuer and audience `olievlek-local`). Claims
 * are signed as given, so tests can also mint malformed ones.
 */
export async function mintToken(
  secret: string,
  claims: PrincipalClaims | Record<string, unknown>,
  options: MintOptions = {},
): Promise<string> {
  const expiresInSeconds = parseDuration(options.expiresIn ?? 3600);
  if (expiresInSeconds === undefined) throw new Error(`bad expiresIn ${String(options.expiresIn)}`);
  const issuedAt = options.issuedAt instanceof Date ? Math.floor(options.issuedAt.getTime() / 1000) : options.issuedAt;
  return signHs256Token(secret, claims, {
    issuer: options.issuer ?? EMBEDDED_ISSUER,
    audience: options.audience ?? EMBEDDED_AUDIENCE,
    expiresInSeconds,
    issuedAt,
  });
}

/** The secret `npm start` signs with in a data folder (created by the API on its first start). */
export function launcherSecret(dataDir: string): string {
  return readFileSync(secretFilePath(dataDir), 'utf8').trim();
}
