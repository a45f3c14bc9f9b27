import { describe, expect, it } from 'vitest';
import { isJson } from './graphql-hardening';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('isJson (a query that is JSON is refused; issue 18.1: decided without JSON.parse for ordinary queries)', () => {
  const json = [
    '{ }',
    '{}',
    ' \n{"kind":"Document","definitions":[]}',
    '[]',
    '[{"query":"{ a }"}]',
    '"{ a }"',
    '-1',
    '42',
    'true',
    'false',
    'null',
    '\t{ "a": 1 }\n',
  ];
  const graphql = [
    '{ __typename }',
    '{a}',
    'query ProgrammePage($id: ID!) { programme(id: $id) { id } }',
    'mutation { a }',
    '# a comment\n{ a }',
    '{ "a" }',
    'nullable',
    '{',
    '',
  ];

  it.each(json)('answers true for the JSON text %j', (text) => {
    expect(isJson(text)).toBe(true);
  });

  it.each(graphql)('answers false for %j, as JSON.parse would', (text) => {
    expect(isJson(text)).toBe(false);
    expect(parses(text)).toBe(false);
  });

  it('agrees with JSON.parse on every text of both lists', () => {
    for (const text of [...json, ...graphql]) expect(isJson(text)).toBe(parses(text));
  });
});
