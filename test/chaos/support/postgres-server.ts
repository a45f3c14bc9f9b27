import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../support/free-port';

const USER = 'olievlek';

// As test/support/postgres.ts: PostgreSQL refuses to run as root, so as root its binaries run as
// the `postgres` system user.
function serverUser(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * A throw-away PostgreSQL on a fixed loopback port that can be stopped (fast or immediate, the
 * latter as a crash: recovery runs on the next start) and started again on the same data
 * directory, so a test can take the read model's database away under a running product.
 */
export class PostgresServer {
  private server?: ChildProcess;
  private exited?: Promise<void>;

  private constructor(
    private readonly binDir: string,
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async create(binDir: string): Promise<PostgresServer> {
    const dir = mkdtempSync(join(tmpdir(), 'olievlek-chaos-pg-'));
    const user = serverUser();
    if ('uid' in user) chownSync(dir, user.uid, user.gid);
    const init = spawnSync(
      join(binDir, 'initdb'),
      ['-D', dir, '-U', USER, '-A', 'trust', '-E', 'UTF8', '--no-sync', '--locale=C'],
      { encoding: 'utf8', cwd: dir, ...user },
    );
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
    const pg = new PostgresServer(binDir, dir, await freePort());
    await pg.start();
    return pg;
  }

  url(database = 'postgres'): string {
    return `postgres://${USER}@127.0.0.1:${this.port}/${database}`;
  }

  get running(): boolean {
    return this.server !== undefined && this.server.exitCode === null && this.server.signalCode === null;
  }

  async start(timeoutMs = 30_000): Promise<void> {
    if (this.running) return;
    const server = spawn(
      join(this.binDir, 'postgres'),
      [
        '-D',
        this.dir,
        '-p',
        String(this.port),
        '-h',
        '127.0.0.1',
        '-k',
        this.dir,
        '-c',
        'fsync=off',
        '-c',
        'synchronous_commit=off',
        '-c',
        'full_page_writes=off',
      ],
      { stdio: 'ignore', cwd: this.dir, ...serverUser() },
    );
    this.server = server;
    this.exited = new Promise((resolve) => server.once('exit', () => resolve()));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const client = new Client({ connectionString: this.url() });
      try {
        await client.connect();
        await client.end();
        return;
      } catch (error) {
        // No end() here: on a client that never connected it can wait forever.
        if (Date.now() > deadline || !this.running) {
          server.kill('SIGKILL');
          throw new Error(`PostgreSQL did not start: ${String(error)}`, { cause: error });
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  /** `fast` disconnects clients and shuts down cleanly; `immediate` aborts, like a crash. */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    if (!this.running) return;
    this.server!.kill(mode === 'fast' ? 'SIGINT' : 'SIGQUIT');
    await this.exited;
  }

  async createDatabase(name: string): Promise<string> {
    const client = new Client({ connectionString: this.url() });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  async dispose(): Promise<void> {
    await this.stop('fast');
    rmSync(this.dir, { recursive: true, force: true });
  }
}
