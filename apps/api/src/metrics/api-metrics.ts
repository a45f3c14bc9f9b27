import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export const METRICS_PATH = '/metrics';

// Operation names come from clients: only this many distinct ones get their own series, the
// rest count as `other`, so a client cannot grow the registry without bound.
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

type GraphqlContext = { [OPERATION]?: { type: string; name: string } };
const OPERATION = Symbol('metrics.operation');
const STARTED = Symbol('metrics.started');

interface HttpSeries {
  requests: { inc(): void };
  duration: { observe(seconds: number): void };
}

/** Prometheus metrics of one API process: HTTP requests, GraphQL operations, process metrics. */
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly httpRequests: Counter<'method' | 'route' | 'status_code'>;
  private readonly httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  private readonly graphqlOperations: Counter<'operation_type' | 'operation_name' | 'outcome'>;
  private readonly names = new Set<string>();
  private readonly series = new Map<string, HttpSeries>();

  constructor({ defaultMetrics = true }: { defaultMetrics?: boolean } = {}) {
    if (defaultMetrics) collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.httpRequests = new Counter({
      name: 'olievlek_api_http_requests_total',
      help: 'HTTP requests by method, route pattern and status code',
      labelNames: ['method', 'route', 'status_code'],
      registers,
    });
    this.httpDuration = new Histogram({
      name: 'olievlek_api_http_request_duration_seconds',
      help: 'HTTP request duration by method, route pattern and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.graphqlOperations = new Counter({
      name: 'olievlek_api_graphql_operations_total',
      help: 'GraphQL operations executed over HTTP, by type, name and outcome (success, or error when the result carries errors); refused documents show in the HTTP metrics as 4xx',
      labelNames: ['operation_type', 'operation_name', 'outcome'],
      registers,
    });
  }

  /** Times every request of `fastify` by its route pattern (`/graphql`, not the URL a client sent). */
  instrument(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', async (request) => {
      (request as FastifyRequest & { [STARTED]?: bigint })[STARTED] = process.hrtime.bigint();
    });
    fastify.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
      const started = (request as FastifyRequest & { [STARTED]?: bigint })[STARTED];
      const series = this.httpSeries(request.method, request.routeOptions.url, reply.statusCode);
      series.requests.inc();
      if (started !== undefined) series.duration.observe(Number(process.hrtime.bigint() - started) / 1e9);
    });
  }

  /** `GET /metrics` on `fastify`, free of the rate limit (it counts /graphql only) and of tokens. */
  route(fastify: FastifyInstance): void {
    fastify.get(METRICS_PATH, async (_request, reply) => {
      reply.header('content-type', this.registry.contentType);
      return this.registry.metrics();
    });
  }

  /** Mercurius hooks: the operation is noted before execution and counted with its outcome after. */
  readonly graphqlHooks = {
    preExecution: (
      _schema: unknown,
      document: DocumentNode,
      context: GraphqlContext & { reply?: { request?: { body?: unknown } } },
    ): void => {
      const body = context.reply?.request?.body;
      const requested =
        typeof body === 'object' && body !== null && !Array.isArray(body)
          ? (body as Record<string, unknown>).operationName
          : undefined;
      const operation = operationOf(document, requested);
      context[OPERATION] = { type: operation?.operation ?? 'unknown', name: this.nameLabel(operation?.name?.value) };
    },
    onResolution: (execution: { errors?: readonly unknown[] }, context: GraphqlContext): void => {
      const operation = context[OPERATION] ?? { type: 'unknown', name: 'anonymous' };
      this.graphqlOperations.inc({
        operation_type: operation.type,
        operation_name: operation.name,
        outcome: execution.errors?.length ? 'error' : 'success',
      });
    },
  };

  /**
   * The series of one method, route pattern and status, looked up once (issue 18.1: no label
   * object and label hashing per request). Their number is bounded: Fastify knows a fixed set of
   * methods, routes are patterns, and unmatched URLs share one label (scanners must not create a
   * series per path).
   */
  private httpSeries(method: string, route: string | undefined, statusCode: number): HttpSeries {
    const key = `${method} ${route ?? ''} ${statusCode}`;
    let series = this.series.get(key);
    if (!series) {
      const labels = { method, route: route ?? 'unmatched', status_code: String(statusCode) };
      series = { requests: this.httpRequests.labels(labels), duration: this.httpDuration.labels(labels) };
      this.series.set(key, series);
    }
    return series;
  }

  private nameLabel(name: string | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return 'other';
    this.names.add(name);
    return name;
  }
}

function operationOf(document: DocumentNode, operationName: unknown): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (typeof operationName === 'string' && operationName !== '')
    return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}
