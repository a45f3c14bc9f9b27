import fastifyRateLimit from '@fastify/rate-limit';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { TokenVerifier } from './auth';
import type { ApiConfig } from './config';
import { registerDashboard } from './dashboard/dashboard';
import { rateLimitOptions } from './graphql/rate-limit';

/** Builds the API application (not yet listening), for `main.ts` and for end-to-end tests. */
export async function createApiApp(config: ApiConfig): Promise<NestFastifyApplication> {
  const verifier = TokenVerifier.fromConfig(config);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, verifier),
    new FastifyAdapter({ bodyLimit: config.bodyLimit }),
    { bufferLogs: true },
  );
  const identify = async (header: string) => {
    try {
      const principal = await verifier.verify(header);
      return `${principal.role}:${principal.subject}`;
    } catch {
      return undefined;
    }
  };
  // Before the GraphQL routes exist: the limiter attaches itself to routes as they are added.
  await app.register(fastifyRateLimit, rateLimitOptions(config.rateLimit, identify));
  await registerDashboard(app);
  app.useLogger(app.get(Logger));
  return app;
}
