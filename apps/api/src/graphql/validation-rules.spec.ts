import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { GraphqlHardening } from '../config';
import { mintToken } from '../../../../test/support/tokens';
import { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER, TokenVerifier } from '../auth';
import { verifyOnce } from '../common/request-context';
import { rateLimitKey, type Identify } from './rate-limit';
import { hardeningRules } from './validation-rules';

const schema = buildSchema(`
  type Node { id: ID! name: String child: Node }
  type Query { node(id: ID!): Node }
`);

const limits: GraphqlHardening = {
  introspection: true,
  openIntrospection: false,
  maxDepth: 4,
  maxAliases: 2,
  maxCost: 50,
  maxDirectives: 2,
  maxTokens: 2000,
  maxBatch: 1,
};

function problems(query: string, overrides: Partial<GraphqlHardening> = {}): string[] {
  const sut = hardeningRules({ ...limits, ...overrides });
  return validate(schema, parse(query), [...specifiedRules, ...sut]).map((e) => e.message);
}

describe('GraphQL hardening rules', () => {
  it('accepts a document within every limit', () => {
    expect(problems('{ a: node(id: 1) { id name @include(if: true) child { id } } }')).toEqual([]);
  });

  it('counts depth as executed: fragments add no level', () => {
    expect(problems('{ node(id: 1) { ...F } } fragment F on Node { child { child { id } } }')).toEqual([]);
    expect(problems('{ node(id: 1) { child { child { child { id } } } } }')).toEqual([
      'de aanvraag is te diep genest (ten hoogste 4 niveaus).',
    ]);
  });

  it('refuses aliases, cost and directives over their limits, each with one Dutch sentence', () => {
    expect(problems('{ a: node(id: 1) { id } b: node(id: 2) { id } c: node(id: 3) { id } }')).toEqual([
      'de aanvraag gebruikt te veel aliassen (ten hoogste 2).',
    ]);
    expect(
      problems(
        `{ node(id: 1) { ...A } } fragment A on Node { ${'...B '.repeat(5)} } fragment B on Node { id name child { id name } }`,
      ),
    ).toEqual(['de aanvraag is te kostbaar om uit te voeren (ten hoogste 50 punten).']);
    expect(
      problems('{ node(id: 1) { id @include(if: true) name @include(if: true) child @skip(if: false) { id } } }'),
    ).toEqual(['de aanvraag gebruikt te veel directives (ten hoogste 2).']);
  });

  it('refuses introspection once per document when it is off, but not __typename', () => {
    const off = { introspection: false };
    expect(problems('{ __schema { queryType { name } types { name fields { name } } } }', off)).toEqual([
      'introspectie (__schema en __type) is uitgeschakeld op deze server.',
    ]);
    expect(problems('{ __type(name: "Node") { name } }', off)).toHaveLength(1);
    expect(problems('{ __typename node(id: 1) { __typename } }', off)).toEqual([]);
    expect(problems('{ __schema { queryType { name } } }')).toEqual([]);
  });
});

describe('rate limit key', () => {
  const secret = 'a-test-secret-that-is-at-least-32-bytes-long';
  const verifier = TokenVerifier.fromConfig({
    auth: { local: { secret, issuer: EMBEDDED_ISSUER, audience: EMBEDDED_AUDIENCE } },
  });
  // As the API does (app.ts): the request's token verified once, shared with the resolvers.
  const identify: Identify = async (request, header) => {
    try {
      return await verifyOnce(request, header, (h) => verifier.verify(h));
    } catch {
      return undefined;
    }
  };

  it('is a hash of the verified holder, never a name or token, else the client IP', async () => {
    const token = await mintToken(secret, {
      sub: 'gemeente-utrecht',
      role: 'MUNICIPALITY',
      municipalities: ['GM0344'],
    });
    const again = await mintToken(
      secret,
      { sub: 'gemeente-utrecht', role: 'MUNICIPALITY', municipalities: ['GM0344'] },
      { expiresIn: 600 },
    );
    const key = await rateLimitKey({ headers: { authorization: `Bearer ${token}` }, ip: '127.0.0.1' }, identify);
    expect(key).toMatch(/^holder:[\w-]{43}$/);
    expect(key).not.toContain('utrecht');
    // Another token of the same holder shares the count, from any address.
    expect(await rateLimitKey({ headers: { authorization: `bearer ${again}` }, ip: '10.0.0.1' }, identify)).toBe(key);
    expect(await rateLimitKey({ headers: {}, ip: '127.0.0.1' }, identify)).toBe('ip:127.0.0.1');
    expect(await rateLimitKey({ headers: { authorization: 'Basic abc' }, ip: '127.0.0.1' }, identify)).toBe(
      'ip:127.0.0.1',
    );
    // The holder's key is the same when its token is asked again (kept, not hashed anew).
    expect(await rateLimitKey({ headers: { authorization: `Bearer ${token}` }, ip: '10.0.0.3' }, identify)).toBe(key);
    // A made-up token does not buy a fresh count: it counts against the address.
    expect(await rateLimitKey({ headers: { authorization: 'Bearer made.up.token' }, ip: '10.0.0.2' }, identify)).toBe(
      'ip:10.0.0.2',
    );
  });

  it("verifies a request's token once: the limiter and the resolvers share the answer, a refusal too", async () => {
    const token = await mintToken(secret, { sub: 'once', role: 'KWARTIERMAKER' });
    const request = { headers: { authorization: `Bearer ${token}` }, ip: '127.0.0.1' };
    let calls = 0;
    const counted = (h: string) => {
      calls += 1;
      return verifier.verify(h);
    };
    const first = await verifyOnce(request, `Bearer ${token}`, counted);
    expect(await verifyOnce(request, `Bearer ${token}`, counted)).toBe(first);
    expect(calls).toBe(1);
    // Another request verifies again; so does another header on the same request.
    await verifyOnce({}, `Bearer ${token}`, counted);
    expect(calls).toBe(2);
    const refused = verifyOnce(request, 'Bearer made.up.token', counted);
    await expect(refused).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(verifyOnce(request, 'Bearer made.up.token', counted)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(calls).toBe(3);
  });
});
