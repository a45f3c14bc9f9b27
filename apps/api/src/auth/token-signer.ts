import { SignJWT } from 'jose';

/** Lifetimes like `90s`, `30m`, `8h`, `7d`, or a number of seconds. */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  const match = /^(\d{1,7})\s*(s|m|h|d)?$/.exec(value.trim());
  if (!match) return undefined;
  const seconds = Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[(match[2] ?? 's') as 's' | 'm' | 'h' | 'd'];
  return seconds > 0 ? seconds : undefined;
}

export interface SignOptions {
  issuer: string;
  audience: string;
  expiresInSeconds: number;
  /** Seconds since the epoch; now by default. */
  issuedAt?: number;
}

/** An HS256 token for the embedded mode. Claims are signed as given: validation is the caller's. */
export async function signHs256Token(secret: string, claims: Record<string, unknown>, options: SignOptions): Promise<string> {
  const iat = options.issuedAt ?? Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + options.expiresInSeconds)
    .sign(new TextEncoder().encode(secret));
}
