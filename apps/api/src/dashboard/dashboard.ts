import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const DASHBOARD_PATH = '/dashboard';

/** `dist/dashboard` of the repository this file runs from (source under vitest, or dist/). */
export function dashboardDir(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return join(from, 'dashboard');
    dir = parent;
  }
  return join(dir, 'dist', 'dashboard');
}

// Host header values a browser can send for this server; anything else gets no ws: source.
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The page's Content-Security-Policy: its own scripts, styles and data only; GraphQL over
 * HTTP (`'self'`) and graphql-ws on the same host (`ws:`/`wss:`, which `'self'` does not cover
 * in every browser). No inline code, no frames, no other origin.
 */
export function dashboardCsp(host: string | undefined): string {
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

/** The headers of every page the API serves (the dashboard and GraphiQL): CSP and friends. */
export function securePage(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('content-security-policy', dashboardCsp(request.headers.host));
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-frame-options', 'DENY');
  reply.header('cross-origin-opener-policy', 'same-origin');
  // File names carry no hash: the browser revalidates (ETag) instead of keeping an old bundle.
  reply.header('cache-control', 'no-cache');
}

/**
 * Serves the kwartiermakers' dashboard (built by apps/dashboard/build.mjs into `distDir`) at
 * /dashboard, without a token: the page holds no data, everything comes through GraphQL with
 * the token the user pastes. Without a build, /dashboard answers 503 with how to build it.
 */
export async function registerDashboard(app: NestFastifyApplication, distDir: string = dashboardDir()): Promise<void> {
  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (request, reply) => securePage(request, reply));
    if (!existsSync(join(distDir, 'index.html'))) {
      const notBuilt = async (_request: FastifyRequest, reply: FastifyReply) =>
        reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send(
            'Het dashboard is niet gebouwd: voer `npm run build:dashboard` uit (npm start en npm test doen dat vanzelf).',
          );
      scope.get(DASHBOARD_PATH, notBuilt);
      scope.get(`${DASHBOARD_PATH}/*`, notBuilt);
      return;
    }
    await scope.register(fastifyStatic, {
      root: distDir,
      prefix: `${DASHBOARD_PATH}/`,
      index: ['index.html'],
      redirect: false,
      dotfiles: 'deny',
      cacheControl: false,
    });
    scope.get(DASHBOARD_PATH, async (_request, reply) => reply.sendFile('index.html'));
  });
}
