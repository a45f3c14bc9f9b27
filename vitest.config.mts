import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Specs named *.spec.ts that are not pure: they build the GraphQL schema through Nest and run the
// code generator against the committed files. They run with the stack, not as unit specs.
const IMPURE_SPECS = ['apps/api/sdl/**/*.spec.ts'];

// Two projects (`vitest run` runs both; `--project unit` only the first):
// - unit: pure specs beside the code (no Nest application, no database, no server), no global
//   set-up: `npm run test:unit`.
// - stack: integration, end-to-end, workflow and replay specs, with the global set-up that builds
//   the product and starts PostgreSQL (Temporal servers are started per file).
export default defineConfig({
  // SWC instead of esbuild: NestJS and TypeORM need emitted decorator metadata.
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    exclude: ['**/node_modules/**', 'dist/**'],
    pool: 'forks',
    // Two cores: at most two test files at once, each may start its own servers.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{apps,libs,workflows,infra}/**/*.spec.ts'],
          exclude: ['**/node_modules/**', 'dist/**', ...IMPURE_SPECS],
          testTimeout: 10_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'stack',
          include: ['{apps,libs,workflows,test}/**/*.{int-spec,e2e-spec}.ts', 'test/**/*.spec.ts', ...IMPURE_SPECS],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // What a page shows after a step arrives over graphql-ws: on the loaded two-core machine of
          // CI that took over vitest's default second (an alderman's decision stayed "Open").
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
