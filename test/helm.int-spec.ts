import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiConfig } from '../apps/api/src/config';
import { loadWorkerConfig } from '../apps/worker/src/config';
import { PROGRAMME_SEARCH_ATTRIBUTES } from '../libs/contracts/src';
import { helm, helmBinary, offlineChartCopy, parseManifests, type K8sObject } from './support/helm';

// infra/helm/olievlek, linted and rendered by Helm (built from its Go module by
// infra/ensure-helm.sh), checked against what the apps actually read and run.

const ROOT = join(__dirname, '..');
const CHART = join(ROOT, 'infra/helm/olievlek');
const TEMPORAL_CHART = { name: 'temporal', version: '1.6.0' };

let home: string;
let chart: string;

beforeAll(() => {
  helmBinary();
  home = mkdtempSync(join(tmpdir(), 'olievlek-helm-'));
  chart = offlineChartCopy(CHART, home, [TEMPORAL_CHART]);
}, 1_800_000); // a first run builds Helm (minutes)

afterAll(() => {
  if (home) rmSync(home, { recursive: true, force: true });
});

/** The least a release needs: a database, a Temporal frontend, a token secret, a webhook signing secret. */
const WEBHOOK_SIGNING_SECRET = `whsec_${Buffer.alloc(33, 7).toString('base64')}`;
// What existing Secrets hold where the apps check the form of the value at boot.
const EXISTING_SECRETS: Record<string, string> = { 'olievlek-webhook-signing:secret': WEBHOOK_SIGNING_SECRET };
const MINIMAL = [
  '--set',
  `worker.webhookSigningSecret=${WEBHOOK_SIGNING_SECRET}`,
  '--set',
  'database.url=postgres://olievlek:secret@postgres:5432/olievlek',
  '--set',
  'temporalConnection.address=temporal-frontend.temporal:7233',
  '--set',
  'auth.jwtSecret=0123456789abcdef0123456789abcdef-dev',
];
const PRODUCTION = ['-f', join(CHART, 'ci/production-values.yaml')];
// The chart requires Kubernetes >= 1.25; offline, Helm assumes 1.20 unless told.
const KUBE = ['--kube-version', '1.31.0'];

function render(args: string[]): K8sObject[] {
  const run = helm(home, ['template', 'olievlek', chart, '--namespace', 'olievlek', ...KUBE, ...args]);
  if (run.status !== 0) throw new Error(`helm template failed: ${run.stderr}`);
  return parseManifests(home, run.stdout);
}

function renderError(args: string[]): string {
  const run = helm(home, ['template', 'olievlek', chart, ...KUBE, ...args]);
  expect(run.status).not.toBe(0);
  return run.stderr;
}

const find = (objects: K8sObject[], kind: string, name: string): K8sObject => {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in ${objects.map((o) => `${o.kind}/${o.metadata.name}`).join(', ')}`);
  return found;
};

/** Pod templates of everything that runs a pod. */
const podSpecs = (objects: K8sObject[]) =>
  objects
    .filter((o) => o.kind === 'Deployment' || o.kind === 'Job')
    .map((o) => ({ owner: `${o.kind}/${o.metadata.name}`, spec: o.spec.template.spec }));

/**
 * A container's environment as the kubelet would give it: its ConfigMaps and literal values,
 * Secrets from this release, and `<secret:key>` placeholders for Secrets that exist beforehand.
 */
function containerEnv(objects: K8sObject[], container: any): Record<string, string> {
  const env: Record<string, string> = {};
  for (const from of container.envFrom ?? [])
    Object.assign(env, find(objects, 'ConfigMap', from.configMapRef.name).data);
  for (const e of container.env ?? []) {
    const ref = e.valueFrom?.secretKeyRef;
    if (!ref) env[e.name] = e.value;
    else {
      const secret = objects.find((o) => o.kind === 'Secret' && o.metadata.name === ref.name);
      env[e.name] = secret
        ? secret.stringData[ref.key]
        : (EXISTING_SECRETS[`${ref.name}:${ref.key}`] ?? `<${ref.name}:${ref.key}>`);
    }
  }
  return env;
}

// Where each process reads its environment: the names the chart sets must occur there.
const sources = (files: string[]) => files.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
const SHARED_SOURCES = ['libs/platform/src/env.ts', 'libs/platform/src/temporal-connection.ts'];
const API_SOURCES = sources([...SHARED_SOURCES, 'apps/api/src/config.ts', 'libs/platform/src/auth-config.ts']);
const WORKER_SOURCES = sources([...SHARED_SOURCES, 'apps/worker/src/config.ts']);
const MIGRATE_SOURCES = sources(['libs/persistence/src/migrate.ts', ...SHARED_SOURCES]);

const apiContainer = (objects: K8sObject[]) =>
  find(objects, 'Deployment', 'olievlek-api').spec.template.spec.containers[0];
const workerContainer = (objects: K8sObject[]) =>
  find(objects, 'Deployment', 'olievlek-worker').spec.template.spec.containers[0];

describe('helm lint', () => {
  it('passes strictly with the minimal and the production-like values', () => {
    for (const values of [MINIMAL, PRODUCTION]) {
      const run = helm(home, ['lint', '--strict', chart, ...KUBE, ...values]);
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain('1 chart(s) linted, 0 chart(s) failed');
    }
  });

  it('names only the missing Temporal chart when linting the chart as committed (offline, dependency not fetched)', () => {
    const run = helm(home, ['lint', CHART, ...KUBE, ...MINIMAL]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\[WARNING\] .*chart directory is missing these dependencies: temporal/);
    expect(run.stdout.match(/\[(WARNING|ERROR)\]/g)).toHaveLength(1);
  });
});

describe('helm template with the minimal values', () => {
  let objects: K8sObject[];
  beforeAll(() => {
    objects = render(MINIMAL);
  });

  it('runs the API and the worker as separate Deployments of the same image, each with its own entry point', () => {
    const api = find(objects, 'Deployment', 'olievlek-api');
    const worker = find(objects, 'Deployment', 'olievlek-worker');
    expect(api.spec.selector.matchLabels).not.toEqual(worker.spec.selector.matchLabels);
    expect(apiContainer(objects).command).toEqual(['node', 'dist/apps/api/src/main.js']);
    expect(workerContainer(objects).command).toEqual(['node', 'dist/apps/worker/src/main.js']);
    expect(apiContainer(objects).image).toBe(workerContainer(objects).image);
    expect([api.spec.replicas, worker.spec.replicas]).toEqual([2, 2]);
    // The entry points exist in the build the image is made of.
    for (const { spec } of podSpecs(objects)) expect(existsSync(join(ROOT, spec.containers[0].command[1]))).toBe(true);
  });

  it('probes the API for liveness on /health/live and readiness on /health/ready; metrics on ports the Service leaves out', () => {
    const api = apiContainer(objects);
    expect(api.ports).toEqual([
      { name: 'http', containerPort: 3000, protocol: 'TCP' },
      { name: 'metrics', containerPort: 9464, protocol: 'TCP' },
    ]);
    expect(api.readinessProbe.httpGet).toEqual({ path: '/health/ready', port: 'http' });
    for (const probe of ['startupProbe', 'livenessProbe'])
      expect(api[probe].httpGet, probe).toEqual({ path: '/health/live', port: 'http' });
    const service = find(objects, 'Service', 'olievlek-api');
    expect(service.spec.ports).toEqual([{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]);
    expect(service.spec.selector).toEqual(find(objects, 'Deployment', 'olievlek-api').spec.selector.matchLabels);
    const worker = workerContainer(objects);
    expect(worker.ports).toEqual([{ name: 'metrics', containerPort: 9464, protocol: 'TCP' }]);
    expect(worker.livenessProbe.httpGet).toEqual({ path: '/health/live', port: 'metrics' });
    expect(worker.readinessProbe).toBeUndefined();
  });

  it('tells Prometheus where to scrape: annotations on the pods, a PodMonitor only when asked', () => {
    const annotations = (name: string) => find(objects, 'Deployment', name).spec.template.metadata.annotations;
    expect(annotations('olievlek-api')).toMatchObject({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': '9464',
      'prometheus.io/path': '/metrics',
    });
    expect(annotations('olievlek-worker')).toMatchObject({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': '9464',
      'prometheus.io/path': '/metrics',
    });
    expect(objects.some((o) => o.kind === 'PodMonitor')).toBe(false);

    // Metrics on the API's HTTP port, the worker's off, the SDK's exporter on: each scraped where it is.
    const other = render([
      ...MINIMAL,
      '--set',
      'api.metricsPort=0',
      '--set',
      'worker.metricsPort=0',
      '--set',
      'worker.temporalMetricsPort=9465',
      '--set',
      'metrics.podMonitor.enabled=true',
      '--set',
      'metrics.podMonitor.labels.release=kube-prometheus-stack',
    ]);
    expect(find(other, 'Deployment', 'olievlek-api').spec.template.metadata.annotations['prometheus.io/port']).toBe(
      '3000',
    );
    // The API serves it there only because the chart says so (METRICS_ON_API_PORT=true).
    expect(loadApiConfig(containerEnv(other, apiContainer(other))).metricsPort).toBeUndefined();
    expect(
      find(other, 'Deployment', 'olievlek-worker').spec.template.metadata.annotations['prometheus.io/scrape'],
    ).toBeUndefined();
    const monitor = find(other, 'PodMonitor', 'olievlek');
    expect(monitor.metadata.labels).toMatchObject({ release: 'kube-prometheus-stack' });
    expect(monitor.spec.podMetricsEndpoints.map((e: { port: string }) => e.port)).toEqual(['http', 'sdk-metrics']);
    // It selects the pods of both Deployments, and every port it names exists on one of them.
    const pods = ['olievlek-api', 'olievlek-worker'].map((name) => find(other, 'Deployment', name).spec.template);
    for (const pod of pods) expect(pod.metadata.labels).toMatchObject(monitor.spec.selector.matchLabels);
    const ports = pods.flatMap((pod) => pod.spec.containers[0].ports.map((p: { name: string }) => p.name));
    for (const e of monitor.spec.podMetricsEndpoints) expect(ports).toContain(e.port);
  });

  it("drains within the pods' grace periods: the API leaves rotation first, the worker lets activities finish", () => {
    const apiConfig = loadApiConfig(containerEnv(objects, apiContainer(objects)));
    const workerConfig = loadWorkerConfig(containerEnv(objects, workerContainer(objects)));
    const grace = (name: string) =>
      find(objects, 'Deployment', name).spec.template.spec.terminationGracePeriodSeconds * 1000;
    expect(apiConfig).toMatchObject({ metricsPort: 9464, metricsHost: '0.0.0.0', shutdownDelayMs: 5000 });
    expect(apiConfig.shutdownDelayMs).toBeLessThan(grace('olievlek-api'));
    expect(workerConfig).toMatchObject({ shutdownGraceMs: 20_000, metrics: { host: '0.0.0.0', port: 9464 } });
    expect(workerConfig.shutdownGraceMs).toBeLessThan(grace('olievlek-worker'));
  });

  it('sets only variables the apps read, and the apps boot on them', () => {
    const apiEnv = containerEnv(objects, apiContainer(objects));
    const workerEnv = containerEnv(objects, workerContainer(objects));
    for (const name of Object.keys(apiEnv)) expect(API_SOURCES, `API reads ${name}`).toContain(name);
    for (const name of Object.keys(workerEnv)) expect(WORKER_SOURCES, `worker reads ${name}`).toContain(name);

    const api = loadApiConfig(apiEnv);
    expect(api).toMatchObject({
      host: '0.0.0.0',
      port: 3000,
      databaseUrl: 'postgres://olievlek:secret@postgres:5432/olievlek',
      temporal: { address: 'temporal-frontend.temporal:7233', namespace: 'default' },
      auth: { local: { secret: '0123456789abcdef0123456789abcdef-dev' } },
    });
    expect(api.temporal.tls).toBeUndefined();
    expect(loadWorkerConfig(workerEnv)).toMatchObject({ databaseUrl: api.databaseUrl, temporal: api.temporal });
  });

  it('migrates the read model in a Job before the release installs or upgrades anything else', () => {
    const job = find(objects, 'Job', 'olievlek-migrations');
    expect(job.metadata.annotations!['helm.sh/hook']).toBe('pre-install,pre-upgrade');
    const container = job.spec.template.spec.containers[0];
    expect(container.command).toEqual(['node', 'dist/libs/persistence/src/migrate.js']);
    const env = containerEnv(objects, container);
    for (const name of Object.keys(env)) expect(MIGRATE_SOURCES, `migrate reads ${name}`).toContain(name);
    // Its own copy of the URL exists before the release's Secret does (pre-install), and is removed after.
    const copy = find(objects, 'Secret', 'olievlek-migrations');
    expect(copy.metadata.annotations).toMatchObject({
      'helm.sh/hook': 'pre-install,pre-upgrade',
      'helm.sh/hook-weight': '-10',
    });
    expect(copy.metadata.annotations!['helm.sh/hook-delete-policy']).toContain('hook-succeeded');
    expect(Number(copy.metadata.annotations!['helm.sh/hook-weight'])).toBeLessThan(
      Number(job.metadata.annotations!['helm.sh/hook-weight']),
    );
    expect(env.DATABASE_URL).toBe(containerEnv(objects, apiContainer(objects)).DATABASE_URL);
    // No Deployment is a hook: they roll out only after the pre-install/pre-upgrade hooks succeeded.
    for (const d of objects.filter((o) => o.kind === 'Deployment'))
      expect(d.metadata.annotations?.['helm.sh/hook']).toBeUndefined();
    // The chart's ServiceAccount is created after pre-install hooks: the job must not need it.
    expect(job.spec.template.spec.serviceAccountName).toBeUndefined();
  });

  it('runs every container as a non-root user with a read-only root file system, without privileges', () => {
    const pods = podSpecs(objects);
    expect(pods.length).toBeGreaterThanOrEqual(3);
    for (const { owner, spec } of pods) {
      expect(spec.securityContext, owner).toMatchObject({
        runAsNonRoot: true,
        runAsUser: 1000,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      expect(spec.automountServiceAccountToken, owner).toBe(false);
      for (const c of spec.containers) {
        expect(c.securityContext, `${owner} ${c.name}`).toEqual({
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        });
        expect(c.resources.requests, `${owner} ${c.name}`).toMatchObject({
          cpu: expect.any(String),
          memory: expect.any(String),
        });
        expect(c.resources.limits.memory, `${owner} ${c.name}`).toEqual(expect.any(String));
        // A writable /tmp on an emptyDir, since the root file system is read-only.
        expect(c.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
      }
    }
  });

  it('keeps one pod of each running through voluntary disruptions and rolls without losing capacity', () => {
    for (const component of ['api', 'worker']) {
      const pdb = find(objects, 'PodDisruptionBudget', `olievlek-${component}`);
      expect(pdb.spec.minAvailable).toBe(1);
      expect(pdb.spec.selector.matchLabels).toEqual(
        find(objects, 'Deployment', `olievlek-${component}`).spec.selector.matchLabels,
      );
      expect(find(objects, 'Deployment', `olievlek-${component}`).spec.strategy.rollingUpdate).toEqual({
        maxUnavailable: 0,
        maxSurge: 1,
      });
    }
    expect(objects.filter((o) => o.kind === 'HorizontalPodAutoscaler')).toEqual([]);
  });

  it('renders nothing of the Temporal chart while it is disabled, and registers no search attributes', () => {
    expect(objects.filter((o) => o.metadata.labels?.['app.kubernetes.io/name'] !== 'olievlek')).toEqual([]);
    expect(objects.find((o) => o.metadata.name === 'olievlek-search-attributes')).toBeUndefined();
  });
});

describe('helm template with the production-like values', () => {
  let objects: K8sObject[];
  beforeAll(() => {
    objects = render(PRODUCTION);
  });

  it('connects both processes to the external cluster over mTLS with the mounted client certificate', () => {
    for (const [container, deployment, load] of [
      [apiContainer(objects), 'olievlek-api', loadApiConfig],
      [workerContainer(objects), 'olievlek-worker', loadWorkerConfig],
    ] as const) {
      const config = load(containerEnv(objects, container));
      expect(config.temporal).toEqual({
        address: 'temporal-frontend.temporal.svc.cluster.local:7233',
        namespace: 'olievlek',
        tls: {
          clientCert: { path: '/etc/olievlek/temporal-tls/tls.crt' },
          clientKey: { path: '/etc/olievlek/temporal-tls/tls.key' },
          serverCa: { path: '/etc/olievlek/temporal-tls/ca.crt' },
          serverName: 'temporal-frontend.temporal.svc.cluster.local',
        },
      });
      expect(container.volumeMounts).toContainEqual({
        name: 'temporal-tls',
        mountPath: '/etc/olievlek/temporal-tls',
        readOnly: true,
      });
      const volumes = find(objects, 'Deployment', deployment).spec.template.spec.volumes;
      expect(volumes).toContainEqual({
        name: 'temporal-tls',
        secret: { secretName: 'olievlek-temporal-client-tls', defaultMode: 0o440 },
      });
    }
  });

  it('takes the database and identity provider from existing Secrets and settings, and creates no Secret', () => {
    const env = containerEnv(objects, apiContainer(objects));
    expect(env.DATABASE_URL).toBe('<olievlek-database:url>');
    expect(env.AUTH_JWT_SECRET).toBeUndefined();
    expect(loadApiConfig(env)).toMatchObject({
      logLevel: 'warn',
      graphqlIde: false,
      graphql: { introspection: false },
      auth: {
        oidc: {
          jwksUrl: 'https://login.example.org/realms/olievlek/protocol/openid-connect/certs',
          issuer: 'https://login.example.org/realms/olievlek',
          audience: 'olievlek-api',
        },
      },
    });
    expect(loadWorkerConfig(containerEnv(objects, workerContainer(objects)))).toMatchObject({
      escalationWebhookUrl: 'https://hooks.example.org/olievlek/escalations',
      escalationWebhookTimeoutMs: 5000,
    });
    expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
    const migrations = find(objects, 'Job', 'olievlek-migrations').spec.template.spec.containers[0];
    expect(containerEnv(objects, migrations).DATABASE_URL).toBe('<olievlek-database:url>');
  });

  it('scales the API and the worker with autoscalers instead of fixed replicas', () => {
    for (const [component, min, max] of [
      ['api', 3, 12],
      ['worker', 2, 6],
    ] as const) {
      const hpa = find(objects, 'HorizontalPodAutoscaler', `olievlek-${component}`);
      expect(hpa.spec).toMatchObject({
        scaleTargetRef: { kind: 'Deployment', name: `olievlek-${component}` },
        minReplicas: min,
        maxReplicas: max,
      });
      expect(find(objects, 'Deployment', `olievlek-${component}`).spec.replicas).toBeUndefined();
    }
  });

  it('registers exactly the search attributes of libs/contracts after install and upgrade, with the same connection', () => {
    const job = find(objects, 'Job', 'olievlek-search-attributes');
    expect(job.metadata.annotations!['helm.sh/hook']).toBe('post-install,post-upgrade');
    const container = job.spec.template.spec.containers[0];
    const script: string = container.args.join('\n');
    const registered = [...script.matchAll(/--name (\w+) --type (\w+)/g)].map((m) => [m[1], m[2]]);
    const cliType: Record<string, string> = { KEYWORD: 'Keyword', INT: 'Int' };
    expect(registered).toEqual(PROGRAMME_SEARCH_ATTRIBUTES.map((k) => [k.name, cliType[k.type]]));
    // The CLI reads the same TEMPORAL_* variables; its certificate files are mounted the same way.
    expect(container.envFrom).toEqual(apiContainer(objects).envFrom);
    expect(container.volumeMounts).toContainEqual({
      name: 'temporal-tls',
      mountPath: '/etc/olievlek/temporal-tls',
      readOnly: true,
    });
  });
});

describe('helm template for Temporal Cloud and for a cluster in the same release', () => {
  it('passes a Temporal Cloud API key from a Secret to both processes, which then use TLS', () => {
    const objects = render([
      ...MINIMAL,
      '--set',
      'temporalConnection.address=olievlek.a1b2c.tmprl.cloud:7233',
      '--set',
      'temporalConnection.namespace=olievlek.a1b2c',
      '--set',
      'temporalConnection.apiKey.existingSecret=temporal-cloud',
    ]);
    for (const container of [apiContainer(objects), workerContainer(objects)]) {
      expect(container.env).toContainEqual({
        name: 'TEMPORAL_API_KEY',
        valueFrom: { secretKeyRef: { name: 'temporal-cloud', key: 'api-key' } },
      });
      expect(loadWorkerConfig(containerEnv(objects, container)).temporal).toEqual({
        address: 'olievlek.a1b2c.tmprl.cloud:7233',
        namespace: 'olievlek.a1b2c',
        tls: {},
        apiKey: '<temporal-cloud:api-key>',
      });
    }
  });

  it("points at the frontend of Temporal's chart when it is enabled and no address is given", () => {
    const objects = render([
      '--set',
      'temporal.enabled=true',
      '--set',
      'database.url=postgres://p/o',
      '--set',
      'auth.jwtSecret=0123456789abcdef0123456789abcdef',
      '--set',
      `worker.webhookSigningSecret=${WEBHOOK_SIGNING_SECRET}`,
    ]);
    expect(find(objects, 'ConfigMap', 'olievlek').data.TEMPORAL_ADDRESS).toBe('olievlek-temporal-frontend:7233');
  });
});

describe('helm template refuses a release the apps would refuse', () => {
  const DB = ['--set', 'database.url=postgres://p/o'];
  const TEMPORAL = ['--set', 'temporalConnection.address=t:7233'];
  const JWT = ['--set', 'auth.jwtSecret=0123456789abcdef0123456789abcdef'];
  it.each([
    [
      'the chart defaults alone',
      [],
      /database.url .* is required.*\n- temporalConnection.address is required.*\n- auth.jwksUrl .* is required/,
    ],
    ['no database', [...TEMPORAL, ...JWT], /database.url or database.existingSecret is required/],
    ['no Temporal address', [...DB, ...JWT], /temporalConnection.address is required/],
    ['no way to check tokens', [...DB, ...TEMPORAL], /auth.jwksUrl .* or auth.jwtSecret .* is required/],
    [
      'two ways to check tokens',
      [...MINIMAL, '--set', 'auth.jwksUrl=https://idp/certs', '--set', 'auth.issuer=i', '--set', 'auth.audience=a'],
      /set auth.jwksUrl or an HS256 secret/,
    ],
    ['a short token secret', [...MINIMAL, '--set', 'auth.jwtSecret=short'], /auth.jwtSecret must be at least 32 bytes/],
  ])('%s', (_case, args, message) => {
    expect(renderError(args as string[])).toMatch(message);
  });
});

describe('helm template: signed escalation deliveries (issue 14)', () => {
  it('gives the worker WEBHOOK_SIGNING_SECRET from a Secret, as the image (NODE_ENV=production) requires', () => {
    const objects = render(MINIMAL);
    const env = containerEnv(objects, workerContainer(objects));
    expect(env.WEBHOOK_SIGNING_SECRET).toBe(WEBHOOK_SIGNING_SECRET);
    expect(loadWorkerConfig({ ...env, NODE_ENV: 'production' })).toMatchObject({
      webhookMode: 'production',
      webhookSigning: { secret: WEBHOOK_SIGNING_SECRET },
    });
  });

  it('refuses a release without a signing secret, or with one that is not whsec_', () => {
    expect(renderError(MINIMAL.slice(2))).toMatch(/worker.webhookSigningSecret or worker.webhookSigningExistingSecret/);
    expect(renderError([...MINIMAL, '--set', 'worker.webhookSigningSecret=geheim'])).toMatch(/must be whsec_/);
  });
});
