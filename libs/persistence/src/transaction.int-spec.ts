import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { EntitySubscriberInterface, TransactionStartEvent } from 'typeorm';
import { afterAll, describe, expect, it } from 'vitest';
import { inTransaction, MemberDirectory, migrate, openDataSource } from './index';

const dir = mkdtempSync(join(tmpdir(), 'olievlek-busy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Another process (the worker's projection, a script) holding SQLite's write lock for a moment.
const HOLDER = `
const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
const db = new Database(process.argv[1]);
db.pragma('busy_timeout = 5000');
db.exec('BEGIN IMMEDIATE');
db.prepare("INSERT INTO erased_name (name_hash, erased_at) VALUES ('held', 'x')").run();
process.stdout.write('locked\\n');
setTimeout(() => { db.exec('COMMIT'); db.close(); }, 1500);
`;

describe('inTransaction on SQLite', () => {
  it('a read-then-write transaction waits for another process’s write lock instead of failing with SQLITE_BUSY', async () => {
    const file = join(dir, 'busy.sqlite');
    const dataSource = await openDataSource({ url: file });
    try {
      await migrate(dataSource);
      const directory = new MemberDirectory(dataSource);
      const holder = spawn(process.execPath, ['-e', HOLDER, file], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise((resolve) => holder.stdout.once('data', resolve));
      const started = Date.now();
      // ensureMember reads (no such person) and then inserts: the pattern that failed at once.
      const member = await inTransaction(dataSource, (m) => directory.ensureMember({ issuer: 'i', subject: 's' }, m));
      expect(member.id).toMatch(/^mbr_/);
      expect(Date.now() - started).toBeGreaterThan(500);
      await new Promise((resolve) => holder.once('exit', resolve));
    } finally {
      await dataSource.destroy();
    }
  }, 20_000);

  it('a read on the shared connection between BEGIN and the lock, then another process’s commit: the transaction is begun again, not refused', async () => {
    const file = join(dir, 'snapshot.sqlite');
    const dataSource = await openDataSource({ url: file });
    const other = new Database(file);
    try {
      await migrate(dataSource);
      // What the API's concurrent resolvers do: a plain read lands on the one connection right after
      // TypeORM's BEGIN (a read snapshot), and the worker commits before the transaction's first write.
      let interleaved = 0;
      const interleave: EntitySubscriberInterface = {
        async afterTransactionStart(event: TransactionStartEvent) {
          if (interleaved++ > 0) return;
          await event.queryRunner.query('SELECT count(*) FROM erased_name');
          other.prepare("INSERT INTO erased_name (name_hash, erased_at) VALUES ('worker', 'x')").run();
        },
      };
      dataSource.subscribers.push(interleave);
      const directory = new MemberDirectory(dataSource);
      const member = await inTransaction(dataSource, (m) => directory.ensureMember({ issuer: 'i', subject: 's2' }, m));
      expect(member.id).toMatch(/^mbr_/);
      // Begun twice: the first was refused at once (SQLITE_BUSY_SNAPSHOT) before anything of it ran.
      expect(interleaved).toBe(2);
      expect(other.prepare('SELECT count(*) AS n FROM member WHERE subject = ?').get('s2')).toEqual({ n: 1 });
    } finally {
      other.close();
      await dataSource.destroy();
    }
  }, 20_000);
});
