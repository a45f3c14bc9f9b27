import { execFileSync } from 'node:child_process';
import { getIntrospectionQuery } from 'graphql';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Launcher } from './support/launcher';

// The GraphQL endpoint's limits (OWASP GraphQL cheat sheet), against the real launcher: one with
// the defaults, one locked down with small limits so that each refusal takes a few requests.

const LOCKED_DOWN = {
  GRAPHQL_INTROSPECTION: 'false',
  GRAPHQL_IDE: 'false',
  GRAPHQL_MAX_DEPTH: '2',
  GRAPHQL_MAX_BATCH: '3',
  RATE_LIMIT_MAX: '5',
  GRAPHQL_OPEN_INTROSPECTION: 'true',
};

/** Headers for a request without a token (every operation needs one unless introspection is open). */
const ANONYMOUS = { authorization: '' };

let open: Launcher;
let lockedDown: Launcher;

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function post(
  launcher: Launcher,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: Body & Body[] }> {
  // Signed in unless the caller says who (or ANONYMOUS): the limits are about documents, not tokens.
  const who = 'authorization' in headers ? {} : bearer(await launcher.token());
  const sent = Object.fromEntries(Object.entries({ ...who, ...headers }).filter(([, v]) => v !== ''));
  const res = await fetch(`${launcher.apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...sent },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Body & Body[] };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** A verified token of its own holder on the locked-down API: rate limits count per holder. */
const holder = async (name: string) => bearer(await lockedDown.token({ sub: name, role: 'KWARTIERMAKER' }));

function workflowIds(launcher: Launcher): string[] {
  const out = execFileSync(
    process.env.OLIEVLEK_TEMPORAL_CLI as string,
    ['workflow', 'list', '-o', 'json', '--address', launcher.temporalAddress],
    { encoding: 'utf8' },
  );
  return (JSON.parse(out || '[]') as { execution: { workflowId: string } }[]).map((w) => w.execution.workflowId);
}

/** Refused before execution: HTTP status, one VALIDATION_FAILED error with a Dutch sentence, no data. */
function expectRefused(res: { status: number; body: Body }, sentence: RegExp, status = 400): void {
  expect(res.status).toBe(status);
  expect(res.body.data ?? null).toBeNull();
  expect(res.body.errors).toHaveLength(1);
  expect(res.body.errors![0].extensions?.code).toBe('VALIDATION_FAILED');
  expect(res.body.errors![0].message).toMatch(sentence);
  expect(JSON.stringify(res.body)).not.toMatch(/stack|\bat .*\.js|TypeError|GraphQLError|FST_/);
}

const start = (selection: string) => `mutation { startProgramme(municipalityCode: "GM0014") ${selection} }`;

beforeAll(async () => {
  [open, lockedDown] = await Promise.all([Launcher.onFreePorts(), Launcher.onFreePorts(LOCKED_DOWN)]);
  await Promise.all([open.start(), lockedDown.start()]);
});

afterAll(async () => {
  await Promise.all([open?.dispose(), lockedDown?.dispose()]);
});

/** Refused for want of a token: one UNAUTHENTICATED error, no data, nothing started. */
function expectSignInAsked(res: { body: Body }, sentence: RegExp): void {
  expect(res.body.data ?? null).toBeNull();
  expect(res.body.errors).toHaveLength(1);
  expect(res.body.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(res.body.errors![0].message).toMatch(sentence);
}

describe('sign-in for every operation (issue 14)', () => {
  it('refuses { __typename }, introspection and nationalOverview without a token, in Dutch or English', async () => {
    for (const query of ['{ __typename }', getIntrospectionQuery(), '{ nationalOverview { __typename } }'])
      expectSignInAsked(await post(open, { query }, ANONYMOUS), /^Log in: stuur een geldig toegangstoken mee/);
    expectSignInAsked(
      await post(open, { query: '{ __typename }' }, { ...ANONYMOUS, 'accept-language': 'en' }),
      /^Log in: send a valid access token/,
    );
    // Not even the schema's field names leak through a validation error.
    expectSignInAsked(await post(open, { query: '{ programm { id } }' }, ANONYMOUS), /Log in/);
    const get = await fetch(`${open.apiUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expectSignInAsked({ body: (await get.json()) as Body }, /Log in/);
    expectSignInAsked(await post(open, { query: start('{ id }') }, ANONYMOUS), /Log in/);
    expect(workflowIds(open)).toEqual([]);
  });

  it('with GRAPHQL_OPEN_INTROSPECTION=true answers introspection-only operations anonymously, nothing else', async () => {
    expect((await post(lockedDown, { query: '{ __typename }' }, ANONYMOUS)).body).toEqual({
      data: { __typename: 'Query' },
    });
    expectSignInAsked(
      await post(lockedDown, { query: '{ __typename nationalOverview { __typename } }' }, ANONYMOUS),
      /Log in/,
    );
    expectSignInAsked(await post(lockedDown, { query: start('{ id }') }, ANONYMOUS), /Log in/);
    expect(workflowIds(lockedDown)).toEqual([]);
  });
});

describe('GraphQL limits with the defaults', () => {
  it('refuses a query nested deeper than 10 levels, answers one of 10', async () => {
    const nested = (n: number) =>
      `{ __type(name: "Programme") { fields { type { ${'ofType { '.repeat(n)}name${' }'.repeat(n)} } } } }`;
    expectRefused(await post(open, { query: nested(8) }), /te diep genest \(ten hoogste 10 niveaus\)/);
    const within = await post(open, { query: nested(6) });
    expect(within.status).toBe(200);
    expect(within.body.errors).toBeUndefined();
  });

  it('refuses a mutation with more than 15 aliases and starts nothing', async () => {
    const aliased = Array.from({ length: 16 }, (_, i) => `a${i}: startProgramme(municipalityCode: "GM0014") { id }`);
    expectRefused(
      await post(open, { query: `mutation { ${aliased.join(' ')} }` }),
      /te veel aliassen \(ten hoogste 15\)/,
    );
    expect(workflowIds(open)).toEqual([]);
  });

  it('refuses a fragment bomb above cost 5000 and starts nothing', async () => {
    // Three fragments, each spreading the next ten times: a small document, a thousandfold result.
    const query = `${start('{ ...A }')}
      fragment A on Programme { ${'...B '.repeat(10)} }
      fragment B on Programme { ${'...C '.repeat(10)} }
      fragment C on Programme { ${'...D '.repeat(10)} }
      fragment D on Programme { id municipality { code name province } }`;
    expectRefused(await post(open, { query }), /te kostbaar om uit te voeren \(ten hoogste 5000 punten\)/);
    expect(workflowIds(open)).toEqual([]);
  });

  it('refuses more than 20 directives and starts nothing', async () => {
    const fields = Array.from({ length: 21 }, () => 'id @include(if: true)').join(' ');
    expectRefused(await post(open, { query: start(`{ ${fields} }`) }), /te veel directives \(ten hoogste 20\)/);
    expect(workflowIds(open)).toEqual([]);
  });

  it('refuses a document of more than 2000 tokens while parsing, starting nothing', async () => {
    expectRefused(await post(open, { query: start(`{ ${'id '.repeat(2000)} }`) }), /2000 tokens/);
    expect(workflowIds(open)).toEqual([]);
  });

  it('refuses a batch: batching is off by default', async () => {
    const res = await post(open, [{ query: start('{ id }') }, { query: '{ __typename }' }]);
    expectRefused(res, /Gebundelde aanvragen .* worden niet aangenomen/);
    expect(workflowIds(open)).toEqual([]);
  });

  it('refuses a body over 100 kB with 413 and a GraphQL error body, starting nothing', async () => {
    const res = await post(open, { query: start('{ id }'), variables: { padding: 'x'.repeat(150 * 1024) } });
    expectRefused(res, /De aanvraag is te groot: ten hoogste 100 kB/, 413);
    expect(workflowIds(open)).toEqual([]);
  });

  it('answers introspection and serves the IDE, and suggests field names', async () => {
    const res = await post(open, { query: getIntrospectionQuery() });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(JSON.stringify(res.body.data)).toContain('"name":"Programme"');
    expect((await fetch(`${open.apiUrl}/graphiql`)).status).toBe(200);
    const typo = await post(open, { query: '{ programm { id } }' });
    expect(typo.body.errors![0].message).toMatch(/Bedoelt u "programme/);
  });

  it('still starts a programme after all the refusals: the first one for GM0014', async () => {
    const res = await post(open, { query: start('{ id }') }, bearer(await open.token()));
    expect(res.body).toEqual({ data: { startProgramme: { id: 'programme-GM0014-1' } } });
    expect(workflowIds(open)).toEqual(['programme-GM0014-1']);
  });
});

describe('GraphQL locked down: no introspection, small limits', () => {
  it('refuses introspection queries but answers __typename', async () => {
    const who = await holder('introspection');
    expectRefused(await post(lockedDown, { query: getIntrospectionQuery() }, who), /introspectie .* is uitgeschakeld/);
    expectRefused(
      await post(lockedDown, { query: '{ __type(name: "Programme") { name } }' }, who),
      /introspectie .* is uitgeschakeld/,
    );
    expect((await post(lockedDown, { query: '{ __typename }' }, who)).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('does not serve the IDE and gives no field suggestions', async () => {
    expect((await fetch(`${lockedDown.apiUrl}/graphiql`)).status).toBe(404);
    const typo = await post(lockedDown, { query: '{ programm { id } }' }, await holder('suggestions'));
    expectRefused(typo, /programm/);
    expect(typo.body.errors![0].message).not.toMatch(/Did you mean|"programme/);
  });

  it('refuses a mutation deeper than GRAPHQL_MAX_DEPTH and starts nothing', async () => {
    const res = await post(lockedDown, { query: start('{ municipality { name } }') }, await holder('depth'));
    expectRefused(res, /te diep genest \(ten hoogste 2 niveaus\)/);
    expect(workflowIds(lockedDown)).toEqual([]);
  });

  it('applies the same limits to subscriptions over graphql-ws', async () => {
    const client = createClient({
      url: `${lockedDown.apiUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: (await holder('subscriptions')) as Record<string, string>,
      retryAttempts: 0,
    });
    const refusal = (query: string) =>
      new Promise<{ message: string; extensions?: Record<string, unknown> }[]>((resolve, reject) => {
        client.subscribe(
          { query },
          {
            next: () => reject(new Error('subscribed')),
            error: (e) => resolve(e as never),
            complete: () => reject(new Error('completed')),
          },
        );
      });
    try {
      const deep = await refusal('subscription { programmeChanged { municipality { name } } }');
      expect(deep).toHaveLength(1);
      expect(deep[0].extensions?.code).toBe('VALIDATION_FAILED');
      expect(deep[0].message).toMatch(/te diep genest \(ten hoogste 2 niveaus\)/);
      const typo = await refusal('subscription { programmeChange { id } }');
      expect(typo[0].extensions?.code).toBe('VALIDATION_FAILED');
      expect(typo[0].message).toMatch(/programmeChange/);
      expect(typo[0].message).not.toMatch(/Did you mean/);
    } finally {
      await client.dispose();
    }
  });

  it('answers a batch of GRAPHQL_MAX_BATCH operations and refuses a larger one, starting nothing', async () => {
    const who = await holder('batch');
    const three = await post(
      lockedDown,
      [{ query: '{ __typename }' }, { query: '{ __typename }' }, { query: '{ __typename }' }],
      who,
    );
    expect(three.status).toBe(200);
    expect(three.body).toEqual(Array.from({ length: 3 }, () => ({ data: { __typename: 'Query' } })));
    const flood = await post(
      lockedDown,
      Array.from({ length: 4 }, () => ({ query: start('{ id }') })),
      who,
    );
    expectRefused(flood, /Te veel operaties in één verzoek: 4, ten hoogste 3/);
    expect(workflowIds(lockedDown)).toEqual([]);
  });

  it('answers 429 RATE_LIMITED to a holder over its limit, while other holders and /health go on', async () => {
    const flood = await holder('flood');
    for (let i = 0; i < 5; i++) expect((await post(lockedDown, { query: '{ __typename }' }, flood)).status).toBe(200);
    const limited = await post(lockedDown, { query: start('{ id }') }, flood);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited.body.data ?? null).toBeNull();
    expect(limited.body.errors).toHaveLength(1);
    expect(limited.body.errors![0].extensions?.code).toBe('RATE_LIMITED');
    expect(limited.body.errors![0].message).toMatch(/Te veel aanvragen: ten hoogste 5 per 60 seconden/);
    // GET counts against the same limit as POST.
    const get = await fetch(`${lockedDown.apiUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: flood,
    });
    expect(get.status).toBe(429);
    expect(workflowIds(lockedDown)).toEqual([]);

    expect((await post(lockedDown, { query: '{ __typename }' }, await holder('calm'))).status).toBe(200);
    for (let i = 0; i < 10; i++) expect((await fetch(`${lockedDown.apiUrl}/health`)).status).toBe(200);
  });
});
