import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { migrate, openDataSource, SessionEntity } from '../../../../../libs/persistence/src';
import { createDatabase } from '../../../../../test/support/postgres';
import type { Principal } from '../principal';
import { hashSessionId, SessionStore, TOUCH_INTERVAL_MS } from './session.store';

const T0 = Date.parse('2027-03-01T09:00:00.000Z');
const LIMITS = { ttlMs: 8 * 3600_000, idleMs: 60 * 60_000 };
const principal: Principal = {
  subject: 'user-1',
  role: 'MUNICIPALITY',
  municipalities: ['GM0363'],
  programmes: [],
  issuer: 'http://127.0.0.1:8080/realms/olievlek',
  name: 'Pim Projectleider',
};

const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-sessions-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

describe.each([
  { kind: 'SQLite', url: async () => join(sqliteDir, 'sessions.sqlite') },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('server-side sessions on $kind (migration 0008)', ({ url }) => {
  let dataSource: DataSource;
  let now = T0;
  let sut: SessionStore;

  beforeAll(async () => {
    dataSource = await openDataSource({ url: await url() });
    await migrate(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });
  beforeEach(async () => {
    await dataSource.getRepository(SessionEntity).clear();
    now = T0;
    sut = new SessionStore(dataSource.getRepository(SessionEntity), LIMITS, () => now);
  });

  const create = () =>
    sut.create({ issuer: principal.issuer!, principal, profile: { email: 'pim@example.nl' }, idToken: 'id.token.x' });

  it('stores only the SHA-256 of the cookie id, with the principal and the ID token', async () => {
    const { id, session } = await create();

    const rows = await dataSource.getRepository(SessionEntity).find();
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      idHash: hashSessionId(id),
      issuer: principal.issuer,
      subject: 'user-1',
      idToken: 'id.token.x',
      createdAt: '2027-03-01T09:00:00.000Z',
      lastSeenAt: '2027-03-01T09:00:00.000Z',
      expiresAt: '2027-03-01T17:00:00.000Z',
    });
    expect(JSON.stringify(rows[0])).not.toContain(id);
    expect(session).toMatchObject({ principal, endsAt: T0 + LIMITS.idleMs, expiresAt: T0 + LIMITS.ttlMs });
  });

  it('finds the session of a cookie, and none for an unknown or malformed one', async () => {
    const { id } = await create();

    expect((await sut.find(id))?.principal).toEqual(principal);
    expect((await sut.find(id))?.profile).toEqual({ email: 'pim@example.nl' });
    expect(await sut.find('A'.repeat(43))).toBeUndefined();
    expect(await sut.find("x' OR 1=1 --")).toBeUndefined();
    expect(await sut.find(undefined)).toBeUndefined();
  });

  it('ends after the idle time without use, and deletes the row when it finds it ended', async () => {
    const { id } = await create();

    now = T0 + LIMITS.idleMs - 1;
    expect(await sut.find(id, { touch: false })).toBeDefined();
    now = T0 + LIMITS.idleMs;
    expect(await sut.find(id)).toBeUndefined();
    expect(await dataSource.getRepository(SessionEntity).count()).toBe(0);
  });

  it('moves the idle end on use, at most once a minute, but never past the absolute end', async () => {
    const { id } = await create();
    const lastSeen = async () => (await dataSource.getRepository(SessionEntity).findOneByOrFail({})).lastSeenAt;

    now = T0 + TOUCH_INTERVAL_MS - 1;
    await sut.find(id);
    expect(await lastSeen()).toBe(new Date(T0).toISOString());
    now = T0 + 50 * 60_000;
    expect((await sut.find(id))?.endsAt).toBe(now + LIMITS.idleMs);
    expect(await lastSeen()).toBe(new Date(now).toISOString());

    // Used every 50 minutes, it still ends 8 hours after sign-in.
    for (let t = now; t < T0 + LIMITS.ttlMs; t += 50 * 60_000) {
      now = t;
      expect(await sut.find(id)).toBeDefined();
    }
    now = T0 + LIMITS.ttlMs;
    expect(await sut.find(id)).toBeUndefined();
  });

  it('does not move the idle end when a live connection only looks (touch: false)', async () => {
    const { id } = await create();

    now = T0 + 30 * 60_000;
    expect((await sut.find(id, { touch: false }))?.endsAt).toBe(T0 + LIMITS.idleMs);
    now = T0 + LIMITS.idleMs;
    expect(await sut.find(id)).toBeUndefined();
  });

  it('ends a session at once on logout and answers its ID token for the provider', async () => {
    const { id } = await create();

    expect(await sut.end(id)).toEqual({ idToken: 'id.token.x' });
    expect(await sut.find(id)).toBeUndefined();
    expect(await sut.end(id)).toBeUndefined();
  });

  it('deletes every ended session at the next sign-in', async () => {
    await create();
    await create();
    now = T0 + LIMITS.idleMs + 1;
    const { id } = await create();

    const rows = await dataSource.getRepository(SessionEntity).find();
    expect(rows.map((r) => r.idHash)).toEqual([hashSessionId(id)]);
  });
});
