import { execFile } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { Connection } from '@temporalio/client';
import { devServerSearchAttributeFlags } from '../../libs/contracts/src';
import { freePort } from './free-port';
import { ProcessGroup, type Exit } from './process-group';

export interface DevServerOptions {
  /** SQLite history file; kept across stop, kill and restart. */
  dbFile: string;
  /** gRPC port; a free one when omitted. Kept across restarts. */
  port?: number;
  /** Web UI port; without it the server runs headless. */
  uiPort?: number;
  namespace?: string;
  /** Where the server's stdout and stderr go (appended across restarts); default `<dbFile>.log`. */
  logFile?: string;
  startTimeoutMs?: number;
}

function cliPath(): string {
  const cli = process.env.OLIEVLEK_TEMPORAL_CLI;
  if (!cli)
    throw new Error('OLIEVLEK_TEMPORAL_CLI is not set: run the tests with `npm test` (infra/ensure-temporal-cli.sh)');
  return cli;
}

/**
 * The Temporal CLI dev server (`temporal server start-dev`) on a loopback port and an SQLite file,
 * with the product's search attributes, for tests that stop, kill and restart it.
 */
export class DevServer {
  private group?: ProcessGroup;

  private constructor(
    readonly dbFile: string,
    readonly port: number,
    readonly namespace: string,
    readonly logFile: string,
    private readonly uiPort: number | undefined,
    private readonly startTimeoutMs: number,
  ) {}

  /** Starts it and resolves once its namespace answers. */
  static async start(o: DevServerOptions): Promise<DevServer> {
    const server = new DevServer(
      o.dbFile,
      o.port ?? (await freePort()),
      o.namespace ?? 'default',
      o.logFile ?? `${o.dbFile}.log`,
      o.uiPort,
      o.startTimeoutMs ?? 30_000,
    );
    await server.launch();
    return server;
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.group?.pid;
  }

  get running(): boolean {
    return this.group?.running ?? false;
  }

  /** SIGTERM, SIGKILL after `graceMs`. */
  async stop(graceMs = 10_000): Promise<Exit | undefined> {
    return this.group?.stop(graceMs);
  }

  /** SIGKILL: a crash, as far as the SQLite file is concerned. */
  async kill(): Promise<Exit | undefined> {
    return this.group?.kill();
  }

  /** Stops it if it runs, then starts it again on the same file and port. */
  async restart(): Promise<void> {
    await this.stop();
    await this.launch();
  }

  /** Runs the Temporal CLI against this server (`--address`, `--namespace` added); resolves to stdout. */
  cli(...args: string[]): Promise<string> {
    const full = [...args, '--address', this.address, '--namespace', this.namespace, '--command-timeout', '10s'];
    return new Promise((resolve, reject) => {
      execFile(cliPath(), full, { timeout: 15_000, encoding: 'utf8' }, (error, stdout, stderr) => {
        if (error) reject(new Error(`temporal ${args.join(' ')} failed: ${stderr || error.message}`));
        else resolve(stdout);
      });
    });
  }

  /** The end of the server's log, for failure messages. */
  logTail(chars = 4000): string {
    try {
      return readFileSync(this.logFile, 'utf8').slice(-chars);
    } catch {
      return '';
    }
  }

  private async launch(): Promise<void> {
    if (this.running) throw new Error(`the dev server on ${this.address} is already running`);
    const args = [
      'server',
      'start-dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(this.port),
      '--db-filename',
      this.dbFile,
      ...(this.uiPort === undefined ? ['--headless'] : ['--ui-ip', '127.0.0.1', '--ui-port', String(this.uiPort)]),
      ...(this.namespace === 'default' ? [] : ['--namespace', this.namespace]),
      '--log-format',
      'json',
      '--log-level',
      'warn',
      // As the SDK's own dev-server launcher sets them: updates on, no call home.
      '--dynamic-config-value',
      'frontend.enableUpdateWorkflowExecution=true',
      '--dynamic-config-value',
      'frontend.enableUpdateWorkflowExecutionAsyncAccepted=true',
      '--dynamic-config-value',
      'frontend.enableServerVersionCheck=false',
      // Registered when the file is new; a restart on the same file keeps them.
      ...devServerSearchAttributeFlags(),
    ];
    const log = openSync(this.logFile, 'a');
    try {
      this.group = ProcessGroup.spawn(cliPath(), args, {
        env: { ...process.env, TEMPORAL_VERSION_CHECK_DISABLED: '1' },
        stdio: ['ignore', log, log],
      });
    } finally {
      closeSync(log);
    }
    await this.waitUntilReady();
  }

  private async waitUntilReady(): Promise<void> {
    const group = this.group!;
    const deadline = Date.now() + this.startTimeoutMs;
    let lastError: unknown;
    let timedOut = false;
    while (group.running) {
      if (Date.now() > deadline) {
        timedOut = true;
        await group.kill();
        break;
      }
      try {
        const connection = await Connection.connect({ address: this.address, connectTimeout: '1s' });
        try {
          await connection.workflowService.describeNamespace({ namespace: this.namespace });
          return;
        } finally {
          await connection.close();
        }
      } catch (error) {
        lastError = error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    throw new Error(
      `dev server on ${this.address} not ready (${timedOut ? `not within ${this.startTimeoutMs} ms` : `exited ${JSON.stringify(group.exitStatus)}`}; ` +
        `last error: ${String(lastError)}); its log:\n${this.logTail()}`,
    );
  }
}
