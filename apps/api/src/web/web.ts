import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { securePage } from '../common/bundled-page';

/**
 * The workspace's pages (client-side routes of apps/web): each answers the same index.html, and
 * the app shows the page for the path. Kept in step with apps/web/src/app.tsx.
 */
export const WORKSPACE_PAGES = [
  '/',
  '/programmas/:id',
  '/programmas/:id/besluit/:step',
  '/portefeuille',
  '/landelijk',
] as const;

/** The old kwartiermakers' dashboard's address: the national view moved into the workspace. */
const OLD_DASHBOARD_PATH = '/dashboard';
const NATIONAL_VIEW_PATH = '/landelijk';

/** `dist/web` of the repository this file runs from (source under vitest, or dist/). */
export function webDir(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return join(from, 'web');
    dir = parent;
  }
  return join(dir, 'dist', 'web');
}

const NOT_BUILT =
  'De werkomgeving is niet gebouwd: voer `npm run build:web` uit (npm start en npm test doen dat vanzelf).';

/**
 * Serves the workspace (built by apps/web/build.mjs into `distDir`): its pages without a token (they
 * hold no data; everything comes through GraphQL with the session cookie), its content-hashed
 * assets under /assets/ cached for a year.
 */
export async function registerWorkspace(
  app: NestFastifyApplication,
  options: { distDir?: string; identityProviderOrigin?: string } = {},
): Promise<void> {
  const distDir = options.distDir ?? webDir();
  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (request, reply) => {
      securePage(request, reply);
      // Signing out posts a form to /auth/logout, which redirects to the identity provider's
      // end-session page: the browser checks that redirect against form-action too.
      if (options.identityProviderOrigin) {
        const csp = String(reply.getHeader('content-security-policy'));
        reply.header(
          'content-security-policy',
          csp.replace("form-action 'self'", `form-action 'self' ${options.identityProviderOrigin}`),
        );
      }
      // `no-referrer` would make the browser send `Origin: null` with the sign-out form's POST, which
      // the API refuses (CSRF defence); `same-origin` still tells other sites nothing.
      reply.header('referrer-policy', 'same-origin');
    });
    // Bookmarks of the old /dashboard lead to the national view, for good (301).
    scope.get(OLD_DASHBOARD_PATH, async (_request, reply) =>
      reply.code(301).header('location', NATIONAL_VIEW_PATH).send(),
    );
    if (!existsSync(join(distDir, 'index.html'))) {
      const notBuilt = async (_request: FastifyRequest, reply: FastifyReply) =>
        reply.code(503).type('text/plain; charset=utf-8').send(NOT_BUILT);
      for (const page of WORKSPACE_PAGES) scope.get(page, notBuilt);
      return;
    }
    await scope.register(fastifyStatic, {
      root: join(distDir, 'assets'),
      prefix: '/assets/',
      index: false,
      redirect: false,
      // apps/web/build.mjs writes each asset's .br and .gz beside it.
      preCompressed: true,
      dotfiles: 'deny',
      // File names carry their content's hash (a new build has new names): kept for a year.
      cacheControl: true,
      maxAge: 365 * 24 * 3600 * 1000,
      immutable: true,
    });
    const page = async (_request: FastifyRequest, reply: FastifyReply) =>
      reply.sendFile('index.html', distDir, { cacheControl: false });
    for (const path of WORKSPACE_PAGES) scope.get(path, page);
    scope.get('/ATTRIBUTION.txt', async (_request, reply) => {
      reply.type('text/plain; charset=utf-8');
      return reply.sendFile('ATTRIBUTION.txt', distDir, { cacheControl: false });
    });
  });
}
