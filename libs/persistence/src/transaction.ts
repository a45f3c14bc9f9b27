import type { DataSource, EntityManager } from 'typeorm';
import { databaseKind } from './data-source';

// better-sqlite3 gives TypeORM one connection: a second transaction begun while one is open on it
// fails ("cannot start a transaction within a transaction"). PostgreSQL has a pool, so its
// transactions run side by side; on SQLite the ones of one process wait their turn here.
const queues = new WeakMap<DataSource, Promise<unknown>>();

/** `dataSource.transaction(fn)`, taken one at a time per data source on SQLite. */
export function inTransaction<T>(dataSource: DataSource, fn: (manager: EntityManager) => Promise<T>): Promise<T> {
  const options = dataSource.options as { type: string; url?: string };
  if (options.type === 'postgres' || (options.url !== undefined && databaseKind(options.url) === 'postgres'))
    return dataSource.transaction(fn);
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const write = () =>
    dataSource.transaction(async (manager) => {
      // TypeORM begins a DEFERRED transaction. One that reads and then writes while another process
      // (the worker, a script) holds the write lock fails at once with SQLITE_BUSY: SQLite cannot
      // wait there without risking a deadlock. A write as the first statement takes the lock at the
      // start instead, where busy_timeout applies, so it waits its turn (like BEGIN IMMEDIATE).
      await manager.query('UPDATE municipality SET code = code WHERE 0 = 1');
      return fn(manager);
    });
  const run = previous.then(write, write);
  // The queue goes on whether this one succeeds or fails.
  queues.set(
    dataSource,
    run.catch(() => undefined),
  );
  return run;
}
