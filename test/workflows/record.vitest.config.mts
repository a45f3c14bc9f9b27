import base from '../../vitest.config.mts';

// `npm run record:histories`: runs only the recorders that write test/workflows/histories/*.json.
export default { ...base, test: { ...base.test, include: ['test/workflows/**/*.record.ts'] } };
