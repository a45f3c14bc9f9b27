import { AsyncLocalStorage } from 'node:async_hooks';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client, Connection } from '@temporalio/client';
import { TypedSearchAttributes } from '@temporalio/common';
import fc, { type GeneratorValue } from 'fast-check';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../apps/api/src/app';
import { loadApiConfig } from '../../apps/api/src/config';
import { TEMPORAL_CLIENT } from '../../apps/api/src/temporal/temporal.module';
import {
  getProgrammeStateQuery,
  MUNICIPALITY_CODE_SA,
  PROGRAMME_LIFECYCLE_WORKFLOW,
  programmeUpdates,
  PROGRAMMES_TASK_QUEUE,
  type ProgrammeLifecycleInput,
} from '../../libs/contracts/src';
import type { ProgrammeView } from '../../libs/domain/src';
import { freePort } from '../support/free-port';
import { graphql, Launcher } from '../support/launcher';
import { launcherSecret, mintToken } from '../support/tokens';
import {
  badBodies,
  badTokens,
  badValues,
  brokenMutations,
  brokenReads,
  limitBreakers,
  refusedSteps,
  strangeStrings,
  type FuzzWorld,
  type Generator,
} from './arbitraries';
import { describeRequest, judge, send, type AbuseRequest } from './oracle';
import { readModelRows, settled, type WorldSnapshot } from './world-snapshot';
import { temporalDataConverter } from '../../libs/platform/src';

// Issue 7, "GraphQL abuse": a property-based fuzzer (fast-check) sends thousands of malformed
// requests to the real product (`npm start`'s launcher: dev server, worker and API as separate
// processes). Every answer must be a clear error: a GraphQL error with a stable
// `extensions.code`, or the HTTP refusal of the hardening, never a stack trace, internals, a 5xx
// or a crash. Afterwards the workflows and the read model are exactly as before.
//
// FUZZ_SEED replays a run (fast-check prints the seed and the shrunk request of a failure);
// FUZZ_RUNS multiplies the number of requests (default 1: about 3 000).

const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
const SEED =
  process.env.FUZZ_SEED === undefined ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(process.env.FUZZ_SEED);
const PROGRAMMES = ['GM0363', 'GM0599', 'GM0014'];
// Requests in flight at once: the API, not this client, should be the busy side.
const CONCURRENCY = 4;

let launcher: Launcher;
let connection: Connection;
let client: Client;
let world: FuzzWorld;
let before: WorldSnapshot;
let logOffset = 0;
const tally: Record<string, Record<string, number>> = {};

const readModelFile = () => join(launcher.dataDir, 'olievlek.sqlite');

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Authorization header values no request may get past: each must answer UNAUTHENTICATED. */
async function badAuthorizations(secret: string): Promise<string[]> {
  const claims = { sub: 'fuzz-kwartiermaker', role: 'KWARTIERMAKER' };
  const now = Math.floor(Date.now() / 1000);
  const valid = await mintToken(secret, claims);
  const [header, payload, signature] = valid.split('.') as [string, string, string];
  const flipped = signature.slice(0, 10) + (signature[10] === 'A' ? 'B' : 'A') + signature.slice(11);
  return [
    '',
    'Bearer',
    'Bearer ',
    'Basic ZnV6ejpmdXp6',
    'Token abc',
    'Bearer abc',
    'Bearer a.b.c',
    `Bearer ${valid} ${valid}`,
    `Bearer ${header}.${payload}.${flipped}`,
    `Bearer ${header}.${base64url({ ...claims, role: 'ADMIN', iss: 'olievlek-local', aud: 'olievlek-local', exp: now + 600 })}.${signature}`,
    `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...claims, iss: 'olievlek-local', aud: 'olievlek-local', exp: now + 600 })}.`,
    `Bearer ${await mintToken('another secret of at least thirty-two bytes', claims)}`,
    `Bearer ${await mintToken(secret, claims, { issuedAt: now - 7_200, expiresIn: 600 })}`,
    `Bearer ${await mintToken(secret, claims, { issuer: 'someone-else' })}`,
    `Bearer ${await mintToken(secret, claims, { audience: 'someone-else' })}`,
    `Bearer ${await mintToken(secret, { sub: 'fuzz', role: 'ADMIN' })}`,
    `Bearer ${await mintToken(secret, { sub: 'fuzz', role: 'MUNICIPALITY' })}`,
    `Bearer ${await mintToken(secret, { sub: 'fuzz', role: 'MUNICIPALITY', municipalities: ['nope'] })}`,
    `Bearer ${await mintToken(secret, { role: 'KWARTIERMAKER' })}`,
    `Bearer ${'x'.repeat(16_500)}`,
  ];
}

/** One request: its problems, if any. */
async function probe(
  generator: Generator,
  g: GeneratorValue,
  counts: Record<string, number>,
): Promise<string | undefined> {
  const request: AbuseRequest = generator(g, world);
  const response = await send(launcher.apiUrl, request);
  const problems = judge(request, response);
  let code: string;
  try {
    code =
      (JSON.parse(response.text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ??
      'data';
  } catch {
    code = 'no JSON';
  }
  const key = `${response.status} ${code}`;
  counts[key] = (counts[key] ?? 0) + 1;
  if (problems.length === 0) return undefined;
  return `${problems.join('; ')}\n  request: ${describeRequest(request)}\n  answer: HTTP ${response.status} ${response.text.slice(0, 600)}`;
}

/** `numRuns` rounds of CONCURRENCY requests at once; a failure shrinks to the smallest round that still fails. */
async function run(name: string, generator: Generator, requests: number): Promise<void> {
  const counts: Record<string, number> = (tally[name] = {});
  await fc.assert(
    fc.asyncProperty(fc.array(fc.gen(), { minLength: CONCURRENCY, maxLength: CONCURRENCY }), async (gs) => {
      const failures = (await Promise.all(gs.map((g) => probe(generator, g, counts)))).filter((f) => f !== undefined);
      if (failures.length > 0) throw new Error(failures.join('\n'));
    }),
    { numRuns: Math.max(1, Math.round((requests * SCALE) / CONCURRENCY)), seed: SEED },
  );
}

beforeAll(async () => {
  // The fuzzer is one client sending thousands of requests; the limiter has its own tests.
  launcher = await Launcher.onFreePorts({ RATE_LIMIT_MAX: '1000000' });
  await launcher.start();
  const token = await launcher.token();
  for (const code of PROGRAMMES) {
    const started = await graphql<{ startProgramme: { id: string } }>(
      launcher.apiUrl,
      `mutation { startProgramme(municipalityCode: "${code}") { id } }`,
      undefined,
      { token },
    );
    const id = started.data!.startProgramme.id;
    // One partner and nothing else: every step the fuzzer may send unbroken is refused (arbitraries.ts).
    const step = await graphql(
      launcher.apiUrl,
      `mutation { commitPartner(programmeId: "${id}", input: { organisation: "Veilig Thuis", domain: CARE }) { version } }`,
      undefined,
      { token },
    );
    expect(step.errors).toBeUndefined();
  }
  const introspection = await graphql<IntrospectionQuery>(launcher.apiUrl, getIntrospectionQuery(), undefined, {
    token,
  });
  world = {
    schema: buildClientSchema(introspection.data!),
    programmeIds: PROGRAMMES.map((code) => `programme-${code}-1`),
    municipalityCodes: PROGRAMMES,
    authorization: `Bearer ${token}`,
    badAuthorizations: await badAuthorizations(launcherSecret(launcher.dataDir)),
    otherTenantAuthorization: `Bearer ${await launcher.token({ sub: 'fuzz-other-tenant', role: 'MUNICIPALITY', municipalities: ['GM0034'] })}`,
  };
  connection = await Connection.connect({ address: launcher.temporalAddress });
  client = new Client({ connection, dataConverter: temporalDataConverter });
  before = await settled(readModelFile(), client);
  logOffset = launcher.output.length;
  console.info(`api abuse fuzzer: seed ${SEED} (FUZZ_SEED=${SEED} replays it), scale ${SCALE}`);
}, 180_000);

afterAll(async () => {
  if (Object.keys(tally).length > 0) {
    const lines = Object.entries(tally).map(([name, counts]) => {
      const n = Object.values(counts).reduce((a, b) => a + b, 0);
      return `  ${name.padEnd(18)} ${String(n).padStart(5)}  ${Object.entries(counts)
        .sort(([, a], [, b]) => b - a)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ')}`;
    });
    console.info(`api abuse fuzzer (seed ${SEED}), answers per kind:\n${lines.join('\n')}`);
  }
  await connection?.close().catch(() => undefined);
  await launcher?.dispose();
});

describe('GraphQL abuse: every malformed request gets a clear error and changes nothing', () => {
  it(
    'random documents from the schema, edited at random (reads; GET and POST)',
    () => run('broken reads', brokenReads, 500),
    120_000,
  );
  it(
    'steps the programmes refuse, as they are and edited at random',
    () => run('refused steps', refusedSteps, 450),
    120_000,
  );
  it(
    'acceptable steps with a type error, a missing or unknown argument or field, or bad variables',
    () => run('broken mutations', brokenMutations, 400),
    120_000,
  );
  it(
    'input values out of range, too long, empty or of the wrong form',
    () => run('bad values', badValues, 250),
    120_000,
  );
  it(
    'depth, alias, directive, token and cost limits, batches, oversized bodies, GET mutations, operation names',
    () => run('limit breakers', limitBreakers, 300),
    120_000,
  );
  it(
    'every mutation with a missing, malformed, forged or expired token, or another tenant’s',
    () => run('bad tokens', badTokens, 400),
    120_000,
  );
  it(
    'bodies that are no GraphQL request: random bytes and JSON, broken JSON, prototype keys, wrong content types',
    () => run('bad bodies', badBodies, 400),
    120_000,
  );
  it('unicode and giant strings', () => run('strange strings', strangeStrings, 250), 120_000);

  it('leaves the workflows and the read model as they were, and the API healthy with no error logged', async () => {
    const after = await settled(readModelFile(), client);
    expect(Object.keys(after.workflows).sort()).toEqual(Object.keys(before.workflows).sort());
    expect(after.workflows).toEqual(before.workflows);
    for (const table of Object.keys(before.readModel))
      expect(after.readModel[table], `read model table ${table}`).toEqual(before.readModel[table]);
    expect(Object.keys(after.readModel).sort()).toEqual(Object.keys(before.readModel).sort());
    expect((await fetch(`${launcher.apiUrl}/health`)).status).toBe(200);
    expect(launcher.survivors().length, 'dev server, worker and API still run').toBeGreaterThanOrEqual(3);
    const errors = launcher.output
      .slice(logOffset)
      .split('\n')
      .filter((l) => /"level":(50|60)/.test(l) || /stopped unexpectedly/.test(l));
    expect(errors, 'error lines logged while fuzzing').toEqual([]);
  }, 90_000);
});

describe('defects the fuzzer found, fixed (each answered with a clear error)', () => {
  const clear = async (request: AbuseRequest) =>
    expect(judge(request, await send(launcher.apiUrl, request))).toEqual([]);
  const json = (body: unknown): AbuseRequest => ({
    kind: 'found defect',
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: world.authorization },
    body: JSON.stringify(body),
    mayExecute: false,
  });

  it('recordMentorPairing refuses an empty programme id as invalid input, not as an internal error', () =>
    clear({
      ...json({
        query: 'mutation { recordMentorPairing(programmeId: "", input: { mentorMunicipalityCode: "GM0917" }) { id } }',
      }),
      expect: { codes: ['VALIDATION_FAILED', 'NOT_FOUND'] },
    }));

  it('a `query` that is a number, boolean or array is refused without a JavaScript error text', () =>
    clear(json({ query: 5 })));

  it('GET with two named operations and no operationName is refused without a JavaScript error text', () =>
    clear({
      kind: 'found defect',
      method: 'GET',
      search: new URLSearchParams({ query: 'query A { __typename } query B { __typename }' }).toString(),
      headers: { authorization: world.authorization },
      mayExecute: false,
    }));

  it('a `query` that is JSON rather than GraphQL (`{ }`, `[]`, `1`) is refused as a syntax error, not validated as a syntax tree', async () => {
    for (const query of ['{  }', '{}', '[]', '1', '{"kind":"Document","definitions":[{}]}']) {
      await clear({ ...json({ query }), expect: { status: 400, codes: ['VALIDATION_FAILED'] } });
      await clear({
        kind: 'found defect',
        method: 'GET',
        search: new URLSearchParams({ query, variables: '[]' }).toString(),
        headers: { authorization: world.authorization },
        mayExecute: false,
        expect: { status: 400, codes: ['VALIDATION_FAILED'] },
      });
    }
  });

  it('a subscription over HTTP POST is refused (it belongs on graphql-ws), not an internal error', () =>
    clear({
      ...json({ query: 'subscription { programmeChanged { id } }' }),
      expect: { codes: ['VALIDATION_FAILED'] },
    }));
});

describe('limits refuse before any resolver, SQL query or Temporal call', () => {
  // The launcher's API is a separate process, so the probes are in an API built here from the
  // same code (createApiApp, as main.ts does), on the launcher's read model and dev server:
  // - SQL: every query TypeORM sends on the API's DataSource while handling a request (a subscriber);
  // - resolvers: every root field's resolver in the served schema (wrapped here); the token itself is
  //   checked before parsing (issue 14), so it no longer tells a refused request from one that ran;
  // - execution: Mercurius's preExecution hook, which runs after validation, before executing;
  // - Temporal: the API's client starting or addressing a workflow.
  // Each refused request is paired with the same read (or start) inside the limits, which must
  // move the probes: a probe that cannot see execution would make the refusals pass vacuously.
  let app: NestFastifyApplication;
  let apiUrl: string;
  const probes = { sql: 0, resolvers: 0, executions: 0, temporal: 0 };
  const reset = () => Object.assign(probes, { sql: 0, resolvers: 0, executions: 0, temporal: 0 });

  beforeAll(async () => {
    const config = loadApiConfig({
      PORT: String(await freePort()),
      OLIEVLEK_DATA_DIR: launcher.dataDir,
      DATABASE_URL: readModelFile(),
      TEMPORAL_ADDRESS: launcher.temporalAddress,
      LOG_LEVEL: 'silent',
      RATE_LIMIT_MAX: '1000000',
    });
    app = await createApiApp(config);
    // Only SQL sent while handling a request counts: the subscriptions' change feed also polls
    // the read model, on a timer of its own.
    const inRequest = new AsyncLocalStorage<true>();
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onRequest', (_request, _reply, done) => inRequest.run(true, done));
    await app.listen(config.port, config.host);
    apiUrl = `http://${config.host}:${config.port}`;
    app.get(DataSource).subscribers.push({ beforeQuery: () => void (inRequest.getStore() && probes.sql++) });
    // The schema object Mercurius serves; graphql-jit compiles its resolvers on first use, after this.
    const schema = app.get(GraphQLSchemaHost).schema;
    for (const type of [schema.getQueryType(), schema.getMutationType()])
      for (const field of Object.values(type?.getFields() ?? {})) {
        const resolve = field.resolve;
        if (resolve)
          field.resolve = (...args) => {
            probes.resolvers++;
            return resolve(...args);
          };
      }
    (
      app.getHttpAdapter().getInstance() as unknown as {
        graphql: { addHook(name: string, fn: () => Promise<void>): void };
      }
    ).graphql.addHook('preExecution', async () => void probes.executions++);
    const temporal = app.get<Client>(TEMPORAL_CLIENT);
    const start = temporal.workflow.start.bind(temporal.workflow);
    const getHandle = temporal.workflow.getHandle.bind(temporal.workflow);
    temporal.workflow.start = ((...args: Parameters<typeof start>) => {
      probes.temporal++;
      return start(...args);
    }) as typeof start;
    temporal.workflow.getHandle = ((...args: Parameters<typeof getHandle>) => {
      probes.temporal++;
      return getHandle(...args);
    }) as typeof getHandle;
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  const ask = async (query: string) => {
    const res = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: world.authorization },
      body: JSON.stringify({ query }),
    });
    return {
      status: res.status,
      body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
    };
  };

  // Reads that go to the read model, each with its own fields under the limits.
  const READS = [
    (id: string) => `programme(id: "${id}") { id phase version commitment { partners { organisation domain } } }`,
    (id: string) => `programme(municipalityCode: "${id.slice(10, 16)}") { id municipality { name province } }`,
    () => 'programmes(first: 10) { totalCount edges { node { id phase municipality { name } } } }',
    () => 'nationalOverview { total byPhase { key count } }',
    () => 'stalledProgrammes(first: 5) { id }',
  ];
  const FIELDS_AT = /\{ ([a-z][^{}]*?) \}/;
  const BREAKERS = {
    depth: (read: string, n: number) =>
      `${read} __type(name: "Programme") { fields { type { ${'ofType { '.repeat(7 + (n % 40))}name${' }'.repeat(7 + (n % 40))} } } }`,
    aliases: (read: string, n: number) => Array.from({ length: 16 + (n % 60) }, (_, i) => `a${i}: ${read}`).join(' '),
    directives: (read: string, n: number) =>
      read.replace(
        FIELDS_AT,
        (_, fields: string) =>
          `{ ${fields} ${Array.from({ length: 21 + (n % 60) }, () => '__typename @include(if: true)').join(' ')} }`,
      ),
    tokens: (read: string, n: number) => `${read} ${'__typename '.repeat(2_000 + n * 7)}`,
    cost: (read: string, n: number) => {
      const k = 10 + (n % 10);
      return `${read} bomb: programme(id: "${world.programmeIds[0]}") { ...A } } fragment A on Programme { ${'...B '.repeat(k)} } fragment B on Programme { ${'...C '.repeat(k)} } fragment C on Programme { ${'...D '.repeat(k)} } fragment D on Programme { id version municipality { code name province }`;
    },
  } as const;

  it('a read of the read model that breaks a limit runs nothing; the same read within the limits runs (property)', async () => {
    const limits = {
      depth: /te diep genest/,
      aliases: /te veel aliassen/,
      directives: /te veel directives/,
      tokens: /2000 tokens/,
      cost: /te kostbaar/,
    } as const;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: READS.length - 1 }),
        fc.constantFrom(...world.programmeIds),
        fc.constantFrom(...(Object.keys(BREAKERS) as (keyof typeof BREAKERS)[])),
        fc.nat(1_000),
        async (r, id, breaker, n) => {
          const read = READS[r]!(id);
          reset();
          const refused = await ask(`{ ${BREAKERS[breaker](read, n)} }`);
          expect(refused.status).toBe(400);
          expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['VALIDATION_FAILED']);
          expect(refused.body.errors?.[0]?.message).toMatch(limits[breaker]);
          expect(probes, `${breaker}: nothing may run`).toEqual({ sql: 0, resolvers: 0, executions: 0, temporal: 0 });
          reset();
          const answered = await ask(`{ ${read} }`);
          expect(answered.body.errors).toBeUndefined();
          expect(probes.sql, 'the read within the limits reaches the read model').toBeGreaterThan(0);
          expect(probes.resolvers).toBeGreaterThan(0);
          expect(probes.executions).toBe(1);
        },
      ),
      { numRuns: 60, seed: SEED },
    );
  }, 120_000);

  it('a startProgramme bomb (aliases, directives, tokens, cost) starts nothing and reads nothing; one start within the limits does both', async () => {
    const start = (code: string) => `startProgramme(municipalityCode: "${code}") { id phase }`;
    const bombs = [
      `mutation { ${Array.from({ length: 16 }, (_, i) => `a${i}: ${start(`GM00${37 + i}`)}`).join(' ')} }`,
      `mutation { ${start('GM0047').replace('{ id phase }', `{ ${'id @include(if: true) '.repeat(21)}}`)} }`,
      `mutation { ${start('GM0047').replace('{ id phase }', `{ ${'id '.repeat(2_001)}}`)} }`,
      `mutation { ${start('GM0047').replace('{ id phase }', '{ ...A }')} } fragment A on Programme { ${'...B '.repeat(10)} } fragment B on Programme { ${'...C '.repeat(10)} } fragment C on Programme { ${'...D '.repeat(10)} } fragment D on Programme { id municipality { code name province } }`,
    ];
    for (const bomb of bombs) {
      reset();
      const refused = await ask(bomb);
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['VALIDATION_FAILED']);
      expect(probes).toEqual({ sql: 0, resolvers: 0, executions: 0, temporal: 0 });
    }
    reset();
    const started = await ask(`mutation { ${start('GM0047')} }`);
    expect(started.body).toEqual({ data: { startProgramme: { id: 'programme-GM0047-1', phase: 'COMMITMENT' } } });
    expect(probes.temporal, 'the start reached Temporal').toBeGreaterThan(0);
    expect(probes.sql, 'and the read model').toBeGreaterThan(0);
    expect(Object.keys((await settled(readModelFile(), client)).workflows).sort()).toEqual(
      [...world.programmeIds, 'programme-GM0047-1'].sort(),
    );
  }, 90_000);
});

describe('the same step sent twice with the same update id is applied once', () => {
  // The API's ProgrammeService.step sends every step as a Temporal Update *without* an update id,
  // so these go to the dev server directly, as a client that retries would send them.
  const PROGRAMME = 'programme-GM0034-1';
  const PROJECT_LEAD = { role: 'PROJECT_LEAD' } as const;
  const view = () => client.workflow.getHandle(PROGRAMME).query(getProgrammeStateQuery);
  const timeline = (v: ProgrammeView, event: string) => v.timeline.filter((e) => e.event === event);

  beforeAll(async () => {
    const started = await graphql(
      launcher.apiUrl,
      'mutation { startProgramme(municipalityCode: "GM0034") { id } }',
      undefined,
      { token: world.authorization.slice(7) },
    );
    expect(started.data).toEqual({ startProgramme: { id: PROGRAMME } });
  });

  it('sent again after it completed: the same answer, one timeline entry, one version bump', async () => {
    const handle = client.workflow.getHandle(PROGRAMME);
    const v0 = (await view()).version;
    const args = [{ organisation: 'Veilig Thuis', domain: 'CARE' as const, actor: PROJECT_LEAD }] as const;
    const first = await handle.executeUpdate(programmeUpdates.commitPartner, {
      args: [...args],
      updateId: 'commit-veilig-thuis',
    });
    const again = await handle.executeUpdate(programmeUpdates.commitPartner, {
      args: [...args],
      updateId: 'commit-veilig-thuis',
    });
    expect(again).toEqual(first);
    expect(first.version).toBe(v0 + 1);
    const now = await view();
    expect(now.version).toBe(v0 + 1);
    expect(timeline(now, 'commitPartner')).toHaveLength(1);
    expect(now.commitment.partners.map((p) => p.organisation)).toEqual(['Veilig Thuis']);
    expect(launcher.workflowVersion(PROGRAMME)).toBe(v0 + 1);
  });

  it('five at once with one id, then a retry with other arguments under that id: applied once, the first arguments win', async () => {
    const handle = client.workflow.getHandle(PROGRAMME);
    const v0 = (await view()).version;
    const send = (organisation: string) =>
      handle.executeUpdate(programmeUpdates.commitPartner, {
        args: [{ organisation, domain: 'EDUCATION', actor: PROJECT_LEAD }],
        updateId: 'commit-school-board',
      });
    const answers = await Promise.all(Array.from({ length: 5 }, () => send('Stichting Openbaar Onderwijs')));
    expect(new Set(answers.map((a) => a.version))).toEqual(new Set([v0 + 1]));
    const retry = await send('Een ander schoolbestuur');
    expect(retry).toEqual(answers[0]);
    const now = await view();
    expect(now.version).toBe(v0 + 1);
    expect(timeline(now, 'commitPartner')).toHaveLength(2);
    expect(now.commitment.partners.map((p) => p.organisation)).toEqual([
      'Veilig Thuis',
      'Stichting Openbaar Onderwijs',
    ]);
  });

  it('the read model shows each step once', async () => {
    const expected = await view();
    await expect
      .poll(
        () =>
          (readModelRows(readModelFile()).programme as { id: string; version: number }[]).find(
            (r) => r.id === PROGRAMME,
          )?.version,
        { timeout: 30_000, interval: 250 },
      )
      .toBe(expected.version);
    const row = (readModelRows(readModelFile()).programme as { id: string; state: string }[]).find(
      (r) => r.id === PROGRAMME,
    )!;
    const state = JSON.parse(row.state) as ProgrammeView;
    expect(state.commitment.partners.map((p) => p.organisation)).toEqual([
      'Veilig Thuis',
      'Stichting Openbaar Onderwijs',
    ]);
    expect(timeline(state, 'commitPartner')).toHaveLength(2);
  });

  // Temporal keeps the outcomes of updates per run: after continue-as-new (every 2 000 history
  // events by default) the same id would be a new update. The workflow carries the ids of its
  // recent updates into the new run and answers a repeat with its current state.
  describe('across continue-as-new', () => {
    const id = 'programme-GM0050-1';
    const handle = () => client.workflow.getHandle(id);
    const designate = () =>
      handle().executeUpdate(programmeUpdates.designateAdministrativeLead, {
        args: [{ name: 'Wethouder', actor: PROJECT_LEAD }],
        updateId: 'designate-lead',
      });
    let first: ProgrammeView;

    afterAll(async () => {
      await handle()
        .terminate('update id test done')
        .catch(() => undefined);
    });

    it('a step with an update id, then enough steps for the workflow to continue as new', async () => {
      await client.workflow.start(PROGRAMME_LIFECYCLE_WORKFLOW, {
        taskQueue: PROGRAMMES_TASK_QUEUE,
        workflowId: id,
        // As ProgrammeService.start, but handing over to a new run after 40 history events.
        args: [
          {
            programmeId: id,
            municipalityCode: 'GM0050',
            sequence: 1,
            maxHistoryEvents: 40,
          } satisfies ProgrammeLifecycleInput,
        ],
        typedSearchAttributes: new TypedSearchAttributes([{ key: MUNICIPALITY_CODE_SA, value: 'GM0050' }]),
      });
      first = await designate();
      const firstRun = (await handle().describe()).runId;
      // More than 40 events; the workflow hands over once it is idle (projection caught up), so
      // the steps are sent first and the new run is awaited after them.
      for (let i = 0; i < 30; i++) {
        await handle().executeUpdate(programmeUpdates.commitPartner, {
          args: [{ organisation: `Partner ${i}`, domain: 'CARE', actor: PROJECT_LEAD }],
        });
      }
      await expect
        .poll(async () => (await handle().describe()).runId, { timeout: 60_000, message: 'continued as new' })
        .not.toBe(firstRun);
      expect(timeline(await handle().query(getProgrammeStateQuery), 'designateAdministrativeLead')).toHaveLength(1);
    });

    it('the same update id sent again in the new run is still applied once', async () => {
      const before = await handle().query(getProgrammeStateQuery);
      const retried = await designate();
      expect(timeline(await handle().query(getProgrammeStateQuery), 'designateAdministrativeLead')).toHaveLength(1);
      expect(retried.version).toBe(before.version);
      expect(retried.version).toBeGreaterThan(first.version);
    });
  });

  it('through the API a step sent again with the same Idempotency-Key is taken once; another key is another step', async () => {
    const token = world.authorization.slice(7);
    const v0 = (await view()).version;
    const designations = timeline(await view(), 'designateAdministrativeLead').length;
    const mutation = `mutation { designateAdministrativeLead(programmeId: "${PROGRAMME}", input: { name: "Wethouder Jeugd" }) { version } }`;
    const send = (key: string) =>
      graphql<{ designateAdministrativeLead: { version: number } }>(launcher.apiUrl, mutation, undefined, {
        token,
        headers: { 'idempotency-key': key },
      });
    const answers = await Promise.all([send('7d1c0c8e-retry'), send('7d1c0c8e-retry'), send('7d1c0c8e-retry')]);
    for (const a of answers) expect(a.data?.designateAdministrativeLead.version).toBe(v0 + 1);
    expect((await send('7d1c0c8e-retry')).data?.designateAdministrativeLead.version).toBe(v0 + 1);
    expect((await send('another-request')).data?.designateAdministrativeLead.version).toBe(v0 + 2);
    expect(timeline(await view(), 'designateAdministrativeLead')).toHaveLength(designations + 2);
    const refused = await send('two words');
    expect(refused.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(refused.errors?.[0]?.message).toContain('Idempotency-Key');
    expect((await view()).version).toBe(v0 + 2);
  });
});
