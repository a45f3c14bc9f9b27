import { describe, expect, it } from 'vitest';
import {
  describeTemporalConnection,
  loadTemporalConnectionConfig,
  temporalConnectionOptions,
} from './temporal-connection';

const CERT = '-----BEGIN CERTIFICATE-----\nclient\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN PRIVATE KEY-----\nkey\n-----END PRIVATE KEY-----\n';
const CA = '-----BEGIN CERTIFICATE-----\nca\n-----END CERTIFICATE-----\n';

// Files by path, as a mounted Secret would hold them.
const files: Record<string, string> = { '/tls/tls.crt': CERT, '/tls/tls.key': KEY, '/tls/ca.crt': CA };
const readFile = (path: string): Buffer => {
  if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  return Buffer.from(files[path]!, 'utf8');
};

describe('Temporal connection: a local dev server by default', () => {
  it('connects in plaintext to 127.0.0.1:7233, namespace default', () => {
    const sut = loadTemporalConnectionConfig({});
    expect(sut).toEqual({ address: '127.0.0.1:7233', namespace: 'default' });
    expect(temporalConnectionOptions(sut, readFile)).toEqual({ address: '127.0.0.1:7233', tls: false });
  });

  it('takes an external cluster and namespace', () => {
    const sut = loadTemporalConnectionConfig({
      TEMPORAL_ADDRESS: 'temporal-frontend.temporal:7233',
      TEMPORAL_NAMESPACE: 'olievlek',
    });
    expect(sut).toEqual({ address: 'temporal-frontend.temporal:7233', namespace: 'olievlek' });
  });

  it('treats empty variables as unset', () => {
    const sut = loadTemporalConnectionConfig({
      TEMPORAL_API_KEY: '',
      TEMPORAL_TLS: '',
      TEMPORAL_TLS_CLIENT_CERT_PATH: '',
    });
    expect(sut).toEqual({ address: '127.0.0.1:7233', namespace: 'default' });
  });
});

describe('Temporal connection: mTLS', () => {
  const mtls = {
    TEMPORAL_ADDRESS: 'olievlek.a1b2c.tmprl.cloud:7233',
    TEMPORAL_NAMESPACE: 'olievlek.a1b2c',
    TEMPORAL_TLS_CLIENT_CERT_PATH: '/tls/tls.crt',
    TEMPORAL_TLS_CLIENT_KEY_PATH: '/tls/tls.key',
  };

  it('reads the client certificate pair from files into the SDK tls option', () => {
    const sut = temporalConnectionOptions(loadTemporalConnectionConfig(mtls), readFile);
    expect(sut).toEqual({
      address: 'olievlek.a1b2c.tmprl.cloud:7233',
      tls: { clientCertPair: { crt: Buffer.from(CERT), key: Buffer.from(KEY) } },
    });
  });

  it('adds a private root CA and a server name', () => {
    const config = loadTemporalConnectionConfig({
      ...mtls,
      TEMPORAL_TLS_SERVER_CA_CERT_PATH: '/tls/ca.crt',
      TEMPORAL_TLS_SERVER_NAME: 'frontend.temporal.internal',
    });
    expect(temporalConnectionOptions(config, readFile).tls).toEqual({
      clientCertPair: { crt: Buffer.from(CERT), key: Buffer.from(KEY) },
      serverRootCACertificate: Buffer.from(CA),
      serverNameOverride: 'frontend.temporal.internal',
    });
  });

  it('takes PEM text instead of a file (…_DATA)', () => {
    const config = loadTemporalConnectionConfig({
      TEMPORAL_TLS_CLIENT_CERT_DATA: CERT,
      TEMPORAL_TLS_CLIENT_KEY_DATA: KEY,
    });
    expect(temporalConnectionOptions(config, readFile).tls).toEqual({
      clientCertPair: { crt: Buffer.from(CERT), key: Buffer.from(KEY) },
    });
  });

  it('refuses a certificate without its key, and a key without its certificate', () => {
    expect(() => loadTemporalConnectionConfig({ TEMPORAL_TLS_CLIENT_CERT_PATH: '/tls/tls.crt' })).toThrow(
      /TEMPORAL_TLS_CLIENT_KEY_PATH: .*private key/,
    );
    expect(() => loadTemporalConnectionConfig({ TEMPORAL_TLS_CLIENT_KEY_DATA: KEY })).toThrow(
      /TEMPORAL_TLS_CLIENT_CERT_PATH: .*certificate/,
    );
  });

  it('refuses a file and PEM text for the same item', () => {
    expect(() => loadTemporalConnectionConfig({ ...mtls, TEMPORAL_TLS_CLIENT_CERT_DATA: CERT })).toThrow(
      /TEMPORAL_TLS_CLIENT_CERT_DATA: set TEMPORAL_TLS_CLIENT_CERT_PATH or TEMPORAL_TLS_CLIENT_CERT_DATA, not both/,
    );
  });

  it('refuses TLS settings together with TEMPORAL_TLS=false', () => {
    expect(() => loadTemporalConnectionConfig({ ...mtls, TEMPORAL_TLS: 'false' })).toThrow(
      /TEMPORAL_TLS: false turns TLS off, but TEMPORAL_TLS_CLIENT_CERT_PATH, TEMPORAL_TLS_CLIENT_KEY_PATH are set/,
    );
  });

  it('refuses a TEMPORAL_TLS that is not true or false', () => {
    expect(() => loadTemporalConnectionConfig({ TEMPORAL_TLS: 'yes' })).toThrow(/TEMPORAL_TLS/);
  });

  it('names the variable when a certificate file cannot be read at boot', () => {
    const config = loadTemporalConnectionConfig({ ...mtls, TEMPORAL_TLS_CLIENT_KEY_PATH: '/tls/missing.key' });
    expect(() => temporalConnectionOptions(config, readFile)).toThrow(
      /TEMPORAL_TLS_CLIENT_KEY_PATH: cannot read \/tls\/missing.key \(ENOENT\)/,
    );
  });
});

describe('Temporal connection: server-side TLS and API keys (Temporal Cloud)', () => {
  it('sends an API key over TLS with the system roots', () => {
    const config = loadTemporalConnectionConfig({
      TEMPORAL_ADDRESS: 'europe-west3.gcp.api.temporal.io:7233',
      TEMPORAL_API_KEY: 'secret-key',
    });
    expect(temporalConnectionOptions(config, readFile)).toEqual({
      address: 'europe-west3.gcp.api.temporal.io:7233',
      tls: {},
      apiKey: 'secret-key',
    });
  });

  it('keeps an API key in plaintext only when TEMPORAL_TLS=false says so (a TLS-terminating sidecar)', () => {
    const config = loadTemporalConnectionConfig({ TEMPORAL_API_KEY: 'secret-key', TEMPORAL_TLS: 'false' });
    expect(temporalConnectionOptions(config, readFile)).toEqual({
      address: '127.0.0.1:7233',
      tls: false,
      apiKey: 'secret-key',
    });
  });

  it('turns TLS on with TEMPORAL_TLS=true alone, or with a root CA alone', () => {
    expect(temporalConnectionOptions(loadTemporalConnectionConfig({ TEMPORAL_TLS: 'true' }), readFile).tls).toEqual({});
    expect(
      temporalConnectionOptions(
        loadTemporalConnectionConfig({ TEMPORAL_TLS_SERVER_CA_CERT_PATH: '/tls/ca.crt' }),
        readFile,
      ).tls,
    ).toEqual({
      serverRootCACertificate: Buffer.from(CA),
    });
  });

  it('describes the connection for logs without its secrets', () => {
    const config = loadTemporalConnectionConfig({
      TEMPORAL_API_KEY: 'secret-key',
      TEMPORAL_NAMESPACE: 'olievlek.a1b2c',
    });
    const sut = describeTemporalConnection(config);
    expect(sut).toEqual({
      address: '127.0.0.1:7233',
      namespace: 'olievlek.a1b2c',
      tls: true,
      mtls: false,
      apiKey: true,
    });
    expect(JSON.stringify(sut)).not.toContain('secret-key');
  });
});
