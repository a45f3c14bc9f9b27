import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getProgrammeStateQuery, programmeUpdates } from '../../libs/contracts/src';
import type { Actor, ProgrammeView } from '../../libs/domain/src';
import { openDataSource } from '../../libs/persistence/src';
import { graphql, Launcher } from '../support/launcher';
import { municipalityCodes } from '../support/municipality-codes';
import { grantMany } from '../support/members';
import { launcherDatabase } from '../support/scripted-roles';
import { converge } from './support/convergence';
import { temporalDataConverter } from '../../libs/platform/src';

// Issue 7: "a load of 50 concurrent clients for 60 s mixing reads and steps: zero 5xx, zero lost
// steps". Fifty clients, each with its own kwartiermaker token (and, since P1, project lead of
// every loaded programme: the steps are the project lead's), read (one programme, a page, the
// national overview, the escalation queue) and take steps (a partner commits, a bottleneck is
// recorded) against the real launcher for 60 s. Every step carries a unique marker, so afterwards
// each accepted step can be found in its workflow exactly once, and in the read model.
//
// The rate limit (RATE_LIMIT_MAX, per token holder per minute) is raised for the run: this is a
// test of the product under load, not of the limiter. LOAD_CLIENTS / LOAD_SECONDS change the load.

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const STEP_SHARE = 0.3;
const LOADED = municipalityCodes(20);
const IN_COMMITMENT = LOADED.slice(0, 10);
const IN_AGENDA = LOADED.slice(10);
const DOMAINS = ['CARE', 'EDUCATION', 'JUSTICE', 'MUNICIPALITY', 'OTHER'] as const;
const id = (code: string) => `programme-${code}-1`;
const clientSubject = (n: number) => `load-client-${n}`;

let launcher: Launcher;
let connection: Connection;
let client: Client;
let readModelDb: DataSource;

interface Outcome {
  kind: string;
  status: number;
  code?: string;
  ms: number;
}
interface StepRecord {
  programmeId: string;
  marker: string;
  accepted: boolean;
  answer: string;
}

const outcomes: Outcome[] = [];
const steps: StepRecord[] = [];
const failures: string[] = [];

beforeAll(async () => {
  launcher = await Launcher.onFreePorts({ RATE_LIMIT_MAX: '10000000' });
  await launcher.start();
  const token = await launcher.token();
  connection = await Connection.connect({ address: launcher.temporalAddress });
  client = new Client({ connection, dataConverter: temporalDataConverter });
  for (const code of [...IN_COMMITMENT, ...IN_AGENDA]) {
    const started = await graphql(
      launcher.apiUrl,
      `mutation { startProgramme(municipalityCode: "${code}") { id } }`,
      undefined,
      { token },
    );
    expect(started.errors).toBeUndefined();
  }
  // Half of them to AGENDA, straight through their workflows (setup, not under test).
  const lead: Actor = { role: 'PROJECT_LEAD' };
  for (const code of IN_AGENDA) {
    const handle = client.workflow.getHandle(id(code));
    await handle.executeUpdate(programmeUpdates.designateAdministrativeLead, { args: [{ actor: lead }] });
    for (const domain of ['CARE', 'EDUCATION', 'JUSTICE'] as const) {
      await handle.executeUpdate(programmeUpdates.commitPartner, {
        args: [{ organisation: `Partner ${domain}`, domain, actor: lead }],
      });
    }
    await handle.executeUpdate(programmeUpdates.appointProjectLead, { args: [{ kind: 'INTERNAL', actor: lead }] });
    const agenda = await handle.executeUpdate(programmeUpdates.confirmCommitment, {
      args: [{ actor: { role: 'ADMINISTRATIVE_LEAD' } }],
    });
    expect(agenda.phase).toBe('AGENDA');
  }
  // P1: the steps under load are a project lead's; each client's person is one in every programme.
  await grantMany(
    launcherDatabase(launcher),
    Array.from({ length: CLIENTS }, (_, n) =>
      [...IN_COMMITMENT, ...IN_AGENDA].map((code) => ({
        programmeId: id(code),
        subject: clientSubject(n),
        grants: ['PROJECT_LEAD' as const],
      })),
    ).flat(),
  );
  readModelDb = await openDataSource({ url: join(launcher.dataDir, 'olievlek.sqlite') });
}, 240_000);

afterAll(async () => {
  await readModelDb?.destroy();
  await connection?.close().catch(() => undefined);
  await launcher?.dispose();
});

const READS = [
  (code: string) =>
    `{ programme(id: "${id(code)}") { id phase version commitment { partners { organisation } } agenda { bottlenecks { description } } escalations { id } } }`,
  (code: string) => `{ programme(municipalityCode: "${code}") { id phase municipality { name province } } }`,
  () =>
    '{ programmes(first: 20, orderBy: { field: UPDATED_AT, direction: DESC }) { totalCount edges { node { id phase version } } } }',
  () => '{ nationalOverview { total byPhase { key count } openEscalationsByLevel { level count } } }',
  () => '{ escalationQueue(first: 20) { id programmeId level deliveryStatus municipality { name } } }',
];

async function post(
  authorization: string,
  query: string,
  kind: string,
): Promise<
  | {
      status: number;
      body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
    }
  | undefined
> {
  const started = performance.now();
  try {
    const res = await fetch(`${launcher.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await res.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    outcomes.push({
      kind,
      status: res.status,
      code: body.errors?.[0]?.extensions?.code,
      ms: performance.now() - started,
    });
    return { status: res.status, body };
  } catch (error) {
    outcomes.push({ kind, status: 0, code: 'NETWORK', ms: performance.now() - started });
    failures.push(`${kind}: ${String(error)}`);
    return undefined;
  }
}

async function loadClient(n: number, until: number, authorization: string): Promise<void> {
  let k = 0;
  // Deterministic per client: a simple LCG, so a run is the same mix each time.
  let seed = n * 7919 + 17;
  const rand = (max: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % max;
  while (Date.now() < until) {
    if (rand(1000) < STEP_SHARE * 1000) {
      const marker = `load c${n} s${k++}`;
      const agenda = rand(2) === 0;
      const code = agenda ? IN_AGENDA[rand(IN_AGENDA.length)]! : IN_COMMITMENT[rand(IN_COMMITMENT.length)]!;
      const domain = DOMAINS[rand(DOMAINS.length)];
      const query = agenda
        ? `mutation { recordBottleneck(programmeId: "${id(code)}", input: { description: "${marker}", domain: ${domain} }) { version } }`
        : `mutation { commitPartner(programmeId: "${id(code)}", input: { organisation: "${marker}", domain: ${domain} }) { version } }`;
      const res = await post(authorization, query, agenda ? 'recordBottleneck' : 'commitPartner');
      const accepted = res?.status === 200 && res.body.errors === undefined && !!res.body.data;
      steps.push({
        programmeId: id(code),
        marker,
        accepted,
        answer: res ? JSON.stringify(res.body).slice(0, 300) : 'no answer',
      });
    } else {
      const read = READS[rand(READS.length)]!;
      const code = [...IN_COMMITMENT, ...IN_AGENDA][rand(20)]!;
      await post(authorization, read(code), `read ${read('X').slice(2, 18).trim()}`);
    }
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

describe(`${CLIENTS} clients for ${SECONDS} s, mixing reads and steps`, () => {
  it(
    'answers every request, none with a 5xx or an internal error',
    async () => {
      const tokens = await Promise.all(
        Array.from({ length: CLIENTS }, (_, n) => launcher.token({ sub: clientSubject(n), role: 'KWARTIERMAKER' })),
      );
      const started = Date.now();
      const until = started + SECONDS * 1000;
      await Promise.all(tokens.map((token, n) => sleep(n * 20).then(() => loadClient(n, until, `Bearer ${token}`))));
      const elapsed = (Date.now() - started) / 1000;

      const byKind = new Map<string, Outcome[]>();
      for (const o of outcomes) byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), o]);
      const table = [...byKind].map(([kind, os]) => {
        const statuses = Object.entries(
          os.reduce<Record<string, number>>(
            (acc, o) => ({
              ...acc,
              [`${o.status}${o.code ? ` ${o.code}` : ''}`]: (acc[`${o.status}${o.code ? ` ${o.code}` : ''}`] ?? 0) + 1,
            }),
            {},
          ),
        );
        const ms = os.map((o) => o.ms);
        return `  ${kind.padEnd(22)} ${String(os.length).padStart(6)}  p50 ${percentile(ms, 50).toFixed(0).padStart(5)} ms  p99 ${percentile(ms, 99).toFixed(0).padStart(6)} ms  ${statuses.map(([k, v]) => `${k}: ${v}`).join(', ')}`;
      });
      console.info(
        `load: ${CLIENTS} clients, ${elapsed.toFixed(0)} s, ${outcomes.length} requests (${(outcomes.length / elapsed).toFixed(0)}/s), ${steps.filter((s) => s.accepted).length} steps accepted\n${table.join('\n')}`,
      );

      expect(failures, 'requests without an answer').toEqual([]);
      expect(
        outcomes.filter((o) => o.status >= 500),
        'answers with a 5xx',
      ).toEqual([]);
      expect(
        outcomes.filter((o) => o.code !== undefined),
        'answers with an error (every request sent is valid)',
      ).toEqual([]);
      expect(
        steps.filter((s) => !s.accepted).map((s) => `${s.programmeId} ${s.marker}: ${s.answer}`),
        'refused steps (every step sent is valid)',
      ).toEqual([]);
      expect(steps.length).toBeGreaterThan(CLIENTS);
      expect((await fetch(`${launcher.apiUrl}/health`)).status).toBe(200);
    },
    (SECONDS + 240) * 1000,
  );

  it('has every accepted step in its workflow exactly once, and nothing that was not sent', async () => {
    for (const programmeId of [...IN_COMMITMENT, ...IN_AGENDA].map(id)) {
      const view: ProgrammeView = await client.workflow.getHandle(programmeId).query(getProgrammeStateQuery);
      const found = [
        ...view.commitment.partners.map((p) => p.organisation),
        ...view.agenda.bottlenecks.map((b) => b.description),
      ].filter((t) => t.startsWith('load '));
      const sent = steps.filter((s) => s.programmeId === programmeId && s.accepted).map((s) => s.marker);
      expect([...found].sort(), programmeId).toEqual([...sent].sort());
    }
  }, 120_000);

  it('the read model converges to every workflow’s own state, programme by programme', async () => {
    expect(await converge(client, readModelDb, [...IN_COMMITMENT, ...IN_AGENDA].map(id), 120_000)).toEqual([]);
  }, 180_000);
});
