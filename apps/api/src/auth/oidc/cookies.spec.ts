import { describe, expect, it } from 'vitest';
import {
  loginCookieName,
  readCookie,
  serializeCookie,
  sessionCookieName,
  signValue,
  verifySignedValue,
} from './cookies';

describe('session and login cookies', () => {
  it('are named with the __Host- prefix on https only', () => {
    expect(sessionCookieName(false)).toBe('olievlek_session');
    expect(sessionCookieName(true)).toBe('__Host-olievlek_session');
    expect(loginCookieName(true)).toBe('__Host-olievlek_login');
  });

  it('are HttpOnly, SameSite=Lax and Path=/ always, Secure on https', () => {
    expect(serializeCookie('a', 'b', { secure: false })).toBe('a=b; Path=/; HttpOnly; SameSite=Lax');
    expect(serializeCookie('a', 'b', { secure: true, maxAge: 600 })).toBe(
      'a=b; Path=/; HttpOnly; SameSite=Lax; Secure; Max-Age=600',
    );
    expect(serializeCookie('a', '', { secure: false, maxAge: 0 })).toMatch(/Max-Age=0; Expires=Thu, 01 Jan 1970/);
    expect(() => serializeCookie('a', 'b;c', { secure: false })).toThrow();
  });

  it('reads one cookie of a Cookie header', () => {
    expect(readCookie('x=1; olievlek_session=abc; y=2', 'olievlek_session')).toBe('abc');
    expect(readCookie('olievlek_session_other=abc', 'olievlek_session')).toBeUndefined();
    expect(readCookie(undefined, 'a')).toBeUndefined();
    expect(readCookie('a="q"', 'a')).toBe('q');
  });
});

describe('the signed login cookie', () => {
  const secret = 'k'.repeat(32);

  it('gives back what was signed', () => {
    const sut = signValue({ state: 's', n: 1 }, secret);
    expect(verifySignedValue(sut, secret)).toEqual({ state: 's', n: 1 });
  });

  it('refuses a changed payload, another key, or no signature', () => {
    const sut = signValue({ returnTo: '/' }, secret);
    const [body, mac] = sut.split('.');
    const forged = Buffer.from(JSON.stringify({ returnTo: '//evil.example' })).toString('base64url');
    expect(verifySignedValue(`${forged}.${mac}`, secret)).toBeUndefined();
    expect(verifySignedValue(sut, 'x'.repeat(32))).toBeUndefined();
    expect(verifySignedValue(body, secret)).toBeUndefined();
    expect(verifySignedValue(undefined, secret)).toBeUndefined();
  });
});
