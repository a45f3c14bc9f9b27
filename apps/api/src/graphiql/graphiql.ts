import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { registerBundledPage } from '../common/bundled-page';

export const GRAPHIQL_PATH = '/graphiql';

/** `dist/graphiql` of the repository this file runs from (source under vitest, or dist/; built by ./build.mjs). */
export function graphiqlDir(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return join(from, 'graphiql');
    dir = parent;
  }
  return join(dir, 'dist', 'graphiql');
}

/**
 * Serves the GraphQL IDE (GraphiQL bundled at build time by ./build.mjs, nothing from a CDN) at
 * /graphiql with the API's page security headers, without a token: the page holds no data, the
 * user pastes a token into its Headers tab. Without a build, /graphiql answers 503 with how to
 * build it. Not registered when GRAPHQL_IDE=false.
 */
export async function registerGraphiql(
  app: NestFastifyApplication,
  enabled: boolean,
  distDir: string = graphiqlDir(),
): Promise<void> {
  if (!enabled) return;
  await registerBundledPage(app, {
    path: GRAPHIQL_PATH,
    distDir,
    notBuilt: 'GraphiQL is niet gebouwd: voer `npm run build` uit (npm start en npm test doen dat vanzelf).',
  });
}
