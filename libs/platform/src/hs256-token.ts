import { SignJWT } from 'jose';

export interface SignOptions {
  issuer: string;
  audience: string;
  expiresInSeconds: number;
  /** Seconds since the epoch; now by default. */
  issuedAt?: number;
}

/** An HS256 token for the embedded mode. Claims are signed as given: validation is the caller's. */
export async function signHs256Token(
  secret: string,
  claims: Record<string, unknown>,
  options: SignOptions,
): Promise<string> {
  const iat = options.issuedAt ?? Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + options.expiresInSeconds)
    .sign(new TextEncoder().encode(secret));
}
