import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// The OTLP protobuf messages as generated inside the exporters' own transformer package.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const root = require('@opentelemetry/otlp-transformer/build/src/generated/root') as {
  opentelemetry: {
    proto: {
      collector: {
        trace: {
          v1: {
            ExportTraceServiceRequest: { decode(b: Uint8Array): unknown; toObject(m: unknown, o: object): unknown };
          };
        };
      };
    };
  };
};
const ExportTraceServiceRequest = root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  /** OTLP kind: 1 internal, 2 server, 3 client, 4 producer, 5 consumer. */
  kind: number;
  attributes: Record<string, unknown>;
  resource: Record<string, unknown>;
}

type AnyValue = { stringValue?: string; intValue?: number | string; boolValue?: boolean; doubleValue?: number };
type KeyValue = { key: string; value?: AnyValue };
type ExportRequest = {
  resourceSpans?: {
    resource?: { attributes?: KeyValue[] };
    scopeSpans?: {
      spans?: {
        traceId: string;
        spanId: string;
        parentSpanId?: string;
        name: string;
        kind: number;
        attributes?: KeyValue[];
      }[];
    }[];
  }[];
};

const valueOf = (v: AnyValue | undefined) =>
  v?.stringValue ?? (v?.intValue !== undefined ? Number(v.intValue) : undefined) ?? v?.boolValue ?? v?.doubleValue;
const attributesOf = (kvs: KeyValue[] | undefined) =>
  Object.fromEntries((kvs ?? []).map((kv) => [kv.key, valueOf(kv.value)]));
const hex = (id: unknown) => (typeof id === 'string' ? id : Buffer.from(id as Uint8Array).toString('hex'));

/** A minimal OTLP/HTTP traces receiver on loopback (`POST /v1/traces`, protobuf or JSON) that keeps every span. */
export class OtlpReceiver {
  readonly spans: ReceivedSpan[] = [];
  /** Export requests received, whatever they held. */
  requests = 0;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<OtlpReceiver> {
    const server = createServer();
    const receiver = new OtlpReceiver(server);
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        receiver.requests++;
        try {
          if (req.method !== 'POST' || req.url !== '/v1/traces') throw new Error(`unexpected ${req.method} ${req.url}`);
          const body = Buffer.concat(chunks);
          const request = (req.headers['content-type'] ?? '').includes('json')
            ? (JSON.parse(body.toString('utf8')) as ExportRequest)
            : (ExportTraceServiceRequest.toObject(ExportTraceServiceRequest.decode(body), {
                longs: String,
                defaults: false,
              }) as ExportRequest);
          receiver.collect(request);
          res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        } catch (error) {
          res.writeHead(400).end(String(error));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  /** For OTEL_EXPORTER_OTLP_ENDPOINT (the exporter appends /v1/traces). */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Polls until `pick` finds what it wants among the spans received so far. */
  async waitFor<T>(pick: (spans: ReceivedSpan[]) => T | undefined, timeoutMs = 90_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = pick(this.spans);
      if (found !== undefined) return found;
      if (Date.now() > deadline) {
        throw new Error(`spans not received within ${timeoutMs} ms; have:
${this.spans.map((s) => `${String(s.resource['service.name'])} ${s.name} trace ${s.traceId} span ${s.spanId} parent ${s.parentSpanId ?? '-'}`).join('\n')}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private collect(request: ExportRequest): void {
    for (const rs of request.resourceSpans ?? []) {
      const resource = attributesOf(rs.resource?.attributes);
      for (const ss of rs.scopeSpans ?? []) {
        for (const s of ss.spans ?? []) {
          const parent = s.parentSpanId ? hex(s.parentSpanId) : '';
          this.spans.push({
            traceId: hex(s.traceId),
            spanId: hex(s.spanId),
            ...(parent ? { parentSpanId: parent } : {}),
            name: s.name,
            kind: Number(s.kind),
            attributes: attributesOf(s.attributes),
            resource,
          });
        }
      }
    }
  }
}
