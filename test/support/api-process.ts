import { join } from 'node:path';
import { freePorts } from './free-port';
import { ProcessGroup, type Exit } from './process-group';

const ROOT = join(__dirname, '..', '..');

export interface ApiProcessOptions {
  temporalAddress: string;
  namespace?: string;
  databaseUrl: string;
  /** OLIEVLEK_DATA_DIR of the API (nothing is written there when AUTH_JWT_SECRET is set). */
  dataDir: string;
  /** AUTH_JWT_SECRET: instances that share it accept each other's tokens. Omit it with AUTH_JWKS_URL in `env`. */
  jwtSecret?: string;
  /** Loopback port; a free one when omitted. */
  port?: number;
  /** Port of the metrics listener (METRICS_PORT); a free one when omitted, not PORT + 1 (may be taken). */
  metricsPort?: number;
  /** More environment, e.g. `{ FEED_INTERVAL_MS: '200' }`. */
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

/**
 * The compiled API (`node dist/apps/api/src/main.js`) as its own process on a loopback port, as a
 * deployment runs it (no launcher): ready once `/health` answers 200.
 */
export class ApiProcess {
  /** Everything it wrote to stdout and stderr. */
  output = '';

  private constructor(
    private readonly group: ProcessGroup,
    readonly port: number,
  ) {}

  static async start(o: ApiProcessOptions): Promise<ApiProcess> {
    const [freeApi, freeMetrics] = await freePorts(2);
    const port = o.port ?? freeApi!;
    const metricsPort = o.metricsPort ?? freeMetrics!;
    const group = ProcessGroup.spawn(process.execPath, ['dist/apps/api/src/main.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        METRICS_PORT: String(metricsPort),
        TEMPORAL_ADDRESS: o.temporalAddress,
        TEMPORAL_NAMESPACE: o.namespace ?? 'default',
        DATABASE_URL: o.databaseUrl,
        OLIEVLEK_DATA_DIR: o.dataDir,
        ...(o.jwtSecret !== undefined ? { AUTH_JWT_SECRET: o.jwtSecret } : {}),
        LOG_LEVEL: 'warn',
        // The API exits by itself when this test process is gone.
        OLIEVLEK_PARENT_PID: String(process.pid),
        ...o.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const api = new ApiProcess(group, port);
    group.child.stdout!.on('data', (d: Buffer) => (api.output += d.toString()));
    group.child.stderr!.on('data', (d: Buffer) => (api.output += d.toString()));
    const timeoutMs = o.startTimeoutMs ?? 60_000;
    const deadline = Date.now() + timeoutMs;
    while (!(await api.healthy())) {
      if (!group.running)
        throw new Error(`API exited ${JSON.stringify(group.exitStatus)} before it was healthy:\n${api.output}`);
      if (Date.now() > deadline) {
        await group.kill();
        throw new Error(`API not healthy within ${timeoutMs} ms:\n${api.output}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    return api;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.group.pid;
  }

  get running(): boolean {
    return this.group.running;
  }

  async healthy(): Promise<boolean> {
    try {
      return (await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(5_000) })).status === 200;
    } catch {
      return false;
    }
  }

  /** SIGTERM (Nest's shutdown hooks run), SIGKILL after `graceMs`. */
  stop(graceMs = 15_000): Promise<Exit> {
    return this.group.stop(graceMs);
  }
}
