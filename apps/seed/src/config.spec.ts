import { describe, expect, it } from 'vitest';
import { loadSeedConfig, parseSeedArgs } from './config';

describe('seed:demo settings', () => {
  it('talks to the local API on PORT unless OLIEVLEK_API_URL says otherwise', () => {
    const realmIssuer = 'http://127.0.0.1:8180/realms/olievlek';
    expect(loadSeedConfig({})).toEqual({ graphqlUrl: 'http://127.0.0.1:3000/graphql', realmIssuer });
    expect(loadSeedConfig({ PORT: '4100', OLIEVLEK_TOKEN: 'abc' })).toEqual({
      graphqlUrl: 'http://127.0.0.1:4100/graphql',
      token: 'abc',
      realmIssuer,
    });
    expect(loadSeedConfig({ OLIEVLEK_API_URL: 'http://10.0.0.5:8080/graphql' }).graphqlUrl).toBe(
      'http://10.0.0.5:8080/graphql',
    );
    expect(() => loadSeedConfig({ OLIEVLEK_API_URL: 'ftp://x' })).toThrow(/invalid configuration: OLIEVLEK_API_URL/);
  });

  it('issue 15: binds the demo realm people to the issuer npm start runs Keycloak with, unless told otherwise', () => {
    expect(loadSeedConfig({ OLIEVLEK_KEYCLOAK_PORT: '18180' }).realmIssuer).toBe(
      'http://127.0.0.1:18180/realms/olievlek',
    );
    expect(loadSeedConfig({ OLIEVLEK_REALM_ISSUER: 'https://id.example.nl/realms/demo' }).realmIssuer).toBe(
      'https://id.example.nl/realms/demo',
    );
    expect(loadSeedConfig({ OLIEVLEK_REALM_ISSUER: 'none' })).not.toHaveProperty('realmIssuer');
    expect(() => loadSeedConfig({ OLIEVLEK_REALM_ISSUER: 'keycloak' })).toThrow(/OLIEVLEK_REALM_ISSUER/);
  });

  it('takes --only as a count or municipality codes, and --concurrency', () => {
    expect(parseSeedArgs([])).toEqual({ kind: 'run' });
    expect(parseSeedArgs(['--only', '7'])).toEqual({ kind: 'run', only: 7 });
    expect(parseSeedArgs(['--only=GM0363,GM0518', '--concurrency', '8'])).toEqual({
      kind: 'run',
      only: ['GM0363', 'GM0518'],
      concurrency: 8,
    });
    expect(parseSeedArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it('refuses what it does not understand', () => {
    expect(parseSeedArgs(['--only', 'Amsterdam']).kind).toBe('refused');
    expect(parseSeedArgs(['--only']).kind).toBe('refused');
    expect(parseSeedArgs(['--concurrency', '0']).kind).toBe('refused');
    expect(parseSeedArgs(['--fast']).kind).toBe('refused');
  });
});
