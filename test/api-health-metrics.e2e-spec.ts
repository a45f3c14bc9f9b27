import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../apps/api/src/app';
import { loadApiConfig, type ApiConfig } from '../apps/api/src/config';
import { freePort } from './support/free-port';
import { graphql } from './support/launcher';
import { launcherSecret, mintToken } from './support/tokens';

// Probes and metrics of the API. Temporal is unreachable on purpose: liveness must not depend on it.
const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-probes-'));
const apps: NestFastifyApplication[] = [];

async function start(
  env: Record<string, string>,
): Promise<{ app: NestFastifyApplication; url: string; config: ApiConfig }> {
  const config = loadApiConfig({
    PORT: String(await freePort()),
    OLIEVLEK_DATA_DIR: dataDir,
    TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}`,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await createApiApp(config);
  apps.push(app);
  await app.listen(config.port, config.host);
  return { app, url: `http://${config.host}:${config.port}`, config };
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
  it('serves Prometheus text on /metrics without a token and outside the rate limit', async () => {
    for (let i = 0; i < 5; i++) expect((await fetch(`${api.url}/metrics`)).status).toBe(200);
    const res = await fetch(`${api.url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain('process_resident_memory_bytes');
    expect(text).toMatch(
      /olievlek_api_http_requests_total\{method="GET",route="\/health\/live",status_code="200"\} [1-9]/,
    );
    expect(text).toMatch(
      /olievlek_api_http_request_duration_seconds_count\{method="GET",route="\/metrics",status_code="200"\} [1-9]/,
    );
  });

  it('counts GraphQL operations by type, name and outcome, and HTTP by route pattern, not by URL', async () => {
    const token = await mintToken(launcherSecret(dataDir), { sub: 'e2e', role: 'KWARTIERMAKER' });
    // No migration ran: the resolver fails, which the operation's outcome must show.
    await graphql(api.url, 'query ProgrammeProbe { programme(municipalityCode: "GM0363") { id } }', undefined, {
      token,
    });
    await fetch(`${api.url}/no/such/path/${Date.now()}`);
    const text = await (await fetch(`${api.url}/metrics`)).text();
    expect(text).toMatch(
      /olievlek_api_graphql_operations_total\{operation_type="query",operation_name="ProgrammeProbe",outcome="error"\} 1/,
    );
    expect(text).toMatch(/olievlek_api_http_requests_total\{method="POST",route="\/graphql",status_code="200"\} 1/);
    expect(text).toMatch(/route="unmatched",status_code="404"/);
    expect(text).not.toContain('/no/such/path');
  });

  it('with METRICS_PORT serves /metrics on that port only', async () => {
    const metricsPort = await freePort();
    const sut = await start({ METRICS_PORT: String(metricsPort) });
    expect((await fetch(`${sut.url}/metrics`)).status).toBe(404);
    const res = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('olievlek_api_http_requests_total');
    expect((await fetch(`http://127.0.0.1:${metricsPort}/health/live`)).status).toBe(200);
  });
});
