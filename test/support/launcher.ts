import { launcherSecret, mintToken } from './tokens';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliQueryResult } from './cli-payload';
import { freePorts } from './free-port';

const ROOT = join(__dirname, '..', '..');

export interface LauncherPorts {
  api: number;
  temporal: number;
  ui: number;
  /** The API's metrics listener (METRICS_PORT); PORT + 1 when omitted. */
  metrics?: number;
  /** Keycloak (OLIEVLEK_KEYCLOAK_PORT), when the launcher starts it. */
  keycloak?: number;
  /** Mailpit's SMTP and web inbox (OLIEVLEK_MAILPIT_SMTP_PORT, OLIEVLEK_MAILPIT_UI_PORT). */
  smtp?: number;
  inbox?: number;
}

export interface LauncherOptions {
  /**
   * Keycloak as `npm start` runs it (sign-in, two issuers). Off by default: its JVM takes half a
   * minute or more, and most suites sign in with local tokens (OLIEVLEK_IDP=none).
   */
  identityProvider?: boolean;
}

/** `npm start`'s launcher (infra/start.mjs) as a child process, on the given ports and data folder. */
export class Launcher {
  private child?: ChildProcess;
  output = '';

  constructor(
    readonly dataDir: string,
    readonly ports: LauncherPorts,
    private readonly extraEnv: Record<string, string> = {},
  ) {}

  /** A launcher on free loopback ports with a fresh temporary data folder; Mailpit always, Keycloak on request. */
  static async onFreePorts(extraEnv: Record<string, string> = {}, o: LauncherOptions = {}): Promise<Launcher> {
    const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-e2e-'));
    const [api, temporal, ui, metrics, smtp, inbox, keycloak] = await freePorts(o.identityProvider ? 7 : 6);
    return new Launcher(
      dataDir,
      { api: api!, temporal: temporal!, ui: ui!, metrics: metrics!, smtp, inbox, keycloak },
      o.identityProvider ? extraEnv : { OLIEVLEK_IDP: 'none', ...extraEnv },
    );
  }

  get inboxUrl(): string {
    return `http://127.0.0.1:${this.ports.inbox}`;
  }

  get keycloakUrl(): string {
    return `http://127.0.0.1:${this.ports.keycloak}`;
  }

  /** Stops it and removes its data folder. */
  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.ports.api}`;
  }

  /** A bearer token for this instance (KWARTIERMAKER unless other claims are given). */
  token(claims: Record<string, unknown> = { sub: 'e2e-kwartiermaker', role: 'KWARTIERMAKER' }): Promise<string> {
    return mintToken(launcherSecret(this.dataDir), claims);
  }

  /** A programme's version as its workflow answers it (authoritative, not the read model). */
  workflowVersion(programmeId: string): number {
    const stdout = execFileSync(
      process.env.OLIEVLEK_TEMPORAL_CLI as string,
      [
        'workflow',
        'query',
        '--name',
        'getProgrammeState',
        '-w',
        programmeId,
        '-o',
        'json',
        '--address',
        this.temporalAddress,
      ],
      { encoding: 'utf8' },
    );
    return cliQueryResult<{ version: number }>((JSON.parse(stdout) as { queryResult: unknown }).queryResult).version;
  }

  get temporalAddress(): string {
    return `127.0.0.1:${this.ports.temporal}`;
  }

  /**
   * Starts it and resolves once it says it is ready (the API's /health answered 200, and Mailpit
   * and Keycloak when it starts them). Keycloak's first start on a loaded machine takes minutes.
   */
  async start(timeoutMs = this.extraEnv.OLIEVLEK_IDP === 'none' ? 120_000 : 300_000): Promise<void> {
    this.output = '';
    const child = spawn(process.execPath, ['infra/start.mjs'], {
      cwd: ROOT,
      env: {
        ...process.env,
        OLIEVLEK_DATA_DIR: this.dataDir,
        PORT: String(this.ports.api),
        OLIEVLEK_TEMPORAL_PORT: String(this.ports.temporal),
        OLIEVLEK_TEMPORAL_UI_PORT: String(this.ports.ui),
        ...(this.ports.metrics ? { METRICS_PORT: String(this.ports.metrics) } : {}),
        ...(this.ports.keycloak ? { OLIEVLEK_KEYCLOAK_PORT: String(this.ports.keycloak) } : {}),
        ...(this.ports.smtp ? { OLIEVLEK_MAILPIT_SMTP_PORT: String(this.ports.smtp) } : {}),
        ...(this.ports.inbox ? { OLIEVLEK_MAILPIT_UI_PORT: String(this.ports.inbox) } : {}),
        LOG_LEVEL: 'warn',
        ...this.extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`launcher not ready in time:\n${this.output}`)), timeoutMs);
      const check = () => {
        if (this.output.includes('Press Ctrl-C to stop.')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', check);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`launcher exited with ${code}:\n${this.output}`));
      });
    });
  }

  /** Sends a signal and waits for the launcher to exit; returns its exit code. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    return exited;
  }

  /** Processes still alive that were started for this data folder (its environment names it). */
  survivors(): number[] {
    const marker = `OLIEVLEK_DATA_DIR=${this.dataDir}\0`;
    const pids: number[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const environ = readFileSync(`/proc/${entry}/environ`, 'utf8');
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        if (environ.includes(marker) && !/\) Z /.test(stat)) pids.push(Number(entry));
      } catch {
        // the process ended while we looked
      }
    }
    return pids.filter((pid) => pid !== process.pid);
  }
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function graphql<T = Record<string, unknown>>(
  apiUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as Omit<GraphQLResponse<T>, 'status'>) };
}
