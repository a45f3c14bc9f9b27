import { createHmac, timingSafeEqual } from 'node:crypto';

/** The session cookie's name; `__Host-` (Secure, Path=/, no Domain: no subdomain can set it) on https. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-olievlek_session' : 'olievlek_session';
}

/** The short-lived cookie that carries one sign-in from /auth/login to /auth/callback. */
export function loginCookieName(secure: boolean): string {
  return secure ? '__Host-olievlek_login' : 'olievlek_login';
}

/** The value of cookie `name` in a `Cookie` header; the first one when a browser sends several. */
export function readCookie(header: string | string[] | undefined, name: string): string | undefined {
  const text = Array.isArray(header) ? header.join('; ') : header;
  if (!text) return undefined;
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
  }
  return undefined;
}

export interface CookieOptions {
  secure: boolean;
  /** Seconds; 0 removes the cookie; absent: a browser-session cookie. */
  maxAge?: number;
}

/** A `Set-Cookie` value: HttpOnly, SameSite=Lax, Path=/ always (`value` must be cookie-safe). */
export function serializeCookie(name: string, value: string, o: CookieOptions): string {
  if (!/^[A-Za-z0-9._~!$&'()*+\-/:=?@^`{|}]*$/.test(value)) throw new Error('not a cookie-safe value');
  const parts = [`${name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  if (o.secure) parts.push('Secure');
  if (o.maxAge !== undefined) {
    parts.push(`Max-Age=${Math.max(0, Math.floor(o.maxAge))}`);
    if (o.maxAge <= 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  }
  return parts.join('; ');
}

/**
 * `payload` as `<base64url JSON>.<HMAC-SHA256>`: the browser holds it, but cannot change it
 * without the signature failing. Not encrypted: nothing in it is secret from the browser itself.
 */
export function signValue(payload: unknown, secret: string): string {
  const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return `${body}.${mac(body, secret)}`;
}

/** The payload of a value from {@link signValue}, or undefined when it was changed or is not one. */
export function verifySignedValue(value: string | undefined, secret: string): unknown {
  if (!value || value.length > 8192) return undefined;
  const dot = value.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const body = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), 'base64url');
  const expected = Buffer.from(mac(body, secret), 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function mac(body: string, secret: string): string {
  return createHmac('sha256', secret).update(`olievlek-login.${body}`).digest('base64url');
}
