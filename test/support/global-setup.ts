import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startPostgres, type RunningPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

let postgres: RunningPostgres | undefined;

// `npm test` resolves these first (infra/test.sh); a bare `vitest` run resolves them here.
function ensureTool(envName: string, script: string): void {
  if (!process.env[envName]) {
    process.env[envName] = execFileSync('bash', [script], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim();
  }
}

export async function setup(project: TestProject): Promise<void> {
  // End-to-end tests run the compiled apps, as `npm start` does.
  execFileSync('bash', ['-c', '. infra/lib.sh && ensure_node_modules && ensure_build'], { stdio: 'inherit' });
  ensureTool('OLIEVLEK_TEMPORAL_CLI', 'infra/ensure-temporal-cli.sh');
  ensureTool('TEMPORAL_TEST_SERVER_PATH', 'infra/ensure-temporal-test-server.sh');
  ensureTool('OLIEVLEK_PG_BIN', 'infra/ensure-postgres.sh');
  ensureTool('OLIEVLEK_KEYCLOAK_HOME', 'infra/ensure-keycloak.sh');
  ensureTool('OLIEVLEK_MAILPIT_BIN', 'infra/ensure-mailpit.sh');
  postgres = await startPostgres(process.env.OLIEVLEK_PG_BIN as string);
  project.provide('postgresAdminUrl', postgres.adminUrl);
}

export async function teardown(): Promise<void> {
  await postgres?.stop();
}
