import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePorts } from './free-port';
import { repoRoot } from './repo-root';

const ROOT = repoRoot();
const ARTIFACTS = join(ROOT, 'test', '.artifacts', 'containers');
const run = promisify(execFile);
/** Every container a test run starts carries this label, with the test process's pid. */
const RUN_LABEL = 'org.olievlek.test-run';

/** infra/container/ensure-podman.sh's containers.conf (runc, cgroupfs, no default ulimits). */
let containersConf: string | undefined;
function podmanEnv(): NodeJS.ProcessEnv {
  containersConf ??= execFileSync('bash', ['infra/container/ensure-podman.sh'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  return { ...process.env, CONTAINERS_CONF: containersConf };
}

async function podman(args: string[], timeoutMs = 120_000): Promise<string> {
  const { stdout } = await run('podman', args, {
    env: podmanEnv(),
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** `podman <args>` with our containers.conf; its stdout, trimmed. */
export function podmanSync(args: string[]): string {
  return execFileSync('podman', args, { env: podmanEnv(), encoding: 'utf8', timeout: 120_000 }).trim();
}

export interface ImageBuild {
  /** localhost/olievlek:<short sha>[-dirty] */
  image: string;
  /** Wall time of infra/container/build-image.sh: base image (mmdebstrap) when missing, then podman build. */
  seconds: number;
  /** What the script printed on stderr (mmdebstrap's and podman build's progress). */
  output: string;
}

/** infra/container/build-image.sh: the base image when missing, then the product's image from the working tree. */
export async function buildImage(timeoutMs = 1_500_000): Promise<ImageBuild> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = execFile(
      'bash',
      ['infra/container/build-image.sh'],
      { cwd: ROOT, env: podmanEnv(), timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          mkdirSync(ARTIFACTS, { recursive: true });
          writeFileSync(join(ARTIFACTS, 'build-image.log'), stderr);
          reject(new Error(`image build failed (${error.message}); log in test/.artifacts/containers/build-image.log`));
        } else resolve({ image: stdout.trim(), seconds: (Date.now() - started) / 1000, output: stderr });
      },
    );
    child.stdin?.end();
  });
}

/** Removes containers of earlier test runs whose process is gone (a run killed before its cleanup). */
export async function removeStaleContainers(): Promise<void> {
  const out = await podman(['ps', '-a', '--filter', `label=${RUN_LABEL}`, '--format', `{{.ID}} {{.Labels}}`]);
  for (const line of out.split('\n').filter(Boolean)) {
    const [id] = line.split(' ');
    const pid = Number(new RegExp(`${RUN_LABEL}:(\\d+)`).exec(line)?.[1]);
    if (pid && alive(pid)) continue;
    await podman(['rm', '-f', '-t', '0', id!]).catch(() => undefined);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export type ContainerRole = 'api' | 'worker' | 'migrate';

/** The image's entry points (the same the Helm chart's Deployments and Job run). */
const COMMANDS: Record<ContainerRole, string[]> = {
  api: ['node', 'dist/apps/api/src/main.js'],
  worker: ['node', 'dist/apps/worker/src/main.js'],
  migrate: ['node', 'dist/libs/persistence/src/migrate.js'],
};

export interface ContainerOptions {
  image: string;
  role: ContainerRole;
  /** Unique per test run; a random suffix is added. */
  name: string;
  temporalAddress: string;
  namespace?: string;
  databaseUrl: string;
  /**
   * More environment. The image runs NODE_ENV=production, which wants an OpenID Connect provider
   * and https webhooks; these tests run the image as `npm start` runs the code (development: local
   * tokens under AUTH_JWT_SECRET, http webhooks to loopback) unless `env` says otherwise.
   */
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

/**
 * One of the product's images as a podman container on the host's network (`--network=host`, so
 * it reaches the Temporal and PostgreSQL of the tests on 127.0.0.1), as a deployment runs it.
 * The API is ready once /health answers 200, the worker once it logs `worker running`.
 */
export class ProductContainer {
  private constructor(
    readonly name: string,
    readonly role: ContainerRole,
    /** The API's loopback port (api only). */
    readonly port?: number,
  ) {}

  static async start(o: ContainerOptions): Promise<ProductContainer> {
    const name = `${o.name}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    const [port, metricsPort] = await freePorts(2);
    const env: Record<string, string> = {
      NODE_ENV: 'development',
      TEMPORAL_ADDRESS: o.temporalAddress,
      TEMPORAL_NAMESPACE: o.namespace ?? 'default',
      DATABASE_URL: o.databaseUrl,
      LOG_FORMAT: 'json',
      LOG_LEVEL: o.role === 'api' ? 'warn' : 'info',
      ...(o.role === 'api'
        ? { HOST: '127.0.0.1', PORT: String(port), METRICS_PORT: String(metricsPort), METRICS_HOST: '127.0.0.1' }
        : {}),
      ...o.env,
    };
    await podman([
      'run',
      '--detach',
      '--name',
      name,
      '--network=host',
      '--label',
      `${RUN_LABEL}=${process.pid}`,
      ...Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`]),
      o.image,
      ...COMMANDS[o.role],
    ]);
    const container = new ProductContainer(name, o.role, o.role === 'api' ? port : undefined);
    const timeoutMs = o.startTimeoutMs ?? 120_000;
    const deadline = Date.now() + timeoutMs;
    while (!(await container.ready())) {
      if (!(await container.running())) {
        const logs = await container.saveLogs();
        throw new Error(
          `${o.role} container ${name} exited before it was ready (${await container.exitCode()}):\n${logs}`,
        );
      }
      if (Date.now() > deadline) {
        const logs = await container.saveLogs();
        await container.remove();
        throw new Error(`${o.role} container ${name} not ready within ${timeoutMs} ms:\n${logs}`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    return container;
  }

  get url(): string | undefined {
    return this.port ? `http://127.0.0.1:${this.port}` : undefined;
  }

  private async ready(): Promise<boolean> {
    if (this.role === 'api') {
      try {
        return (await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(5_000) })).status === 200;
      } catch {
        return false;
      }
    }
    return /"msg":"worker running"/.test(await this.logs());
  }

  async running(): Promise<boolean> {
    const out = await podman(['inspect', '--format', '{{.State.Running}}', this.name]).catch(() => 'false');
    return out.trim() === 'true';
  }

  async exitCode(): Promise<number | undefined> {
    const out = await podman(['inspect', '--format', '{{.State.ExitCode}}', this.name]).catch(() => '');
    return out.trim() === '' ? undefined : Number(out.trim());
  }

  /** Its stdout and stderr so far. */
  async logs(): Promise<string> {
    const { stdout, stderr } = await run('podman', ['logs', this.name], {
      env: podmanEnv(),
      maxBuffer: 64 * 1024 * 1024,
    }).catch(() => ({ stdout: '', stderr: '' }));
    return stdout + stderr;
  }

  /** Writes its logs to test/.artifacts/containers/<name>.log and returns them. */
  async saveLogs(): Promise<string> {
    const logs = await this.logs();
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, `${this.name}.log`), logs);
    return logs;
  }

  /** SIGTERM (the process drains as in a pod), SIGKILL after `graceMs`; resolves with its exit code. */
  async stop(graceMs = 15_000): Promise<number | undefined> {
    await podman(['stop', '-t', String(Math.ceil(graceMs / 1000)), this.name], graceMs + 30_000).catch(() => undefined);
    return this.exitCode();
  }

  /** SIGKILL: a crash. */
  async kill(): Promise<void> {
    await podman(['kill', '--signal', 'KILL', this.name]).catch(() => undefined);
  }

  /** Gone for good (logs too). */
  async remove(): Promise<void> {
    await podman(['rm', '--force', '--time', '0', this.name]).catch(() => undefined);
  }

  /** Stops and removes it; its logs go to test/.artifacts first when `keepLogs`. */
  async dispose(o: { keepLogs?: boolean } = {}): Promise<void> {
    await this.stop();
    if (o.keepLogs) await this.saveLogs();
    await this.remove();
  }
}

/** The read-model migrations as a one-off container (the Helm chart's pre-install Job). */
export async function migrateInContainer(o: {
  image: string;
  databaseUrl: string;
  env?: Record<string, string>;
}): Promise<void> {
  const name = `olievlek-migrate-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    await podman(
      [
        'run',
        '--name',
        name,
        '--network=host',
        '--label',
        `${RUN_LABEL}=${process.pid}`,
        '--env',
        `DATABASE_URL=${o.databaseUrl}`,
        ...Object.entries(o.env ?? {}).flatMap(([k, v]) => ['--env', `${k}=${v}`]),
        o.image,
        ...COMMANDS.migrate,
      ],
      180_000,
    );
  } catch (error) {
    const logs = await run('podman', ['logs', name], { env: podmanEnv() }).catch(() => ({ stdout: '', stderr: '' }));
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, `${name}.log`), logs.stdout + logs.stderr);
    throw new Error(`migrations in the image failed: ${(error as Error).message}\n${logs.stdout}${logs.stderr}`, {
      cause: error,
    });
  } finally {
    await podman(['rm', '--force', name]).catch(() => undefined);
  }
}

/** test/chaos/cluster.chaos-spec.ts's ProductLaunch is one (the containers keep their data inside). */
export interface ContainerLaunch {
  temporalAddress: string;
  namespace: string;
  databaseUrl: string;
  /** ESCALATION_WEBHOOK_URL of the workers. */
  webhookUrl?: string;
  /** AUTH_JWT_SECRET of the APIs: tokens minted with it are accepted. */
  jwtSecret: string;
  dataDir?: string;
}

/** Same shape as test/chaos/cluster.chaos-spec.ts's ProductInstance. */
export interface ContainerInstance {
  readonly url?: string;
  stop(): Promise<unknown>;
}

/**
 * The containers' counterpart of cluster.chaos-spec.ts's launchProduct: migrations in a one-off
 * container, then two worker and two API containers of `image` (buildImage()). `stop()` stops a
 * container, keeps its logs in test/.artifacts/containers and removes it.
 */
export async function launchProductContainers(
  o: ContainerLaunch,
  image: string,
  count = { apis: 2, workers: 2 },
): Promise<{ apis: ContainerInstance[]; workers: ContainerInstance[]; containers: ProductContainer[] }> {
  await migrateInContainer({ image, databaseUrl: o.databaseUrl });
  const common = {
    image,
    temporalAddress: o.temporalAddress,
    namespace: o.namespace,
    databaseUrl: o.databaseUrl,
    startTimeoutMs: 180_000,
  };
  const started = await Promise.allSettled([
    ...Array.from({ length: count.workers }, (_, i) =>
      ProductContainer.start({
        ...common,
        role: 'worker',
        name: `olievlek-worker-${i + 1}`,
        env: o.webhookUrl ? { ESCALATION_WEBHOOK_URL: o.webhookUrl } : {},
      }),
    ),
    ...Array.from({ length: count.apis }, (_, i) =>
      ProductContainer.start({
        ...common,
        role: 'api',
        name: `olievlek-api-${i + 1}`,
        env: { AUTH_JWT_SECRET: o.jwtSecret, RATE_LIMIT_MAX: '1000000' },
      }),
    ),
  ]);
  const containers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failure = started.find((s) => s.status === 'rejected');
  if (failure) {
    await Promise.all(containers.map((c) => c.dispose({ keepLogs: true })));
    throw failure.reason;
  }
  const instance = (c: ProductContainer): ContainerInstance => ({
    url: c.url,
    stop: () => c.dispose({ keepLogs: true }),
  });
  return {
    workers: containers.filter((c) => c.role === 'worker').map(instance),
    apis: containers.filter((c) => c.role === 'api').map(instance),
    containers,
  };
}
