import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { ApiProcess } from './support/api-process';
import { DevServer } from './support/dev-server';
import { graphql } from './support/launcher';
import { grantRoles } from './support/members';
import { createDatabase } from './support/postgres';
import { lifecycleRoles } from './support/scripted-roles';
import { mintToken } from './support/tokens';
import { WebhookReceiver } from './support/webhook-receiver';
import { WorkerProcess } from './support/worker-process';

// Production mode scaled out: one Temporal dev server, one PostgreSQL read model, two worker
// processes and two API processes, as separate deployments would run them (no launcher). Steps go
// through both APIs in turn; subscribers on either API see every change once; every escalation
// reaches the webhook once; one worker is SIGKILLed half-way and the other carries on.

const SECRET = 'scale-out-test-secret-of-at-least-32-bytes';
const SUBJECT = 'scale-out';
const UTRECHT = 'programme-GM0344-1';
const GRONINGEN = 'programme-GM0014-1';
const ZWOLLE = 'programme-GM0193-1';

const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-scale-out-'));
let server: DevServer;
let databaseUrl: string;
let receiver: WebhookReceiver;
let temporal: Connection;
let token: string;
const workers: WorkerProcess[] = [];
const apis: ApiProcess[] = [];
const sockets: WsClient[] = [];
const t0 = Date.now();
const marks: string[] = [];

function mark(what: string): void {
  marks.push(`${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s  ${what}`);
}

beforeAll(async () => {
  server = await DevServer.start({ dbFile: join(dataDir, 'temporal.db'), startTimeoutMs: 30_000 });
  databaseUrl = await createDatabase(inject('postgresAdminUrl'), 'scaleout');
  receiver = await WebhookReceiver.start();
  mark(`dev server on ${server.address}, read model ${databaseUrl.replace(/^.*\//, '')}`);
  // The first worker applies the migrations, as the release step would; then everything starts at once.
  const common = {
    temporalAddress: server.address,
    databaseUrl,
    env: { ESCALATION_WEBHOOK_URL: receiver.url },
    startTimeoutMs: 60_000,
  };
  workers.push(await WorkerProcess.start({ ...common, dataDir: join(dataDir, 'worker-1'), migrate: true }));
  const [worker2, api1, api2] = await Promise.all([
    WorkerProcess.start({ ...common, dataDir: join(dataDir, 'worker-2'), migrate: false }),
    ...[1, 2].map((n) =>
      ApiProcess.start({
        temporalAddress: server.address,
        databaseUrl,
        dataDir: join(dataDir, `api-${n}`),
        jwtSecret: SECRET,
        env: { FEED_INTERVAL_MS: '200' },
      }),
    ),
  ]);
  workers.push(worker2 as WorkerProcess);
  apis.push(api1 as ApiProcess, api2 as ApiProcess);
  mark(`workers pid ${workers.map((w) => w.pid).join(', ')}; APIs on ${apis.map((a) => a.port).join(', ')}`);
  token = await mintToken(SECRET, {
    sub: SUBJECT,
    role: 'MUNICIPALITY',
    municipalities: ['GM0344', 'GM0014', 'GM0193'],
  });
  temporal = await Connection.connect({ address: server.address });
}, 180_000);

afterAll(async () => {
  await Promise.all(sockets.map(async (s) => s.dispose()));
  await Promise.all(apis.map((a) => a.stop()));
  await Promise.all(workers.map((w) => w.kill()));
  await temporal?.close().catch(() => undefined);
  await receiver?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  console.info(`scale-out timeline:\n${marks.join('\n')}`);
});

/** One step through the given API; fails the test on any GraphQL error. */
async function step(api: ApiProcess, mutation: string): Promise<Record<string, any>> {
  const res = await graphql(api.url, `mutation { ${mutation} }`, undefined, { token });
  expect(res.errors, `${mutation} through API on ${api.port}`).toBeUndefined();
  return res.data as Record<string, any>;
}

function subscribe<T>(api: ApiProcess, query: string): { events: T[]; errors: unknown[] } {
  const client = createClient({
    url: `${api.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
  });
  sockets.push(client);
  const sink = { events: [] as T[], errors: [] as unknown[] };
  client.subscribe<T>(
    { query },
    {
      next: (v) => v.data && sink.events.push(v.data as T),
      error: (e) => sink.errors.push(e),
      complete: () => undefined,
    },
  );
  return sink;
}

/**
 * The lifecycle of api-subscriptions.e2e-spec.ts up to R4.3 (an external project lead leaves
 * with embedding open: a level-2 escalation at once), each step through the next API in turn.
 * `between(i, version)` runs before step i with the version step i-1 answered, e.g. to kill a
 * worker half-way.
 */
async function driveToLeadDeparture(
  programmeId: string,
  code: string,
  between: (i: number, version: number) => Promise<void> = async () => undefined,
): Promise<number> {
  const P = `programmeId: "${programmeId}"`;
  let actionId = '';
  const steps: Array<string | (() => string)> = [
    `startProgramme(municipalityCode: "${code}") { id }`,
    `designateAdministrativeLead(${P}, input: {}) { version }`,
    `commitPartner(${P}, input: { organisation: "Veilig Thuis", domain: CARE }) { version }`,
    `commitPartner(${P}, input: { organisation: "Schoolbestuur", domain: EDUCATION }) { version }`,
    `commitPartner(${P}, input: { organisation: "Politie", domain: JUSTICE }) { version }`,
    `appointProjectLead(${P}, input: { kind: EXTERNAL }) { version }`,
    `confirmCommitment(${P}, actingAs: ADMINISTRATIVE_LEAD) { version }`,
    ...['CARE', 'EDUCATION', 'JUSTICE'].map(
      (d) => `recordBottleneck(${P}, input: { description: "Knelpunt", domain: ${d} }) { version }`,
    ),
    `selectTheme(${P}, input: { theme: COLLABORATION }) { version }`,
    `addAction(${P}, input: { title: "Ketenoverleg", theme: COLLABORATION, ownerOrganisation: "Politie" }) { version agenda { actions { id } } }`,
    `confirmSupport(${P}, input: { organisation: "Politie", level: PROFESSIONAL }) { version }`,
    `confirmSupport(${P}, input: { organisation: "Politie", level: MANAGEMENT }) { version }`,
    `adoptAgenda(${P}, actingAs: ADMINISTRATIVE_LEAD) { version }`,
    () => `updateActionStatus(${P}, input: { actionId: "${actionId}", status: DONE }) { version }`,
    `completeExecution(${P}) { version phase }`,
    `recordLeadDeparture(${P}) { version }`,
  ];
  let version = 0;
  for (const [i, s] of steps.entries()) {
    await between(i, version);
    const data = await step(apis[i % 2]!, typeof s === 'string' ? s : s());
    const answer = Object.values(data)[0] as { version?: number; agenda?: { actions: { id: string }[] } };
    if (answer.agenda) actionId = answer.agenda.actions[0]!.id;
    if (answer.version !== undefined) version = answer.version;
    // P1: starting made the token's person project lead; the alderman's steps and Politie's
    // support (R2.4) need those roles too, granted as set-up in the shared read model.
    if (i === 0) await grantRoles(databaseUrl, programmeId, SUBJECT, lifecycleRoles(['Politie', 'JUSTICE']));
  }
  return version;
}

interface HistoryEvent {
  eventTime?: { seconds?: { toNumber(): number } | number | null; nanos?: number | null } | null;
  workflowTaskCompletedEventAttributes?: { identity?: string | null } | null;
  activityTaskStartedEventAttributes?: { identity?: string | null } | null;
}

/** Which worker (by its identity, `pid@host`) completed each workflow task and ran each activity. */
async function workerIdentities(
  programmeId: string,
): Promise<Array<{ identity: string; task: 'workflow' | 'activity'; atMs: number }>> {
  const client = new TemporalClient({ connection: temporal });
  const history = await client.workflow.getHandle(programmeId).fetchHistory();
  return ((history.events ?? []) as HistoryEvent[]).flatMap((e) => {
    const workflowTask = e.workflowTaskCompletedEventAttributes?.identity;
    const identity = workflowTask ?? e.activityTaskStartedEventAttributes?.identity;
    if (!identity) return [];
    const seconds = e.eventTime?.seconds;
    const atMs =
      (typeof seconds === 'number' ? seconds : (seconds?.toNumber() ?? 0)) * 1000 +
      Math.floor((e.eventTime?.nanos ?? 0) / 1e6);
    return [{ identity, task: workflowTask ? ('workflow' as const) : ('activity' as const), atMs }];
  });
}

const identityOf = (w: WorkerProcess) => `${w.pid}@${hostname()}`;

async function readModel<T>(sql: string): Promise<T[]> {
  const pg = new PgClient({ connectionString: databaseUrl });
  await pg.connect();
  try {
    return (await pg.query(sql)).rows as T[];
  } finally {
    await pg.end();
  }
}

type Raised = { escalationRaised: { programmeId: string; escalation: { id: string; kind: string; level: number } } };
type Changed = { programmeChanged: { id: string; version: number } };

describe('two APIs and two workers on one Temporal server and one read model', () => {
  it('serves steps through either API, feeds subscribers on both without duplicates, delivers each escalation once, and survives losing a worker', async () => {
    const raisedOn1 = subscribe<Raised>(
      apis[0]!,
      'subscription { escalationRaised { programmeId escalation { id kind level } } }',
    );
    const raisedOn2 = subscribe<Raised>(
      apis[1]!,
      'subscription { escalationRaised { programmeId escalation { id kind level } } }',
    );
    const utrechtOn1 = subscribe<Changed>(
      apis[0]!,
      `subscription { programmeChanged(programmeId: "${UTRECHT}") { id version } }`,
    );
    const resolvedOn1 = subscribe<{
      escalationResolved: { programmeId: string; escalation: { id: string; status: string } };
    }>(apis[0]!, 'subscription { escalationResolved { programmeId escalation { id status } } }');
    await new Promise((r) => setTimeout(r, 500));

    // A third programme keeps both workers busy while Utrecht runs.
    await step(apis[1]!, 'startProgramme(municipalityCode: "GM0193") { id }');
    await step(apis[0]!, `designateAdministrativeLead(programmeId: "${ZWOLLE}", input: {}) { version }`);

    // Utrecht, both workers up. Each step through API #2 shows up in the subscription on API #1.
    const latestOn1 = () => Math.max(0, ...utrechtOn1.events.map((e) => e.programmeChanged.version));
    const utrechtVersion = await driveToLeadDeparture(UTRECHT, 'GM0344', async (i, version) => {
      // Step i-1 went through API #2: API #1's subscriber gets that version (or a newer one).
      if (i % 2 === 0 && i > 0) await expect.poll(latestOn1, { timeout: 15_000 }).toBeGreaterThanOrEqual(version);
    });
    mark(`Utrecht at version ${utrechtVersion}: lead departed`);
    await expect.poll(() => receiver.delivered().length, { timeout: 30_000 }).toBe(1);
    const [utrechtDelivery] = receiver.delivered();
    expect(utrechtDelivery!.idempotencyKey).toMatch(new RegExp(`^${UTRECHT}/`));
    for (const sink of [raisedOn1, raisedOn2]) {
      await expect.poll(() => sink.events.length, { timeout: 15_000 }).toBe(1);
      expect(sink.events[0]!.escalationRaised).toEqual({
        programmeId: UTRECHT,
        escalation: { id: utrechtDelivery!.idempotencyKey, kind: 'LEAD_DEPARTED', level: 2 },
      });
    }
    await expect.poll(latestOn1, { timeout: 15_000 }).toBeGreaterThanOrEqual(utrechtVersion);

    // Both workers did part of the work before one of them is lost.
    const before = [...(await workerIdentities(UTRECHT)), ...(await workerIdentities(ZWOLLE))];
    expect(new Set(before.map((e) => e.identity))).toEqual(new Set(workers.map(identityOf)));

    // Groningen: after its commitment, the worker that holds it (completed its last workflow task)
    // is SIGKILLed; the other one takes over the rest.
    let killedAt = 0;
    let killed: WorkerProcess | undefined;
    const groningenVersion = await driveToLeadDeparture(GRONINGEN, 'GM0014', async (i) => {
      if (i !== 7) return;
      await expect.poll(() => receiver.delivered().length).toBe(1); // no delivery in flight
      const holder = (await workerIdentities(GRONINGEN)).filter((e) => e.task === 'workflow').at(-1)!.identity;
      killed = workers.find((w) => identityOf(w) === holder)!;
      expect(await killed.kill()).toEqual({ code: null, signal: 'SIGKILL' });
      killedAt = Date.now();
      mark(`worker pid ${killed.pid} (Groningen's) SIGKILLed after Groningen committed`);
    });
    const survivor = workers.find((w) => w !== killed)!;
    mark(`Groningen at version ${groningenVersion}: lead departed with one worker`);
    await expect.poll(() => receiver.delivered().length, { timeout: 60_000 }).toBe(2);
    for (const sink of [raisedOn1, raisedOn2]) {
      await expect.poll(() => sink.events.length, { timeout: 15_000 }).toBe(2);
      expect(sink.events.map((e) => [e.escalationRaised.programmeId, e.escalationRaised.escalation.kind])).toEqual([
        [UTRECHT, 'LEAD_DEPARTED'],
        [GRONINGEN, 'LEAD_DEPARTED'],
      ]);
    }

    // Once Groningen's delivery is projected, a step on Utrecht through API #2 resolves its
    // escalation; API #1's subscriber hears it. (Not while that projection may still commit: the
    // feed reads only rows newer than the newest it has seen, so a projection committing after a
    // newer one of another programme would go unnoticed.)
    await expect
      .poll(
        async () =>
          (await readModel<{ delivery_status: string }>('SELECT delivery_status FROM escalation_outbox')).map(
            (r) => r.delivery_status,
          ),
        {
          timeout: 15_000,
        },
      )
      .toEqual(['DELIVERED', 'DELIVERED']);
    await step(
      apis[1]!,
      `nameEmbeddingOwner(programmeId: "${UTRECHT}", input: { role: "beleidsambtenaar jeugd" }) { version }`,
    );
    await expect
      .poll(() => resolvedOn1.events.map((e) => e.escalationResolved), { timeout: 20_000 })
      .toEqual([{ programmeId: UTRECHT, escalation: { id: utrechtDelivery!.idempotencyKey, status: 'RESOLVED' } }]);

    // After the kill the survivor completed Groningen's workflow tasks, and only it (a task in
    // flight at the kill may be recorded just after it).
    const after = (await workerIdentities(GRONINGEN)).filter((e) => e.task === 'workflow' && e.atMs > killedAt + 1_000);
    expect(after.length).toBeGreaterThan(0);
    expect(new Set(after.map((e) => e.identity))).toEqual(new Set([identityOf(survivor)]));

    // Settle, then count: one outbox row per escalation, one delivery per idempotency key.
    await new Promise((r) => setTimeout(r, 2_000));
    const outbox = await readModel<{ id: string; programme_id: string; kind: string; delivery_status: string }>(
      'SELECT id, programme_id, kind, delivery_status FROM escalation_outbox ORDER BY raised_at, id',
    );
    expect(outbox.map((r) => [r.programme_id, r.kind])).toEqual([
      [UTRECHT, 'LEAD_DEPARTED'],
      [GRONINGEN, 'LEAD_DEPARTED'],
    ]);
    expect(outbox.map((r) => r.delivery_status)).toEqual(['DELIVERED', 'DELIVERED']);
    expect(receiver.received.map((r) => r.idempotencyKey).sort()).toEqual(outbox.map((r) => r.id).sort());
    expect(receiver.received.every((r) => r.status === 200)).toBe(true);

    // API #1's subscriber saw each version of Utrecht at most once, in order.
    const versions = utrechtOn1.events.map((e) => e.programmeChanged.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    for (const sink of [raisedOn1, raisedOn2, utrechtOn1, resolvedOn1]) expect(sink.errors).toEqual([]);
    // Both APIs still answer, and agree with each other.
    const read = `{ programme(id: "${GRONINGEN}") { version phase escalations { id status delivery { status } } } }`;
    const [one, two] = await Promise.all(apis.map((a) => graphql(a.url, read, undefined, { token })));
    expect(one!.data).toEqual(two!.data);
    expect(one!.data).toMatchObject({
      programme: { phase: 'EMBEDDING', escalations: [{ status: 'OPEN', delivery: { status: 'DELIVERED' } }] },
    });
    expect((one!.data as { programme: { version: number } }).programme.version).toBeGreaterThanOrEqual(
      groningenVersion,
    );
  }, 300_000);
});
