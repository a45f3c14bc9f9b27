import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../../codegen';
import { REGENERATE_COMMAND } from './build-sdl';

const root = join(__dirname, '..', '..', '..');

// The typed operations of the workspace and the seed are committed (apps/*/src/gql/): this fails
// when they no longer match the committed SDL or the documents in the sources.
describe('the generated GraphQL operations (apps/web/src/gql, apps/seed/src/gql)', () => {
  it('are what GraphQL Code Generator makes of the committed schema and documents', async () => {
    const sut = await generate({ ...config, cwd: root, silent: true }, false);
    expect(sut.length).toBeGreaterThan(0);
    for (const file of sut) {
      const path = relative(root, join(root, file.filename));
      let committed: string | undefined;
      try {
        committed = readFileSync(join(root, path), 'utf8');
      } catch {
        committed = undefined;
      }
      expect(committed, `${path} is stale: run \`${REGENERATE_COMMAND}\` and commit the result`).toBe(file.content);
    }
  });
});
