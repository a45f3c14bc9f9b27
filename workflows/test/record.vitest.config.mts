import base from '../../vitest.config.mts';

// `npm run record:histories`: runs only the recorders that write workflows/test/histories/*.json.
export default { ...base, test: { ...base.test, include: ['workflows/test/**/*.record.ts'] } };
