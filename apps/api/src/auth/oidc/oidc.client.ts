import * as oidc from 'openid-client';
import type { OidcConfig } from './oidc.config';

/** One sign-in in flight: what /auth/callback must find again (kept in the signed login cookie). */
export interface LoginTransaction {
  state: string;
  nonce: string;
  /** The PKCE code verifier; only its S256 challenge went to the provider. */
  verifier: string;
  /** Where to go afterwards: a path on this origin. */
  returnTo: string;
  /** ms since the epoch. */
  expiresAt: number;
}

/** What the provider answered at the token endpoint, the ID token already checked (iss, aud, nonce, exp). */
export interface SignedInTokens {
  accessToken: string;
  idToken?: string;
  idClaims: Record<string, unknown>;
}

/** Why the provider could not be used: not reachable or not answering as an OpenID provider. */
export class ProviderUnavailableError extends Error {
  constructor(cause: unknown) {
    super('the OpenID provider is not reachable', { cause });
    this.name = 'ProviderUnavailableError';
  }
}

/** The person or the provider refused the sign-in (`error=access_denied` and the like). */
export class SignInRefusedError extends Error {
  constructor(
    readonly providerError: string,
    cause: unknown,
  ) {
    super(`the provider answered ${providerError}`, { cause });
    this.name = 'SignInRefusedError';
  }
}

export const LOGIN_TRANSACTION_TTL_MS = 10 * 60_000;

/**
 * The relying-party side of the authorization code flow with PKCE (S256), through openid-client:
 * discovery (once, again after a failure), the authorization URL, the code exchange with its
 * state/nonce/PKCE/issuer checks, and the provider's logout URL.
 */
export class OidcClient {
  private configuration?: Promise<oidc.Configuration>;

  constructor(private readonly config: OidcConfig) {}

  /** The authorization URL to send the browser to, and the transaction to keep until it returns. */
  async beginLogin(returnTo: string, now = Date.now()): Promise<{ url: URL; transaction: LoginTransaction }> {
    const configuration = await this.discover();
    const transaction: LoginTransaction = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      returnTo,
      expiresAt: now + LOGIN_TRANSACTION_TTL_MS,
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.callbackUrl,
      scope: this.config.scopes,
      response_type: 'code',
      state: transaction.state,
      nonce: transaction.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(transaction.verifier),
      code_challenge_method: 'S256',
    });
    return { url, transaction };
  }

  /** Exchanges the code of the callback URL (`query` as received) for tokens, checking everything. */
  async finishLogin(query: string, transaction: LoginTransaction): Promise<SignedInTokens> {
    const configuration = await this.discover();
    const current = new URL(this.config.callbackUrl);
    current.search = query;
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(configuration, current, {
        pkceCodeVerifier: transaction.verifier,
        expectedState: transaction.state,
        expectedNonce: transaction.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      if (error instanceof oidc.AuthorizationResponseError) throw new SignInRefusedError(error.error, error);
      if (unreachable(error)) throw new ProviderUnavailableError(error);
      throw error;
    }
    return {
      accessToken: tokens.access_token,
      ...(tokens.id_token ? { idToken: tokens.id_token } : {}),
      idClaims: (tokens.claims() ?? {}) as Record<string, unknown>,
    };
  }

  /**
   * The provider's end-session URL (RP-initiated logout) with the ID token as hint and PUBLIC_URL/
   * as the way back; undefined when the provider has none (or cannot be reached right now).
   */
  async logoutUrl(idToken: string | undefined): Promise<URL | undefined> {
    let configuration: oidc.Configuration;
    try {
      configuration = await this.discover();
    } catch {
      return undefined;
    }
    if (!configuration.serverMetadata().end_session_endpoint) return undefined;
    return oidc.buildEndSessionUrl(configuration, {
      client_id: this.config.clientId,
      post_logout_redirect_uri: `${this.config.publicUrl}/`,
      ...(idToken ? { id_token_hint: idToken } : {}),
    });
  }

  private discover(): Promise<oidc.Configuration> {
    this.configuration ??= oidc
      .discovery(
        new URL(this.config.issuerUrl),
        this.config.clientId,
        this.config.clientSecret ? { client_secret: this.config.clientSecret } : undefined,
        this.config.clientSecret ? oidc.ClientSecretPost(this.config.clientSecret) : oidc.None(),
        {
          timeout: 10,
          // Plain http only to a loopback issuer (checked in oidc.config.ts): the embedded Keycloak.
          ...(this.config.issuerUrl.startsWith('http:') ? { execute: [oidc.allowInsecureRequests] } : {}),
        },
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw new ProviderUnavailableError(error);
      });
    return this.configuration;
  }
}

function unreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return true;
  if (error instanceof TypeError && error.message === 'fetch failed') return true;
  // A 5xx from the token endpoint: the provider is there but not well.
  const status = (error.cause as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 500;
}
