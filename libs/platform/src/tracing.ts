import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter as OtlpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { Resource } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type Sampler,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_NETWORK_PROTOCOL_VERSION,
  ATTR_SERVICE_NAME,
  ATTR_URL_PATH,
  ATTR_URL_SCHEME,
} from '@opentelemetry/semantic-conventions';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { z } from 'zod';
import { parseEnv } from './env';

// GraphQL attributes are still "development" in the semantic conventions: kept here, as OTel advises.
const ATTR_GRAPHQL_OPERATION_TYPE = 'graphql.operation.type';
const ATTR_GRAPHQL_OPERATION_NAME = 'graphql.operation.name';

const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);
const optionalText = z.preprocess(unsetIfEmpty, z.string().min(1).optional());
const otlpUrl = z.preprocess(unsetIfEmpty, z.url({ protocol: /^https?$/ }).optional());
const protocol = z.preprocess(
  unsetIfEmpty,
  z
    .enum(['http/protobuf', 'http/json'], {
      message: 'http/protobuf or http/json (OTLP over gRPC is not supported: use port 4318)',
    })
    .optional(),
);

/** The standard OpenTelemetry SDK variables this service honours (the exporter also reads OTEL_EXPORTER_OTLP_HEADERS, _TIMEOUT, _COMPRESSION; the batch processor OTEL_BSP_*). */
const tracingEnvSchema = z.object({
  OTEL_SDK_DISABLED: z.preprocess(unsetIfEmpty, z.enum(['true', 'false']).optional()),
  OTEL_TRACES_EXPORTER: optionalText,
  OTEL_EXPORTER_OTLP_ENDPOINT: otlpUrl,
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: otlpUrl,
  OTEL_EXPORTER_OTLP_PROTOCOL: protocol,
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: protocol,
  OTEL_SERVICE_NAME: optionalText,
  OTEL_RESOURCE_ATTRIBUTES: optionalText,
  OTEL_TRACES_SAMPLER: z.preprocess(
    unsetIfEmpty,
    z
      .enum([
        'always_on',
        'always_off',
        'traceidratio',
        'parentbased_always_on',
        'parentbased_always_off',
        'parentbased_traceidratio',
      ])
      .optional(),
  ),
  OTEL_TRACES_SAMPLER_ARG: z.preprocess(unsetIfEmpty, z.coerce.number().min(0).max(1).optional()),
});

export type TracesExporter = 'otlp' | 'console';

export interface TracingConfig {
  /** `service.name`: OTEL_SERVICE_NAME, else OTEL_RESOURCE_ATTRIBUTES' service.name, else the app's own. */
  serviceName: string;
  exporters: TracesExporter[];
  /** Full OTLP/HTTP traces URL (…/v1/traces); set when `exporters` has `otlp`. */
  otlpUrl?: string;
  otlpProtocol: 'http/protobuf' | 'http/json';
  /** From OTEL_RESOURCE_ATTRIBUTES. */
  resourceAttributes: Record<string, string>;
  sampler: { name: NonNullable<z.infer<typeof tracingEnvSchema>['OTEL_TRACES_SAMPLER']>; ratio: number };
}

/**
 * Reads the OpenTelemetry variables. Tracing is off (undefined: no provider, no exporter, no
 * interceptors) unless an exporter is asked for: OTEL_TRACES_EXPORTER=otlp|console, or an OTLP
 * endpoint with OTEL_TRACES_EXPORTER unset. OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none win.
 */
export function loadTracingConfig(env: NodeJS.ProcessEnv, defaultServiceName: string): TracingConfig | undefined {
  const e = parseEnv(tracingEnvSchema, env);
  if (e.OTEL_SDK_DISABLED === 'true') return undefined;
  const endpoint =
    e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
    (e.OTEL_EXPORTER_OTLP_ENDPOINT ? `${e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces` : undefined);
  const named =
    e.OTEL_TRACES_EXPORTER?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? (endpoint ? ['otlp'] : []);
  const unknown = named.filter((n) => !['otlp', 'console', 'none'].includes(n));
  if (unknown.length > 0)
    throw new Error(`invalid configuration: OTEL_TRACES_EXPORTER: ${unknown.join(', ')} (otlp, console or none)`);
  const exporters = named.includes('none') ? [] : [...new Set(named as TracesExporter[])];
  if (exporters.length === 0) return undefined;
  const resourceAttributes = parseResourceAttributes(e.OTEL_RESOURCE_ATTRIBUTES);
  return {
    serviceName: e.OTEL_SERVICE_NAME ?? resourceAttributes[ATTR_SERVICE_NAME] ?? defaultServiceName,
    exporters,
    // The SDK's default endpoint, as when OTEL_TRACES_EXPORTER=otlp names no endpoint.
    ...(exporters.includes('otlp') ? { otlpUrl: endpoint ?? 'http://localhost:4318/v1/traces' } : {}),
    otlpProtocol: e.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? e.OTEL_EXPORTER_OTLP_PROTOCOL ?? 'http/protobuf',
    resourceAttributes,
    sampler: { name: e.OTEL_TRACES_SAMPLER ?? 'parentbased_always_on', ratio: e.OTEL_TRACES_SAMPLER_ARG ?? 1 },
  };
}

/** `key1=value1,key2=value2`, values percent-encoded (the OpenTelemetry resource SDK format). */
function parseResourceAttributes(text: string | undefined): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const pair of text?.split(',') ?? []) {
    const at = pair.indexOf('=');
    if (at <= 0) {
      if (pair.trim() === '') continue;
      throw new Error(`invalid configuration: OTEL_RESOURCE_ATTRIBUTES: "${pair}" is not key=value`);
    }
    try {
      attributes[pair.slice(0, at).trim()] = decodeURIComponent(pair.slice(at + 1).trim());
    } catch {
      throw new Error(
        `invalid configuration: OTEL_RESOURCE_ATTRIBUTES: bad percent-encoding in "${pair.slice(0, at)}"`,
      );
    }
  }
  return attributes;
}

function samplerOf({ name, ratio }: TracingConfig['sampler']): Sampler {
  switch (name) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return new TraceIdRatioBasedSampler(ratio);
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(ratio) });
    default: {
      const never: never = name;
      throw new Error(`unknown sampler ${String(never)}`);
    }
  }
}

export interface Tracing {
  readonly resource: Resource;
  /** Batches and exports every span of this process, including the workflow spans the worker receives through its sink. */
  readonly spanProcessor: SpanProcessor;
  /** Ends the batching and sends what is left; call once the work that makes spans has stopped. */
  shutdown(): Promise<void>;
}

/**
 * Registers the global tracer provider, the AsyncLocalStorage context manager and the W3C trace
 * context propagator (`traceparent`/`tracestate` only: a caller's baggage is not carried into
 * Temporal headers).
 */
export function startTracing(config: TracingConfig): Tracing {
  const resource = Resource.default().merge(
    new Resource({ ...config.resourceAttributes, [ATTR_SERVICE_NAME]: config.serviceName }),
  );
  const exporters: SpanExporter[] = config.exporters.map((name) => {
    switch (name) {
      case 'otlp':
        return config.otlpProtocol === 'http/json'
          ? new OtlpJsonExporter({ url: config.otlpUrl })
          : new OtlpProtobufExporter({ url: config.otlpUrl });
      case 'console':
        return new ConsoleSpanExporter();
      default: {
        const never: never = name;
        throw new Error(`unknown exporter ${String(never)}`);
      }
    }
  });
  const processors = exporters.map((exporter) => new BatchSpanProcessor(exporter));
  const spanProcessor: SpanProcessor = processors.length === 1 ? processors[0]! : fanOut(processors);
  const provider = new NodeTracerProvider({
    resource,
    sampler: samplerOf(config.sampler),
    spanProcessors: [spanProcessor],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  let stopped: Promise<void> | undefined;
  return {
    resource,
    spanProcessor,
    shutdown: () => (stopped ??= provider.shutdown()),
  };
}

function fanOut(processors: SpanProcessor[]): SpanProcessor {
  return {
    onStart: (span, parent) => processors.forEach((p) => p.onStart(span, parent)),
    onEnd: (span) => processors.forEach((p) => p.onEnd(span)),
    forceFlush: async () => void (await Promise.all(processors.map((p) => p.forceFlush()))),
    shutdown: async () => void (await Promise.all(processors.map((p) => p.shutdown()))),
  };
}

export interface HttpTracingOptions {
  /** Paths that get no span, e.g. probes and scrapes. */
  untraced?: (path: string) => boolean;
}

/**
 * One SERVER span per HTTP request, the active context while the request is handled, so spans
 * made for it (the Temporal client's) become its children. Continues an incoming `traceparent`.
 * Wraps the server's existing `request` listeners, so the server keeps its own settings. The
 * attributes are the method, scheme, path and status: no query string, headers or client address.
 */
export function traceHttpServer(server: Server, options: HttpTracingOptions = {}): void {
  const tracer = trace.getTracer('olievlek-http');
  for (const listener of server.listeners('request') as RequestListener[]) {
    server.removeListener('request', listener);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (options.untraced?.(path)) return listener.call(server, req, res);
      const method = req.method ?? 'GET';
      const span = tracer.startSpan(
        method,
        {
          kind: SpanKind.SERVER,
          attributes: {
            [ATTR_HTTP_REQUEST_METHOD]: method,
            [ATTR_URL_PATH]: path,
            [ATTR_URL_SCHEME]: 'encrypted' in req.socket ? 'https' : 'http',
            [ATTR_NETWORK_PROTOCOL_VERSION]: req.httpVersion,
          },
        },
        propagation.extract(ROOT_CONTEXT, req.headers),
      );
      const active = trace.setSpan(context.active(), span);
      // Body chunks and the response's events run in the socket's context unless bound to the request's.
      context.bind(active, req);
      context.bind(active, res);
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
        if (res.statusCode >= 500 || !res.writableFinished) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      };
      res.once('finish', end);
      res.once('close', end);
      context.with(active, () => listener.call(server, req, res));
    });
  }
}

/** Names the active request span after its route pattern (`POST /graphql`), never the URL sent. */
export function recordHttpRoute(method: string, route: string | undefined): void {
  const span = trace.getActiveSpan();
  if (!span || !route) return;
  span.setAttribute(ATTR_HTTP_ROUTE, route);
  span.updateName(`${method} ${route}`);
}

// A client-chosen operation name becomes an attribute only in this shape.
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_FIELDS_IN_NAME = 3;

/**
 * Names the active request span after the GraphQL operation: `graphql mutation confirmCommitment`
 * from the root fields (schema names, a bounded set; aliases and client operation names are not).
 * No document text or variables: they may hold personal data.
 */
export function recordGraphqlOperation(
  document: DocumentNode,
  operationName: unknown,
  span: Span | undefined = trace.getActiveSpan(),
): void {
  if (!span) return;
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation =
    typeof operationName === 'string' && operationName !== ''
      ? operations.find((o) => o.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  if (!operation) return;
  const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  const shown = fields.slice(0, MAX_FIELDS_IN_NAME).join(',') + (fields.length > MAX_FIELDS_IN_NAME ? ',…' : '');
  span.updateName(`graphql ${operation.operation}${shown ? ` ${shown}` : ''}`);
  span.setAttribute(ATTR_GRAPHQL_OPERATION_TYPE, operation.operation);
  const name = operation.name?.value;
  if (name && OPERATION_NAME.test(name)) span.setAttribute(ATTR_GRAPHQL_OPERATION_NAME, name);
}
