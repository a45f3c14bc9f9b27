import type { DataSource } from 'typeorm';
import { SessionEntity } from '../../../../../libs/persistence/src';
import { UserFacingError } from '../../common/graphql-errors';
import type { ConnectionExpiry } from '../../graphql/subscription-expiry';
import type { Principal } from '../principal';
import { readCookie, sessionCookieName } from './cookies';
import type { OidcConfig } from './oidc.config';
import { SessionStore, type LiveSession } from './session.store';

type Headers = Record<string, string | string[] | undefined>;

/** A session that may not be used from where the request came (CSRF defence). */
export function crossSiteRefused(origin: string): UserFacingError {
  return new UserFacingError(
    'FORBIDDEN',
    {
      nl: `Aanmelden met de sessiecookie kan alleen met een POST-verzoek van ${origin} (Origin-header). Stuur anders een toegangstoken mee (Authorization: Bearer …).`,
      en: `Signing in with the session cookie works only for a POST request from ${origin} (Origin header). Otherwise send an access token (Authorization: Bearer …).`,
    },
    { details: { reason: 'CROSS_SITE' } },
  );
}

/** The cookie names a session that has ended (logout, timeout) or never existed. */
export function sessionEnded(): UserFacingError {
  return new UserFacingError(
    'UNAUTHENTICATED',
    {
      nl: 'Uw sessie is verlopen of beëindigd. Log opnieuw in.',
      en: 'Your session has expired or has been ended. Sign in again.',
    },
    { details: { reason: 'SESSION' } },
  );
}

/**
 * Who a browser is, from its session cookie, for the GraphQL endpoint and graphql-ws. A request
 * that sends an `Authorization` header is never looked at here: the bearer token wins. The cookie
 * counts only for POST (and the graphql-ws upgrade) with an `Origin` equal to PUBLIC_URL's, so
 * another site can neither send a mutation in the person's name nor open a socket as them
 * (SameSite=Lax already keeps the cookie off cross-site POSTs; the Origin check does not rely on it).
 */
export class SessionAuth {
  private store?: SessionStore;
  readonly cookieName: string;

  constructor(readonly config: OidcConfig) {
    this.cookieName = sessionCookieName(config.secureCookies);
  }

  /** Binds the store to the app's database once Nest has opened it. */
  attach(dataSource: DataSource): this {
    this.store = new SessionStore(dataSource.getRepository(SessionEntity), {
      ttlMs: this.config.sessionTtlMs,
      idleMs: this.config.sessionIdleMs,
    });
    return this;
  }

  get sessions(): SessionStore {
    if (!this.store) throw new Error('SessionAuth is not attached to a database');
    return this.store;
  }

  /** The session id the request's cookie carries, if any. */
  sessionId(headers: Headers): string | undefined {
    return readCookie(headers.cookie, this.cookieName) || undefined;
  }

  /** Whether a browser request comes from the API's own pages (`Origin` is PUBLIC_URL's origin). */
  sameOrigin(headers: Headers): boolean {
    return headers.origin === this.config.publicUrl;
  }

  /**
   * The principal of a GraphQL request's session cookie; undefined when it sends none. Refused
   * (FORBIDDEN) for any method but POST or another Origin; UNAUTHENTICATED once the session ended.
   */
  async principalOf(request: { method: string; headers: Headers }): Promise<Principal | undefined> {
    const id = this.sessionId(request.headers);
    if (id === undefined) return undefined;
    if (request.method !== 'POST' || !this.sameOrigin(request.headers)) throw crossSiteRefused(this.config.publicUrl);
    const session = await this.sessions.find(id);
    if (!session) throw sessionEnded();
    return session.principal;
  }

  /**
   * The session a graphql-ws upgrade request's cookie signs in, with its id (the connection checks
   * it again later); undefined when it sends none. Same refusals as {@link principalOf}.
   */
  async connectionSession(headers: Headers): Promise<{ id: string; session: LiveSession } | undefined> {
    const id = this.sessionId(headers);
    if (id === undefined) return undefined;
    if (!this.sameOrigin(headers)) throw crossSiteRefused(this.config.publicUrl);
    const session = await this.sessions.find(id);
    if (!session) throw sessionEnded();
    return { id, session };
  }

  /**
   * Signs a graphql-ws connection in with its upgrade request's session cookie (when its
   * connection_init carried no token), and has `expiry` close it with 4403 once the session ends:
   * checked at the session's end and every minute, without counting as a use.
   */
  async signInConnection(
    headers: Headers,
    expiry: ConnectionExpiry | undefined,
  ): Promise<{ principal: Principal; sessionId: string } | undefined> {
    const found = await this.connectionSession(headers);
    if (!found) return undefined;
    const { id } = found;
    expiry?.follow(found.session.endsAt, async () => (await this.sessions.find(id, { touch: false }))?.endsAt);
    return { principal: found.session.principal, sessionId: id };
  }

  /**
   * Mercurius `preSubscriptionParsing` hook: a connection signed in with a session looks at it
   * again at each subscription (a use); ended, the subscription is refused and the socket closed.
   */
  subscribeHook(): (
    schema: unknown,
    source: unknown,
    context: { sessionId?: string; connectionExpiry?: ConnectionExpiry },
  ) => Promise<void> {
    return async (_schema, _source, context) => {
      if (context.sessionId === undefined) return;
      if (await this.sessions.find(context.sessionId)) return;
      context.connectionExpiry?.close('session');
      throw sessionEnded();
    };
  }
}
