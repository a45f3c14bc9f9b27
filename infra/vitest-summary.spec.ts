import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The closing line CI reads comes from this script: a summary that always says "0 failed" would
// turn every red run green, so it is run here on reports written the way vitest writes them.
const SCRIPT = join(__dirname, 'vitest-summary.mjs');
const dir = mkdtempSync(join(tmpdir(), 'olievlek-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Status = 'passed' | 'failed' | 'skipped' | 'pending' | 'todo';

/** A vitest JSON report (the fields the summary reads) with one file per entry of `files`. */
const report = (name: string, files: Array<{ status: 'passed' | 'failed'; tests: Status[] }>): string => {
  const all = files.flatMap((f) => f.tests);
  const count = (status: Status) => all.filter((s) => s === status).length;
  const path = join(dir, `${name}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      numTotalTests: all.length,
      numPassedTests: count('passed'),
      numFailedTests: count('failed'),
      numPendingTests: count('skipped') + count('pending'),
      numTodoTests: count('todo'),
      success: files.every((f) => f.status === 'passed'),
      testResults: files.map((f, i) => ({
        name: `/repo/${name}-${i}.spec.ts`,
        status: f.status,
        assertionResults: f.tests.map((status, j) => ({ title: `test ${j}`, status })),
      })),
    }),
  );
  return path;
};

const summarise = (...args: string[]): string[] =>
  execFileSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' })
    .trim()
    .split('\n');

describe('vitest-summary: the closing line CI reads', () => {
  it('counts the tests of a green report', () => {
    const sut = summarise(report('green', [{ status: 'passed', tests: ['passed', 'passed', 'passed'] }]));
    expect(sut).toEqual(['vitest: 3 passed, 0 failed']);
  });

  it('counts failed tests, and a file that failed outside its tests as one more', () => {
    const sut = summarise(
      report('red', [
        { status: 'failed', tests: ['passed', 'failed', 'failed'] },
        // A beforeAll that threw: the file failed, its tests were skipped.
        { status: 'failed', tests: ['skipped', 'skipped'] },
        { status: 'passed', tests: ['passed', 'todo'] },
      ]),
    );
    expect(sut).toEqual(['vitest: 3 skipped', 'vitest: 2 passed, 3 failed']);
  });

  it('counts a report that was never written as a failure', () => {
    expect(summarise(join(dir, 'never-written.json'))).toEqual(['vitest: 0 passed, 1 failed']);
  });

  it('counts no report at all as a failure', () => {
    expect(summarise()).toEqual(['vitest: 0 passed, 1 failed']);
  });

  it('sums two reports into one line (npm test and npm run test:chaos)', () => {
    const sut = summarise(
      report('suite', [{ status: 'failed', tests: ['passed', 'passed', 'failed'] }]),
      report('chaos', [{ status: 'passed', tests: ['passed', 'passed'] }]),
    );
    expect(sut).toEqual(['vitest: 4 passed, 1 failed']);
  });

  it('sums a missing report with a written one', () => {
    const sut = summarise(report('written', [{ status: 'passed', tests: ['passed'] }]), join(dir, 'missing.json'));
    expect(sut).toEqual(['vitest: 1 passed, 1 failed']);
  });

  it('counts a step that failed outside vitest (the lint) as a failure, and names it', () => {
    const sut = summarise(
      '--failed',
      'lint',
      report('after-lint', [{ status: 'passed', tests: ['passed', 'passed'] }]),
    );
    expect(sut).toEqual(['vitest: lint failed', 'vitest: 2 passed, 1 failed']);
  });
});
