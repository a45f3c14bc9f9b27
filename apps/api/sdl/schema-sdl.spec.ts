import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchemaSdl, REGENERATE_COMMAND, SCHEMA_FILE } from './build-sdl';

// Schema changes show in review: the SDL is committed, and this fails until it is regenerated.
describe('the committed GraphQL schema (apps/api/schema.graphql)', () => {
  it('is the schema the resolvers build', async () => {
    const sut = await buildSchemaSdl();
    expect(
      readFileSync(SCHEMA_FILE, 'utf8'),
      `apps/api/schema.graphql is stale: run \`${REGENERATE_COMMAND}\` and commit the result`,
    ).toBe(sut);
  });

  it('is built the same way twice', async () => {
    expect(await buildSchemaSdl()).toBe(await buildSchemaSdl());
  });
});
