import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ApiProcess } from './support/api-process';
import { DevServer } from './support/dev-server';
import { Keycloak } from './support/keycloak';
import { graphql } from './support/launcher';
import { migrateDatabase } from './support/worker-process';

// Browser sign-in (issue 14): the API as OpenID Connect relying party of a real Keycloak with the
// repo's realm. The authorization code flow with PKCE is driven over plain HTTP as a browser would,
// with a cookie jar and redirects taken one by one: /auth/login → Keycloak's login form → POST of
// the form → /auth/callback → the session cookie, which then signs GraphQL requests in.

const PROJECT_LEAD = { username: 'projectleider', password: 'dev-only-projectleider' };

const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-oidc-e2e-'));
const databaseUrl = join(dataDir, 'olievlek.sqlite');
let keycloak: Keycloak | undefined;
let server: DevServer | undefined;
let api: ApiProcess | undefined;
const clients: Client[] = [];

beforeAll(async () => {
  [keycloak, server] = await Promise.all([
    Keycloak.start({ startTimeoutMs: 180_000 }),
    DevServer.start({ dbFile: join(dataDir, 'temporal.db'), startTimeoutMs: 60_000 }),
    migrateDatabase(databaseUrl),
  ]);
  api = await ApiProcess.start({
    temporalAddress: server.address,
    databaseUrl,
    dataDir: join(dataDir, 'api'),
    env: {
      AUTH_JWKS_URL: keycloak.jwksUrl(),
      AUTH_ISSUER: keycloak.issuer(),
      AUTH_AUDIENCE: 'olievlek-api',
      OIDC_ISSUER_URL: keycloak.issuer(),
      OIDC_CLIENT_ID: 'olievlek-web',
    },
  });
}, 300_000);

afterAll(async () => {
  await Promise.all(clients.map(async (c) => c.dispose()));
  await Promise.all([api?.stop(), server?.stop(), keycloak?.stop()]);
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

interface Cookie {
  name: string;
  value: string;
  path: string;
  attributes: string[];
}

/**
 * The cookies of one browser. Every server here is on 127.0.0.1, and cookies do not tell ports
 * apart, so one jar serves the API and Keycloak alike, as in a browser.
 */
class CookieJar {
  readonly cookies = new Map<string, Cookie>();

  take(res: Response): Cookie[] {
    const set = res.headers.getSetCookie().map((line) => {
      const [pair, ...rest] = line.split(';').map((p) => p.trim());
      const eq = pair!.indexOf('=');
      const attributes = rest.map((a) => a.toLowerCase());
      const path = rest.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      return { name: pair!.slice(0, eq), value: pair!.slice(eq + 1), path, attributes };
    });
    for (const c of set) {
      const gone = c.value === '' || c.attributes.some((a) => a === 'max-age=0' || a.startsWith('max-age=-'));
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c);
    }
    return set;
  }

  header(url: string): string {
    const path = new URL(url).pathname;
    return [...this.cookies.values()]
      .filter((c) => path.startsWith(c.path))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  /** One request without following redirects; the jar sends and keeps cookies. */
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.header(url);
    if (cookie) headers.set('cookie', cookie);
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.take(res);
    return res;
  }
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** GET /auth/login and Keycloak's login page: answers the form's action URL and the authorization URL. */
async function openLoginForm(jar: CookieJar, returnTo = '/dashboard'): Promise<{ action: string; authorize: URL }> {
  const login = await jar.fetch(`${api!.url}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  expect(login.status).toBe(302);
  const authorize = new URL(login.headers.get('location')!);
  const page = await jar.fetch(authorize.href);
  expect(page.status).toBe(200);
  const html = await page.text();
  const action = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(html)?.[1];
  expect(action, 'Keycloak login form').toBeDefined();
  return { action: unescapeHtml(action!), authorize };
}

/** POSTs the login form; answers Keycloak's redirect back to the API's callback. */
async function submitLoginForm(jar: CookieJar, action: string, who = PROJECT_LEAD): Promise<URL> {
  const res = await jar.fetch(action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: who.username, password: who.password, credentialId: '' }),
  });
  expect(res.status, await res.clone().text()).toBe(302);
  return new URL(res.headers.get('location')!);
}

/** The whole sign-in; answers the jar with the session cookie and the callback's answer. */
async function signIn(returnTo = '/dashboard'): Promise<{ jar: CookieJar; callback: Response; set: Cookie[] }> {
  const jar = new CookieJar();
  const { action } = await openLoginForm(jar, returnTo);
  const back = await submitLoginForm(jar, action);
  const callback = await fetch(back.href, { headers: { cookie: jar.header(back.href) }, redirect: 'manual' });
  const set = jar.take(callback);
  return { jar, callback, set };
}

const codes = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  (res.errors ?? []).map((e) => e.extensions?.code);

async function graphqlWithCookie(jar: CookieJar, query: string, headers: Record<string, string> = {}) {
  return graphql<{ programmes: { totalCount: number } }>(api!.url, query, undefined, {
    headers: { cookie: jar.header(`${api!.url}/graphql`), ...headers },
  });
}

const PROGRAMMES = '{ programmes { totalCount } }';

/** A graphql-ws client whose upgrade request carries these headers (cookie, origin), as a browser's would. */
function wsClient(headers: Record<string, string>, closed: Array<{ code: number; reason: string }>): Client {
  class BrowserLikeSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const client = createClient({
    url: `${api!.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: BrowserLikeSocket,
    retryAttempts: 0,
    lazy: false,
    // A refused connection is asserted through `closed` and the subscription's error.
    onNonLazyError: () => undefined,
    on: { closed: (e) => closed.push(e as { code: number; reason: string }) },
  });
  clients.push(client);
  return client;
}

function subscribeOnce(client: Client, query: string): Promise<{ errors: unknown[] }> {
  const sink = { errors: [] as unknown[] };
  return new Promise((resolve) => {
    client.subscribe(
      { query },
      {
        next: () => undefined,
        error: (e) => (sink.errors.push(e), resolve(sink)),
        complete: () => resolve(sink),
      },
    );
    setTimeout(() => resolve(sink), 1_500);
  });
}

describe('browser sign-in through Keycloak (authorization code + PKCE)', () => {
  it('sends the browser to the provider with an S256 code challenge, state and nonce, and a signed login cookie', async () => {
    const jar = new CookieJar();
    const res = await jar.fetch(`${api!.url}/auth/login?returnTo=/dashboard`);

    const location = new URL(res.headers.get('location')!);
    expect(res.status).toBe(302);
    expect(`${location.origin}${location.pathname}`).toBe(`${keycloak!.issuer()}/protocol/openid-connect/auth`);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      client_id: 'olievlek-web',
      response_type: 'code',
      redirect_uri: `${api!.url}/auth/callback`,
      scope: 'openid profile email',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      state: expect.any(String),
      nonce: expect.any(String),
    });
    const login = jar.cookies.get('olievlek_login')!;
    expect(login.attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'max-age=600']));
    // The verifier stays with the browser's cookie; only its challenge went to the provider.
    expect(location.searchParams.get('code_challenge')).not.toBe(login.value);
  });

  it('signs the project lead in: an HttpOnly SameSite=Lax session cookie, back to returnTo', async () => {
    const { callback, set } = await signIn('/dashboard?tab=kaart');

    expect(callback.status, await callback.clone().text()).toBe(302);
    expect(callback.headers.get('location')).toBe('/dashboard?tab=kaart');
    const session = set.find((c) => c.name === 'olievlek_session')!;
    expect(session.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.path).toBe('/');
    expect(session.attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax']));
    // The login cookie is single-use: cleared by the callback.
    expect(set.find((c) => c.name === 'olievlek_login')?.attributes).toContain('max-age=0');
  });

  it('answers GraphQL over POST with the cookie and the API origin, as the person signed in', async () => {
    const { jar } = await signIn();

    const res = await graphqlWithCookie(jar, PROGRAMMES, { origin: api!.url });
    const me = await (await jar.fetch(`${api!.url}/auth/session`)).json();

    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data).toEqual({ programmes: { totalCount: 0 } });
    expect(me).toMatchObject({
      signedIn: true,
      subject: expect.any(String),
      name: 'Pim Projectleider',
      email: 'projectleider@olievlek.invalid',
      expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('refuses the cookie without the API origin, from another origin, or on GET (CSRF)', async () => {
    const { jar } = await signIn();

    const noOrigin = await graphqlWithCookie(jar, PROGRAMMES);
    const otherOrigin = await graphqlWithCookie(jar, PROGRAMMES, { origin: 'http://evil.example' });
    const get = await fetch(`${api!.url}/graphql?query=${encodeURIComponent(PROGRAMMES)}`, {
      headers: { cookie: jar.header(`${api!.url}/graphql`), origin: api!.url },
    });

    expect(codes(noOrigin)).toEqual(['FORBIDDEN']);
    expect(noOrigin.errors![0]!.message).toMatch(/sessiecookie/);
    expect(codes(otherOrigin)).toEqual(['FORBIDDEN']);
    expect(codes((await get.json()) as { errors?: [] })).toEqual(['FORBIDDEN']);
  });

  it('lets a bearer token win over the cookie', async () => {
    const { jar } = await signIn();

    const res = await graphqlWithCookie(jar, PROGRAMMES, { origin: api!.url, authorization: 'Bearer not-a-token' });

    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('signs a graphql-ws connection in with the cookie of its upgrade request, from the API origin only', async () => {
    const { jar } = await signIn();
    const cookie = jar.header(`${api!.url}/graphql`);
    const closedOk: Array<{ code: number; reason: string }> = [];
    const closedCrossSite: Array<{ code: number; reason: string }> = [];

    const ok = await subscribeOnce(
      wsClient({ cookie, origin: api!.url }, closedOk),
      'subscription { programmeChanged(programmeId: "programme-GM0363-1") { id } }',
    );
    const crossSite = await subscribeOnce(
      wsClient({ cookie, origin: 'http://evil.example' }, closedCrossSite),
      'subscription { programmeChanged(programmeId: "programme-GM0363-1") { id } }',
    );

    expect(ok.errors).toEqual([]);
    expect(closedOk).toEqual([]);
    expect(crossSite.errors.length + closedCrossSite.length).toBeGreaterThan(0);
  });

  it('logs out with POST from the API origin only: the session ends at once, then the provider', async () => {
    const { jar } = await signIn();
    const cookie = jar.header(`${api!.url}/graphql`);
    const closed: Array<{ code: number; reason: string }> = [];
    const live = wsClient({ cookie, origin: api!.url }, closed);
    expect((await subscribeOnce(live, 'subscription { programmeChanged { id } }')).errors).toEqual([]);

    const crossSite = await jar.fetch(`${api!.url}/auth/logout`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).toMatch(/Uitloggen is niet gelukt/);
    expect(codes(await graphqlWithCookie(jar, PROGRAMMES, { origin: api!.url }))).toEqual([]);
    expect((await fetch(`${api!.url}/auth/logout`)).status).toBe(404);

    const res = await jar.fetch(`${api!.url}/auth/logout`, {
      method: 'POST',
      headers: { origin: api!.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(res.status).toBe(303);
    const providerLogout = new URL(res.headers.get('location')!);
    expect(`${providerLogout.origin}${providerLogout.pathname}`).toBe(
      `${keycloak!.issuer()}/protocol/openid-connect/logout`,
    );
    expect(providerLogout.searchParams.get('post_logout_redirect_uri')).toBe(`${api!.url}/`);
    expect(providerLogout.searchParams.get('id_token_hint')).toEqual(expect.any(String));
    expect(jar.cookies.has('olievlek_session')).toBe(false);
    // Keycloak ends its own session too and sends the browser back to the API.
    const back = await jar.fetch(providerLogout.href);
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toBe(`${api!.url}/`);

    // The old cookie no longer signs anything in: over HTTP, and a new subscription on the old socket.
    const after = await graphql(api!.url, PROGRAMMES, undefined, { headers: { cookie, origin: api!.url } });
    expect(codes(after)).toEqual(['UNAUTHENTICATED']);
    expect((after.errors![0]!.extensions as { details?: unknown }).details).toEqual({ reason: 'SESSION' });
    await subscribeOnce(live, 'subscription { programmeChanged { id } }');
    await expect.poll(() => closed.map((c) => c.code), { timeout: 5_000 }).toEqual([4403]);
    expect(await (await fetch(`${api!.url}/auth/session`, { headers: { cookie } })).json()).toEqual({
      signedIn: false,
    });
  });

  it('refuses a tampered state, a callback without its login cookie, and a refusal at the provider', async () => {
    const jar = new CookieJar();
    const { action, authorize } = await openLoginForm(jar);
    const back = await submitLoginForm(jar, action);
    const tampered = new URL(back.href);
    tampered.searchParams.set('state', `${back.searchParams.get('state')}x`);
    const denied = new URL(`${api!.url}/auth/callback`);
    denied.searchParams.set('error', 'access_denied');
    denied.searchParams.set('state', authorize.searchParams.get('state')!);
    denied.searchParams.set('iss', keycloak!.issuer());
    const loginCookie = jar.header(back.href);

    const badState = await fetch(tampered.href, { headers: { cookie: loginCookie }, redirect: 'manual' });
    const noCookie = await fetch(back.href, { redirect: 'manual' });
    const refused = await fetch(denied.href, { headers: { cookie: loginCookie }, redirect: 'manual' });
    const english = await fetch(tampered.href, {
      headers: { cookie: loginCookie, 'accept-language': 'en' },
      redirect: 'manual',
    });

    for (const res of [badState, noCookie, refused]) {
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.headers.getSetCookie().some((c) => c.startsWith('olievlek_session='))).toBe(false);
      const html = await res.text();
      expect(html).toMatch(/Inloggen is niet gelukt/);
      expect(html).toMatch(/href="\/auth\/login\?returnTo=/);
    }
    expect(await english.text()).toMatch(/Signing in did not succeed/);
  });

  it('never sends the browser to another site after sign-in (returnTo is a path on this origin)', async () => {
    const { callback } = await signIn('https://evil.example/phish');

    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/');
  });
});
