import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDataSource } from '../../../../libs/persistence/src';
import { freePort } from '../../../../test/support/free-port';
import { launcherSecret, mintToken } from '../../../../test/support/tokens';
import { createApiApp } from '../app';
import { loadApiConfig } from '../config';

// Issue 15, "Language and figures": a Dutch error sentence never carries English validator text.
// Real requests with bad input through the API's validation pipe and GraphQL validation (SQLite
// read model; Temporal out of reach, as malformed input is refused before anything is asked of it).

// Phrases of class-validator's and graphql-js's English messages.
const ENGLISH = [
  /must be/i,
  /should not be empty/i,
  /must not be/i,
  /shorter than/i,
  /longer than/i,
  /must contain/i,
  /must match/i,
  /an? (integer|string|boolean) (number|value)?/i,
  /does not exist/i,
  /Expected/,
  /Cannot query field/,
  /Did you mean/,
  /Variable "\$/,
  /of required type/,
  /not provided/,
  /Syntax Error/,
  /Unknown argument/,
];

const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-validation-'));
let app: NestFastifyApplication;
let apiUrl: string;
let token: string;

interface GraphqlError {
  message: string;
  extensions?: { code?: string; details?: { fields?: string[]; problems?: { path: string; constraint: string }[] } };
}

async function ask(
  query: string,
  language?: 'nl' | 'en',
  variables?: Record<string, unknown>,
): Promise<GraphqlError[]> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(language ? { 'accept-language': language } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { errors?: GraphqlError[] };
  expect(body.errors?.length, JSON.stringify(body)).toBeGreaterThan(0);
  return body.errors!;
}

const expectDutchOnly = (message: string) => {
  for (const phrase of ENGLISH) expect(message, `English "${phrase.source}" in: ${message}`).not.toMatch(phrase);
};

beforeAll(async () => {
  const databaseUrl = join(dataDir, 'api.sqlite');
  const db = await openDataSource({ url: databaseUrl });
  await migrate(db);
  await db.destroy();
  const config = loadApiConfig({
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    OLIEVLEK_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}`,
    LOG_LEVEL: 'silent',
  });
  app = await createApiApp(config);
  await app.listen(config.port, config.host);
  apiUrl = `http://${config.host}:${config.port}`;
  token = await mintToken(launcherSecret(dataDir), { sub: 'validation-spec', role: 'KWARTIERMAKER' });
}, 120_000);

afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const ADD_ACTION = `mutation ($title: String!, $owner: String!) {
  addAction(programmeId: "programme-GM0363-1", input: { title: $title, theme: SIGNALLING, ownerOrganisation: $owner }) { id }
}`;

describe('the validation pipe answers in Dutch words of our own, with the English alternative', () => {
  it('a title too long and an empty owner organisation: both fields named, lengths in words, no English', async () => {
    const variables = { title: 'x'.repeat(201), owner: '' };
    const [nl] = await ask(ADD_ACTION, undefined, variables);
    expect(nl!.extensions?.code).toBe('VALIDATION_FAILED');
    expectDutchOnly(nl!.message);
    expect(nl!.message).toContain('De titel mag hoogstens 200 tekens lang zijn.');
    expect(nl!.message).toContain('De trekkende organisatie mag niet leeg zijn.');
    expect(nl!.extensions?.details?.problems).toEqual(
      expect.arrayContaining([
        { path: 'title', constraint: 'maxLength' },
        { path: 'ownerOrganisation', constraint: 'minLength' },
      ]),
    );

    const [en] = await ask(ADD_ACTION, 'en', variables);
    expect(en!.extensions?.code).toBe('VALIDATION_FAILED');
    expect(en!.message).toContain('The title may be at most 200 characters long.');
    expect(en!.message).toContain('The owner organisation must not be empty.');
  });

  it('numbers out of range and a malformed quarter (reportIndicators)', async () => {
    const [nl] = await ask(
      'mutation { reportIndicators(programmeId: "programme-GM0363-1", input: { period: "2027-5", schoolsReached: -1 }) { id } }',
    );
    expect(nl!.extensions?.code).toBe('VALIDATION_FAILED');
    expectDutchOnly(nl!.message);
    expect(nl!.message).toContain('Het kwartaal moet een kwartaal zijn zoals 2027-Q2.');
    expect(nl!.message).toMatch(/Het aantal bereikte scholen moet minstens 0 zijn\./);
  });

  it('a malformed e-mail address (inviteMember) and programme key (addAction)', async () => {
    const [nl] = await ask(
      'mutation { inviteMember(programmeId: "programme-GM0363-1", input: { name: "A. de Vries", email: "niet-een-adres", role: OBSERVER }) { id } }',
    );
    expect(nl!.extensions?.code).toBe('VALIDATION_FAILED');
    expectDutchOnly(nl!.message);
    expect(nl!.message).toContain('Het e-mailadres is geen geldig e-mailadres.');
    const [key] = await ask(
      'mutation { addAction(programmeId: "GM0363", input: { title: "t", theme: SIGNALLING, ownerOrganisation: "o" }) { id } }',
    );
    expectDutchOnly(key!.message);
    expect(key!.message).toContain('De programmasleutel is geen programmasleutel zoals programme-GM0363-1.');
  });

  it('a page size below the minimum (programmes)', async () => {
    const [nl] = await ask('{ programmes(first: 0) { totalCount } }');
    expect(nl!.extensions?.code).toBe('VALIDATION_FAILED');
    expectDutchOnly(nl!.message);
    expect(nl!.message).toContain('Het aantal per pagina moet minstens 1 zijn.');
    const [en] = await ask('{ programmes(first: 0) { totalCount } }', 'en');
    expect(en!.message).toContain('The page size must be at least 1.');
  });
});

describe('GraphQL’s own refusals of a document are Dutch too (the English stays for English readers)', () => {
  it('an unknown enum value, an unknown field, a missing argument, a variable of the wrong type, a syntax error', async () => {
    const documents: [string, Record<string, unknown>?][] = [
      [
        'mutation { addAction(programmeId: "programme-GM0363-1", input: { title: "t", theme: CARE, ownerOrganisation: "o" }) { id } }',
      ],
      ['{ programmes { totalCount nonsense } }'],
      ['mutation { addAction(programmeId: "programme-GM0363-1") { id } }'],
      ['query ($n: Int!) { programmes(first: $n) { totalCount } }', { n: 'twintig' }],
      ['{ programmes { totalCount '],
    ];
    for (const [query, variables] of documents) {
      const errors = await ask(query, undefined, variables);
      for (const e of errors) {
        expect(e.extensions?.code, e.message).toBe('VALIDATION_FAILED');
        expect(e.message).toMatch(/^De GraphQL-aanvraag is ongeldig: /);
        expectDutchOnly(e.message);
      }
      const english = await ask(query, 'en', variables);
      expect(english[0]!.message).toMatch(/^The GraphQL request is invalid: /);
    }
  });
});
