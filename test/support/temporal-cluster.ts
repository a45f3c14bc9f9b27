import { execFile, execFileSync } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { SearchAttributeType } from '@temporalio/common';
import { msToTs } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { PROGRAMME_SEARCH_ATTRIBUTES } from '../../libs/contracts/src';
import { createDatabase } from './postgres';
import { ProcessGroup, type Exit } from './process-group';
import { repoRoot } from './repo-root';

const ROOT = repoRoot();
const TEMPLATE_DIR = join(ROOT, 'infra', 'temporal-cluster');

export const CLUSTER_SERVICES = ['history', 'matching', 'frontend', 'worker'] as const;
export type ClusterService = (typeof CLUSTER_SERVICES)[number];

export interface TemporalClusterOptions {
  /** Maintenance URL (`…/postgres`) of a PostgreSQL server; the cluster creates its two databases there. */
  postgresAdminUrl: string;
  namespace?: string;
  /** Few shards: each is a unit of ownership that moves between history processes. */
  historyShards?: number;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  startTimeoutMs?: number;
}

/**
 * The directory infra/ensure-temporal-server.sh built (temporal-server, temporal-sql-tool, the
 * PostgreSQL schema dirs); built here when a bare vitest run did not resolve it first.
 */
export function temporalServerDir(): string {
  if (!process.env.OLIEVLEK_TEMPORAL_SERVER_DIR)
    process.env.OLIEVLEK_TEMPORAL_SERVER_DIR = execFileSync('bash', [join(ROOT, 'infra/ensure-temporal-server.sh')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim();
  return process.env.OLIEVLEK_TEMPORAL_SERVER_DIR;
}

function run(command: string, args: string[], timeoutMs = 120_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * `count` distinct free loopback ports below 32768: the server keeps a member's port in a
 * PostgreSQL SMALLINT (cluster_membership.rpc_port), and the kernel's ephemeral ports lie above.
 */
async function freeLowPorts(count: number): Promise<number[]> {
  const held: Server[] = [];
  const ports: number[] = [];
  try {
    for (let tries = 0; ports.length < count; tries++) {
      if (tries > 500) throw new Error('no free loopback ports below 32768');
      const port = 20_000 + Math.floor(Math.random() * 12_000);
      if (ports.includes(port)) continue;
      const server = createServer();
      const bound = await new Promise<boolean>((resolve) => {
        server.once('error', () => resolve(false));
        server.listen(port, '127.0.0.1', () => resolve(true));
      });
      if (!bound) continue;
      held.push(server);
      ports.push(port);
    }
    return ports;
  } finally {
    await Promise.all(held.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Ports {
  grpc: number;
  membership: number;
}

/**
 * Temporal's own server (go.temporal.io/server, the version the pinned CLI embeds) as a real
 * cluster on loopback: PostgreSQL persistence and SQL visibility in two fresh databases, and the
 * frontend, history, matching and worker services as four separate processes, each its own
 * process group so it can be SIGKILLed and restarted alone. Each service appends its JSON log to
 * `<dir>/<service>.log`; `stop({ keepLogs: true })` copies them to test/.artifacts.
 */
export class TemporalCluster {
  private readonly groups = new Map<ClusterService, ProcessGroup>();

  private constructor(
    readonly dir: string,
    readonly namespace: string,
    readonly databases: { temporal: string; visibility: string },
    private readonly bin: string,
    private readonly ports: Record<ClusterService, Ports>,
    private readonly startTimeoutMs: number,
  ) {}

  static async start(o: TemporalClusterOptions): Promise<TemporalCluster> {
    const serverDir = temporalServerDir();
    const dir = mkdtempSync(join(tmpdir(), 'olievlek-cluster-'));
    const admin = new URL(o.postgresAdminUrl);
    // Fresh databases on the given server: several clusters (or a read model) may share it.
    const temporalDb = new URL(await createDatabase(o.postgresAdminUrl, 'temporal')).pathname.slice(1);
    const visibilityDb = new URL(await createDatabase(o.postgresAdminUrl, 'temporal_visibility')).pathname.slice(1);
    const tool = join(serverDir, 'temporal-sql-tool');
    for (const [db, store] of [
      [temporalDb, 'temporal'],
      [visibilityDb, 'visibility'],
    ] as const) {
      const conn = ['--plugin', 'postgres12', '--ep', admin.hostname, '-p', admin.port, '-u', admin.username];
      conn.push('--db', db);
      await run(tool, [...conn, 'setup-schema', '-v', '0.0']);
      await run(tool, [...conn, 'update-schema', '-d', join(serverDir, 'schema/postgresql/v12', store, 'versioned')]);
    }

    const free = await freeLowPorts(9);
    const ports = Object.fromEntries(
      CLUSTER_SERVICES.map((s, i) => [s, { grpc: free[2 * i]!, membership: free[2 * i + 1]! }]),
    ) as Record<ClusterService, Ports>;
    const values: Record<string, string> = {
      LOG_LEVEL: o.logLevel ?? 'warn',
      HISTORY_SHARDS: String(o.historyShards ?? 4),
      DB: temporalDb,
      VISIBILITY_DB: visibilityDb,
      PG_ADDRESS: `${admin.hostname}:${admin.port}`,
      PG_USER: admin.username,
      FRONTEND_HTTP_PORT: String(free[8]),
      DYNAMIC_CONFIG: join(TEMPLATE_DIR, 'dynamicconfig.yaml'),
    };
    for (const s of CLUSTER_SERVICES) {
      values[`${s.toUpperCase()}_PORT`] = String(ports[s].grpc);
      values[`${s.toUpperCase()}_MEMBERSHIP_PORT`] = String(ports[s].membership);
    }
    const config = readFileSync(join(TEMPLATE_DIR, 'config.yaml.tmpl'), 'utf8').replace(
      /\{\{([A-Z_]+)\}\}/g,
      (_, name: string) => {
        const value = values[name];
        if (value === undefined) throw new Error(`config.yaml.tmpl: no value for {{${name}}}`);
        return value;
      },
    );
    writeFileSync(join(dir, 'cluster.yaml'), config);

    const cluster = new TemporalCluster(
      dir,
      o.namespace ?? 'default',
      { temporal: temporalDb, visibility: visibilityDb },
      join(serverDir, 'temporal-server'),
      ports,
      o.startTimeoutMs ?? 90_000,
    );
    try {
      // The first service up writes the cluster's metadata record; started together, the losers
      // of that race exit ("failed to initialize current cluster metadata"). History goes first.
      const [first, ...rest] = CLUSTER_SERVICES;
      cluster.launch(first);
      await cluster.waitForPort(first);
      for (const s of rest) cluster.launch(s);
      await Promise.all(rest.map((s) => cluster.waitForPort(s)));
      await cluster.setUpNamespace();
    } catch (error) {
      await cluster.stop({ keepLogs: true });
      throw error;
    }
    return cluster;
  }

  /** The frontend's gRPC address, for clients and workers. */
  get address(): string {
    return `127.0.0.1:${this.ports.frontend.grpc}`;
  }

  pid(service: ClusterService): number | undefined {
    return this.groups.get(service)?.pid;
  }

  running(service: ClusterService): boolean {
    return this.groups.get(service)?.running ?? false;
  }

  /** SIGKILL to one service: a crash, nothing flushed or handed over. */
  async kill(service: ClusterService): Promise<Exit | undefined> {
    return this.groups.get(service)?.kill();
  }

  /** Starts a service that is not running again, with the same config and ports. */
  async startService(service: ClusterService): Promise<void> {
    if (this.running(service)) throw new Error(`${service} is already running`);
    this.launch(service);
    await this.waitForPort(service);
    if (service === 'frontend') await this.waitForNamespace();
  }

  /** SIGTERM (SIGKILL after `graceMs`) if it runs, then starts it again. */
  async restart(service: ClusterService, graceMs = 20_000): Promise<void> {
    await this.groups.get(service)?.stop(graceMs);
    await this.startService(service);
  }

  /** Stops every service; `keepLogs` copies the services' logs to test/.artifacts/<dir name>. */
  async stop(o: { keepLogs?: boolean; graceMs?: number } = {}): Promise<void> {
    // Frontend first, so no new requests arrive while the others go (together: each may take its
    // grace period to drain).
    await this.groups.get('frontend')?.stop(o.graceMs ?? 10_000);
    await Promise.all(
      (['worker', 'matching', 'history'] as const).map(async (s) => this.groups.get(s)?.stop(o.graceMs ?? 10_000)),
    );
    if (o.keepLogs) this.keepLogs();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Copies the services' logs to test/.artifacts/<dir name>; returns that directory. */
  keepLogs(): string {
    const target = join(ROOT, 'test', '.artifacts', this.dir.split('/').pop()!);
    mkdirSync(target, { recursive: true });
    for (const s of CLUSTER_SERVICES) cpSync(this.logFile(s), join(target, `${s}.log`), { force: true });
    cpSync(join(this.dir, 'cluster.yaml'), join(target, 'cluster.yaml'), { force: true });
    return target;
  }

  logFile(service: ClusterService): string {
    return join(this.dir, `${service}.log`);
  }

  /** The end of a service's log, for failure messages. */
  logTail(service: ClusterService, chars = 3000): string {
    try {
      return readFileSync(this.logFile(service), 'utf8').slice(-chars);
    } catch {
      return '';
    }
  }

  private launch(service: ClusterService): void {
    const log = openSync(this.logFile(service), 'a');
    try {
      this.groups.set(
        service,
        ProcessGroup.spawn(
          this.bin,
          ['--root', this.dir, '--config', '.', '--env', 'cluster', '--allow-no-auth', 'start', '--service', service],
          { cwd: this.dir, stdio: ['ignore', log, log] },
        ),
      );
    } finally {
      closeSync(log);
    }
  }

  /**
   * Until the service's gRPC port accepts connections (it binds once its dependencies are set up);
   * for the worker service, which serves no gRPC, its membership (ringpop) port.
   */
  private async waitForPort(service: ClusterService): Promise<void> {
    const group = this.groups.get(service)!;
    const deadline = Date.now() + this.startTimeoutMs;
    const port = service === 'worker' ? this.ports.worker.membership : this.ports[service].grpc;
    while (!(await portOpen(port))) {
      if (!group.running)
        throw new Error(`${service} exited ${JSON.stringify(group.exitStatus)}; its log:\n${this.logTail(service)}`);
      if (Date.now() > deadline) {
        await group.kill();
        throw new Error(`${service} not listening within ${this.startTimeoutMs} ms; log:\n${this.logTail(service)}`);
      }
      await sleep(200);
    }
  }

  /** Retries `fn` against the frontend until it answers or the start timeout passes. */
  private async withFrontend<T>(what: string, fn: (c: Connection) => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.startTimeoutMs;
    for (;;) {
      try {
        const connection = await Connection.connect({ address: this.address, connectTimeout: '2s' });
        try {
          return await fn(connection);
        } finally {
          await connection.close();
        }
      } catch (error) {
        if (Date.now() > deadline)
          throw new Error(`${what} on ${this.address}: ${String(error)}; frontend log:\n${this.logTail('frontend')}`, {
            cause: error,
          });
        await sleep(500);
      }
    }
  }

  /** Registers the namespace and the product's search attributes (PROGRAMME_SEARCH_ATTRIBUTES). */
  private async setUpNamespace(): Promise<void> {
    const { IndexedValueType } = temporal.api.enums.v1;
    const indexed: Record<string, temporal.api.enums.v1.IndexedValueType> = {
      [SearchAttributeType.KEYWORD]: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
      [SearchAttributeType.INT]: IndexedValueType.INDEXED_VALUE_TYPE_INT,
    };
    await this.withFrontend('registering the namespace', async (c) => {
      try {
        await c.workflowService.registerNamespace({
          namespace: this.namespace,
          workflowExecutionRetentionPeriod: msToTs('1 day'),
        });
      } catch (error) {
        if (!/already exists|already registered/i.test(String(error))) throw error;
      }
    });
    const wanted = Object.fromEntries(PROGRAMME_SEARCH_ATTRIBUTES.map((k) => [k.name, indexed[k.type]!]));
    await this.withFrontend('registering the search attributes', async (c) => {
      const have = await c.operatorService.listSearchAttributes({ namespace: this.namespace });
      const missing = Object.fromEntries(Object.entries(wanted).filter(([name]) => !have.customAttributes?.[name]));
      if (Object.keys(missing).length > 0)
        await c.operatorService.addSearchAttributes({ namespace: this.namespace, searchAttributes: missing });
      const now = await c.operatorService.listSearchAttributes({ namespace: this.namespace });
      const absent = Object.keys(wanted).filter((name) => !now.customAttributes?.[name]);
      if (absent.length > 0) throw new Error(`search attributes not registered yet: ${absent.join(', ')}`);
    });
    await this.waitForNamespace();
  }

  private waitForNamespace(): Promise<void> {
    return this.withFrontend('describing the namespace', async (c) => {
      await c.workflowService.describeNamespace({ namespace: this.namespace });
    });
  }
}
