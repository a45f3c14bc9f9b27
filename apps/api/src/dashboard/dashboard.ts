import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { registerBundledPage } from '../common/bundled-page';

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

/**
 * Serves the kwartiermakers' dashboard (built by apps/dashboard/build.mjs into `distDir`) at
 * /dashboard, without a token: the page holds no data, everything comes through GraphQL with
 * the token the user pastes. Without a build, /dashboard answers 503 with how to build it.
 */
export async function registerDashboard(app: NestFastifyApplication, distDir: string = dashboardDir()): Promise<void> {
  await registerBundledPage(app, {
    path: DASHBOARD_PATH,
    distDir,
    notBuilt:
      'Het dashboard is niet gebouwd: voer `npm run build:dashboard` uit (npm start en npm test doen dat vanzelf).',
  });
}
