import base from '../../vitest.config.mts';

// `npm run record:histories`: runs only the recorders that write test/workflows/histories/*.json, with
// the stack's global set-up (the base config's projects would otherwise run every suite).
const { projects: _projects, ...shared } = base.test ?? {};
export default {
  ...base,
  test: {
    ...shared,
    include: ['test/workflows/**/*.record.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
};
