// Prints the closing line CI reads, `vitest: N passed, N failed`, from vitest's JSON report.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.log('vitest: 0 passed, 1 failed');
  process.exit(0);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
// A file that failed outside its tests (failed to load, or a beforeAll/afterAll hook failed, which
// leaves its tests skipped) still counts as a failure.
const brokenFiles = report.testResults.filter(
  (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
).length;
const skipped = report.numPendingTests + report.numTodoTests;
if (skipped) console.log(`vitest: ${skipped} skipped`);
// The closing line keeps exactly the form CI reads.
console.log(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed`);
