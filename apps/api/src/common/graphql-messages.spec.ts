import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { dutchGraphqlProblem } from './graphql-messages';

// graphql-js's own English refusals, produced by graphql-js itself, said in Dutch (issue 15).
const schema = buildSchema(`
  enum Theme { SIGNALLING EXPERTISE }
  input AddActionInput { title: String! theme: Theme! }
  type Action { id: ID! title: String! }
  type Query { programme(id: ID!): Action programmes(first: Int): [Action!]! }
  type Mutation { addAction(programmeId: ID!, input: AddActionInput!): Action! }
`);

const refusals = (source: string) => validate(schema, parse(source)).map((e) => e.message);
const ENGLISH = /must|should|does not|Cannot|Did you mean|Expected|required|provided|Unknown|never used|not defined/;

describe('graphql-js refusals in Dutch', () => {
  const documents = [
    'mutation { addAction(programmeId: "p", input: { title: "t", theme: CARE }) { id } }',
    '{ programme(id: "p") { id nonsense } }',
    'mutation { addAction(programmeId: "p") { id } }',
    'mutation { addAction(programmeId: "p", input: { theme: SIGNALLING }) { id } }',
    'mutation { addAction(programmeId: "p", input: { title: "t", theme: SIGNALLING, colour: "x" }) { id } }',
    '{ programme(id: "p", colour: 1) { id } }',
    '{ programme(id: "p") }',
    '{ programme(id: "p") { id { x } } }',
    'query ($n: Int) { programme(id: "p") { id } }',
    '{ programmes(first: $n) { id } }',
    'query ($n: String) { programmes(first: $n) { id } }',
    '{ programmes(first: "twenty") { id } }',
    '{ programme(id: "p") { ...Missing } }',
  ];
  for (const source of documents) {
    it(source, () => {
      const messages = refusals(source);
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) {
        const dutch = dutchGraphqlProblem(message);
        expect(dutch, `${message} → ${dutch}`).not.toMatch(ENGLISH);
        expect(dutch).not.toMatch(/past niet bij het schema van de API/); // each has words of its own
      }
    });
  }

  it('keeps the names from the request and says the hint in Dutch', () => {
    expect(
      dutchGraphqlProblem('Cannot query field "programm" on type "Query". Did you mean "programme" or "programmes"?'),
    ).toBe('het veld "programm" bestaat niet bij Query. Bedoelt u "programme" of "programmes"?');
  });

  it('a document over the token limit says the limit', () => {
    let message = '';
    try {
      parse(`{ ${'id '.repeat(50)} }`, { maxTokens: 20 });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(dutchGraphqlProblem(message)).toBe(
      'de aanvraag is te lang: meer dan 20 tokens (woorden en tekens van GraphQL).',
    );
  });

  it('a message it has no words for becomes a general Dutch sentence, not English', () => {
    expect(dutchGraphqlProblem('Something new that graphql-js says.')).toMatch(/^de aanvraag past niet bij het schema/);
  });
});
