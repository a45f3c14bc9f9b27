import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTemporalConnectionConfig, temporalConnectionOptions } from '../libs/platform/src';
import { ApiProcess } from './support/api-process';
import { createTestPki, type TestPki } from './support/certificates';
import { DevServer } from './support/dev-server';
import { GrpcTlsProxy } from './support/grpc-tls-proxy';
import { graphql } from './support/launcher';
import { mintToken } from './support/tokens';
import { WorkerProcess } from './support/worker-process';

// The compiled worker and API against a Temporal that demands TLS, as an external cluster or
// Temporal Cloud does: the worker through a front that requires a client certificate (mTLS), the
// API through one that requires an API key, both configured only by TEMPORAL_* variables.

const SECRET = 'temporal-tls-test-secret-of-at-least-32-bytes';
const API_KEY = 'olievlek-test-api-key';
const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-tls-'));
let pki: TestPki;
let server: DevServer;
let mtlsFront: GrpcTlsProxy;
let apiKeyFront: GrpcTlsProxy;
let worker: WorkerProcess | undefined;
let api: ApiProcess | undefined;

beforeAll(async () => {
  mkdirSync(join(dataDir, 'pki'));
  pki = createTestPki(join(dataDir, 'pki'));
  server = await DevServer.start({ dbFile: join(dataDir, 'temporal.db'), startTimeoutMs: 30_000 });
  const front = { upstream: server.address, cert: pki.serverCert, key: pki.serverKey, ca: pki.caCert };
  mtlsFront = await GrpcTlsProxy.start({ ...front, requireClientCertificate: true });
  apiKeyFront = await GrpcTlsProxy.start({ ...front, apiKey: API_KEY });
  const databaseUrl = join(dataDir, 'olievlek.sqlite');
  worker = await WorkerProcess.start({
    temporalAddress: mtlsFront.address,
    dataDir,
    databaseUrl,
    env: {
      TEMPORAL_TLS_CLIENT_CERT_PATH: pki.paths.clientCert,
      TEMPORAL_TLS_CLIENT_KEY_PATH: pki.paths.clientKey,
      TEMPORAL_TLS_SERVER_CA_CERT_PATH: pki.paths.caCert,
      TEMPORAL_TLS_SERVER_NAME: 'localhost',
    },
  });
  api = await ApiProcess.start({
    temporalAddress: apiKeyFront.address,
    databaseUrl,
    dataDir: join(dataDir, 'api'),
    jwtSecret: SECRET,
    env: { TEMPORAL_API_KEY: API_KEY, TEMPORAL_TLS_SERVER_CA_CERT_PATH: pki.paths.caCert },
  });
}, 180_000);

afterAll(async () => {
  await api?.stop();
  await worker?.stop();
  await mtlsFront?.close();
  await apiKeyFront?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Temporal over TLS: mTLS for the worker, an API key for the API', () => {
  it('runs a programme with the worker on mTLS and the API on an API key', async () => {
    const token = await mintToken(SECRET, { sub: 'tls', role: 'MUNICIPALITY', municipalities: ['GM0200'] });
    const started = await graphql<{ startProgramme: { id: string } }>(
      api!.url,
      'mutation { startProgramme(municipalityCode: "GM0200") { id } }',
      undefined,
      { token },
    );
    expect(started.errors).toBeUndefined();
    // An update travels API → (API key) → Temporal → (mTLS) → worker and back.
    const step = await graphql<{ designateAdministrativeLead: { version: number } }>(
      api!.url,
      'mutation { designateAdministrativeLead(programmeId: "programme-GM0200-1", input: {}) { version } }',
      undefined,
      { token },
    );
    expect(step.errors).toBeUndefined();
    // The worker's projection reached the read model the API reads.
    await expect
      .poll(
        async () =>
          (
            await graphql<{ programme: { version: number } | null }>(
              api!.url,
              '{ programme(id: "programme-GM0200-1") { version } }',
              undefined,
              { token },
            )
          ).data?.programme?.version,
        {
          timeout: 20_000,
        },
      )
      .toBe(step.data!.designateAdministrativeLead.version);

    // Every call of the worker carried the client certificate; it polled and completed tasks.
    expect(mtlsFront.calls.length).toBeGreaterThan(0);
    expect(new Set(mtlsFront.calls.map((c) => c.clientCertificate))).toEqual(new Set(['olievlek-worker']));
    const workerMethods = new Set(mtlsFront.calls.map((c) => c.path.replace(/^.*\//, '')));
    expect(workerMethods).toContain('PollWorkflowTaskQueue');
    expect(workerMethods).toContain('RespondWorkflowTaskCompleted');
    // Every call of the API carried the key (and no certificate); it started and updated the workflow.
    expect(
      apiKeyFront.calls.every(
        (c) => c.authorization === `Bearer ${API_KEY}` && !c.refused && c.clientCertificate === undefined,
      ),
    ).toBe(true);
    const apiMethods = new Set(apiKeyFront.calls.map((c) => c.path.replace(/^.*\//, '')));
    expect(apiMethods).toContain('StartWorkflowExecution');
    expect(apiMethods).toContain('UpdateWorkflowExecution');
  });

  it('is refused without a client certificate, or with another API key', async () => {
    const attempt = async (env: NodeJS.ProcessEnv) => {
      const connection = await Connection.connect({
        ...temporalConnectionOptions(loadTemporalConnectionConfig(env)),
        connectTimeout: '3s',
      });
      try {
        return await connection.workflowService.getSystemInfo({});
      } finally {
        await connection.close();
      }
    };
    const withCa = { TEMPORAL_TLS_SERVER_CA_CERT_PATH: pki.paths.caCert, TEMPORAL_TLS_SERVER_NAME: 'localhost' };
    await expect(attempt({ TEMPORAL_ADDRESS: mtlsFront.address, ...withCa })).rejects.toThrow();
    await expect(
      attempt({ TEMPORAL_ADDRESS: apiKeyFront.address, TEMPORAL_API_KEY: 'another-key', ...withCa }),
    ).rejects.toThrow();
    expect(apiKeyFront.calls.filter((c) => c.refused).map((c) => c.authorization)).toContain('Bearer another-key');
    // The same settings with the right credentials are accepted.
    await expect(
      attempt({ TEMPORAL_ADDRESS: apiKeyFront.address, TEMPORAL_API_KEY: API_KEY, ...withCa }),
    ).resolves.toBeDefined();
    await expect(
      attempt({
        TEMPORAL_ADDRESS: mtlsFront.address,
        TEMPORAL_TLS_CLIENT_CERT_PATH: pki.paths.clientCert,
        TEMPORAL_TLS_CLIENT_KEY_PATH: pki.paths.clientKey,
        ...withCa,
      }),
    ).resolves.toBeDefined();
  });
});
