import { describe, expect, it } from 'vitest';
import {
  checkResolvedAddresses,
  checkWebhookUrl,
  classifyAddress,
  invalidAllowListEntries,
  resolveWebhookTarget,
  type ResolvedAddress,
  type WebhookTargetPolicy,
} from './webhook-target';

const production: WebhookTargetPolicy = { mode: 'production', allowedHosts: [] };
const development: WebhookTargetPolicy = { mode: 'development', allowedHosts: [] };
const v4 = (address: string): ResolvedAddress => ({ address, family: 4 });
const v6 = (address: string): ResolvedAddress => ({ address, family: 6 });
const resolvesTo =
  (...addresses: ResolvedAddress[]) =>
  () =>
    Promise.resolve(addresses);

describe('webhook targets: address classes', () => {
  it.each([
    ['10.1.2.3', 'internal'],
    ['172.16.0.1', 'internal'],
    ['172.31.255.255', 'internal'],
    ['192.168.1.1', 'internal'],
    ['100.64.0.1', 'internal'],
    ['127.0.0.1', 'internal'],
    ['127.8.9.10', 'internal'],
    ['169.254.169.254', 'internal'],
    ['::1', 'internal'],
    ['fe80::1', 'internal'],
    ['fc00::1', 'internal'],
    ['fd12:3456::1', 'internal'],
    ['::ffff:127.0.0.1', 'internal'],
    ['::ffff:10.0.0.1', 'internal'],
    ['::ffff:169.254.169.254', 'internal'],
    ['0.0.0.0', 'never'],
    ['::', 'never'],
    ['224.0.0.1', 'never'],
    ['ff02::1', 'never'],
    ['255.255.255.255', 'never'],
    ['93.184.215.14', 'public'],
    ['172.32.0.1', 'public'],
    ['2a00:1450:400e:80f::200e', 'public'],
    ['::ffff:93.184.215.14', 'public'],
  ])('%s is %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});

describe('webhook targets: the address itself', () => {
  it('refuses credentials in the address in every mode', () => {
    expect(checkWebhookUrl(new URL('https://user:pw@hooks.example.org/x'), development)).toMatchObject({ ok: false });
    expect(checkWebhookUrl(new URL('https://token@hooks.example.org/x'), production)).toMatchObject({ ok: false });
  });

  it('allows only https in production, http too in development', () => {
    expect(checkWebhookUrl(new URL('http://hooks.example.org/x'), production)).toMatchObject({ ok: false });
    expect(checkWebhookUrl(new URL('https://hooks.example.org/x'), production)).toEqual({ ok: true });
    expect(checkWebhookUrl(new URL('http://127.0.0.1:8080/x'), development)).toEqual({ ok: true });
    expect(checkWebhookUrl(new URL('ftp://hooks.example.org/x'), development)).toMatchObject({ ok: false });
  });
});

describe('webhook targets: resolved addresses', () => {
  const https = new URL('https://hooks.example.org/x');

  it('accepts a name whose every address is public', () => {
    expect(checkResolvedAddresses(https, [v4('93.184.215.14'), v6('2a00:1450:400e:80f::200e')], production)).toEqual({
      ok: true,
      addresses: [v4('93.184.215.14'), v6('2a00:1450:400e:80f::200e')],
    });
  });

  it('refuses a name when ANY address is internal (one public answer does not launder a private one)', () => {
    const sut = checkResolvedAddresses(https, [v4('93.184.215.14'), v4('10.0.0.5')], production);
    expect(sut).toMatchObject({ ok: false });
    expect(!sut.ok && sut.reason).toContain('10.0.0.5');
  });

  it('refuses loopback in production and allows it in development', () => {
    expect(checkResolvedAddresses(https, [v4('127.0.0.1')], production)).toMatchObject({ ok: false });
    expect(checkResolvedAddresses(https, [v6('::1')], development)).toMatchObject({ ok: true });
  });

  it('refuses private and link-local addresses in development too', () => {
    expect(checkResolvedAddresses(https, [v4('192.168.0.10')], development)).toMatchObject({ ok: false });
    expect(checkResolvedAddresses(https, [v4('169.254.169.254')], development)).toMatchObject({ ok: false });
  });

  it('lets an allow-listed host name, address or CIDR range through', () => {
    const byName = { mode: 'production', allowedHosts: ['hooks.example.org'] } as const;
    const byCidr = { mode: 'production', allowedHosts: ['10.20.0.0/16'] } as const;
    const byIp = { mode: 'production', allowedHosts: ['fd00::7'] } as const;
    expect(checkResolvedAddresses(https, [v4('10.0.0.5')], byName)).toMatchObject({ ok: true });
    expect(checkResolvedAddresses(https, [v4('10.20.3.4')], byCidr)).toMatchObject({ ok: true });
    expect(checkResolvedAddresses(https, [v6('::ffff:10.20.3.4')], byCidr)).toMatchObject({ ok: true });
    expect(checkResolvedAddresses(https, [v4('10.21.0.1')], byCidr)).toMatchObject({ ok: false });
    expect(checkResolvedAddresses(https, [v6('fd00::7')], byIp)).toMatchObject({ ok: true });
  });

  it('never allows unspecified or multicast addresses, allow-listed or not', () => {
    const everything = { mode: 'development', allowedHosts: ['0.0.0.0/0', '::/0'] } as const;
    expect(checkResolvedAddresses(https, [v4('0.0.0.0')], everything)).toMatchObject({ ok: false });
    expect(checkResolvedAddresses(https, [v6('ff02::1')], everything)).toMatchObject({ ok: false });
  });

  it('sends plain http only to loopback, even to an allow-listed private address', () => {
    const http = new URL('http://hooks.internal/x');
    const allowed = { mode: 'development', allowedHosts: ['hooks.internal'] } as const;
    expect(checkResolvedAddresses(http, [v4('127.0.0.1')], development)).toMatchObject({ ok: true });
    expect(checkResolvedAddresses(http, [v4('10.0.0.5')], allowed)).toMatchObject({ ok: false });
    expect(checkResolvedAddresses(http, [v4('93.184.215.14')], development)).toMatchObject({ ok: false });
  });
});

describe('webhook targets: resolution', () => {
  it('checks an IP literal without asking DNS, in every spelling the URL parser accepts', async () => {
    const never = () => Promise.reject(new Error('DNS must not be asked'));
    for (const raw of ['https://127.0.0.1/x', 'https://0x7f000001/x', 'https://[::ffff:7f00:1]/x', 'https://[::1]/x']) {
      await expect(resolveWebhookTarget(new URL(raw), production, never)).resolves.toMatchObject({ ok: false });
    }
    await expect(resolveWebhookTarget(new URL('http://127.0.0.1:9/x'), development, never)).resolves.toEqual({
      ok: true,
      addresses: [v4('127.0.0.1')],
    });
  });

  it('answers the checked addresses of a name, for the request to connect to', async () => {
    const sut = await resolveWebhookTarget(
      new URL('https://hooks.example.org/x'),
      production,
      resolvesTo(v4('93.184.215.14')),
    );
    expect(sut).toEqual({ ok: true, addresses: [v4('93.184.215.14')] });
  });

  it('refuses a name that resolves to an internal address before anything is sent', async () => {
    const sut = await resolveWebhookTarget(
      new URL('https://rebind.example.org/x'),
      production,
      resolvesTo(v4('10.0.0.1')),
    );
    expect(sut).toMatchObject({ ok: false });
  });

  it('reports a DNS failure as unresolved (retried later), not as refused', async () => {
    const failing = () => Promise.reject(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }));
    await expect(
      resolveWebhookTarget(new URL('https://gone.example.org/x'), production, failing),
    ).resolves.toMatchObject({ ok: 'unresolved' });
  });
});

describe('webhook targets: allow-list entries', () => {
  it('accepts host names, addresses and CIDR ranges and names the rest', () => {
    expect(
      invalidAllowListEntries([
        'hooks.internal',
        'localhost',
        '10.0.0.0/8',
        '127.0.0.1',
        '::1',
        '[fd00::1]',
        'fd00::/8',
      ]),
    ).toEqual([]);
    expect(invalidAllowListEntries(['http://x', '10.0.0.0/33', 'a b'])).toEqual(['http://x', '10.0.0.0/33', 'a b']);
  });
});
