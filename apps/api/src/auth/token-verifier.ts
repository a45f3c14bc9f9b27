import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload, type JWTVerifyOptions } from 'jose';
import { LRUCache } from 'lru-cache';
import { UserFacingError, type Sentence } from '../common/graphql-errors';
import type { AuthConfig } from './auth.config';
import { parsePrincipalClaims, type Principal } from './principal';

/** Why a request is not authenticated; sent as `extensions.details.reason`. */
export type UnauthenticatedReason = 'MISSING' | 'EXPIRED' | 'INVALID' | 'CLAIMS';

// Never the token, a claim value or key material: these sentences go to the client.
const SENTENCES: Record<UnauthenticatedReason, Sentence> = {
  MISSING: {
    nl: 'Log in: stuur een geldig toegangstoken mee (Authorization: Bearer …).',
    en: 'Log in: send a valid access token (Authorization: Bearer …).',
  },
  EXPIRED: {
    nl: 'Het toegangstoken is verlopen. Log opnieuw in of vraag een nieuw token aan.',
    en: 'The access token has expired. Log in again or request a new token.',
  },
  INVALID: {
    nl: 'Het toegangstoken is ongeldig. Log opnieuw in met een geldig token.',
    en: 'The access token is invalid. Log in again with a valid token.',
  },
  CLAIMS: {
    nl: "Het toegangstoken noemt geen geldige rol met bijbehorende gemeenten of programma's.",
    en: 'The access token does not name a valid role with its municipalities or programmes.',
  },
};

export function unauthenticated(reason: UnauthenticatedReason): UserFacingError {
  return new UserFacingError('UNAUTHENTICATED', SENTENCES[reason], { details: { reason } });
}

/**
 * The identity provider's key set could not be fetched or read. Not the caller's fault, so not
 * UNAUTHENTICATED: it surfaces as INTERNAL_SERVER_ERROR with the cause logged.
 */
export class IdentityProviderUnavailableError extends Error {
  constructor(jwksUrl: string, cause: unknown) {
    super(`the identity provider's keys (${jwksUrl}) could not be loaded`, { cause });
    this.name = 'IdentityProviderUnavailableError';
  }
}

/** Seconds of clock skew allowed between the token issuer and this server (exp, nbf, iat). */
export const CLOCK_TOLERANCE_SECONDS = 30;
const MAX_TOKEN_LENGTH = 16 * 1024;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

// jose error codes that mean "this token is not acceptable" (as opposed to "keys unavailable").
const TOKEN_PROBLEMS = new Set([
  'ERR_JWT_CLAIM_VALIDATION_FAILED',
  'ERR_JWT_INVALID',
  'ERR_JWS_INVALID',
  'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  'ERR_JOSE_ALG_NOT_ALLOWED',
  'ERR_JOSE_NOT_SUPPORTED',
  'ERR_JWKS_NO_MATCHING_KEY',
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
  'ERR_JWK_INVALID',
  'ERR_JWE_INVALID',
]);

type Verify = (token: string, options: JWTVerifyOptions) => Promise<JWTPayload>;

/** Tokens whose principal is remembered (a dashboard sends the same token with every request). */
export const VERIFIED_TOKEN_CACHE_SIZE = 10_000;
/** A remembered token is checked again at least this often, and never after its expiry. */
export const VERIFIED_TOKEN_MAX_AGE_MS = 5 * 60_000;

/** How the tokens of one issuer are checked. */
interface IssuerCheck {
  verifyJwt: Verify;
  options: JWTVerifyOptions;
  /** Set for an OIDC provider: its keys are fetched over the network and may be unavailable. */
  jwksUrl?: string;
}

/**
 * Checks bearer tokens and turns them into a {@link Principal}. Two issuers, chosen by the token's
 * `iss`: the configured OIDC provider (RS256/ES256 against its JWKS, fetched lazily, cached,
 * refetched when a token names an unknown key) and, outside production, the local development
 * issuer `olievlek-local` (HS256 with the shared secret). The unverified payload is read only to
 * choose; the token is then verified fully by that issuer's rules (its algorithms, key, issuer,
 * audience), so a token can never be checked by the other issuer's key. A token naming neither
 * issuer is INVALID without any network call. Expiry and subject are required. Every rejection
 * is a UserFacingError with code UNAUTHENTICATED.
 *
 * A token that passed is remembered, by its exact text (signature included), until its expiry
 * (with the clock tolerance) or for 5 minutes, whichever comes first: checking the signature was
 * the largest cost of a read (issue 7, `npm run bench -- http`). Nothing is lost by it, since a
 * JWT cannot be revoked before its expiry anyway; a rejected token is never remembered.
 */
export class TokenVerifier {
  private readonly verified = new LRUCache<string, Session>({ max: VERIFIED_TOKEN_CACHE_SIZE });

  private constructor(private readonly issuers: ReadonlyMap<string, IssuerCheck>) {}

  static fromConfig(config: { auth: AuthConfig }): TokenVerifier {
    const { oidc, local } = config.auth;
    if (!oidc && !local) throw new Error('no token issuer configured');
    const common = { clockTolerance: CLOCK_TOLERANCE_SECONDS, requiredClaims: ['exp', 'sub'] };
    const issuers = new Map<string, IssuerCheck>();
    if (local) {
      // Imported once: handing jose the raw bytes would import the key again on every call.
      const key = crypto.subtle.importKey(
        'raw',
        new TextEncoder().encode(local.secret),
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['verify'],
      );
      issuers.set(local.issuer, {
        verifyJwt: async (token, options) => (await jwtVerify(token, await key, options)).payload,
        options: { ...common, issuer: local.issuer, audience: local.audience, algorithms: ['HS256'] },
      });
    }
    if (oidc) {
      if (issuers.has(oidc.issuer)) throw new Error(`the OIDC issuer must not be ${oidc.issuer}`);
      const keySet = createRemoteJWKSet(new URL(oidc.jwksUrl));
      issuers.set(oidc.issuer, {
        verifyJwt: async (token, options) => (await jwtVerify(token, keySet, options)).payload,
        options: { ...common, issuer: oidc.issuer, audience: oidc.audience, algorithms: ['RS256', 'ES256'] },
        jwksUrl: oidc.jwksUrl,
      });
    }
    return new TokenVerifier(issuers);
  }

  /** The principal of an `Authorization` header value; missing or blank → UNAUTHENTICATED. */
  async authenticateHeader(authorizationHeader: string | undefined): Promise<Principal> {
    if (authorizationHeader === undefined || authorizationHeader.trim() === '') throw unauthenticated('MISSING');
    return this.verify(authorizationHeader);
  }

  /** Like {@link authenticateHeader}, with the token's expiry: a graphql-ws connection ends then. */
  async authenticateSession(authorizationHeader: string | undefined): Promise<Session> {
    if (authorizationHeader === undefined || authorizationHeader.trim() === '') throw unauthenticated('MISSING');
    return this.verifySession(authorizationHeader);
  }

  /** The principal of `Bearer <jwt>` or of a bare `<jwt>`. */
  async verify(bearerHeaderOrToken: string): Promise<Principal> {
    return (await this.verifySession(bearerHeaderOrToken)).principal;
  }

  private async verifySession(bearerHeaderOrToken: string): Promise<Session> {
    const token = extractToken(bearerHeaderOrToken);
    if (token === undefined) throw unauthenticated('MISSING');
    if (token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token)) throw unauthenticated('INVALID');
    const known = this.verified.get(token);
    if (known) return known;

    const issuer = this.issuers.get(unverifiedIssuer(token) ?? '');
    if (!issuer) throw unauthenticated('INVALID');
    let payload: JWTPayload;
    try {
      payload = await issuer.verifyJwt(token, issuer.options);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'ERR_JWT_EXPIRED') throw unauthenticated('EXPIRED');
      if (typeof code === 'string' && TOKEN_PROBLEMS.has(code)) throw unauthenticated('INVALID');
      if (issuer.jwksUrl) throw new IdentityProviderUnavailableError(issuer.jwksUrl, error);
      throw error;
    }

    const parsed = parsePrincipalClaims(payload);
    if (!parsed.ok) throw unauthenticated('CLAIMS');
    // `exp` is a required claim, so jose has checked it is a number.
    const expiresAt = (payload.exp as number) * 1000;
    const validForMs = expiresAt + CLOCK_TOLERANCE_SECONDS * 1000 - Date.now();
    const ttl = Math.min(validForMs, VERIFIED_TOKEN_MAX_AGE_MS);
    // Shared from now on by every request that sends this token: nobody may change it.
    Object.freeze(parsed.principal.municipalities);
    Object.freeze(parsed.principal.programmes);
    Object.freeze(parsed.principal);
    const session: Session = Object.freeze({ principal: parsed.principal, expiresAt });
    if (ttl >= 1) this.verified.set(token, session, { ttl: Math.floor(ttl) });
    return session;
  }
}

/** A verified token: who it names, and its `exp` in milliseconds since the epoch. */
export interface Session {
  readonly principal: Principal;
  readonly expiresAt: number;
}

function extractToken(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'bearer') return undefined;
  const match = /^(\S+)\s+(\S+)$/.exec(trimmed);
  if (!match) return trimmed;
  // RFC 7235: the scheme is case-insensitive. Any other scheme (Basic, …) carries no bearer token.
  if (match[1].toLowerCase() !== 'bearer') throw unauthenticated('MISSING');
  return match[2];
}

/** The `iss` of a token not yet verified: only to choose the issuer that then verifies it. */
function unverifiedIssuer(token: string): string | undefined {
  try {
    const iss = decodeJwt(token).iss;
    return typeof iss === 'string' ? iss : undefined;
  } catch {
    return undefined;
  }
}
