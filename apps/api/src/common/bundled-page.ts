import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

// Host header values a browser can send for this server; anything else gets no ws: source.
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The page's Content-Security-Policy: its own scripts, styles and data only; GraphQL over
 * HTTP (`'self'`) and graphql-ws on the same host (`ws:`/`wss:`, which `'self'` does not cover
 * in every browser). No inline code, no frames, no other origin.
 */
export function pageCsp(host: string | undefined): string {
  const live = host && HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${live}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The headers of every page the API serves (the workspace and GraphiQL): CSP and friends. */
export function securePage(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('content-security-policy', pageCsp(request.headers.host));
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-frame-options', 'DENY');
  reply.header('cross-origin-opener-policy', 'same-origin');
  // File names carry no hash: the browser revalidates (ETag) instead of keeping an old bundle.
  reply.header('cache-control', 'no-cache');
}

/**
 * Serves a page bundled at build time (`distDir`, with its index.html) at `path`, with the headers of
 * `securePage` and without a token: the page holds no data. Without a build it answers 503 with
 * `notBuilt`, which says how to build it.
 */
export async function registerBundledPage(
  app: NestFastifyApplication,
  page: { path: string; distDir: string; notBuilt: string },
): Promise<void> {
  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (request, reply) => securePage(request, reply));
    if (!existsSync(join(page.distDir, 'index.html'))) {
      const notBuilt = async (_request: FastifyRequest, reply: FastifyReply) =>
        reply.code(503).type('text/plain; charset=utf-8').send(page.notBuilt);
      scope.get(page.path, notBuilt);
      scope.get(`${page.path}/*`, notBuilt);
      return;
    }
    await scope.register(fastifyStatic, {
      root: page.distDir,
      prefix: `${page.path}/`,
      index: ['index.html'],
      redirect: false,
      dotfiles: 'deny',
      cacheControl: false,
    });
    scope.get(page.path, async (_request, reply) => reply.sendFile('index.html'));
  });
}
