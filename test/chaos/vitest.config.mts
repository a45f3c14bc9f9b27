import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// `npm run test:chaos`: the fault tests too long for `npm test` (kills, outages, load). One file at
// a time: each starts its own servers and is timed against its own faults, not its neighbours'.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    include: ['test/chaos/**/*.chaos-spec.ts'],
    exclude: ['**/node_modules/**', 'dist/**'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 180_000,
  },
});
