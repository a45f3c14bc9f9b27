import { describe, expect, it } from 'vitest';
import { loadApiConfig } from './config';

const base = { AUTH_JWT_SECRET: 'x'.repeat(48) };

describe('API configuration: the metrics listener (issue 14)', () => {
  it('serves /metrics on its own loopback listener at PORT + 1 by default, whatever HOST is', () => {
    const sut = loadApiConfig({ ...base, PORT: '8080', HOST: '0.0.0.0' });
    expect(sut).toMatchObject({ port: 8080, host: '0.0.0.0', metricsPort: 8081, metricsHost: '127.0.0.1' });
  });

  it('takes METRICS_PORT and METRICS_HOST; PORT 0 gives the metrics any free port too', () => {
    expect(loadApiConfig({ ...base, METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' })).toMatchObject({
      metricsPort: 9464,
      metricsHost: '0.0.0.0',
    });
    expect(loadApiConfig({ ...base, PORT: '0' }).metricsPort).toBe(0);
  });

  it('serves /metrics on PORT only when METRICS_ON_API_PORT=true says so', () => {
    expect(loadApiConfig({ ...base, METRICS_ON_API_PORT: 'true', METRICS_PORT: '9464' }).metricsPort).toBeUndefined();
    expect(() => loadApiConfig({ ...base, METRICS_ON_API_PORT: 'yes' })).toThrow(/METRICS_ON_API_PORT/);
  });
});

describe('API configuration: anonymous introspection (issue 14)', () => {
  it('is closed unless GRAPHQL_OPEN_INTROSPECTION=true', () => {
    expect(loadApiConfig(base).graphql.openIntrospection).toBe(false);
    expect(loadApiConfig({ ...base, GRAPHQL_OPEN_INTROSPECTION: 'true' }).graphql.openIntrospection).toBe(true);
  });
});

describe('API configuration: the Temporal Web UI that may call the codec endpoint (issue 18.2)', () => {
  it('takes comma-separated origins, none by default, and refuses anything with a path', () => {
    expect(loadApiConfig(base).temporalUiOrigins).toEqual([]);
    expect(
      loadApiConfig({ ...base, TEMPORAL_UI_ORIGINS: 'http://127.0.0.1:8233, https://temporal.example.nl' })
        .temporalUiOrigins,
    ).toEqual(['http://127.0.0.1:8233', 'https://temporal.example.nl']);
    expect(() => loadApiConfig({ ...base, TEMPORAL_UI_ORIGINS: 'https://temporal.example.nl/ui' })).toThrow(
      /TEMPORAL_UI_ORIGINS/,
    );
  });
});
