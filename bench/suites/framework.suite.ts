import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule, Query, Resolver } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import Fastify from 'fastify';
import mercurius from 'mercurius';
import { freePort } from '../../test/support/free-port';
import { formatRate, loadInterleaved, loadOptions } from '../support/load';
import type { BenchContext, BenchModule } from '../support/types';

const MODULE = 'framework';
export const PING = JSON.stringify({ query: '{ ping }' });

@Resolver()
class PingResolver {
  @Query(() => String, { nullable: true })
  ping(): string {
    return 'pong';
  }
}

// The same driver and options the API uses (apps/api/src/app.module.ts: Mercurius, graphql-jit at 1), code-first.
@Module({
  imports: [
    GraphQLModule.forRoot<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      autoSchemaFile: true,
      graphiql: false,
      jit: 1,
    }),
  ],
  providers: [PingResolver],
})
class PingModule {}

async function listen(ctx: BenchContext, close: () => Promise<void>): Promise<() => Promise<void>> {
  let closed = false;
  const once = async () => {
    if (closed) return;
    closed = true;
    await close();
  };
  ctx.onCleanup(once);
  return once;
}

async function startNest(ctx: BenchContext): Promise<{ url: string; close(): Promise<void> }> {
  const app = await NestFactory.create<NestFastifyApplication>(PingModule, new FastifyAdapter({ logger: false }), {
    logger: false,
  });
  const close = await listen(ctx, () => app.close());
  const port = await freePort();
  await app.listen(port, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}/graphql`, close };
}

/** `{ ping }` on bare Fastify + Mercurius (graphql-jit at 1, as the API), on 127.0.0.1. */
export async function startBare(ctx: BenchContext): Promise<{ url: string; close(): Promise<void> }> {
  const app = Fastify({ logger: false });
  await app.register(mercurius, {
    schema: 'type Query { ping: String }',
    resolvers: { Query: { ping: async () => 'pong' } },
    graphiql: false,
    jit: 1,
  });
  const close = await listen(ctx, () => app.close());
  const port = await freePort();
  await app.listen({ port, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${port}/graphql`, close };
}

async function check(url: string): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: PING });
  const body = (await res.json()) as { data?: { ping?: string } };
  if (body.data?.ping !== 'pong') throw new Error(`${url} answered ${res.status} ${JSON.stringify(body)}`);
}

export const frameworkModule: BenchModule = {
  name: MODULE,
  summary:
    'issue 7 target 2: a trivial resolver ({ ping }) through NestJS (@nestjs/mercurius, code-first) vs the same schema on bare Fastify + Mercurius, requests/s',
  async run(ctx) {
    const nest = await startNest(ctx);
    const bare = await startBare(ctx);
    try {
      await check(nest.url);
      await check(bare.url);
      const headers = { 'content-type': 'application/json' };
      ctx.log('{ ping } through NestJS vs bare Mercurius, max rate...');
      const [viaNest, viaBare] = await loadInterleaved(
        [
          {
            name: 'POST /graphql { ping } via NestJS + @nestjs/mercurius',
            url: nest.url,
            method: 'POST',
            headers,
            body: PING,
          },
          {
            name: 'POST /graphql { ping } on bare Fastify + Mercurius',
            url: bare.url,
            method: 'POST',
            headers,
            body: PING,
          },
        ],
        loadOptions(ctx.quick, { rounds: 3, durationS: 4, connections: 10 }),
      );
      const ratio = viaNest!.requestsPerSecond / viaBare!.requestsPerSecond;
      return [
        {
          module: MODULE,
          name: '{ ping } through NestJS, max rate',
          subject: viaNest!.latency,
          baseline: viaBare!.latency,
          ratio,
          checks: [{ target: '≥ 0.8× baseline req/s', holds: ratio >= 0.8 }],
          figure: {
            subject: formatRate(viaNest!.requestsPerSecond),
            baseline: formatRate(viaBare!.requestsPerSecond),
            ratioOf: 'req/s',
          },
          note: `autocannon in this process, 10 connections, loopback, rounds interleaved; graphql-jit at 1 on both; ${viaNest!.requests} and ${viaBare!.requests} answers, ${viaNest!.failures} and ${viaBare!.failures} failures`,
        },
      ];
    } finally {
      await nest.close();
      await bare.close();
    }
  },
};
