import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp, listenApi } from '../apps/api/src/app';
import { loadApiConfig, type ApiConfig } from '../apps/api/src/config';
import { freePort } from './support/free-port';
import { graphql } from './support/launcher';
import { launcherSecret, mintToken } from './support/tokens';

// Probes and metrics of the API. Temporal is unreachable on purpose: liveness must not depend on it.
const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-probes-'));
const apps: NestFastifyApplication[] = [];

async function start(
  env: Record<string, string>,
): Promise<{ app: NestFastifyApplication; url: string; config: ApiConfig; metricsUrl?: string }> {
  const config = loadApiConfig({
    PORT: String(await freePort()),
    METRICS_PORT: String(await freePort()),
    OLIEVLEK_DATA_DIR: dataDir,
    TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}`,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await createApiApp(config);
  apps.push(app);
  // As main.ts does: the metrics listener first, then the API's.
  const { metricsUrl } = await listenApi(app, config);
  return { app, url: `http://${config.host}:${config.port}`, config, metricsUrl };
}

let api: Awaited<ReturnType<typeof start>>;

beforeAll(async () => {
  api = await start({ RATE_LIMIT_MAX: '2' });
});

afterAll(async () => {
  for (const app of apps) await app.close().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('API probes', () => {
  it('/health/live answers 200 without checking dependencies; /health/ready and /health say 503 with Temporal down', async () => {
    const live = await fetch(`${api.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    for (const path of ['/health/ready', '/health']) {
      const res = await fetch(`${api.url}${path}`);
      expect(res.status, path).toBe(503);
      expect(await res.json()).toEqual({ status: 'unavailable', database: 'up', temporal: 'down' });
    }
  });

  it('readiness says 503 "shutting down" from the start of shutdown until the listener closes, liveness stays 200', async () => {
    const sut = await start({ SHUTDOWN_DELAY_MS: '3000' });
    // What enableShutdownHooks does on SIGTERM.
    const closing = sut.app.close();
    await expect
      .poll(async () => (await fetch(`${sut.url}/health/ready`)).status, { timeout: 2_500, interval: 50 })
      .toBe(503);
    expect(await (await fetch(`${sut.url}/health/ready`)).json()).toEqual({ status: 'shutting down' });
    expect((await fetch(`${sut.url}/health/live`)).status).toBe(200);
    await closing;
    await expect(fetch(`${sut.url}/health/live`)).rejects.toThrow();
  });
});

describe('API metrics', () => {
  it('serves Prometheus text on its own loopback listener by default, not on the API port', async () => {
    expect(api.metricsUrl).toBe(`http://127.0.0.1:${api.config.metricsPort}/metrics`);
    expect((await fetch(`${api.url}/metrics`)).status).toBe(404);
    for (let i = 0; i < 5; i++) expect((await fetch(api.metricsUrl!)).status).toBe(200);
    const res = await fetch(api.metricsUrl!);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain('process_resident_memory_bytes');
    expect(text).toMatch(
      /olievlek_api_http_requests_total\{method="GET",route="\/health\/live",status_code="200"\} [1-9]/,
    );
    // The refused /metrics on the API port counts as an unmatched route.
    expect(text).toMatch(/route="unmatched",status_code="404"/);
    expect((await fetch(api.metricsUrl!.replace('/metrics', '/health/live'))).status).toBe(200);
  });

  it('counts GraphQL operations by type, name and outcome, and HTTP by route pattern, not by URL', async () => {
    const token = await mintToken(launcherSecret(dataDir), { sub: 'e2e', role: 'KWARTIERMAKER' });
    // No migration ran: the resolver fails, which the operation's outcome must show.
    await graphql(api.url, 'query ProgrammeProbe { programme(municipalityCode: "GM0363") { id } }', undefined, {
      token,
    });
    await fetch(`${api.url}/no/such/path/${Date.now()}`);
    const text = await (await fetch(api.metricsUrl!)).text();
    expect(text).toMatch(
      /olievlek_api_graphql_operations_total\{operation_type="query",operation_name="ProgrammeProbe",outcome="error"\} 1/,
    );
    expect(text).toMatch(/olievlek_api_http_requests_total\{method="POST",route="\/graphql",status_code="200"\} 1/);
    expect(text).toMatch(/route="unmatched",status_code="404"/);
    expect(text).not.toContain('/no/such/path');
  });

  it('with METRICS_ON_API_PORT=true serves /metrics on PORT, without a token and outside the rate limit', async () => {
    const sut = await start({ METRICS_ON_API_PORT: 'true', RATE_LIMIT_MAX: '2' });
    expect(sut.metricsUrl).toBeUndefined();
    for (let i = 0; i < 5; i++) expect((await fetch(`${sut.url}/metrics`)).status).toBe(200);
    const text = await (await fetch(`${sut.url}/metrics`)).text();
    expect(text).toMatch(
      /olievlek_api_http_request_duration_seconds_count\{method="GET",route="\/metrics",status_code="200"\} [1-9]/,
    );
  });

  it('does not start when its metrics port is taken, and leaves the API port free', async () => {
    const taken = await start({});
    const port = await freePort();
    const config = loadApiConfig({
      PORT: String(port),
      METRICS_PORT: String(taken.config.metricsPort),
      OLIEVLEK_DATA_DIR: dataDir,
      TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}`,
      LOG_LEVEL: 'silent',
    });
    const app = await createApiApp(config);
    apps.push(app);
    await expect(listenApi(app, config)).rejects.toThrow(/EADDRINUSE/);
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
  });
});
