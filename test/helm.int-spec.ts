import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiConfig } from '../apps/api/src/config';
import { loadWorkerConfig } from '../apps/worker/src/config';
import { PROGRAMME_SEARCH_ATTRIBUTES } from '../libs/contracts/src';
import { loadMailConfig } from '../libs/mail/src';
import { loadWebhookPolicy } from '../libs/webhooks/src';
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

const set = (values: Record<string, string | number>) =>
  Object.entries(values).flatMap(([key, value]) => ['--set', `${key}=${value}`]);

/**
 * The least a release needs: a webhook signing secret, a database, a Temporal frontend, the
 * identity provider whose tokens the API accepts, and the API's public address.
 */
const WEBHOOK_SIGNING_SECRET = `whsec_${Buffer.alloc(33, 7).toString('base64')}`;
const IDP = 'https://login.example.org/realms/olievlek';
const AUTH = set({
  'auth.jwksUrl': `${IDP}/protocol/openid-connect/certs`,
  'auth.issuer': IDP,
  'auth.audience': 'olievlek-api',
});
const PUBLIC_URL = set({ publicUrl: 'https://olievlek.example.org' });
// Dummy values of the Secrets that exist beforehand, of the form the apps check at boot.
const EXISTING_SECRETS: Record<string, string> = {
  'olievlek-webhook-signing:secret': WEBHOOK_SIGNING_SECRET,
  'olievlek-oidc:client-secret': 'dummy-client-secret',
  'olievlek-oidc:cookie-secret': 'dummy-cookie-secret-of-at-least-32-bytes',
  'olievlek-mail:smtp-url': 'smtps://olievlek:dummy-password@smtp.example.org:465',
};
const MINIMAL = [
  ...set({
    'worker.webhookSigningSecret': WEBHOOK_SIGNING_SECRET,
    'database.url': 'postgres://olievlek:secret@postgres:5432/olievlek',
    'temporalConnection.address': 'temporal-frontend.temporal:7233',
  }),
  ...AUTH,
  ...PUBLIC_URL,
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
const API_SOURCES = sources([
  ...SHARED_SOURCES,
  'apps/api/src/config.ts',
  'libs/platform/src/auth-config.ts',
  'apps/api/src/auth/oidc/oidc.config.ts',
  'libs/mail/src/mail-config.ts',
  'libs/webhooks/src/webhook-policy.ts',
  'apps/api/src/members/members.module.ts',
]);
const WORKER_SOURCES = sources([...SHARED_SOURCES, 'apps/worker/src/config.ts']);
const MIGRATE_SOURCES = sources(['libs/persistence/src/migrate.ts', ...SHARED_SOURCES]);

/**
 * The ENV of the image's runtime stage (infra/docker/Dockerfile): what a container starts with,
 * beneath the variables its pod sets. NODE_ENV=production comes from here too.
 */
function imageEnv(): Record<string, string> {
  const dockerfile = readFileSync(join(ROOT, 'infra/docker/Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const runtime = dockerfile.split(/^FROM /m).at(-1)!;
  const env: Record<string, string> = {};
  for (const line of runtime.split('\n')) {
    const instruction = /^ENV\s+(.*)$/.exec(line.trim());
    if (!instruction) continue;
    for (const [, name, value] of instruction[1]!.matchAll(/(\w+)=("[^"]*"|\S+)/g))
      env[name!] = value!.replace(/^"|"$/g, '');
  }
  return env;
}
const IMAGE_ENV = imageEnv();

/** A container's whole environment as the process sees it: the image's, then its pod's. */
const processEnv = (objects: K8sObject[], container: any) => ({ ...IMAGE_ENV, ...containerEnv(objects, container) });

/**
 * Everything the API reads from its environment while it boots, each with the API's own loader:
 * config.ts (HTTP, Temporal, tokens, browser sign-in), the MailModule (MAIL_*), the
 * ProgrammeService's webhook policy and the MembersModule's invitation validity (P2). Throws where
 * the API would refuse to start.
 */
function bootApi(env: Record<string, string>) {
  const config = loadApiConfig(env);
  const mail = loadMailConfig(env);
  const webhooks = loadWebhookPolicy(env);
  // MembersModule: Number(INVITATION_VALID_DAYS ?? 14), unchecked there.
  const invitationValidDays = Number(env.INVITATION_VALID_DAYS ?? 14);
  if (!Number.isInteger(invitationValidDays) || invitationValidDays < 1)
    throw new Error(`INVITATION_VALID_DAYS: not a whole number of days: ${env.INVITATION_VALID_DAYS}`);
  return { config, mail, webhooks, invitationValidDays, publicUrl: env.PUBLIC_URL };
}

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

    // As the processes see it: beneath the pod's variables, the image's (NODE_ENV=production).
    const { config: api } = bootApi(processEnv(objects, apiContainer(objects)));
    expect(api).toMatchObject({
      host: '0.0.0.0',
      port: 3000,
      databaseUrl: 'postgres://olievlek:secret@postgres:5432/olievlek',
      temporal: { address: 'temporal-frontend.temporal:7233', namespace: 'default' },
      auth: { oidc: { jwksUrl: `${IDP}/protocol/openid-connect/certs`, issuer: IDP, audience: 'olievlek-api' } },
    });
    expect(api.auth.local).toBeUndefined();
    expect(api.oidc).toBeUndefined();
    expect(api.temporal.tls).toBeUndefined();
    expect(loadWorkerConfig(processEnv(objects, workerContainer(objects)))).toMatchObject({
      databaseUrl: api.databaseUrl,
      temporal: api.temporal,
      webhookMode: 'production',
    });
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

  it('takes the database, sign-in and mail secrets from existing Secrets and settings, and creates no Secret', () => {
    const env = processEnv(objects, apiContainer(objects));
    expect(env.DATABASE_URL).toBe('<olievlek-database:url>');
    expect(env.AUTH_JWT_SECRET).toBeUndefined();
    expect(bootApi(env).config).toMatchObject({
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
    expect(loadWorkerConfig(processEnv(objects, workerContainer(objects)))).toMatchObject({
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
    for (const [container, load] of [
      [apiContainer(objects), (env: Record<string, string>) => bootApi(env).config],
      [workerContainer(objects), loadWorkerConfig],
    ] as const) {
      expect(container.env).toContainEqual({
        name: 'TEMPORAL_API_KEY',
        valueFrom: { secretKeyRef: { name: 'temporal-cloud', key: 'api-key' } },
      });
      expect(load(processEnv(objects, container)).temporal).toEqual({
        address: 'olievlek.a1b2c.tmprl.cloud:7233',
        namespace: 'olievlek.a1b2c',
        tls: {},
        apiKey: '<temporal-cloud:api-key>',
      });
    }
  });

  it("points at the frontend of Temporal's chart when it is enabled and no address is given", () => {
    const objects = render([
      ...set({
        'temporal.enabled': 'true',
        'database.url': 'postgres://p/o',
        'worker.webhookSigningSecret': WEBHOOK_SIGNING_SECRET,
      }),
      ...AUTH,
      ...PUBLIC_URL,
    ]);
    expect(find(objects, 'ConfigMap', 'olievlek').data.TEMPORAL_ADDRESS).toBe('olievlek-temporal-frontend:7233');
  });
});

describe('helm template refuses a release the apps would refuse', () => {
  const DB = set({ 'database.url': 'postgres://p/o' });
  const TEMPORAL = set({ 'temporalConnection.address': 't:7233' });
  const SIGNING = set({ 'worker.webhookSigningSecret': WEBHOOK_SIGNING_SECRET });
  it.each([
    [
      'the chart defaults alone',
      [],
      new RegExp(
        [
          'database.url or database.existingSecret is required',
          'temporalConnection.address is required',
          'auth.jwksUrl is required',
          'auth.issuer is required',
          'auth.audience is required',
          'publicUrl is required',
          'worker.webhookSigningSecret or worker.webhookSigningExistingSecret is required',
        ].join('.*\\n- '),
      ),
    ],
    [
      'no database',
      [...TEMPORAL, ...AUTH, ...PUBLIC_URL, ...SIGNING],
      /database.url or database.existingSecret is required/,
    ],
    ['no Temporal address', [...DB, ...AUTH, ...PUBLIC_URL, ...SIGNING], /temporalConnection.address is required/],
  ])('%s', (_case, args, message) => {
    expect(renderError(args as string[])).toMatch(message);
  });
});

describe('helm template: people and access in production (issue 14)', () => {
  const SIGN_IN = set({ 'oidc.issuerUrl': IDP, 'oidc.clientId': 'olievlek-web' });
  const COOKIE = set({ 'oidc.cookieSecret': 'a-cookie-secret-of-at-least-32-bytes!' });
  const MAIL = set({ 'mail.smtpUrl': 'smtps://olievlek:pw@smtp.example.org:465', 'mail.from': 'noreply@example.org' });
  const without = (args: string[], key: string) => {
    const i = args.findIndex((a) => a.startsWith(`${key}=`));
    return [...args.slice(0, i - 1), ...args.slice(i + 1)];
  };

  // What each value becomes: one release with every secret given as a value, marked so a leak shows.
  const SECRETS = {
    databaseUrl: 'postgres://olievlek:leak-marker-database@postgres:5432/olievlek',
    clientSecret: 'leak-marker-oidc-client-secret',
    cookieSecret: 'leak-marker-oidc-cookie-secret-0123456789',
    smtpUrl: 'smtps://olievlek:leak-marker-smtp-password@smtp.example.org:465',
  };
  const FULL = [
    ...MINIMAL,
    ...set({
      'database.url': SECRETS.databaseUrl,
      'oidc.issuerUrl': IDP,
      'oidc.clientId': 'olievlek-web',
      'oidc.clientSecret': SECRETS.clientSecret,
      'oidc.cookieSecret': SECRETS.cookieSecret,
      'oidc.scopes': 'openid profile email',
      'oidc.sessionTtlHours': 4,
      'oidc.sessionIdleMinutes': 20,
      'mail.smtpUrl': SECRETS.smtpUrl,
      'mail.from': 'Olievlek <noreply@olievlek.example.org>',
      'mail.messageIdDomain': 'mail.olievlek.example.org',
      invitationValidDays: 7,
    }),
    '--set-json',
    'webhookAllowedHosts=["hooks.internal","10.20.0.0/16"]',
  ];
  let objects: K8sObject[];
  beforeAll(() => {
    objects = render(FULL);
  });

  it('gives the API pod the provider, sign-in, mail, invitation and webhook settings, and NODE_ENV=production', () => {
    const env = containerEnv(objects, apiContainer(objects));
    expect(env).toMatchObject({
      NODE_ENV: 'production',
      AUTH_JWKS_URL: `${IDP}/protocol/openid-connect/certs`,
      AUTH_ISSUER: IDP,
      AUTH_AUDIENCE: 'olievlek-api',
      PUBLIC_URL: 'https://olievlek.example.org',
      OIDC_ISSUER_URL: IDP,
      OIDC_CLIENT_ID: 'olievlek-web',
      OIDC_CLIENT_SECRET: SECRETS.clientSecret,
      OIDC_COOKIE_SECRET: SECRETS.cookieSecret,
      OIDC_SCOPES: 'openid profile email',
      SESSION_TTL_HOURS: '4',
      SESSION_IDLE_MINUTES: '20',
      MAIL_SMTP_URL: SECRETS.smtpUrl,
      MAIL_FROM: 'Olievlek <noreply@olievlek.example.org>',
      MAIL_MESSAGE_ID_DOMAIN: 'mail.olievlek.example.org',
      INVITATION_VALID_DAYS: '7',
      WEBHOOK_ALLOWED_HOSTS: 'hooks.internal,10.20.0.0/16',
    });
    for (const name of ['AUTH_JWT_SECRET', 'AUTH_LOCAL_ISSUER']) expect(env[name], name).toBeUndefined();
    // The image says the same, so the pods are in production mode either way.
    expect(IMAGE_ENV).toMatchObject({ NODE_ENV: 'production', OLIEVLEK_DATA_DIR: '/tmp/olievlek' });
  });

  it('gives the worker the same webhook allow-list and NODE_ENV, and none of the API-only settings', () => {
    const env = containerEnv(objects, workerContainer(objects));
    expect(env.NODE_ENV).toBe('production');
    expect(env.WEBHOOK_ALLOWED_HOSTS).toBe(containerEnv(objects, apiContainer(objects)).WEBHOOK_ALLOWED_HOSTS);
    expect(Object.keys(env).filter((name) => /^(AUTH|OIDC|MAIL|SESSION)_|^PUBLIC_URL$|^INVITATION/.test(name))).toEqual(
      [],
    );
    expect(loadWorkerConfig(processEnv(objects, workerContainer(objects)))).toMatchObject({
      webhookMode: 'production',
      webhookAllowedHosts: ['hooks.internal', '10.20.0.0/16'],
    });
  });

  it('boots: the API reads the rendered environment with its own loaders without a config error', () => {
    const env = processEnv(objects, apiContainer(objects));
    for (const name of Object.keys(containerEnv(objects, apiContainer(objects))))
      expect(API_SOURCES, `API reads ${name}`).toContain(name);
    const boot = bootApi(env);
    expect(boot.config.auth).toEqual({
      oidc: { jwksUrl: `${IDP}/protocol/openid-connect/certs`, issuer: IDP, audience: 'olievlek-api' },
    });
    expect(boot.config.oidc).toMatchObject({
      issuerUrl: IDP,
      clientId: 'olievlek-web',
      clientSecret: SECRETS.clientSecret,
      cookieSecret: SECRETS.cookieSecret,
      publicUrl: 'https://olievlek.example.org',
      callbackUrl: 'https://olievlek.example.org/auth/callback',
      secureCookies: true,
      sessionTtlMs: 4 * 3600_000,
      sessionIdleMs: 20 * 60_000,
    });
    expect(boot.mail).toEqual({
      smtpUrl: SECRETS.smtpUrl,
      from: 'Olievlek <noreply@olievlek.example.org>',
      messageIdDomain: 'mail.olievlek.example.org',
      pollMs: 1000,
      maxAttempts: 10,
    });
    expect(boot.webhooks).toEqual({ mode: 'production', allowedHosts: ['hooks.internal', '10.20.0.0/16'] });
    expect(boot.invitationValidDays).toBe(7);
    expect(boot.publicUrl).toBe('https://olievlek.example.org');
  });

  it('boots with the production-like values, whose secrets come from existing Secrets (dummy values here)', () => {
    const production = render(PRODUCTION);
    const boot = bootApi(processEnv(production, apiContainer(production)));
    expect(boot.config.oidc).toMatchObject({
      clientId: 'olievlek-web',
      clientSecret: EXISTING_SECRETS['olievlek-oidc:client-secret'],
      cookieSecret: EXISTING_SECRETS['olievlek-oidc:cookie-secret'],
      publicUrl: 'https://olievlek.example.org',
    });
    expect(boot.mail.smtpUrl).toBe(EXISTING_SECRETS['olievlek-mail:smtp-url']);
    expect(boot.webhooks).toEqual({ mode: 'production', allowedHosts: ['hooks.internal.example.org'] });
    expect(loadWorkerConfig(processEnv(production, workerContainer(production))).webhookAllowedHosts).toEqual(
      boot.webhooks.allowedHosts,
    );
  });

  it('keeps every secret out of ConfigMaps and plain values: the pods get them by secretKeyRef only', () => {
    const secretVariables = [
      'DATABASE_URL',
      'WEBHOOK_SIGNING_SECRET',
      'OIDC_CLIENT_SECRET',
      'OIDC_COOKIE_SECRET',
      'MAIL_SMTP_URL',
      'TEMPORAL_API_KEY',
    ];
    const values = [...Object.values(SECRETS), WEBHOOK_SIGNING_SECRET];
    const release = objects.find((o) => o.kind === 'Secret' && o.metadata.name === 'olievlek')!;
    expect(Object.values(release.stringData).sort()).toEqual(values.sort());
    // Nothing but a Secret holds a secret's value: not a ConfigMap, an env value, an annotation.
    for (const o of objects.filter((o) => o.kind !== 'Secret')) {
      const text = JSON.stringify(o);
      for (const value of values) expect(text, `${o.kind}/${o.metadata.name}`).not.toContain(value);
      for (const marker of text.match(/leak-marker-[\w-]+/g) ?? [])
        expect.fail(`${marker} in ${o.kind}/${o.metadata.name}`);
    }
    for (const { owner, spec } of [...podSpecs(objects), ...podSpecs(render(PRODUCTION))])
      for (const c of spec.containers)
        for (const e of c.env ?? [])
          if (secretVariables.includes(e.name)) {
            expect(e.value, `${owner} ${e.name}`).toBeUndefined();
            expect(Object.keys(e.valueFrom), `${owner} ${e.name}`).toEqual(['secretKeyRef']);
          }
  });

  it('builds a public client (PKCE only) from an existing Secret without a client secret key', () => {
    const rendered = render([
      ...MINIMAL,
      ...SIGN_IN,
      ...set({ 'oidc.existingSecret': 'olievlek-oidc', 'oidc.existingSecretClientSecretKey': '' }),
    ]);
    const env = processEnv(rendered, apiContainer(rendered));
    expect(env.OIDC_CLIENT_SECRET).toBeUndefined();
    expect(bootApi(env).config.oidc).not.toHaveProperty('clientSecret');
    expect(apiContainer(rendered).env).toContainEqual({
      name: 'OIDC_COOKIE_SECRET',
      valueFrom: { secretKeyRef: { name: 'olievlek-oidc', key: 'cookie-secret' } },
    });
  });

  it.each([
    ['no jwksUrl', without(MINIMAL, 'auth.jwksUrl'), /auth.jwksUrl is required/],
    ['no issuer', without(MINIMAL, 'auth.issuer'), /auth.issuer is required/],
    ['no audience', without(MINIMAL, 'auth.audience'), /auth.audience is required/],
    [
      'a jwksUrl over http',
      [...MINIMAL, ...set({ 'auth.jwksUrl': 'http://idp/certs' })],
      /auth.jwksUrl must be an https URL/,
    ],
    ['the local issuer', [...MINIMAL, ...set({ 'auth.issuer': 'olievlek-local' })], /must not be olievlek-local/],
    [
      'auth.jwtSecret set (the chart before issue 14)',
      [...MINIMAL, ...set({ 'auth.jwtSecret': '0123456789abcdef0123456789abcdef' })],
      /auth.jwtSecret \/ auth.existingSecret are no longer supported: .*refuses it/,
    ],
    [
      'auth.existingSecret set',
      [...MINIMAL, ...set({ 'auth.existingSecret': 'olievlek-auth' })],
      /auth.jwtSecret \/ auth.existingSecret are no longer supported/,
    ],
    ['no publicUrl', without(MINIMAL, 'publicUrl'), /publicUrl is required/],
    [
      'an http publicUrl',
      [...MINIMAL, ...set({ publicUrl: 'http://olievlek.example.org' })],
      /publicUrl must be an https URL/,
    ],
    [
      'a publicUrl with a path',
      [...MINIMAL, ...set({ publicUrl: 'https://example.org/olievlek' })],
      /publicUrl must be an origin only/,
    ],
    [
      'sign-in without a cookie secret',
      [...MINIMAL, ...SIGN_IN],
      /oidc.cookieSecret or oidc.existingSecret is required with oidc.issuerUrl/,
    ],
    [
      'sign-in without a client id',
      [...MINIMAL, ...COOKIE, ...set({ 'oidc.issuerUrl': IDP })],
      /oidc.clientId is required/,
    ],
    [
      'a short cookie secret',
      [...MINIMAL, ...SIGN_IN, ...set({ 'oidc.cookieSecret': 'short' })],
      /oidc.cookieSecret must be at least 32 bytes/,
    ],
    [
      'sign-in over http',
      [...MINIMAL, ...COOKIE, ...SIGN_IN, ...set({ 'oidc.issuerUrl': 'http://idp' })],
      /oidc.issuerUrl must be an https URL/,
    ],
    ['sign-in secrets without an issuer', [...MINIMAL, ...COOKIE], /oidc.issuerUrl is empty/],
    [
      'both a sign-in Secret and values',
      [...MINIMAL, ...SIGN_IN, ...COOKIE, ...set({ 'oidc.existingSecret': 'olievlek-oidc' })],
      /set oidc.existingSecret or oidc.clientSecret \/ oidc.cookieSecret, not both/,
    ],
    [
      'mail in clear text',
      [...MINIMAL, ...MAIL, ...set({ 'mail.smtpUrl': 'smtp://smtp.example.org:25' })],
      /mail.smtpUrl must be smtps:\/\/… or smtp:\/\/…\?requireTLS=true/,
    ],
    [
      'mail without a certificate check',
      [...MINIMAL, ...MAIL, ...set({ 'mail.smtpUrl': 'smtps://smtp.example.org?tls.rejectUnauthorized=false' })],
      /may not turn off TLS or its certificate check/,
    ],
    ['mail without a From', without([...MINIMAL, ...MAIL], 'mail.from'), /mail.from is required/],
    ['invitations valid for 0 days', [...MINIMAL, ...set({ invitationValidDays: 0 })], /invitationValidDays must be/],
    ['invitations valid for 91 days', [...MINIMAL, ...set({ invitationValidDays: 91 })], /invitationValidDays must be/],
    [
      'a secret as a plain api.env value',
      [...MINIMAL, ...set({ 'api.env.OIDC_COOKIE_SECRET': 'x'.repeat(40) })],
      /api.env.OIDC_COOKIE_SECRET: set by the chart/,
    ],
    [
      'the allow-list for the worker alone',
      [...MINIMAL, ...set({ 'worker.env.WEBHOOK_ALLOWED_HOSTS': 'hooks.internal' })],
      /worker.env.WEBHOOK_ALLOWED_HOSTS: set by the chart/,
    ],
    [
      'another NODE_ENV',
      [...MINIMAL, ...set({ 'api.env.NODE_ENV': 'development' })],
      /api.env.NODE_ENV: set by the chart/,
    ],
  ])('refuses %s', (_case, args, message) => {
    expect(renderError(args as string[])).toMatch(message);
  });

  // The chart refuses these at install because the API would refuse them at boot (NODE_ENV=production).
  it.each([
    ['AUTH_JWT_SECRET', { AUTH_JWT_SECRET: '0123456789abcdef0123456789abcdef' }, /AUTH_JWT_SECRET/],
    ['no OIDC_COOKIE_SECRET', { OIDC_COOKIE_SECRET: '' }, /OIDC_COOKIE_SECRET/],
    ['an http PUBLIC_URL', { PUBLIC_URL: 'http://olievlek.example.org' }, /PUBLIC_URL/],
    ['mail in clear text', { MAIL_SMTP_URL: 'smtp://smtp.example.org:25' }, /MAIL_SMTP_URL/],
  ])('agrees with the API, which refuses to boot with %s', (_case, change, message) => {
    const env = processEnv(objects, apiContainer(objects));
    expect(() => bootApi(env)).not.toThrow();
    expect(() => bootApi({ ...env, ...change })).toThrow(message);
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

describe("the topology of a real cluster (issue 18): Temporal's own chart, the product pointing at its frontend", () => {
  const TEMPORAL_VALUES = join(ROOT, 'infra/helm/temporal/values.yaml');
  const SERVICES = ['frontend', 'history', 'matching', 'worker'] as const;

  /** A values file as Helm reads it (through a throw-away chart that prints `.Values` as JSON). */
  function valuesOf(file: string): any {
    const dir = mkdtempSync(join(home, 'values-'));
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: values\nversion: 0.0.0\n');
    writeFileSync(join(dir, 'templates', 'values.yaml'), '{{ toJson .Values }}');
    const run = helm(home, ['template', 'values', dir, '-f', file]);
    if (run.status !== 0) throw new Error(`reading ${file} failed: ${run.stderr}`);
    return JSON.parse(
      run.stdout
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .join(''),
    );
  }

  /** What Temporal's chart makes of the values: the four services, stores and namespaces. */
  function cluster(server: any) {
    const { persistence, namespaces } = server.config;
    return {
      replicas: Object.fromEntries(SERVICES.map((s) => [s, server[s]?.replicaCount ?? server.replicaCount ?? 1])),
      disabled: SERVICES.filter((s) => server[s]?.enabled === false),
      stores: [persistence.defaultStore, persistence.visibilityStore].map((name: string) => {
        const store = persistence.datastores[name];
        return { kinds: Object.keys(store), plugin: store.sql?.pluginName, manageSchema: store.sql?.manageSchema };
      }),
      namespaces: namespaces.create ? namespaces.namespace.map((n: { name: string }) => n.name) : [],
    };
  }

  it('runs the four services on PostgreSQL persistence and SQL visibility, schemas by the chart, the namespace created', () => {
    const temporal = cluster(valuesOf(TEMPORAL_VALUES).server);
    expect(temporal.disabled).toEqual([]);
    for (const s of SERVICES) expect(temporal.replicas[s], s).toBeGreaterThanOrEqual(1);
    // History holds the shards: more than one replica, so one pod's loss is not an outage.
    expect(temporal.replicas.history).toBeGreaterThan(1);
    expect(temporal.stores).toEqual([
      { kinds: ['sql'], plugin: 'postgres12', manageSchema: true },
      { kinds: ['sql'], plugin: 'postgres12', manageSchema: true },
    ]);
    expect(temporal.namespaces).toContain('olievlek');
  });

  it('points the API, the worker and the search-attribute Job of a separate release at that frontend and namespace', () => {
    const objects = render(['-f', join(CHART, 'examples/temporal-cluster-values.yaml')]);
    const config = find(objects, 'ConfigMap', 'olievlek').data;
    // Temporal's chart names its frontend Service <release>-frontend: release `temporal`, namespace `temporal`.
    expect(config.TEMPORAL_ADDRESS).toBe('temporal-frontend.temporal:7233');
    expect(cluster(valuesOf(TEMPORAL_VALUES).server).namespaces).toContain(config.TEMPORAL_NAMESPACE);
    const env = (container: any) => ({
      ...processEnv(objects, container),
      WEBHOOK_SIGNING_SECRET: WEBHOOK_SIGNING_SECRET,
    });
    const temporal = { address: 'temporal-frontend.temporal:7233', namespace: 'olievlek' };
    expect(bootApi(env(apiContainer(objects))).config.temporal).toEqual(temporal);
    expect(loadWorkerConfig(env(workerContainer(objects))).temporal).toEqual(temporal);
    expect(find(objects, 'Job', 'olievlek-search-attributes').spec.template.spec.containers[0].envFrom).toEqual(
      apiContainer(objects).envFrom,
    );
  });

  it("lets Temporal's Web UI read compressed payloads through the API's codec endpoint, from the origin the API allows", () => {
    const example = join(CHART, 'examples/temporal-cluster-values.yaml');
    const objects = render(['-f', example]);
    const api = bootApi({ ...processEnv(objects, apiContainer(objects)), WEBHOOK_SIGNING_SECRET });
    expect(api.config.temporalUiOrigins).toEqual(['http://localhost:8080']);
    const web = valuesOf(TEMPORAL_VALUES).web.additionalEnv as Array<{ name: string; value: string }>;
    expect(web.find((e) => e.name === 'TEMPORAL_CODEC_ENDPOINT')?.value).toBe(
      `${valuesOf(example).publicUrl}/temporal-codec`,
    );
    expect(renderError([...MINIMAL, '--set-json', 'temporalUiOrigins=["https://temporal.example.org/ui"]'])).toMatch(
      /temporalUiOrigins: https:\/\/temporal.example.org\/ui is not an origin/,
    );
  });

  it("with Temporal's chart in the same release: the same topology, the product at the release's frontend", () => {
    const example = join(CHART, 'examples/with-temporal-values.yaml');
    const values = valuesOf(example);
    const temporal = cluster(values.temporal.server);
    expect(temporal.disabled).toEqual([]);
    expect(temporal.stores.map((s: { kinds: string[]; plugin: string }) => [s.kinds, s.plugin])).toEqual([
      [['sql'], 'postgres12'],
      [['sql'], 'postgres12'],
    ]);
    const objects = render(['-f', example]);
    const config = find(objects, 'ConfigMap', 'olievlek').data;
    expect(config.TEMPORAL_ADDRESS).toBe('olievlek-temporal-frontend:7233');
    expect(temporal.namespaces).toContain(config.TEMPORAL_NAMESPACE);
  });
});
