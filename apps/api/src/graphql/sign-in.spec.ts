import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { unauthenticated } from '../auth';
import { isIntrospectionOnly, signInHooks } from './sign-in';

describe('introspection-only operations', () => {
  it.each([
    '{ __typename }',
    '{ __schema { queryType { name } } }',
    'query { __type(name: "Programme") { name } }',
    'query Q { ...Meta } fragment Meta on Query { __typename ... on Query { __schema { types { name } } } }',
  ])('%s is introspection only', (query) => expect(isIntrospectionOnly(parse(query))).toBe(true));

  it.each([
    '{ __typename programme(municipalityCode: "GM0344") { id } }',
    '{ ...F } fragment F on Query { nationalOverview { total } }',
    '{ ...Missing }',
    'mutation { __typename }',
    'subscription { __typename }',
  ])('%s is not', (query) => expect(isIntrospectionOnly(parse(query))).toBe(false));

  it('judges the operation named, or every operation when none is', () => {
    const document = parse('query A { __typename } query B { nationalOverview { total } }');
    expect(isIntrospectionOnly(document, 'A')).toBe(true);
    expect(isIntrospectionOnly(document, 'B')).toBe(false);
    expect(isIntrospectionOnly(document)).toBe(false);
    expect(isIntrospectionOnly(document, 'C')).toBe(false);
  });
});

describe('sign-in for every GraphQL operation', () => {
  const refuse = () => Promise.reject(unauthenticated('MISSING'));
  const schema = undefined as never;

  it('closed (the default): checks the token before parsing, introspection included', async () => {
    const sut = signInHooks(false);
    expect(sut.preExecution).toBeUndefined();
    await expect(sut.preParsing!(schema, '{ __typename }', { authenticate: refuse })).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('open: lets introspection-only operations through without a token, nothing else', async () => {
    const sut = signInHooks(true);
    expect(sut.preParsing).toBeUndefined();
    await expect(sut.preExecution!(schema, parse('{ __typename }'), { authenticate: refuse })).resolves.toBeUndefined();
    await expect(
      sut.preExecution!(schema, parse('{ nationalOverview { total } }'), { authenticate: refuse }),
    ).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
