import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionExpiry, connectionOf, SESSION_RECHECK_MS, TOKEN_EXPIRED_CLOSE_CODE } from './subscription-expiry';

class FakeSocket extends EventEmitter {
  readonly closes: Array<{ code?: number; reason?: string }> = [];
  close(code?: number, reason?: string): void {
    this.closes.push({ code, reason });
    this.emit('close');
  }
}

const T0 = Date.UTC(2026, 11, 3, 9, 0, 0);

describe('a graphql-ws connection ends when its token expires', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());

  it('closes the socket with 4403 and a Dutch reason exactly at exp', () => {
    const socket = new FakeSocket();
    const sut = new ConnectionExpiry(socket, 'nl');
    sut.closeAt(T0 + 5_000);
    vi.advanceTimersByTime(4_999);
    expect(socket.closes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(socket.closes).toEqual([{ code: TOKEN_EXPIRED_CLOSE_CODE, reason: expect.stringMatching(/verlopen/) }]);
    expect(TOKEN_EXPIRED_CLOSE_CODE).toBe(4403);
  });

  it('gives the reason in English when the upgrade request asked for it, within 123 bytes', () => {
    const socket = new FakeSocket();
    new ConnectionExpiry(socket, 'en').closeAt(T0);
    expect(socket.closes[0]!.reason).toMatch(/expired/);
    expect(Buffer.byteLength(socket.closes[0]!.reason!)).toBeLessThanOrEqual(123);
  });

  it('arms once: later subscriptions on the same connection add no timers', () => {
    const socket = new FakeSocket();
    const sut = new ConnectionExpiry(socket, 'nl');
    sut.closeAt(T0 + 1_000);
    sut.closeAt(T0 + 1_000);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect(socket.closes).toHaveLength(1);
  });

  it('clears its timer when the client disconnects first', () => {
    const socket = new FakeSocket();
    const sut = new ConnectionExpiry(socket, 'nl');
    sut.closeAt(T0 + 60_000);
    socket.emit('close');
    expect(vi.getTimerCount()).toBe(0);
    sut.closeAt(T0 + 60_000);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(120_000);
    expect(socket.closes).toEqual([]);
  });

  it('waits out a token valid longer than one timer can (about 24.8 days) in steps', () => {
    const socket = new FakeSocket();
    const thirtyDays = 30 * 24 * 3600_000;
    new ConnectionExpiry(socket, 'nl').closeAt(T0 + thirtyDays);
    vi.advanceTimersByTime(thirtyDays - 1);
    expect(socket.closes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(socket.closes).toHaveLength(1);
  });

  it('counts a token as expired from exp on', () => {
    expect(ConnectionExpiry.expired(T0, T0 - 1)).toBe(false);
    expect(ConnectionExpiry.expired(T0, T0)).toBe(true);
    expect(ConnectionExpiry.expired(undefined, T0)).toBe(false);
  });
});

describe('a graphql-ws connection signed in with a session cookie ends when the session ends', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());

  it('checks the session again at its end and closes with 4403 once it is gone', async () => {
    const socket = new FakeSocket();
    const checks: number[] = [];
    const sut = new ConnectionExpiry(socket, 'nl');
    sut.follow(T0 + 30_000, async () => (checks.push(Date.now()), undefined));

    await vi.advanceTimersByTimeAsync(29_999);
    expect(socket.closes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(checks).toEqual([T0 + 30_000]);
    expect(socket.closes).toEqual([{ code: 4403, reason: expect.stringMatching(/sessie/) }]);
  });

  it('keeps a session that was used elsewhere open until its new end', async () => {
    const socket = new FakeSocket();
    const ends = [T0 + 50_000, T0 + 90_000, undefined];
    const sut = new ConnectionExpiry(socket, 'en');
    sut.follow(T0 + 30_000, async () => ends.shift());

    await vi.advanceTimersByTimeAsync(50_000);
    expect(socket.closes).toEqual([]);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(socket.closes).toEqual([{ code: 4403, reason: expect.stringMatching(/session/) }]);
  });

  it('looks every minute before the end, so a logout elsewhere ends the connection soon', async () => {
    const socket = new FakeSocket();
    let alive = true;
    new ConnectionExpiry(socket, 'nl').follow(T0 + 8 * 3600_000, async () => (alive ? T0 + 8 * 3600_000 : undefined));

    await vi.advanceTimersByTimeAsync(3 * SESSION_RECHECK_MS);
    expect(socket.closes).toEqual([]);
    alive = false;
    await vi.advanceTimersByTimeAsync(SESSION_RECHECK_MS);
    expect(socket.closes).toHaveLength(1);
  });

  it('tries again later when the check fails, and stops when the client disconnects', async () => {
    const socket = new FakeSocket();
    let calls = 0;
    new ConnectionExpiry(socket, 'nl').follow(T0 + 1_000, async () => {
      calls += 1;
      throw new Error('database away');
    });

    await vi.advanceTimersByTimeAsync(1_000 + SESSION_RECHECK_MS);
    expect(calls).toBe(2);
    expect(socket.closes).toEqual([]);
    socket.emit('close');
    await vi.advanceTimersByTimeAsync(10 * SESSION_RECHECK_MS);
    expect(calls).toBe(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('closes at once when asked (a subscription found the session ended)', () => {
    const socket = new FakeSocket();
    const sut = new ConnectionExpiry(socket, 'nl');
    sut.follow(T0 + 60_000, async () => T0 + 60_000);
    sut.close('session');
    sut.close('session');
    expect(socket.closes).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the connection onConnect is asked about (Mercurius calls it as a method)', () => {
  it('finds the upgrade request and the ConnectionExpiry in the connection context', () => {
    const connectionExpiry = new ConnectionExpiry(new FakeSocket(), 'nl');
    const headers = { cookie: 'a=b' };

    expect(connectionOf({ context: { request: { headers }, connectionExpiry } })).toEqual({
      request: { headers },
      connectionExpiry,
    });
  });

  it('finds nothing when called otherwise', () => {
    expect(connectionOf(undefined)).toBeUndefined();
    expect(connectionOf({})).toBeUndefined();
    expect(connectionOf({ context: { connectionExpiry: {} } })).toEqual({});
  });
});
