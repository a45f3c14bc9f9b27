// Prints the closing line CI reads, `vitest: N passed, N failed`, from one or more of vitest's JSON
// reports (`.ci/run` sums `npm test`'s and `npm run test:chaos`'s into one line).
// `--failed <step>` (repeatable) counts a step that failed outside vitest (`npm run lint`) as one
// failure, so the closing line cannot read "0 failed" after it.
// Tested by infra/vitest-summary.spec.ts.
import { existsSync, readFileSync } from 'node:fs';

const files = [];
const failedSteps = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--failed') failedSteps.push(args[++i] ?? 'unnamed step');
  else files.push(args[i]);
}
let passed = 0;
let failed = failedSteps.length;
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
for (const step of failedSteps) console.log(`vitest: ${step} failed`);
if (skipped) console.log(`vitest: ${skipped} skipped`);
// The closing line keeps exactly the form CI reads.
console.log(`vitest: ${passed} passed, ${failed} failed`);
