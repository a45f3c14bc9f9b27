import fastifyRateLimit from '@fastify/rate-limit';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { MercuriusContext } from 'mercurius';
import { Logger } from 'nestjs-pino';
import {
  closeServer,
  createLogger,
  recordGraphqlOperation,
  recordHttpRoute,
  startMetricsServer,
  traceHttpServer,
} from '../../../libs/platform/src';
import { NotificationPreferences } from '../../../libs/persistence/src';
import { AppModule } from './app.module';
import { TokenVerifier } from './auth';
import { OidcClient, registerOidcRoutes, SessionAuth } from './auth/oidc';
import { registerCalendarFeedRoute } from './calendar/calendar-feed.route';
import { CalendarFeedService } from './calendar/calendar-feed.service';
import { registerInvitationPage } from './members/invitation.page';
import { registerUnsubscribePage } from './members/unsubscribe.page';
import { MembersService } from './members/members.service';
import { quietBootstrap } from './common/bootstrap-quiet.logger';
import { verifyOnce } from './common/request-context';
import type { ApiConfig } from './config';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { registerWorkspace } from './web/web';
import { registerGraphiql } from './graphiql/graphiql';
import { registerTemporalCodec } from './temporal/codec.route';
import { rateLimitOptions } from './graphql/rate-limit';
import { ApiMetrics, METRICS_PATH } from './metrics/api-metrics';

/** Builds the API application (not yet listening), for `main.ts` and for end-to-end tests. */
export async function createApiApp(config: ApiConfig): Promise<NestFastifyApplication> {
  const verifier = TokenVerifier.fromConfig(config);
  const metrics = new ApiMetrics();
  const sessions = config.oidc ? new SessionAuth(config.oidc) : undefined;
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, verifier, metrics, sessions),
    new FastifyAdapter({ bodyLimit: config.bodyLimit }),
    { bufferLogs: true },
  );
  // The same verification the resolvers then use (verifyOnce): a request's token is checked once.
  const identify = async (request: object, header: string) => {
    try {
      return await verifyOnce(request, header, (h) => verifier.verify(h));
    } catch {
      return undefined;
    }
  };
  // Before the GraphQL routes exist: the limiter attaches itself to routes as they are added.
  await app.register(fastifyRateLimit, rateLimitOptions(config.rateLimit, identify));
  const fastify = app.getHttpAdapter().getInstance();
  metrics.instrument(fastify);
  // Otherwise on its own listener, opened by listenApi: a Service or Ingress for PORT never exposes it.
  if (config.metricsPort === undefined) metrics.route(fastify);
  if (config.tracing) {
    // Probes and scrapes would drown the traces of real requests.
    traceHttpServer(fastify.server, { untraced: (path) => path === METRICS_PATH || path.startsWith('/health') });
    fastify.addHook('onRequest', async (request) => recordHttpRoute(request.method, request.routeOptions.url));
    // Mercurius exists once the GraphQL module has registered it.
    fastify.addHook('onReady', async () => {
      fastify.graphql.addHook('preExecution', async (_schema, document, context: MercuriusContext) => {
        const body = context.reply?.request?.body;
        recordGraphqlOperation(
          document,
          typeof body === 'object' && body !== null && !Array.isArray(body)
            ? (body as { operationName?: unknown }).operationName
            : undefined,
        );
      });
    });
  }
  if (sessions) {
    await registerOidcRoutes(app, {
      auth: app.get(SessionAuth),
      client: new OidcClient(sessions.config),
      verifier,
      log: createLogger('olievlek-api', config.logLevel, config.logFormat),
    });
  }
  await registerInvitationPage(app, {
    ...(sessions ? { auth: app.get(SessionAuth) } : {}),
    members: app.get(MembersService),
  });
  await registerCalendarFeedRoute(app, { feeds: app.get(CalendarFeedService) });
  await registerUnsubscribePage(fastify, { preferences: app.get(NotificationPreferences) });
  await registerTemporalCodec(fastify, { uiOrigins: config.temporalUiOrigins });
  // Browsers ask every origin for an icon (also on /auth/session's JSON): none, and no 404 for it.
  fastify.get('/favicon.ico', async (_request, reply) => reply.code(204).send());
  await registerWorkspace(app, {
    ...(sessions ? { identityProviderOrigin: new URL(sessions.config.issuerUrl).origin } : {}),
  });
  await registerGraphiql(app, config.graphqlIde);
  app.useLogger(quietBootstrap(app.get(Logger)));
  return app;
}

/**
 * Opens the metrics listener (unless `/metrics` is served on PORT), then the API's own; a port
 * already taken fails the start. Answers the metrics URL, if it has its own listener.
 */
export async function listenApi(app: NestFastifyApplication, config: ApiConfig): Promise<{ metricsUrl?: string }> {
  let metricsServer: Server | undefined;
  if (config.metricsPort !== undefined) {
    metricsServer = await startMetricsServer(app.get(ApiMetrics).registry, config.metricsHost, config.metricsPort);
    const server = metricsServer;
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onClose', () => closeServer(server));
  }
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    if (metricsServer) await closeServer(metricsServer);
    throw error;
  }
  if (!metricsServer) return {};
  const { port } = metricsServer.address() as AddressInfo;
  return { metricsUrl: `http://${config.metricsHost}:${port}${METRICS_PATH}` };
}
