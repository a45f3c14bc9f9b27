import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import { type ProgrammeLifecycleResult } from '../../libs/contracts/src';
import type { ProgrammeState } from '../../libs/domain/src';
import { temporalDataConverter } from '../../libs/platform/src';
import { openDataSource, ProgrammeReadModel } from '../../libs/persistence/src';
import { ApiProcess } from '../support/api-process';
import { buildImage, launchProductContainers } from '../support/container';
import { grantMany } from '../support/members';
import { municipalityCodes } from '../support/municipality-codes';
import { createDatabase } from '../support/postgres';
import { CLUSTER_SERVICES, TemporalCluster } from '../support/temporal-cluster';
import { mintToken } from '../support/tokens';
import { WorkerProcess } from '../support/worker-process';
import { converge } from './support/convergence';
import { FULL_LIFECYCLE, rolesFor, stepCounts, timelineCounts } from './support/lifecycle-script';
import { deliveryProblems, WebhookWithOutages } from './support/webhook-outage';

// Issue 18: the product on Temporal's own server instead of the dev server. A cluster of four
// server processes (frontend, history, matching, worker; PostgreSQL persistence and SQL
// visibility), two API processes and two worker processes on a PostgreSQL read model. Programmes
// run their whole lifecycle through the two APIs in turn (steps with an Idempotency-Key, sent
// again with the same key when a call fails or hangs), while the history service is SIGKILLed
// and started again and the matching service is restarted. Nothing may be lost (every step once in
// every workflow's timeline, every programme CLOSED), nothing duplicated (one outbox row and one
// escalation per programme, webhook requests only under the escalation's own key), and the read
// model must converge to each workflow's own state.
//
// CLUSTER_PROGRAMMES (default 6) sets the number of lifecycles.

const PROGRAMMES = Number(process.env.CLUSTER_PROGRAMMES ?? 6);
const SECRET = 'cluster-chaos-secret-of-at-least-32-bytes';
const SUBJECT = 'cluster-chaos';
// Faults when this share of all steps is done.
const HISTORY_KILL_AT = 0.3;
const MATCHING_RESTART_AT = 0.6;
const HISTORY_DOWN_MS = 5_000;
/** A step that has not answered after this long is sent again (same key) through the other API. */
const CALL_TIMEOUT_MS = 20_000;

/** What the test needs of a running API or worker, however it runs (process here; a container later). */
interface ProductInstance {
  readonly url?: string;
  stop(): Promise<unknown>;
}

interface ProductLaunch {
  temporalAddress: string;
  namespace: string;
  databaseUrl: string;
  webhookUrl: string;
  jwtSecret: string;
  dataDir: string;
}

/**
 * Starts two workers (the first applies the migrations, as a release step would) and two APIs.
 * One function, so the processes can be swapped for containers (issue 18, the image) alone.
 */
async function launchProduct(o: ProductLaunch): Promise<{ apis: ProductInstance[]; workers: ProductInstance[] }> {
  const common = {
    temporalAddress: o.temporalAddress,
    namespace: o.namespace,
    databaseUrl: o.databaseUrl,
    env: { ESCALATION_WEBHOOK_URL: o.webhookUrl },
    startTimeoutMs: 120_000,
  };
  const first = await WorkerProcess.start({ ...common, dataDir: join(o.dataDir, 'worker-1'), migrate: true });
  const [second, ...apis] = await Promise.all([
    WorkerProcess.start({ ...common, dataDir: join(o.dataDir, 'worker-2'), migrate: false }),
    ...[1, 2].map((n) =>
      ApiProcess.start({
        temporalAddress: o.temporalAddress,
        namespace: o.namespace,
        databaseUrl: o.databaseUrl,
        dataDir: join(o.dataDir, `api-${n}`),
        jwtSecret: o.jwtSecret,
        env: { RATE_LIMIT_MAX: '1000000' },
        startTimeoutMs: 120_000,
      }),
    ),
  ]);
  return {
    apis: apis.map((a) => ({ url: (a as ApiProcess).url, stop: () => (a as ApiProcess).stop() })),
    workers: [first, second as WorkerProcess].map((w) => ({ stop: () => w.stop() })),
  };
}

/**
 * Issue 18: the product runs as its container image (infra/docker/Dockerfile, built with podman
 * on a Debian base of our own, test/support/container.ts), as it would in production.
 * CLUSTER_PRODUCT=processes runs the same four as node processes instead (no podman needed).
 */
async function launch(o: ProductLaunch): Promise<{ apis: ProductInstance[]; workers: ProductInstance[] }> {
  if (process.env.CLUSTER_PRODUCT === 'processes') return launchProduct(o);
  const { image, seconds } = await buildImage();
  mark(`image ${image} built or found in ${seconds.toFixed(0)} s`);
  return launchProductContainers(o, image);
}

const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-cluster-chaos-'));
const codes = municipalityCodes(PROGRAMMES);
const ids = codes.map((code) => `programme-${code}-1`);
let cluster: TemporalCluster;
let product: Awaited<ReturnType<typeof launch>> | undefined;
let webhook: WebhookWithOutages;
let databaseUrl: string;
let readModelDb: DataSource;
let connection: Connection;
let client: Client;
let token: string;
let failed = false;
const t0 = Date.now();
const marks: string[] = [];
const mark = (what: string) => marks.push(`${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${what}`);

beforeAll(async () => {
  // A set-up that fails after the cluster started keeps its logs too.
  failed = true;
  const adminUrl = inject('postgresAdminUrl');
  cluster = await TemporalCluster.start({ postgresAdminUrl: adminUrl, historyShards: 4 });
  mark(
    `cluster: frontend ${cluster.address}; pids ${CLUSTER_SERVICES.map((s) => `${s} ${cluster.pid(s)}`).join(', ')}`,
  );
  databaseUrl = await createDatabase(adminUrl, 'cluster_read_model');
  webhook = await WebhookWithOutages.start();
  product = await launch({
    temporalAddress: cluster.address,
    namespace: cluster.namespace,
    databaseUrl,
    webhookUrl: webhook.url,
    jwtSecret: SECRET,
    dataDir,
  });
  readModelDb = await openDataSource({ url: databaseUrl });
  connection = await Connection.connect({ address: cluster.address });
  client = new Client({ connection, namespace: cluster.namespace, dataConverter: temporalDataConverter });
  token = await mintToken(SECRET, { sub: SUBJECT, role: 'MUNICIPALITY', municipalities: codes });
  mark(`two workers, APIs on ${product.apis.map((a) => a.url).join(', ')}; read model ${databaseUrl.split('/').pop()}`);
  failed = false;
  // A cold image build (Debian base, npm ci in the build) takes up to ~10 minutes on 2 cores.
}, 1_800_000);

afterAll(async () => {
  for (const id of ids)
    await client?.workflow
      .getHandle(id)
      .terminate('cluster chaos test ended')
      .catch(() => undefined);
  await connection?.close().catch(() => undefined);
  await Promise.all((product?.apis ?? []).map((a) => a.stop()));
  await Promise.all((product?.workers ?? []).map((w) => w.stop()));
  await readModelDb?.destroy().catch(() => undefined);
  await webhook?.close();
  await cluster?.stop({ keepLogs: failed });
  rmSync(dataDir, { recursive: true, force: true });
  console.info(`cluster chaos timeline:\n${marks.join('\n')}`);
}, 120_000);

const inputType = (type: string) =>
  type === 'selectTheme' ? 'ThemeInput' : `${type[0]!.toUpperCase()}${type.slice(1)}Input`;

interface Answer {
  status: number;
  data?: Record<string, { version: number; agenda?: { actions: { id: string }[] } }>;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One GraphQL call that gives up after CALL_TIMEOUT_MS (a network failure is an answer too). */
async function call(url: string, query: string, variables: unknown, headers: Record<string, string>): Promise<Answer> {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
    return { status: res.status, ...((await res.json()) as Omit<Answer, 'status'>) };
  } catch (error) {
    return { status: 0, errors: [{ message: String(error) }] };
  }
}

/** Answers a retry may change: the service or a dependency away, or the call given up. */
const RETRYABLE = new Set(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', undefined]);

describe(`${PROGRAMMES} lifecycles on a Temporal cluster while its history service is SIGKILLed and its matching service restarted`, () => {
  const finals = new Map<string, ProgrammeState>();
  const retried: string[] = [];
  /** Each step call that answered: when it was sent and when it answered (ms since the epoch). */
  const calls: { sent: number; answered: number }[] = [];
  const outage = { historyKilled: 0, historyUp: 0, matchingStopped: 0, matchingUp: 0 };
  const across = (from: number, to: number) => calls.filter((c) => c.sent < to && c.answered > to && c.answered > from);

  it(
    'every programme runs to CLOSED through two APIs and two workers; each step once',
    async () => {
      onTestFailed(() => {
        failed = true;
      });
      const apis = product!.apis.map((a) => a.url!);
      for (const [i, code] of codes.entries()) {
        const res = await call(apis[i % 2]!, `mutation { startProgramme(municipalityCode: "${code}") { id } }`, {}, {});
        expect(res.errors, `start ${code}`).toBeUndefined();
      }
      // P1: starting made the token's person project lead; the script's other roles are set-up.
      await grantMany(
        databaseUrl,
        ids.map((programmeId) => ({ programmeId, subject: SUBJECT, grants: rolesFor(FULL_LIFECYCLE) })),
      );
      mark(`${PROGRAMMES} programmes started`);

      const total = PROGRAMMES * FULL_LIFECYCLE.length;
      let done = 0;
      let finished = false;
      const deadline = Date.now() + 10 * 60_000;
      const waitFor = async (share: number) => {
        while (done / total < share && !finished) await sleep(100);
      };
      const faults = (async () => {
        await waitFor(HISTORY_KILL_AT);
        outage.historyKilled = Date.now();
        const killed = await cluster.kill('history');
        mark(`history SIGKILLed (${JSON.stringify(killed)}) at ${((done / total) * 100).toFixed(0)} % of the steps`);
        await sleep(HISTORY_DOWN_MS);
        await cluster.startService('history');
        outage.historyUp = Date.now();
        mark(`history running again (pid ${cluster.pid('history')})`);
        await waitFor(MATCHING_RESTART_AT);
        outage.matchingStopped = Date.now();
        await cluster.restart('matching');
        outage.matchingUp = Date.now();
        mark(
          `matching restarted (pid ${cluster.pid('matching')}) at ${((done / total) * 100).toFixed(0)} % of the steps`,
        );
      })();

      const drive = async (programmeId: string, n: number) => {
        let view: { version: number; agenda?: { actions: { id: string }[] } } | undefined;
        for (const [index, s] of FULL_LIFECYCLE.entries()) {
          const payload = s.payload(view as never) as Record<string, unknown>;
          const hasInput = Object.keys(payload).length > 0 || s.type === 'closeProgramme';
          const actingAs = s.actor.role === 'ADMINISTRATIVE_LEAD' ? ', actingAs: ADMINISTRATIVE_LEAD' : '';
          const query = hasInput
            ? `mutation($input: ${inputType(s.type)}!) { ${s.type}(programmeId: "${programmeId}"${actingAs}, input: $input) { version agenda { actions { id } } } }`
            : `mutation { ${s.type}(programmeId: "${programmeId}"${actingAs}) { version agenda { actions { id } } } }`;
          // The same key on every attempt and through either API: one update, however often sent.
          const headers = { 'idempotency-key': `${programmeId}/${index}` };
          const sent = Date.now();
          for (let attempt = 0; ; attempt++) {
            const res = await call(
              apis[(n + index + attempt) % 2]!,
              query,
              hasInput ? { input: payload } : {},
              headers,
            );
            const code = res.errors?.[0]?.extensions?.code;
            if (res.status === 200 && !res.errors) {
              view = res.data![s.type];
              calls.push({ sent, answered: Date.now() });
              break;
            }
            if (!RETRYABLE.has(code) || Date.now() > deadline)
              throw new Error(`${programmeId} ${s.type}: HTTP ${res.status} ${JSON.stringify(res.errors)}`);
            retried.push(`${programmeId} ${s.type}: ${res.status} ${code ?? res.errors?.[0]?.message.slice(0, 80)}`);
            await sleep(Math.min(3_000, 500 * (attempt + 1)));
          }
          done++;
          await sleep(200 + ((n * 7 + index * 13) % 5) * 100);
        }
      };
      await Promise.all(ids.map((id, n) => drive(id, n))).finally(() => {
        finished = true;
      });
      await faults;
      const slowest = Math.max(...calls.map((c) => c.answered - c.sent));
      mark(
        `every lifecycle driven to closeProgramme; ${retried.length} call(s) sent again with their key; ` +
          `${across(outage.historyKilled, outage.historyUp).length} step(s) sent before history was back answered after, ` +
          `${across(outage.matchingStopped, outage.matchingUp).length} across the matching restart; slowest step ${slowest} ms`,
      );
      // The outage was real for the product: steps sent to a cluster without history waited for
      // it (in the API's Temporal client or by being sent again) and were taken once it was back.
      expect(across(outage.historyKilled, outage.historyUp).length).toBeGreaterThan(0);

      // A closed programme's workflow completes once its projection and outbox are done.
      for (const id of ids) {
        const { final } = (await client.workflow.getHandle(id).result()) as ProgrammeLifecycleResult;
        finals.set(id, final);
      }
      mark('every workflow completed');
      for (const [id, final] of finals) {
        expect({ id, phase: final.phase, status: final.status }).toEqual({ id, phase: 'CLOSED', status: 'CLOSED' });
        expect(timelineCounts(final, FULL_LIFECYCLE), `${id}: each step once in the timeline`).toEqual(
          stepCounts(FULL_LIFECYCLE),
        );
        expect(
          final.escalations.map((e) => [e.kind, e.level, e.status, e.delivery.status]),
          id,
        ).toEqual([['LEAD_DEPARTED', 2, 'RESOLVED', 'DELIVERED']]);
      }
      expect(cluster.running('history') && cluster.running('matching')).toBe(true);
    },
    12 * 60_000,
  );

  it('every escalation reached the webhook under its own key, and the outbox holds each once', async () => {
    onTestFailed(() => {
      failed = true;
    });
    const escalationIds = [...finals.values()].flatMap((f) => f.escalations.map((e) => e.id));
    expect(escalationIds).toHaveLength(PROGRAMMES);
    const { problems, repeats } = deliveryProblems(webhook.received(), escalationIds);
    mark(`webhook: ${webhook.received().length} request(s), ${repeats} repeated under the same key`);
    expect(problems).toEqual([]);
    const outbox = await new ProgrammeReadModel(readModelDb).undeliveredEscalations(500);
    expect(outbox, 'nothing left undelivered in the outbox').toEqual([]);
    const rows = (await readModelDb.query('SELECT id, programme_id FROM escalation_outbox ORDER BY id')) as {
      id: string;
      programme_id: string;
    }[];
    expect(rows.map((r) => r.id)).toEqual([...escalationIds].sort());
  });

  it('the read model on PostgreSQL converges to every workflow’s own state', async () => {
    onTestFailed(() => {
      failed = true;
    });
    const problems = await converge(client, readModelDb, ids, 120_000);
    mark(
      `read model converged for ${ids.length - new Set(problems.map((p) => p.split(':')[0])).size} of ${ids.length}`,
    );
    expect(problems).toEqual([]);
  }, 180_000);
});
