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
  const write = () => lockedTransaction(dataSource, fn);
  const run = previous.then(write, write);
  // The queue goes on whether this one succeeds or fails.
  queues.set(
    dataSource,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * How often, and how long apart, a transaction refused the write lock at once is begun again. One
 * that waited out busy_timeout is not: the lock is really held, and the caller hears so.
 */
const LOCK_ATTEMPTS = 8;
const LOCK_BACKOFF_MS = 25;
const AT_ONCE_MS = 1000;

/**
 * TypeORM begins a DEFERRED transaction. One that reads and then writes while another process
 * (the worker, a script) holds the write lock fails at once with SQLITE_BUSY: SQLite cannot wait
 * there without risking a deadlock. A write as the first statement takes the lock at the start
 * instead, where busy_timeout applies, so it waits its turn (like BEGIN IMMEDIATE). That is not
 * always enough: this process's reads outside transactions share the one connection, and one that
 * runs between TypeORM's BEGIN and that first write gives the transaction a read snapshot; when
 * another process committed since, taking the lock fails at once. Nothing of `fn` has run then, so
 * the transaction is rolled back and begun again a moment later, on a fresh snapshot.
 */
async function lockedTransaction<T>(dataSource: DataSource, fn: (manager: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let locked = false;
    const begun = Date.now();
    try {
      return await dataSource.transaction(async (manager) => {
        await manager.query('UPDATE municipality SET code = code WHERE 0 = 1');
        locked = true;
        return fn(manager);
      });
    } catch (error) {
      if (locked || !sqliteBusy(error) || attempt >= LOCK_ATTEMPTS || Date.now() - begun > AT_ONCE_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, LOCK_BACKOFF_MS * attempt));
    }
  }
}

/** SQLITE_BUSY (also its extended codes such as SQLITE_BUSY_SNAPSHOT), as TypeORM wraps it. */
export function sqliteBusy(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}
