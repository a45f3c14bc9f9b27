import { readFileSync } from 'node:fs';
import type { TLSConfig } from '@temporalio/client';
import { z } from 'zod';
import { parseEnv } from './env';

// An empty variable counts as unset, as `TEMPORAL_API_KEY=` in a .env file or an empty Secret key means.
const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);
const optionalText = z.preprocess(unsetIfEmpty, z.string().min(1).optional());

/**
 * How the API and the worker reach Temporal. The names are Temporal's own client environment
 * variables (the SDKs' environment configuration and the `temporal` CLI read the same ones), so
 * one set of variables serves the API, the worker and the CLI in the same pod.
 */
const temporalEnvSchema = z
  .object({
    TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
    TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
    TEMPORAL_TLS: z.preprocess(unsetIfEmpty, z.enum(['true', 'false']).optional()),
    TEMPORAL_TLS_CLIENT_CERT_PATH: optionalText,
    TEMPORAL_TLS_CLIENT_CERT_DATA: optionalText,
    TEMPORAL_TLS_CLIENT_KEY_PATH: optionalText,
    TEMPORAL_TLS_CLIENT_KEY_DATA: optionalText,
    TEMPORAL_TLS_SERVER_CA_CERT_PATH: optionalText,
    TEMPORAL_TLS_SERVER_CA_CERT_DATA: optionalText,
    TEMPORAL_TLS_SERVER_NAME: optionalText,
    TEMPORAL_API_KEY: optionalText,
  })
  .superRefine((e, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    for (const item of ['CLIENT_CERT', 'CLIENT_KEY', 'SERVER_CA_CERT'] as const) {
      if (e[`TEMPORAL_TLS_${item}_PATH`] && e[`TEMPORAL_TLS_${item}_DATA`]) {
        problem(`TEMPORAL_TLS_${item}_DATA`, `set TEMPORAL_TLS_${item}_PATH or TEMPORAL_TLS_${item}_DATA, not both`);
      }
    }
    const cert = e.TEMPORAL_TLS_CLIENT_CERT_PATH ?? e.TEMPORAL_TLS_CLIENT_CERT_DATA;
    const key = e.TEMPORAL_TLS_CLIENT_KEY_PATH ?? e.TEMPORAL_TLS_CLIENT_KEY_DATA;
    if (cert && !key)
      problem(
        'TEMPORAL_TLS_CLIENT_KEY_PATH',
        'a client certificate for mTLS needs its private key (TEMPORAL_TLS_CLIENT_KEY_PATH or _DATA)',
      );
    if (key && !cert)
      problem(
        'TEMPORAL_TLS_CLIENT_CERT_PATH',
        'a client private key for mTLS needs its certificate (TEMPORAL_TLS_CLIENT_CERT_PATH or _DATA)',
      );
    if (e.TEMPORAL_TLS === 'false') {
      const tlsSettings = Object.keys(e).filter(
        (k) => k.startsWith('TEMPORAL_TLS_') && e[k as keyof typeof e] !== undefined,
      );
      if (tlsSettings.length > 0)
        problem(
          'TEMPORAL_TLS',
          `false turns TLS off, but ${tlsSettings.join(', ')} ${tlsSettings.length > 1 ? 'are' : 'is'} set`,
        );
    }
  });

/** Where a PEM comes from: a file (a mounted Secret) or the variable's own text. */
export type PemSource = { path: string } | { pem: string };

export interface TemporalTlsConfig {
  /** Client certificate and key for mutual TLS; absent for server-side TLS only. */
  clientCert?: PemSource;
  clientKey?: PemSource;
  /** Root CA of the server; absent: the system's trusted roots (Temporal Cloud). */
  serverCa?: PemSource;
  /** Server name for SNI and the certificate check; absent: the host of the address. */
  serverName?: string;
}

export interface TemporalConnectionConfig {
  address: string;
  namespace: string;
  /** Absent: plaintext, as to a local dev server. */
  tls?: TemporalTlsConfig;
  /** Temporal Cloud API key, sent as `Authorization: Bearer …`; implies TLS unless TEMPORAL_TLS=false. */
  apiKey?: string;
}

const source = (path: string | undefined, pem: string | undefined): PemSource | undefined =>
  path ? { path } : pem ? { pem } : undefined;

/** Reads and validates the Temporal connection variables; fails the boot with every problem named. */
export function loadTemporalConnectionConfig(env: NodeJS.ProcessEnv): TemporalConnectionConfig {
  const e = parseEnv(temporalEnvSchema, env);
  const tls: TemporalTlsConfig = {
    clientCert: source(e.TEMPORAL_TLS_CLIENT_CERT_PATH, e.TEMPORAL_TLS_CLIENT_CERT_DATA),
    clientKey: source(e.TEMPORAL_TLS_CLIENT_KEY_PATH, e.TEMPORAL_TLS_CLIENT_KEY_DATA),
    serverCa: source(e.TEMPORAL_TLS_SERVER_CA_CERT_PATH, e.TEMPORAL_TLS_SERVER_CA_CERT_DATA),
    serverName: e.TEMPORAL_TLS_SERVER_NAME,
  };
  for (const k of Object.keys(tls) as (keyof TemporalTlsConfig)[]) if (tls[k] === undefined) delete tls[k];
  // As in Temporal's own environment configuration: any TLS setting or an API key turns TLS on,
  // TEMPORAL_TLS=true turns it on with nothing else, TEMPORAL_TLS=false keeps it off.
  const tlsOn =
    e.TEMPORAL_TLS === 'true' ||
    (e.TEMPORAL_TLS === undefined && (Object.keys(tls).length > 0 || e.TEMPORAL_API_KEY !== undefined));
  return {
    address: e.TEMPORAL_ADDRESS,
    namespace: e.TEMPORAL_NAMESPACE,
    ...(tlsOn ? { tls } : {}),
    ...(e.TEMPORAL_API_KEY ? { apiKey: e.TEMPORAL_API_KEY } : {}),
  };
}

/** Options for `Connection.connect/lazy` (client) and `NativeConnection.connect` (worker): the same shape for both. */
export interface TemporalConnectionOptions {
  address: string;
  /** `false` rather than absent, so that an API key does not turn TLS on by itself in the SDK. */
  tls: TLSConfig | false;
  apiKey?: string;
}

const SOURCE_VARIABLE: Record<'clientCert' | 'clientKey' | 'serverCa', string> = {
  clientCert: 'TEMPORAL_TLS_CLIENT_CERT_PATH',
  clientKey: 'TEMPORAL_TLS_CLIENT_KEY_PATH',
  serverCa: 'TEMPORAL_TLS_SERVER_CA_CERT_PATH',
};

/**
 * The SDK's connection options, with certificate files read now (at boot): a missing or
 * unreadable file stops the process with the variable that names it.
 */
export function temporalConnectionOptions(
  config: TemporalConnectionConfig,
  readFile: (path: string) => Buffer = (path) => readFileSync(path),
): TemporalConnectionOptions {
  const read = (which: keyof typeof SOURCE_VARIABLE): Buffer | undefined => {
    const from = config.tls?.[which];
    if (!from) return undefined;
    if ('pem' in from) return Buffer.from(from.pem, 'utf8');
    try {
      return readFile(from.path);
    } catch (error) {
      throw new Error(
        `invalid configuration: ${SOURCE_VARIABLE[which]}: cannot read ${from.path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        { cause: error },
      );
    }
  };
  let tls: TLSConfig | false = false;
  if (config.tls) {
    const crt = read('clientCert');
    const key = read('clientKey');
    const ca = read('serverCa');
    tls = {
      ...(crt && key ? { clientCertPair: { crt, key } } : {}),
      ...(ca ? { serverRootCACertificate: ca } : {}),
      ...(config.tls.serverName ? { serverNameOverride: config.tls.serverName } : {}),
    };
  }
  return { address: config.address, tls, ...(config.apiKey ? { apiKey: config.apiKey } : {}) };
}

/** For logs: how the connection is secured, never the secrets themselves. */
export function describeTemporalConnection(config: TemporalConnectionConfig): {
  address: string;
  namespace: string;
  tls: boolean;
  mtls: boolean;
  apiKey: boolean;
} {
  return {
    address: config.address,
    namespace: config.namespace,
    tls: config.tls !== undefined,
    mtls: config.tls?.clientCert !== undefined,
    apiKey: config.apiKey !== undefined,
  };
}
