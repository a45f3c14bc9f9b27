import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { join } from 'node:path';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { PROGRAMME_SEARCH_ATTRIBUTES } from '../../libs/contracts/src';
import { temporalDataConverter } from '../../libs/platform/src';

/**
 * The Java time-skipping test server, started from the cached wrapper (`existing-path`). The SDK's
 * own download is never used: without the path this fails loudly instead of reaching out.
 */
export async function createTimeSkippingEnv(port?: number): Promise<TestWorkflowEnvironment> {
  const path = process.env.TEMPORAL_TEST_SERVER_PATH;
  if (!path) {
    throw new Error(
      'TEMPORAL_TEST_SERVER_PATH is not set: run the tests with `npm test` (infra/ensure-temporal-test-server.sh)',
    );
  }
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path }, port },
    // The product's data converter (issue 18.2): tests read the views its worker writes compressed.
    client: { dataConverter: temporalDataConverter },
  });
  await registerSearchAttributes(env);
  return env;
}

/**
 * The test server, like any Temporal server, refuses search attributes it does not know: register
 * the programme's (the dev server gets them as `--search-attribute` flags from `npm start`).
 */
async function registerSearchAttributes(env: TestWorkflowEnvironment): Promise<void> {
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(
      PROGRAMME_SEARCH_ATTRIBUTES.map((key) => [key.name, encodeSearchAttributeIndexedValueType(key.type)!]),
    ),
  });
}

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/** The workflows bundled once per test file (bundling takes seconds). */
export function workflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  bundle ??= bundleWorkflowCode({
    workflowsPath: join(__dirname, '..', '..', 'workflows', 'index.ts'),
  });
  return bundle;
}
