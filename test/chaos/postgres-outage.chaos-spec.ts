import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../apps/api/src/common/graphql-errors';
import { getProgrammeStateQuery, type ProgrammeLifecycleResult } from '../../libs/contracts/src';
import type { ProgrammeState } from '../../libs/domain/src';
import { openDataSource, ProgrammeReadModel } from '../../libs/persistence/src';
import { graphql, Launcher } from '../support/launcher';
import { grantRoles } from '../support/members';
import { converge } from './support/convergence';
import { FULL_LIFECYCLE, rolesFor, stepCounts, timelineCounts } from './support/lifecycle-script';
import { PostgresServer } from './support/postgres-server';
import { deliveryProblems, WebhookWithOutages } from './support/webhook-outage';
import { temporalDataConverter } from '../../libs/platform/src';

// Issue 7, fault tests: PostgreSQL, the read model of `npm start` with DATABASE_URL=postgres://…,
// goes away twice while programmes run their whole lifecycle through the API: once aborted
// (immediate shutdown, as a crash: recovery on restart) and once shut down cleanly. Steps go to
// the workflows, but since P1 (issue 14) the API first reads who the caller is in the member
// directory, which lives in the same database: while it is away a step is refused retryably
// (503 SERVICE_UNAVAILABLE with a retry delay, nothing recorded) and the client sends it again
// with the same Idempotency-Key. The projection activity fails and is retried with back-off (1 s
// doubling to 1 min, no limit) until the database is back. Every programme must finish, each step
// once, every escalation delivered, and the read model converge to the workflows' own state; the
// API and worker must ride the outages out.

const PROGRAMMES = ['GM0014', 'GM0034', 'GM0037', 'GM0047', 'GM0050', 'GM0059', 'GM0060', 'GM0072'];
const OUTAGES = [
  { at: 8_000, mode: 'immediate', downMs: 20_000 },
  { at: 40_000, mode: 'fast', downMs: 20_000 },
] as const;
const id = (code: string) => `programme-${code}-1`;

let pg: PostgresServer;
let webhook: WebhookWithOutages;
let launcher: Launcher;
let connection: Connection;
let client: Client;
let readModelDb: DataSource;
let databaseUrl: string;
const t0 = Date.now();
const marks: string[] = [];
const mark = (what: string) => marks.push(`${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${what}`);

beforeAll(async () => {
  pg = await PostgresServer.create(process.env.OLIEVLEK_PG_BIN as string);
  databaseUrl = await pg.createDatabase('chaos');
  webhook = await WebhookWithOutages.start();
  launcher = await Launcher.onFreePorts({
    DATABASE_URL: databaseUrl,
    RATE_LIMIT_MAX: '1000000',
    ESCALATION_WEBHOOK_URL: webhook.url,
  });
  await launcher.start();
  connection = await Connection.connect({ address: launcher.temporalAddress });
  client = new Client({ connection, dataConverter: temporalDataConverter });
  readModelDb = await openDataSource({ url: databaseUrl });
  mark(`launcher on PostgreSQL 127.0.0.1:${pg.port}`);
}, 180_000);

afterAll(async () => {
  await readModelDb?.destroy().catch(() => undefined);
  await connection?.close().catch(() => undefined);
  await launcher?.dispose();
  await webhook?.close();
  await pg?.dispose();
  console.info(`postgres outage timeline:\n${marks.join('\n')}`);
});

const inputType = (type: string) =>
  type === 'selectTheme' ? 'ThemeInput' : `${type[0]!.toUpperCase()}${type.slice(1)}Input`;

describe('PostgreSQL stopped twice under the read-model projection', () => {
  const finals = new Map<string, ProgrammeState>();
  const readsDuringOutage: { status: number; retryAfter: string | null; text: string }[] = [];
  const healthDuringOutage: number[] = [];
  const behindAtRestart: number[] = [];
  const stepsRefused: { status: number; code?: string; retryAfterSeconds?: unknown }[] = [];

  it(
    'every programme runs to CLOSED through the API while the database is away; each step once',
    async () => {
      const tokens = new Map<string, string>();
      const kwartiermaker = await launcher.token();
      for (const code of PROGRAMMES) {
        const started = await graphql(
          launcher.apiUrl,
          `mutation { startProgramme(municipalityCode: "${code}") { id } }`,
          undefined,
          { token: kwartiermaker },
        );
        expect(started.errors).toBeUndefined();
        // P1: the municipality's person takes every step of the script, so holds every role it
        // needs (the kwartiermaker who started the programme became its project lead).
        const subject = `gemeente-${code}`;
        await grantRoles(databaseUrl, id(code), subject, ['PROJECT_LEAD', ...rolesFor(FULL_LIFECYCLE)]);
        tokens.set(code, await launcher.token({ sub: subject, role: 'MUNICIPALITY', municipalities: [code] }));
      }
      mark(`${PROGRAMMES.length} programmes started`);
      const started = Date.now();
      let running = true;

      const outages = (async () => {
        const readModel = new ProgrammeReadModel(readModelDb);
        for (const outage of OUTAGES) {
          await sleep(Math.max(0, started + outage.at - Date.now()));
          await pg.stop(outage.mode);
          mark(`PostgreSQL stopped (${outage.mode})`);
          const until = Date.now() + outage.downMs;
          while (Date.now() < until) {
            const res = await fetch(`${launcher.apiUrl}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${kwartiermaker}` },
              body: JSON.stringify({ query: `{ programme(id: "${id(PROGRAMMES[0]!)}") { id version } }` }),
            });
            readsDuringOutage.push({
              status: res.status,
              retryAfter: res.headers.get('retry-after'),
              text: await res.text(),
            });
            healthDuringOutage.push((await fetch(`${launcher.apiUrl}/health`)).status);
            await sleep(2_000);
          }
          await pg.start();
          let behind = 0;
          for (const code of PROGRAMMES) {
            const own = await client.workflow.getHandle(id(code)).query(getProgrammeStateQuery);
            const row = await readModel.findById(id(code)).catch(() => null);
            if (!row || Number(row.version) < own.version) behind++;
          }
          behindAtRestart.push(behind);
          mark(`PostgreSQL started again; ${behind} programme(s) behind in the read model`);
        }
      })();

      const drive = async (code: string) => {
        const token = tokens.get(code)!;
        let view: { version: number; phase: string; agenda?: { actions: { id: string }[] } } | undefined;
        for (const [index, s] of FULL_LIFECYCLE.entries()) {
          const payload = s.payload(view as never) as Record<string, unknown>;
          const hasInput = Object.keys(payload).length > 0 || s.type === 'closeProgramme';
          const actingAs = s.actor.role === 'ADMINISTRATIVE_LEAD' ? ', actingAs: ADMINISTRATIVE_LEAD' : '';
          const query = hasInput
            ? `mutation($input: ${inputType(s.type)}!) { ${s.type}(programmeId: "${id(code)}"${actingAs}, input: $input) { version phase agenda { actions { id } } } }`
            : `mutation { ${s.type}(programmeId: "${id(code)}"${actingAs}) { version phase agenda { actions { id } } } }`;
          // The same key on every attempt: a step answered 503 after all is never recorded twice.
          const headers = { 'idempotency-key': `${id(code)}/${index}` };
          for (;;) {
            const res = await graphql<Record<string, typeof view>>(
              launcher.apiUrl,
              query,
              hasInput ? { input: payload } : undefined,
              { token, headers },
            );
            const error = res.errors?.[0]?.extensions as { code?: string; details?: { retryAfterSeconds?: unknown } };
            if (res.status === 503 && error?.code === 'SERVICE_UNAVAILABLE') {
              stepsRefused.push({
                status: res.status,
                code: error.code,
                retryAfterSeconds: error.details?.retryAfterSeconds,
              });
              await sleep(1_000);
              continue;
            }
            if (res.errors || res.status !== 200)
              throw new Error(`${id(code)} ${s.type}: HTTP ${res.status} ${JSON.stringify(res.errors)}`);
            view = res.data![s.type];
            break;
          }
          // Spread the lifecycle over both outages.
          if (running) await sleep(2_500 + Math.random() * 1_000);
        }
      };
      await Promise.all(PROGRAMMES.map(drive));
      mark(
        `every lifecycle driven to closeProgramme; ${stepsRefused.length} step call(s) refused retryably on the way`,
      );
      running = false;
      await outages;

      for (const code of PROGRAMMES) {
        const { final } = (await client.workflow.getHandle(id(code)).result()) as ProgrammeLifecycleResult;
        finals.set(id(code), final);
      }
      mark('every workflow completed');
      for (const [programmeId, final] of finals) {
        expect({ programmeId, phase: final.phase }).toEqual({ programmeId, phase: 'CLOSED' });
        expect(timelineCounts(final, FULL_LIFECYCLE), programmeId).toEqual(stepCounts(FULL_LIFECYCLE));
      }
      // P1: the outages reached the steps (who may take them is read from the database), and every
      // refusal said so retryably, with a delay to wait.
      expect(stepsRefused.length, 'steps refused while the database was away').toBeGreaterThan(0);
      for (const r of stepsRefused) expect(r.retryAfterSeconds).toEqual(expect.any(Number));
    },
    10 * 60_000,
  );

  it('the outages were real: steps and reads were refused retryably, without internals', () => {
    const answers = readsDuringOutage.map(
      (r) =>
        `${r.status} ${(JSON.parse(r.text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? 'data'}`,
    );
    mark(`reads during the outages: ${JSON.stringify(answers)}; /health: ${JSON.stringify(healthDuringOutage)}`);
    // Steps need the database too (who may take them is read there, P1), so a programme moves
    // during an outage only by a step already under way when it began: falling behind is possible
    // (and logged), not certain; that steps were refused is asserted with the lifecycle above.
    mark(`programmes behind in the read model at each return: ${JSON.stringify(behindAtRestart)}`);
    expect(
      healthDuringOutage.some((s) => s === 503),
      '/health reported the database down',
    ).toBe(true);
    // A read either answers from the database or says it is out of reach, retryably: HTTP 503
    // with Retry-After and SERVICE_UNAVAILABLE, never a masked internal error.
    expect(
      readsDuringOutage.some((r) => r.status === 503),
      'a read during the outage said the data was out of reach',
    ).toBe(true);
    for (const r of readsDuringOutage) {
      const body = JSON.parse(r.text) as { errors?: { extensions?: { code?: string } }[] };
      if (r.status === 503) {
        expect(r.retryAfter).toMatch(/^\d+$/);
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      } else {
        expect(r.status).toBe(200);
      }
      for (const e of body.errors ?? []) expect(ERROR_CODES).toContain(e.extensions?.code);
      expect(r.text).not.toMatch(/SELECT|ECONNREFUSED|postgres|pg_|QueryFailed|\bat .*\.js/i);
    }
  });

  it('every escalation was delivered under its own key', () => {
    const escalationIds = [...finals.values()].flatMap((f) => f.escalations.map((e) => e.id));
    expect(escalationIds).toHaveLength(PROGRAMMES.length);
    expect(deliveryProblems(webhook.received(), escalationIds).problems).toEqual([]);
  });

  it('the read model on PostgreSQL converges to every workflow’s own state, programme by programme', async () => {
    expect(await converge(client, readModelDb, PROGRAMMES.map(id), 180_000)).toEqual([]);
    mark('read model converged');
  }, 240_000);

  it('the launcher rode it out: API and worker never restarted, /health is 200 again', async () => {
    expect(launcher.output).not.toMatch(/stopped unexpectedly/);
    expect((await fetch(`${launcher.apiUrl}/health`)).status).toBe(200);
  });
});
