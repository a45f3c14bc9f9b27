import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres, type RunningPostgres } from '../../test/support/postgres';
import type { BenchContext } from './types';

/** What one run of the bench holds: shared fixtures, and everything to undo at the end. */
export class RunContext implements BenchContext {
  readonly records: Record<string, unknown> = {};
  private readonly cleanups: Array<() => Promise<void> | void> = [];
  private readonly fixtures = new Map<string, Promise<unknown>>();
  private cleaning: Promise<void> | undefined;

  constructor(
    readonly quick: boolean,
    private readonly pgBin: string | undefined,
  ) {}

  log(message: string): void {
    process.stderr.write(`[bench] ${message}\n`);
  }

  tempDir(prefix: string): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    this.onCleanup(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  onCleanup(fn: () => Promise<void> | void): void {
    this.cleanups.push(fn);
  }

  postgres(): Promise<RunningPostgres> {
    return this.shared('postgres', async () => {
      if (!this.pgBin) throw new Error('OLIEVLEK_PG_BIN is not set: run through `npm run bench` (infra/bench.sh)');
      this.log('starting a throw-away PostgreSQL on loopback...');
      const pg = await startPostgres(this.pgBin);
      this.onCleanup(() => pg.stop());
      return pg;
    });
  }

  shared<T>(key: string, make: () => Promise<T>): Promise<T> {
    let fixture = this.fixtures.get(key) as Promise<T> | undefined;
    if (!fixture) {
      fixture = make();
      this.fixtures.set(key, fixture);
    }
    return fixture;
  }

  record(key: string, value: unknown): void {
    this.records[key] = value;
  }

  /** Undoes everything, newest first; a failing step does not stop the others. Called twice, waits for the first. */
  cleanup(): Promise<void> {
    this.cleaning ??= this.drain();
    return this.cleaning;
  }

  private async drain(): Promise<void> {
    while (this.cleanups.length > 0) {
      const fn = this.cleanups.pop()!;
      try {
        await fn();
      } catch (error) {
        this.log(`cleanup step failed: ${String(error)}`);
      }
    }
  }
}
