import Fastify from 'fastify';
import { freePort } from '../../test/support/free-port';
import { seededDatabase } from '../fixtures/seeded-database';
import { formatRate, loadInterleaved, loadOptions, type LoadFigures } from '../support/load';
import { formatMs } from '../support/report';
import type { BenchContext, BenchModule, BenchRow } from '../support/types';
import { PING, startBare } from './framework.suite';
import { startApi } from '../support/api';
import { graphql } from './overview-http.suite';

const MODULE = 'http';

// Which programme the bench asks for: the latest of the data set's first municipality.
const LATEST_ID_QUERY = 'query($code: String!) { programme(municipalityCode: $code) { id } }';

// Issue 18.1: what the workspace's programme page asks for (its `programme` field, as in
// apps/web/src/pages/programme/index.tsx, PROGRAMME_QUERY), members and timeline included.
const PROGRAMME_QUERY = `query ProgrammePage($id: ID!) { programme(id: $id) { id phase status version
  municipality { code name schoolHolidayRegion } pause { reason since } phaseHistory { phase enteredAt leftAt }
  checklist { ruleId label done blocking missing tip }
  commitment { administrativeLead { name } recommitment { reason dueAt } projectLead { name kind }
    partners { organisation domain } recommendations { item doneAt } }
  agenda { themes actions { id title theme status ownerOrganisation embedding { recordedAt ended { at } } } }
  training { stage sessions { id title date delivered { at } } }
  members { memberId membershipId name email organisation role partnerOrganisation partnerDomain partnerLevel since }
  timeline { at event summary by { role name onBehalfOf { name } } } } }`;

/** A bare Fastify hello-world on 127.0.0.1, in this process. */
export async function startHelloWorld(ctx: BenchContext): Promise<{ url: string; close(): Promise<void> }> {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({ hello: 'world' }));
  const port = await freePort();
  await app.listen({ port, host: '127.0.0.1' });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
  };
  ctx.onCleanup(close);
  return { url: `http://127.0.0.1:${port}/`, close };
}

function throughputRow(
  name: string,
  subject: LoadFigures,
  baseline: LoadFigures,
  atLeast: number,
  note: string,
): BenchRow {
  const ratio = subject.requestsPerSecond / baseline.requestsPerSecond;
  return {
    module: MODULE,
    name,
    subject: subject.latency,
    baseline: baseline.latency,
    ratio,
    checks: [{ target: `≥ ${atLeast}× baseline req/s`, holds: ratio >= atLeast }],
    figure: {
      subject: formatRate(subject.requestsPerSecond),
      baseline: formatRate(baseline.requestsPerSecond),
      ratioOf: 'req/s',
    },
    note: `${note}; ${subject.requests} and ${baseline.requests} answers, ${subject.failures} and ${baseline.failures} failures`,
  };
}

function p99Row(name: string, subject: LoadFigures, baseline: LoadFigures, atMost: number, note: string): BenchRow {
  const ratio = subject.latency.p99 / baseline.latency.p99;
  return {
    module: MODULE,
    name,
    subject: subject.latency,
    baseline: baseline.latency,
    ratio,
    ratioP50: subject.latency.p50 / baseline.latency.p50,
    checks: [{ target: `p99 ≤ ${atMost}× baseline p99`, holds: ratio <= atMost }],
    figure: {
      subject: `p99 ${formatMs(subject.latency.p99)}`,
      baseline: `p99 ${formatMs(baseline.latency.p99)}`,
      ratioOf: 'p99',
    },
    note: `${note}; ${subject.requests} and ${baseline.requests} answers, ${subject.failures} and ${baseline.failures} failures`,
  };
}

export const httpModule: BenchModule = {
  name: MODULE,
  summary:
    "issue 18.1 (was issue 7 target 1): the programme page's programme query over HTTP through the API (SQLite, 10,000 programmes, Temporal down) vs a bare Fastify hello-world, autocannon at max rate and at 100 req/s; { __typename } through the API vs bare Mercurius",
  async run(ctx) {
    const db = await seededDatabase(ctx, 'SQLite');
    const api = await startApi(ctx, { databaseUrl: db.url });
    const hello = await startHelloWorld(ctx);
    const bare = await startBare(ctx);
    try {
      const code = db.dataset.slots[0]!.municipality.code;
      const latest = await graphql(api.url, api.token, LATEST_ID_QUERY, { code });
      const id = (latest.data?.programme as { id?: string } | null)?.id;
      if (!id) throw new Error(`programme(${code}) answered ${JSON.stringify(latest)}`);
      const variables = { id };
      const first = await graphql(api.url, api.token, PROGRAMME_QUERY, variables);
      if ((first.data?.programme as { id?: string } | null)?.id !== id || first.errors)
        throw new Error(`programme(id: ${id}) answered ${JSON.stringify(first)}`);
      const helloAnswer = await fetch(hello.url);
      if (!helloAnswer.ok) throw new Error(`hello-world answered ${helloAnswer.status}`);
      const programmeTarget = {
        name: `POST /graphql programme(id: ${id}), the programme page's fields`,
        url: api.url,
        method: 'POST' as const,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
        body: JSON.stringify({ query: PROGRAMME_QUERY, variables }),
      };
      const helloTarget = { name: 'GET / bare Fastify hello-world', url: hello.url, method: 'GET' as const };
      const pingTarget = {
        name: 'POST /graphql { ping } on bare Fastify + Mercurius',
        url: bare.url,
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: PING,
      };
      ctx.record('httpProgrammeQuery', PROGRAMME_QUERY);

      ctx.log('programme over HTTP vs hello-world, max rate...');
      const typenameTarget = {
        ...programmeTarget,
        name: 'POST /graphql { __typename } through the API',
        body: JSON.stringify({ query: '{ __typename }' }),
      };
      const [maxProgramme, maxHello, maxPing, maxTypename] = await loadInterleaved(
        [programmeTarget, helloTarget, pingTarget, typenameTarget],
        loadOptions(ctx.quick, { rounds: 3, durationS: 4, connections: 10 }),
      );
      ctx.log('programme over HTTP vs hello-world, 100 req/s...');
      const [fixedProgramme, fixedHello] = await loadInterleaved(
        [programmeTarget, helloTarget],
        loadOptions(ctx.quick, { rounds: 3, durationS: 6, connections: 10, overallRate: 100 }),
      );
      const how = 'autocannon in this process, 10 connections, loopback; rounds interleaved with the baseline';
      return [
        throughputRow(
          'programme over HTTP, max rate',
          maxProgramme!,
          maxHello!,
          0.5,
          `${how}; p50–p99 are the latency at that load`,
        ),
        {
          ...throughputRow(
            '  diagnostic: programme vs bare Mercurius { ping }',
            maxProgramme!,
            maxPing!,
            0,
            `${how}; what the API adds over a GraphQL server on Fastify (NestJS, token check, read model, mapping); no target`,
          ),
          checks: [],
        },
        {
          ...throughputRow(
            '  diagnostic: programme vs { __typename } through the API',
            maxProgramme!,
            maxTypename!,
            0,
            `${how}; the resolver (token check, read model, mapping, answer) beside the API's fixed cost per request; no target`,
          ),
          checks: [],
        },
        throughputRow(
          '{ __typename } through the API vs bare Mercurius { ping }',
          maxTypename!,
          maxPing!,
          0.7,
          `${how}; the API's fixed cost per request (NestJS, rate limiter, its Fastify and Mercurius plugins and hooks) beside a bare GraphQL server`,
        ),
        {
          ...throughputRow(
            '  diagnostic: bare Mercurius { ping } vs hello-world',
            maxPing!,
            maxHello!,
            0,
            `${how}; what a GraphQL request costs over a bare route; no target`,
          ),
          checks: [],
        },
        p99Row('programme over HTTP, 100 req/s', fixedProgramme!, fixedHello!, 2, `${how}, overallRate 100`),
      ];
    } finally {
      await bare.close();
      await hello.close();
      await api.close();
    }
  },
};
