import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { preferredLanguage } from '../../common/error-formatter';
import { UserFacingError } from '../../common/graphql-errors';
import type { Principal } from '../principal';
import { IdentityProviderUnavailableError, type TokenVerifier } from '../token-verifier';
import { loginCookieName, readCookie, serializeCookie, signValue, verifySignedValue } from './cookies';
import {
  LOGIN_TRANSACTION_TTL_MS,
  ProviderUnavailableError,
  SignInRefusedError,
  type LoginTransaction,
  type OidcClient,
} from './oidc.client';
import type { SessionAuth } from './session-auth';
import type { SessionProfile } from './session.store';
import { signInProblemPage, type SignInProblem } from './sign-in-page';

export const AUTH_PATHS = {
  login: '/auth/login',
  callback: '/auth/callback',
  logout: '/auth/logout',
  session: '/auth/session',
} as const;

const MAX_RETURN_TO = 2048;

/**
 * Where a browser may be sent back to after signing in: a path on this origin (`/dashboard?x=1`),
 * never another host (`//evil.example`, `/\evil.example`, `https://…`); anything else is `/`.
 */
export function safeReturnTo(value: unknown, publicUrl: string): string {
  if (typeof value !== 'string' || value.length > MAX_RETURN_TO) return '/';
  // Backslashes count as slashes in browsers' URL parsing; control characters have no place here.
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || hasControlCharacter(value)) {
    return '/';
  }
  let url: URL;
  try {
    url = new URL(value, publicUrl);
  } catch {
    return '/';
  }
  if (url.origin !== new URL(publicUrl).origin) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

function isTransaction(value: unknown): value is LoginTransaction {
  const t = value as Partial<LoginTransaction> | undefined;
  return (
    typeof t === 'object' &&
    t !== null &&
    typeof t.state === 'string' &&
    typeof t.nonce === 'string' &&
    typeof t.verifier === 'string' &&
    typeof t.returnTo === 'string' &&
    typeof t.expiresAt === 'number'
  );
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v.slice(0, 320) : undefined);

/** name / e-mail / preferred_username of the ID token, for the pages and the directory entry. */
function profileOf(idClaims: Record<string, unknown>): SessionProfile {
  const profile: SessionProfile = {};
  const name = str(idClaims.name);
  const email = str(idClaims.email);
  const preferredUsername = str(idClaims.preferred_username);
  if (name) profile.name = name;
  if (email) profile.email = email;
  if (preferredUsername) profile.preferredUsername = preferredUsername;
  return profile;
}

export interface OidcRouteDeps {
  auth: SessionAuth;
  client: OidcClient;
  /** The app's own verifier: a signed-in person's access token passes the same checks as a bearer token. */
  verifier: TokenVerifier;
  log: Logger;
}

/**
 * Browser sign-in (issue 14): `GET /auth/login` → the provider's login page → `GET /auth/callback`
 * → a server-side session in an HttpOnly cookie; `POST /auth/logout`; `GET /auth/session` for the
 * pages. See docs/operations.md, "Sign-in (OpenID Connect)".
 */
export async function registerOidcRoutes(app: NestFastifyApplication, deps: OidcRouteDeps): Promise<void> {
  const { auth, client, verifier, log } = deps;
  const { publicUrl, secureCookies, cookieSecret } = auth.config;
  const loginCookie = loginCookieName(secureCookies);
  const clearLogin = serializeCookie(loginCookie, '', { secure: secureCookies, maxAge: 0 });
  const clearSession = serializeCookie(auth.cookieName, '', { secure: secureCookies, maxAge: 0 });

  const problem = (request: FastifyRequest, reply: FastifyReply, kind: SignInProblem, returnTo = '/'): FastifyReply => {
    const lang = preferredLanguage(request.headers);
    const retry = `${AUTH_PATHS.login}?returnTo=${encodeURIComponent(returnTo)}`;
    const page = signInProblemPage(kind, lang, retry);
    return reply
      .code(page.status)
      .header(
        'content-security-policy',
        "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      )
      .type('text/html; charset=utf-8')
      .send(page.html);
  };

  await app.register(async (scope: FastifyInstance) => {
    // A plain HTML form posts to /auth/logout; its fields are not read.
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded')) {
      scope.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 4096 },
        (_request, _body, done) => done(null, {}),
      );
    }
    scope.addHook('onRequest', async (_request, reply) => {
      // Answers about one person: never stored by a cache or proxy, never framed or sniffed.
      reply.header('cache-control', 'no-store');
      reply.header('x-content-type-options', 'nosniff');
      reply.header('referrer-policy', 'no-referrer');
      reply.header('x-frame-options', 'DENY');
    });

    scope.get(AUTH_PATHS.login, async (request, reply) => {
      const returnTo = safeReturnTo((request.query as Record<string, unknown>).returnTo, publicUrl);
      let begun: Awaited<ReturnType<OidcClient['beginLogin']>>;
      try {
        begun = await client.beginLogin(returnTo);
      } catch (error) {
        log.error({ err: error }, 'sign-in: the OpenID provider could not be reached');
        return problem(request, reply, 'UNAVAILABLE', returnTo);
      }
      const cookie = serializeCookie(loginCookie, signValue(begun.transaction, cookieSecret), {
        secure: secureCookies,
        maxAge: LOGIN_TRANSACTION_TTL_MS / 1000,
      });
      return reply.code(302).header('set-cookie', cookie).header('location', begun.url.href).send();
    });

    scope.get(AUTH_PATHS.callback, async (request, reply) => {
      // Single use: whatever happens next, this sign-in attempt is over.
      // (Fastify adds each set-cookie header to the ones before.)
      reply.header('set-cookie', clearLogin);
      const stored = verifySignedValue(readCookie(request.headers.cookie, loginCookie), cookieSecret);
      if (!isTransaction(stored) || stored.expiresAt <= Date.now()) return problem(request, reply, 'EXPIRED');
      const returnTo = safeReturnTo(stored.returnTo, publicUrl);
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';

      let principal: Principal;
      let idToken: string | undefined;
      let profile: SessionProfile;
      try {
        const tokens = await client.finishLogin(query, stored);
        principal = await verifier.verify(tokens.accessToken);
        idToken = tokens.idToken;
        profile = profileOf(tokens.idClaims);
      } catch (error) {
        const kind = callbackProblem(error);
        const level = kind === 'UNAVAILABLE' ? 'error' : 'warn';
        log[level]({ err: error, problem: kind }, 'sign-in did not succeed');
        return problem(request, reply, kind, returnTo);
      }

      const sessions = auth.sessions;
      // A browser signing in again leaves no earlier session of its own behind.
      await sessions.end(auth.sessionId(request.headers));
      const name = principal.name ?? profile.name ?? profile.preferredUsername;
      const email = principal.email ?? profile.email;
      const created = await sessions.create({
        issuer: principal.issuer ?? auth.config.issuerUrl,
        principal: { ...principal, ...(name ? { name } : {}), ...(email ? { email } : {}) },
        profile,
        ...(idToken ? { idToken } : {}),
      });
      const cookie = serializeCookie(auth.cookieName, created.id, { secure: secureCookies });
      return reply.code(302).header('set-cookie', cookie).header('location', returnTo).send();
    });

    scope.post(AUTH_PATHS.logout, async (request, reply) => {
      // A form on another site must not sign the person out (nor anything else): same Origin only.
      if (!auth.sameOrigin(request.headers)) return problem(request, reply, 'CROSS_SITE');
      const ended = await auth.sessions.end(auth.sessionId(request.headers));
      const providerLogout = ended ? await client.logoutUrl(ended.idToken) : undefined;
      return reply
        .code(303)
        .header('set-cookie', clearSession)
        .header('location', providerLogout?.href ?? `${publicUrl}/`)
        .send();
    });

    scope.get(AUTH_PATHS.session, async (request, reply) => {
      const id = auth.sessionId(request.headers);
      const session = id === undefined ? undefined : await auth.sessions.find(id);
      if (!session) {
        if (id !== undefined) reply.header('set-cookie', clearSession);
        return reply.send({ signedIn: false });
      }
      const { principal, profile } = session;
      const name = principal.name ?? profile.name ?? profile.preferredUsername;
      const email = principal.email ?? profile.email;
      return reply.send({
        signedIn: true,
        subject: principal.subject,
        ...(name ? { name } : {}),
        ...(email ? { email } : {}),
        expiresAt: new Date(session.endsAt).toISOString(),
      });
    });
  });
}

function callbackProblem(error: unknown): SignInProblem {
  if (error instanceof SignInRefusedError) return 'REFUSED';
  if (error instanceof ProviderUnavailableError || error instanceof IdentityProviderUnavailableError) {
    return 'UNAVAILABLE';
  }
  if (error instanceof UserFacingError) {
    const reason = (error.extensions.details as { reason?: unknown } | undefined)?.reason;
    return reason === 'CLAIMS' ? 'NO_ACCESS' : 'INVALID';
  }
  return 'INVALID';
}
