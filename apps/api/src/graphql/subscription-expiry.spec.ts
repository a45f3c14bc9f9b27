import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionExpiry, TOKEN_EXPIRED_CLOSE_CODE } from './subscription-expiry';

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
