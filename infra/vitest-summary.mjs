// Prints the closing line CI reads, `vitest: N passed, N failed`, from one or more of vitest's JSON
// reports (`.ci/run` sums `npm test`'s and `npm run test:chaos`'s into one line).
import { existsSync, readFileSync } from 'node:fs';

const files = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
if (files.length === 0) failed++;
for (const file of files) {
  // A suite that never produced its report (set-up failed, or killed by its time limit) is a failure.
  if (!existsSync(file)) {
    failed++;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A file that failed outside its tests (failed to load, or a beforeAll/afterAll hook failed, which
  // leaves its tests skipped) still counts as a failure.
  const brokenFiles = report.testResults.filter(
    (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
  ).length;
  passed += report.numPassedTests;
  failed += report.numFailedTests + brokenFiles;
  skipped += report.numPendingTests + report.numTodoTests;
}
if (skipped) console.log(`vitest: ${skipped} skipped`);
// The closing line keeps exactly the form CI reads.
console.log(`vitest: ${passed} passed, ${failed} failed`);
