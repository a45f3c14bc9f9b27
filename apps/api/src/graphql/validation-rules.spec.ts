import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { GraphqlHardening } from '../config';
import { rateLimitKey } from './rate-limit';
import { hardeningRules } from './validation-rules';

const schema = buildSchema(`
  type Node { id: ID! name: String child: Node }
  type Query { node(id: ID!): Node }
`);

const limits: GraphqlHardening = {
  introspection: true,
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
    expect(problems(`{ node(id: 1) { ...A } } fragment A on Node { ${'...B '.repeat(5)} } fragment B on Node { id name child { id name } }`)).toEqual([
      'de aanvraag is te kostbaar om uit te voeren (ten hoogste 50 punten).',
    ]);
    expect(problems('{ node(id: 1) { id @include(if: true) name @include(if: true) child @skip(if: false) { id } } }')).toEqual([
      'de aanvraag gebruikt te veel directives (ten hoogste 2).',
    ]);
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
  it('is a hash of the bearer token, never the token itself, else the client IP', () => {
    const key = rateLimitKey({ headers: { authorization: 'Bearer s3cret.token' }, ip: '127.0.0.1' });
    expect(key).toMatch(/^token:[\w-]{43}$/);
    expect(key).not.toContain('s3cret');
    expect(rateLimitKey({ headers: { authorization: 'bearer s3cret.token' }, ip: '10.0.0.1' })).toBe(key);
    expect(rateLimitKey({ headers: {}, ip: '127.0.0.1' })).toBe('ip:127.0.0.1');
    expect(rateLimitKey({ headers: { authorization: 'Basic abc' }, ip: '127.0.0.1' })).toBe('ip:127.0.0.1');
  });
});
