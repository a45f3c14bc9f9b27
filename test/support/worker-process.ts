import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ProcessGroup, type Exit } from './process-group';
import { repoRoot } from './repo-root';

const ROOT = repoRoot();

export interface WorkerProcessOptions {
  temporalAddress: string;
  namespace?: string;
  /** OLIEVLEK_DATA_DIR of the worker. */
  dataDir: string;
  /** Default: the SQLite file `<dataDir>/olievlek.sqlite`, as the worker itself defaults. */
  databaseUrl?: string;
  /** Readiness is read from the worker's `worker running` line, which it logs at info. */
  logLevel?: 'info' | 'debug' | 'trace';
  /** Apply the migrations first, as `npm start` does (default true). */
  migrate?: boolean;
  /** More environment, e.g. `{ ESCALATION_WEBHOOK_URL: receiver.url }`. */
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

/** Applies pending migrations to a database with the compiled migrator, as `npm start` does. */
export function migrateDatabase(databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['dist/libs/persistence/src/migrate.js'],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 60_000 },
      (error, _stdout, stderr) =>
        error ? reject(new Error(`migration failed: ${stderr || error.message}`)) : resolve(),
    );
  });
}

/** The compiled worker (`node dist/apps/worker/src/main.js`) as its own process, as `npm start` runs it. */
export class WorkerProcess {
  /** Everything it wrote to stdout and stderr, across restarts. */
  output = '';
  private group?: ProcessGroup;

  private constructor(private readonly o: WorkerProcessOptions) {}

  /** Starts it and resolves once it logs `worker running` (its workflows bundled, polling). */
  static async start(o: WorkerProcessOptions): Promise<WorkerProcess> {
    const worker = new WorkerProcess(o);
    if (o.migrate ?? true) await migrateDatabase(worker.databaseUrl);
    await worker.launch();
    return worker;
  }

  get databaseUrl(): string {
    return this.o.databaseUrl ?? join(this.o.dataDir, 'olievlek.sqlite');
  }

  get pid(): number | undefined {
    return this.group?.pid;
  }

  get running(): boolean {
    return this.group?.running ?? false;
  }

  /** Its JSON log lines, parsed (other lines skipped). */
  logs(): Record<string, unknown>[] {
    return this.output.split('\n').flatMap((line) => {
      if (!line.startsWith('{')) return [];
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  }

  /** A signal to its process group; resolves once it has exited. SIGKILL by default: a crash. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<Exit | undefined> {
    if (!this.group) return undefined;
    if (signal === 'SIGKILL') return this.group.kill();
    this.group.signal(signal);
    return this.group.exited;
  }

  /** SIGTERM (the worker drains and exits), SIGKILL after `graceMs`. */
  async stop(graceMs = 15_000): Promise<Exit | undefined> {
    return this.group?.stop(graceMs);
  }

  /** Stops it if it runs, then starts a new worker process with the same options. */
  async restart(): Promise<void> {
    await this.stop();
    await this.launch();
  }

  private async launch(): Promise<void> {
    if (this.running) throw new Error('the worker is already running');
    const o = this.o;
    const group = ProcessGroup.spawn(process.execPath, ['dist/apps/worker/src/main.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        TEMPORAL_ADDRESS: o.temporalAddress,
        TEMPORAL_NAMESPACE: o.namespace ?? 'default',
        DATABASE_URL: this.databaseUrl,
        OLIEVLEK_DATA_DIR: o.dataDir,
        LOG_LEVEL: o.logLevel ?? 'info',
        // The worker exits by itself when this test process is gone.
        OLIEVLEK_PARENT_PID: String(process.pid),
        ...o.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.group = group;
    const started = this.output.length;
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        void group.kill();
        reject(
          new Error(`worker not running within ${o.startTimeoutMs ?? 180_000} ms:\n${this.output.slice(started)}`),
        );
      }, o.startTimeoutMs ?? 180_000);
      const onData = (chunk: Buffer) => {
        this.output += chunk.toString();
        if (/"msg":"worker running"/.test(this.output.slice(started))) {
          clearTimeout(timer);
          resolve();
        }
      };
      group.child.stdout!.on('data', onData);
      group.child.stderr!.on('data', onData);
      void group.exited.then((exit) => {
        clearTimeout(timer);
        reject(new Error(`worker exited ${JSON.stringify(exit)} before running:\n${this.output.slice(started)}`));
      });
    });
    await ready;
  }
}
