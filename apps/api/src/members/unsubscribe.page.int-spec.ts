import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../../../test/support/postgres';
import { MemberEntity, migrate, NotificationPreferences, openDataSource } from '../../../../libs/persistence/src';
import { registerUnsubscribePage, UNSUBSCRIBE_PATH } from './unsubscribe.page';

// One-click unsubscribe from the weekly digest (issue 16, RFC 8058) through the route handler
// (Fastify inject) on SQLite and PostgreSQL: the token is the credential, no sign-in; GET changes
// nothing; POST `List-Unsubscribe=One-Click` unsubscribes its person only, idempotently.

const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-unsubscribe-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

describe.each([
  { kind: 'SQLite', url: async () => join(sqliteDir, 'unsubscribe.sqlite') },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('POST /afmelden on $kind', ({ url }) => {
  let dataSource: DataSource;
  let preferences: NotificationPreferences;
  let sut: FastifyInstance;

  const member = (id: string) =>
    dataSource.manager.insert(MemberEntity, {
      id,
      name: `Persoon ${id}`,
      email: `${id}@example.nl`,
      organisation: null,
      language: 'nl',
      issuer: null,
      subject: null,
      createdAt: new Date().toISOString(),
      erasedAt: null,
    });
  const link = async (memberId: string) =>
    `${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(await preferences.unsubscribeToken(memberId))}`;
  const oneClick = (path: string) =>
    sut.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });

  beforeAll(async () => {
    dataSource = await openDataSource({ url: await url() });
    await migrate(dataSource);
    preferences = new NotificationPreferences(dataSource);
    await member('mbr_lead');
    await member('mbr_alderman');
    sut = Fastify();
    await registerUnsubscribePage(sut, { preferences });
    await sut.ready();
  });
  afterAll(async () => {
    await sut?.close();
    await dataSource?.destroy();
  });

  it('GET shows a Dutch page with a button and changes nothing (mail scanners open links too)', async () => {
    const res = await sut.inject({ method: 'GET', url: await link('mbr_lead') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.body).toContain('<html lang="nl">');
    expect(res.body).toContain('<button type="submit">Afmelden</button>');
    expect(res.body).toContain('Escalaties');
    expect(await preferences.get('mbr_lead')).toEqual({ mode: 'BOTH', digestSubscribed: true });
    const en = await sut.inject({ method: 'GET', url: await link('mbr_lead'), headers: { 'accept-language': 'en' } });
    expect(en.body).toContain('Unsubscribe from the weekly digest');
  });

  it('one-click POST unsubscribes the token’s person only, without sign-in, and again is harmless', async () => {
    const res = await oneClick(await link('mbr_lead'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('U bent afgemeld');
    expect(await preferences.get('mbr_lead')).toEqual({ mode: 'BOTH', digestSubscribed: false });
    expect(await preferences.get('mbr_alderman')).toEqual({ mode: 'BOTH', digestSubscribed: true });
    const first = (await dataSource.manager.findOneByOrFail(MemberEntity, { id: 'mbr_lead' })).digestUnsubscribedAt;
    expect((await oneClick(await link('mbr_lead'))).statusCode).toBe(200);
    expect((await dataSource.manager.findOneByOrFail(MemberEntity, { id: 'mbr_lead' })).digestUnsubscribedAt).toBe(
      first,
    );
    // The page's own button posts without a body; multipart is RFC 8058's other encoding.
    expect((await sut.inject({ method: 'POST', url: await link('mbr_alderman') })).statusCode).toBe(200);
    expect(await preferences.get('mbr_alderman')).toEqual({ mode: 'BOTH', digestSubscribed: false });
    await preferences.set('mbr_alderman', { digest: true });
    const multipart = await sut.inject({
      method: 'POST',
      url: await link('mbr_alderman'),
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--x--\r\n',
    });
    expect(multipart.statusCode).toBe(200);
    expect(await preferences.get('mbr_alderman')).toEqual({ mode: 'BOTH', digestSubscribed: false });
  });

  it('a forged, altered or missing token unsubscribes nobody (404)', async () => {
    await preferences.set('mbr_alderman', { digest: true });
    const good = await preferences.unsubscribeToken('mbr_alderman');
    const mac = good.split('.')[1]!;
    for (const token of [
      `mbr_other.${mac}`,
      `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`,
      'mbr_alderman',
      '',
    ]) {
      const res = await oneClick(`${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(token)}`);
      expect(res.statusCode, token).toBe(404);
      expect(res.body).toContain('niet geldig');
    }
    expect((await oneClick(UNSUBSCRIBE_PATH)).statusCode).toBe(404);
    expect((await sut.inject({ method: 'GET', url: `${UNSUBSCRIBE_PATH}?token=x` })).statusCode).toBe(404);
    expect(await preferences.get('mbr_alderman')).toEqual({ mode: 'BOTH', digestSubscribed: true });
  });
});
