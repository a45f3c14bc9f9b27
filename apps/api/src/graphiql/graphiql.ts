import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { dashboardDir, securePage } from '../dashboard/dashboard';

export const GRAPHIQL_PATH = '/graphiql';

/** `dist/graphiql` of the repository this file runs from (built by ./build.mjs). */
export function graphiqlDir(from: string = __dirname): string {
  return join(dashboardDir(from), '..', 'graphiql');
}

/**
 * Serves the GraphQL IDE (GraphiQL bundled at build time by ./build.mjs, nothing from a CDN) at
 * /graphiql with the dashboard's security headers, without a token: the page holds no data, the
 * user pastes a token into its Headers tab. Without a build, /graphiql answers 503 with how to
 * build it. Not registered when GRAPHQL_IDE=false.
 */
export async function registerGraphiql(
  app: NestFastifyApplication,
  enabled: boolean,
  distDir: string = graphiqlDir(),
): Promise<void> {
  if (!enabled) return;
  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (request, reply) => securePage(request, reply));
    if (!existsSync(join(distDir, 'index.html'))) {
      const notBuilt = async (_request: FastifyRequest, reply: FastifyReply) =>
        reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send('GraphiQL is not built: run `npm run build` (npm start and npm test do so by themselves).');
      scope.get(GRAPHIQL_PATH, notBuilt);
      scope.get(`${GRAPHIQL_PATH}/*`, notBuilt);
      return;
    }
    await scope.register(fastifyStatic, {
      root: distDir,
      prefix: `${GRAPHIQL_PATH}/`,
      index: ['index.html'],
      redirect: false,
      dotfiles: 'deny',
      cacheControl: false,
    });
    scope.get(GRAPHIQL_PATH, async (_request, reply) => reply.sendFile('index.html'));
  });
}
