import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '../../apps/api/src/app';
import { loadApiConfig } from '../../apps/api/src/config';
import { freePort } from '../../test/support/free-port';
import { launcherSecret, mintToken } from '../../test/support/tokens';
import type { BenchContext } from './types';

export interface BenchApi {
  /** The GraphQL endpoint. */
  url: string;
  /** A KWARTIERMAKER token signed with this API's secret. */
  token: string;
  close(): Promise<void>;
}

/**
 * The API as `npm start` builds it (`createApiApp`) on 127.0.0.1, on a given read model; with a
 * Temporal address when the module needs one, else on a port where nothing listens (reads need
 * only the read model). The rate limit is raised: clients asking as fast as they can are the
 * point of a bench, not something to refuse.
 */
export async function startApi(
  ctx: BenchContext,
  options: { databaseUrl: string; temporal?: { address: string; namespace: string } },
): Promise<BenchApi> {
  const dataDir = ctx.tempDir('olievlek-bench-api-');
  const config = loadApiConfig({
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    OLIEVLEK_DATA_DIR: dataDir,
    DATABASE_URL: options.databaseUrl,
    TEMPORAL_ADDRESS: options.temporal?.address ?? `127.0.0.1:${await freePort()}`,
    ...(options.temporal ? { TEMPORAL_NAMESPACE: options.temporal.namespace } : {}),
    LOG_LEVEL: 'silent',
    GRAPHQL_IDE: 'false',
    RATE_LIMIT_MAX: String(1_000_000_000),
    FEED_INTERVAL_MS: '60000',
  });
  const app: NestFastifyApplication = await createApiApp(config);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
  };
  ctx.onCleanup(close);
  await app.listen(config.port, config.host);
  const token = await mintToken(launcherSecret(dataDir), { sub: 'bench', role: 'KWARTIERMAKER' });
  return { url: `http://${config.host}:${config.port}/graphql`, token, close };
}
