import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { ProcessGroup, type Exit } from './process-group';

const ROOT = join(__dirname, '..', '..');
export const REALM_FILE = join(ROOT, 'infra', 'keycloak', 'olievlek-realm.json');

export interface KeycloakOptions {
  /** More realms to import beside infra/keycloak/olievlek-realm.json (realm representations). */
  extraRealms?: Array<Record<string, unknown>>;
  /** Readiness timeout; Keycloak's JVM start is slow on a loaded machine. */
  startTimeoutMs?: number;
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
 * Keycloak in dev mode on a loopback port, with the repo's realm imported. `--import-realm` reads
 * `<home>/data/import` only, so each instance runs from a temporary home whose `data/` is its own
 * (the H2 database included) and whose other folders link to the cached distribution.
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
    // kc.sh finds its home through its own resolved path, so it is copied; the rest is linked.
    mkdirSync(join(home, 'bin'));
    cpSync(join(dist, 'bin', 'kc.sh'), join(home, 'bin', 'kc.sh'));
    for (const entry of ['conf', 'lib', 'providers', 'themes', 'version.txt']) {
      symlinkSync(join(dist, entry), join(home, entry));
    }
    const importDir = join(home, 'data', 'import');
    mkdirSync(importDir, { recursive: true });
    cpSync(REALM_FILE, join(importDir, 'olievlek-realm.json'));
    for (const realm of o.extraRealms ?? []) {
      writeFileSync(join(importDir, `${String(realm.realm)}-realm.json`), JSON.stringify(realm));
    }
    const javaHomeFile = join(dist, 'java-home');
    const javaHome = existsSync(javaHomeFile) ? readFileSync(javaHomeFile, 'utf8').trim() : undefined;
    const [port, managementPort] = [await freePort(), await freePort()];
    const started = Date.now();
    const group = ProcessGroup.spawn(join(home, 'bin', 'kc.sh'), ['start-dev', '--import-realm'], {
      cwd: home,
      env: {
        ...process.env,
        ...(javaHome ? { JAVA_HOME: javaHome } : {}),
        KC_HTTP_HOST: '127.0.0.1',
        KC_HTTP_PORT: String(port),
        KC_HTTP_MANAGEMENT_PORT: String(managementPort),
        KC_HOSTNAME_STRICT: 'false',
        KC_HEALTH_ENABLED: 'true',
        KC_LOG_LEVEL: 'warn',
        // Two cores shared with the rest of the suite: a small heap and no parallel GC threads.
        JAVA_OPTS_KC_HEAP: '-XX:MaxRAMPercentage=25 -XX:InitialRAMPercentage=5',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const kc = new Keycloak(group, port, home);
    group.child.stdout!.on('data', (d: Buffer) => (kc.output += d.toString()));
    group.child.stderr!.on('data', (d: Buffer) => (kc.output += d.toString()));
    const timeoutMs = o.startTimeoutMs ?? 180_000;
    try {
      while (!(await kc.ready())) {
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
    return kc;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The realm's issuer (`iss` of its tokens). */
  issuer(realm = 'olievlek'): string {
    return `${this.url}/realms/${realm}`;
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

  private async ready(): Promise<boolean> {
    try {
      const res = await fetch(`${this.issuer()}/.well-known/openid-configuration`, {
        signal: AbortSignal.timeout(5_000),
      });
      return res.status === 200;
    } catch {
      return false;
    }
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
