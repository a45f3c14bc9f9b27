import 'reflect-metadata';
import { createLogger, exitWithParent, startTracing } from '../../../libs/platform/src';
import { createApiApp, listenApi } from './app';
import { loadApiConfig } from './config';

async function main(): Promise<void> {
  const config = loadApiConfig();
  const tracing = config.tracing ? startTracing(config.tracing) : undefined;
  const app = await createApiApp(config);
  // Fastify closes after the requests in flight have finished: their spans are ended, then sent.
  if (tracing)
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onClose', () => tracing.shutdown());
  // SIGTERM/SIGINT: readiness 503, then Fastify stops accepting and lets requests in flight finish.
  app.enableShutdownHooks();
  exitWithParent(config.parentPid, () => void app.close().finally(() => process.exit(0)));
  const { metricsUrl } = await listenApi(app, config);
  createLogger('olievlek-api', config.logLevel, config.logFormat).info(
    { url: `http://${config.host}:${config.port}/graphql`, metrics: metricsUrl ?? null },
    'api listening',
  );
}

main().catch((error: unknown) => {
  createLogger('olievlek-api').fatal({ err: error }, 'api failed to start');
  process.exit(1);
});
