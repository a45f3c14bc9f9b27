import { describe, expect, it } from 'vitest';
import { loadOidcConfig } from './oidc.config';

const base = {
  PORT: '3000',
  OIDC_ISSUER_URL: 'http://127.0.0.1:8080/realms/olievlek',
  OIDC_CLIENT_ID: 'olievlek-web',
  AUTH_JWKS_URL: 'http://127.0.0.1:8080/realms/olievlek/protocol/openid-connect/certs',
};

describe('browser sign-in configuration (issue 14)', () => {
  it('is off unless OIDC_ISSUER_URL is set', () => {
    expect(loadOidcConfig({ PORT: '3000' })).toBeUndefined();
    expect(loadOidcConfig({ OIDC_ISSUER_URL: '' })).toBeUndefined();
  });

  it('defaults to a public PKCE client on http://127.0.0.1:$PORT with 8 h sessions idle after 60 min', () => {
    const sut = loadOidcConfig(base)!;

    expect(sut).toMatchObject({
      issuerUrl: base.OIDC_ISSUER_URL,
      clientId: 'olievlek-web',
      publicUrl: 'http://127.0.0.1:3000',
      callbackUrl: 'http://127.0.0.1:3000/auth/callback',
      scopes: 'openid profile email',
      sessionTtlMs: 8 * 3600_000,
      sessionIdleMs: 60 * 60_000,
      secureCookies: false,
    });
    expect(sut.clientSecret).toBeUndefined();
    expect(sut.cookieSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('takes a client secret, scopes, timeouts and an https PUBLIC_URL (Secure __Host- cookies)', () => {
    const sut = loadOidcConfig({
      ...base,
      OIDC_CLIENT_SECRET: 's3cret',
      OIDC_SCOPES: ' openid  profile api://olievlek/access ',
      PUBLIC_URL: 'https://olievlek.example.nl/',
      SESSION_TTL_HOURS: '12',
      SESSION_IDLE_MINUTES: '15',
    })!;

    expect(sut).toMatchObject({
      clientSecret: 's3cret',
      scopes: 'openid profile api://olievlek/access',
      publicUrl: 'https://olievlek.example.nl',
      callbackUrl: 'https://olievlek.example.nl/auth/callback',
      sessionTtlMs: 12 * 3600_000,
      sessionIdleMs: 15 * 60_000,
      secureCookies: true,
    });
  });

  it('refuses a plain-http issuer that is not on a loopback address', () => {
    expect(() => loadOidcConfig({ ...base, OIDC_ISSUER_URL: 'http://login.example.nl/realms/x' })).toThrow(
      /OIDC_ISSUER_URL: must use https/,
    );
    expect(loadOidcConfig({ ...base, OIDC_ISSUER_URL: 'https://login.example.nl/realms/x' })).toBeDefined();
  });

  it('needs a client id, the provider keys for the verifier, and scopes with openid', () => {
    expect(() => loadOidcConfig({ ...base, OIDC_CLIENT_ID: '' })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => loadOidcConfig({ ...base, AUTH_JWKS_URL: undefined })).toThrow(/AUTH_JWKS_URL/);
    expect(() => loadOidcConfig({ ...base, OIDC_SCOPES: 'profile email' })).toThrow(/OIDC_SCOPES/);
  });

  it('takes PUBLIC_URL as an origin only', () => {
    expect(() => loadOidcConfig({ ...base, PUBLIC_URL: 'https://example.nl/olievlek' })).toThrow(/PUBLIC_URL/);
    expect(() => loadOidcConfig({ ...base, PUBLIC_URL: 'ftp://example.nl' })).toThrow(/PUBLIC_URL/);
  });

  it('in production: PUBLIC_URL must be https and the login cookie secret shared by every replica', () => {
    const production = { ...base, NODE_ENV: 'production', OIDC_ISSUER_URL: 'https://login.example.nl/realms/x' };
    expect(() => loadOidcConfig(production)).toThrow(/PUBLIC_URL.*https/);
    expect(() => loadOidcConfig({ ...production, PUBLIC_URL: 'http://olievlek.example.nl' })).toThrow(/PUBLIC_URL/);
    expect(() => loadOidcConfig({ ...production, PUBLIC_URL: 'https://olievlek.example.nl' })).toThrow(
      /OIDC_COOKIE_SECRET/,
    );
    const sut = loadOidcConfig({
      ...production,
      PUBLIC_URL: 'https://olievlek.example.nl',
      OIDC_COOKIE_SECRET: 'k'.repeat(32),
    });
    expect(sut).toMatchObject({ secureCookies: true, cookieSecret: 'k'.repeat(32) });
    expect(() => loadOidcConfig({ ...base, OIDC_COOKIE_SECRET: 'short' })).toThrow(/OIDC_COOKIE_SECRET/);
  });
});
