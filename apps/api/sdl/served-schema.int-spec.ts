import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../src/app';
import { loadApiConfig } from '../src/config';
import { freePort } from '../../../test/support/free-port';
import { REGENERATE_COMMAND, SCHEMA_FILE, sdlOf } from './build-sdl';

// The committed SDL is built from the resolver files alone (build-sdl.ts); this checks it against
// the schema the whole API application serves (every module, GraphQLModule's own build), booted
// on its embedded SQLite database and not listening, with Temporal on a closed port.

const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-schema-'));
let app: NestFastifyApplication;

beforeAll(async () => {
  const config = loadApiConfig({
    OLIEVLEK_DATA_DIR: dataDir,
    TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}`,
    LOG_LEVEL: 'silent',
  });
  app = await createApiApp(config);
  await app.init();
}, 120_000);

afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the committed GraphQL schema (apps/api/schema.graphql)', () => {
  it('is the schema the API application serves', () => {
    const sut = sdlOf(app.get(GraphQLSchemaHost).schema);
    expect(
      readFileSync(SCHEMA_FILE, 'utf8'),
      `apps/api/schema.graphql differs from the served schema: run \`${REGENERATE_COMMAND}\``,
    ).toBe(sut);
  });
});
