import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  keepKeycloakBuild,
  keycloakEnv,
  keycloakIssuer,
  keycloakReady,
  prepareKeycloakHome,
  REALM_FILE,
  repoRealm,
} from '../../infra/keycloak-dev.mjs';
import { freePorts } from './free-port';
import { ProcessGroup, type Exit } from './process-group';

const ROOT = join(__dirname, '..', '..');
export { REALM_FILE };

export interface KeycloakOptions {
  /** More realms to import beside infra/keycloak/olievlek-realm.json (realm representations). */
  extraRealms?: Array<Record<string, unknown>>;
  /** Readiness timeout; Keycloak's JVM start is slow on a loaded machine. */
  startTimeoutMs?: number;
}

/** Tokens from the realm's token endpoint. */
export interface KeycloakTokens {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
}

/** The Keycloak home from infra/ensure-keycloak.sh (OLIEVLEK_KEYCLOAK_HOME when set). */
function keycloakHome(): string {
  if (!process.env.OLIEVLEK_KEYCLOAK_HOME) {
    process.env.OLIEVLEK_KEYCLOAK_HOME = execFileSync('bash', [join(ROOT, 'infra', 'ensure-keycloak.sh')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim();
  }
  return process.env.OLIEVLEK_KEYCLOAK_HOME;
}

/**
 * Keycloak in dev mode on a loopback port, with the repo's realm imported, laid out as `npm start`
 * runs it (infra/keycloak-dev.mjs): a temporary home whose `data/` (the H2 database) and build
 * output are its own and whose other folders link to the cached distribution.
 */
export class Keycloak {
  output = '';
  /** Milliseconds from spawn to the realm's discovery document answering. */
  startMs = 0;

  private constructor(
    private readonly group: ProcessGroup,
    readonly port: number,
    private readonly home: string,
  ) {}

  static async start(o: KeycloakOptions = {}): Promise<Keycloak> {
    const dist = keycloakHome();
    const home = mkdtempSync(join(tmpdir(), 'olievlek-keycloak-'));
    const [port, managementPort] = await freePorts(2);
    prepareKeycloakHome(
      dist,
      home,
      [
        repoRealm(),
        ...(o.extraRealms ?? []).map((realm) => ({ name: String(realm.realm), json: JSON.stringify(realm) })),
      ],
      managementPort,
    );
    const started = Date.now();
    const group = ProcessGroup.spawn(join(home, 'bin', 'kc.sh'), ['start-dev', '--import-realm'], {
      cwd: home,
      env: { ...process.env, ...keycloakEnv({ dist, port: port!, managementPort: managementPort! }) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const kc = new Keycloak(group, port!, home);
    group.child.stdout!.on('data', (d: Buffer) => (kc.output += d.toString()));
    group.child.stderr!.on('data', (d: Buffer) => (kc.output += d.toString()));
    const timeoutMs = o.startTimeoutMs ?? 180_000;
    try {
      while (!(await keycloakReady(port!))) {
        if (!group.running) throw new Error(`Keycloak exited ${JSON.stringify(group.exitStatus)}:\n${kc.output}`);
        if (Date.now() - started > timeoutMs)
          throw new Error(`Keycloak not ready within ${timeoutMs} ms:\n${kc.output}`);
        await new Promise((r) => setTimeout(r, 500));
      }
    } catch (err) {
      await kc.stop();
      throw err;
    }
    kc.startMs = Date.now() - started;
    keepKeycloakBuild(dist, home, managementPort);
    return kc;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The realm's issuer (`iss` of its tokens). */
  issuer(realm = 'olievlek'): string {
    return keycloakIssuer(this.port, realm);
  }

  jwksUrl(realm = 'olievlek'): string {
    return `${this.issuer(realm)}/protocol/openid-connect/certs`;
  }

  /** A client-credentials access token from the realm's token endpoint. */
  async clientCredentialsToken(clientId: string, secret: string, realm = 'olievlek'): Promise<string> {
    const res = await fetch(`${this.issuer(realm)}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }),
    });
    const body = (await res.json()) as { access_token?: string };
    if (!res.ok || !body.access_token) throw new Error(`token for ${clientId}: ${res.status} ${JSON.stringify(body)}`);
    return body.access_token;
  }

  /** {@link passwordSignIn} at this Keycloak's realm. */
  passwordSignIn(
    username: string,
    password: string,
    o: { clientId?: string; redirectUri: string; realm?: string },
  ): Promise<KeycloakTokens> {
    return passwordSignIn(this.issuer(o.realm), username, password, o);
  }

  /** SIGTERM to the process group (Quarkus shuts down), SIGKILL after `graceMs`; removes its home. */
  async stop(graceMs = 15_000): Promise<Exit> {
    try {
      return await this.group.stop(graceMs);
    } finally {
      rmSync(this.home, { recursive: true, force: true });
    }
  }
}

/**
 * A person's sign-in through a Keycloak realm's own login form (`issuer`), over plain HTTP (no
 * browser): the authorization code flow with PKCE as a public client such as olievlek-web runs it,
 * up to the tokens. `redirectUri` must be one the client allows; nothing needs to listen there.
 */
export async function passwordSignIn(
  issuer: string,
  username: string,
  password: string,
  o: { clientId?: string; redirectUri: string },
): Promise<KeycloakTokens> {
  const clientId = o.clientId ?? 'olievlek-web';
  const base = `${issuer}/protocol/openid-connect`;
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(16).toString('base64url');
  const cookies = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  };
  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  const auth = new URL(`${base}/auth`);
  auth.search = new URLSearchParams({
    client_id: clientId,
    redirect_uri: o.redirectUri,
    response_type: 'code',
    scope: 'openid',
    state,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();
  const page = await fetch(auth, { redirect: 'manual' });
  keep(page);
  const html = await page.text();
  const action = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (page.status !== 200 || !action) throw new Error(`no login form (${page.status}):\n${html.slice(0, 2000)}`);

  const login = await fetch(action.replaceAll('&amp;', '&'), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader() },
    body: new URLSearchParams({ username, password, credentialId: '' }),
  });
  const location = login.headers.get('location');
  if (login.status !== 302 || !location) throw new Error(`sign-in of ${username} refused (${login.status})`);
  const back = new URL(location);
  const code = back.searchParams.get('code');
  if (back.searchParams.get('state') !== state || !code) throw new Error(`unexpected redirect ${location}`);

  const res = await fetch(`${base}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: o.redirectUri,
      client_id: clientId,
      code_verifier: verifier,
    }),
  });
  const tokens = (await res.json()) as KeycloakTokens;
  if (!res.ok || !tokens.access_token) throw new Error(`code exchange: ${res.status} ${JSON.stringify(tokens)}`);
  return tokens;
}
