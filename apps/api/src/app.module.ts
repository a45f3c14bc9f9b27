import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../../libs/persistence/src';
import { createLogger } from '../../../libs/platform/src';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { TokenVerifier, unauthenticated } from './auth';
import { SessionAuth } from './auth/oidc';
import { preferredLanguage } from './common/error-formatter';
import { createErrorFormatter } from './common/error-formatter';
import { createRequestContext, verifyOnce } from './common/request-context';
import { INTERNAL_ERROR_MESSAGE, INTERNAL_ERROR_MESSAGE_EN, UserFacingError } from './common/graphql-errors';
import { UserFacingErrorFilter } from './common/user-facing-error.filter';
import { validationPipe } from './common/validation-messages';
import { API_CONFIG, type ApiConfig } from './config';
import { hardenErrorFormatter } from './graphql/hardened-error-formatter';
import { hardeningOptions } from './graphql/graphql-hardening';
import { signInHooks } from './graphql/sign-in';
import { ConnectionExpiry, connectionOf, type ClosableSocket } from './graphql/subscription-expiry';
import { HealthController } from './health/health.controller';
import { ApiMetrics } from './metrics/api-metrics';
import { CalendarModule } from './calendar/calendar.module';
import { ExportModule } from './export/export.module';
import { MailDeliveryModule } from './mail/mail-delivery.module';
import { MailModule } from './mail/mail.module';
import { MembersModule } from './members/members.module';
import { NationalModule } from './national/national.module';
import { ProgrammeModule } from './programmes/programme.module';
import { RemindersModule } from './reminders/reminders.module';
import { TasksModule } from './tasks/tasks.module';
import { TemporalModule } from './temporal/temporal.module';

interface SubscriptionConnectionContext {
  connectionExpiry?: ConnectionExpiry;
  /** The connection's token `exp` in ms, from onConnect. */
  tokenExpiresAt?: number;
  /** Set when the upgrade request's session cookie signed the connection in (no token). */
  sessionId?: string;
}

// onConnect arms the expiry when it accepts the connection (connectionOf); should Mercurius ever
// not tell it which connection it is, the expiry is armed here, at the first subscription.
function armConnectionExpiry(_schema: unknown, _source: unknown, context: SubscriptionConnectionContext): void {
  if (context.tokenExpiresAt !== undefined) context.connectionExpiry?.closeAt(context.tokenExpiresAt);
}

@Module({})
export class AppModule {
  /**
   * `verifier` checks bearer tokens; one instance per app, shared with the rate limiter.
   * `sessions`: browser sign-in (OIDC_ISSUER_URL), bound to the app's database here.
   */
  static forRoot(
    config: ApiConfig,
    verifier: TokenVerifier = TokenVerifier.fromConfig(config),
    metrics: ApiMetrics = new ApiMetrics({ defaultMetrics: false }),
    sessions?: SessionAuth,
  ): DynamicModule {
    const errorLog = createLogger('olievlek-api', config.logLevel, config.logFormat);
    const hardening = hardeningOptions(config.graphql);
    const signIn = signInHooks(config.graphql.openIntrospection);
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          // The same logger as the rest of the API: JSON, or readable lines in a terminal.
          pinoHttp: { logger: errorLog, autoLogging: false },
        }),
        TypeOrmModule.forRoot(dataSourceOptions({ url: config.databaseUrl })),
        GraphQLModule.forRoot<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          autoSchemaFile: true,
          sortSchema: true,
          // GraphiQL is served bundled by ./graphiql (Mercurius's loads its scripts from a CDN).
          graphiql: false,
          // graphql-jit compiles a query the second time it is seen (README, "Why Mercurius").
          jit: 1,
          // Who is asking is verified lazily, once per request, by the resolvers that need it.
          context: (request: FastifyRequest, reply: FastifyReply) =>
            createRequestContext(
              request.headers,
              // Missing or blank: UNAUTHENTICATED at once; otherwise verified once per request (verifyOnce).
              (header) =>
                header === undefined || header.trim() === ''
                  ? verifier.authenticateHeader(header)
                  : verifyOnce(request, header, (h) => verifier.verify(h)),
              reply,
              sessions && (() => sessions.principalOf(request)),
            ),
          // graphql-ws on /graphql; the token travels in the connection_init payload (or, without
          // one, the upgrade request's session cookie signs in), and the connection ends when the
          // token expires or the session ends (closed with 4403, see ConnectionExpiry).
          subscription: {
            context: (socket: ClosableSocket, request: FastifyRequest): SubscriptionConnectionContext => ({
              connectionExpiry: new ConnectionExpiry(socket, preferredLanguage(request.headers)),
            }),
            // A `function`: Mercurius calls it as a method of the connection (see connectionOf).
            onConnect: async function (this: unknown, { payload }: { payload?: Record<string, unknown> }) {
              const connection = connectionOf(this);
              const header = payload?.authorization ?? payload?.Authorization;
              try {
                const bearer = typeof header === 'string' && header.trim() !== '' ? header : undefined;
                if (bearer === undefined && sessions && connection?.request) {
                  const signedIn = await sessions.signInConnection(
                    connection.request.headers,
                    connection.connectionExpiry,
                  );
                  if (signedIn) return signedIn;
                }
                const session = await verifier.authenticateSession(bearer);
                // Within the clock tolerance the verifier still accepts it, but it would end at once.
                if (ConnectionExpiry.expired(session.expiresAt)) throw unauthenticated('EXPIRED');
                // Armed now, not at the first subscription: a connection that never subscribes ends too.
                connection?.connectionExpiry?.closeAt(session.expiresAt);
                return { principal: session.principal, tokenExpiresAt: session.expiresAt };
              } catch (error) {
                // Mercurius sends connection errors as they are: mask anything unexpected.
                if (error instanceof UserFacingError) throw error;
                errorLog.error({ err: error }, 'subscription connection failed');
                throw new UserFacingError('INTERNAL_SERVER_ERROR', {
                  nl: INTERNAL_ERROR_MESSAGE,
                  en: INTERNAL_ERROR_MESSAGE_EN,
                });
              }
            },
          },
          ...hardening,
          hooks: {
            ...hardening.hooks,
            preSubscriptionParsing: [
              armConnectionExpiry,
              sessions?.subscribeHook() ?? [],
              hardening.hooks!.preSubscriptionParsing!,
            ].flat(),
            ...(signIn.preParsing ? { preParsing: signIn.preParsing } : {}),
            preExecution: [
              signIn.preExecution ?? [],
              hardening.hooks!.preExecution!,
              metrics.graphqlHooks.preExecution,
            ].flat(),
            onResolution: metrics.graphqlHooks.onResolution,
          } as MercuriusDriverConfig['hooks'],
          errorFormatter: hardenErrorFormatter(createErrorFormatter(errorLog), {
            bodyLimit: config.bodyLimit,
            hideSuggestions: !config.graphql.introspection,
          }) as MercuriusDriverConfig['errorFormatter'],
        }),
        TemporalModule,
        ProgrammeModule,
        NationalModule,
        ExportModule,
        MailModule,
        MailDeliveryModule,
        MembersModule,
        CalendarModule,
        RemindersModule,
        TasksModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: API_CONFIG, useValue: config },
        { provide: TokenVerifier, useValue: verifier },
        { provide: ApiMetrics, useValue: metrics },
        ...(sessions
          ? [{ provide: SessionAuth, useFactory: (db: DataSource) => sessions.attach(db), inject: [DataSource] }]
          : []),
        { provide: APP_FILTER, useClass: UserFacingErrorFilter },
        {
          provide: APP_PIPE,
          useValue: validationPipe(),
        },
      ],
      exports: [API_CONFIG, TokenVerifier, ApiMetrics],
    };
  }
}
