import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  idempotencyKey?: string;
  /** The body parsed as JSON; null when it was not JSON. */
  body: unknown;
  rawBody: string;
  receivedAt: Date;
  /** The status this receiver answered with. */
  status: number;
}

/**
 * An HTTP endpoint on 127.0.0.1 that records every POST and answers 200, or a failure status
 * while told to fail, so tests can watch deliveries, retries and idempotency keys.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private failuresLeft = 0;
  private failStatus = 503;
  private delayMs = 0;

  private constructor(private readonly server: Server) {}

  static async start(port = 0): Promise<WebhookReceiver> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (req.method !== 'POST') {
          res.writeHead(405).end();
          return;
        }
        const status = receiver.nextStatus();
        const rawBody = Buffer.concat(chunks).toString('utf8');
        const key = req.headers['idempotency-key'];
        receiver.received.push({
          path: req.url ?? '/',
          headers: req.headers,
          idempotencyKey: Array.isArray(key) ? key[0] : key,
          body: parseJson(rawBody),
          rawBody,
          receivedAt: new Date(),
          status,
        });
        const answer = () =>
          res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: status < 300 }));
        if (receiver.delayMs > 0) setTimeout(answer, receiver.delayMs);
        else answer();
      });
    });
    const receiver = new WebhookReceiver(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    return receiver;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/webhook`;
  }

  /** Answer the next `count` requests with `status` (then 200 again). */
  failNext(count: number, status = 503): void {
    this.failuresLeft = count;
    this.failStatus = status;
  }

  /** Answer every request with `status` until `recover()`. */
  failUntilRecovered(status = 503): void {
    this.failNext(Number.POSITIVE_INFINITY, status);
  }

  /** Record each request at once but answer it only after `ms` (a slow receiver); 0 answers at once. */
  respondAfter(ms: number): void {
    this.delayMs = ms;
  }

  recover(): void {
    this.failuresLeft = 0;
  }

  /** Requests answered with 2xx. */
  delivered(): ReceivedWebhook[] {
    return this.received.filter((r) => r.status < 300);
  }

  /** Distinct `idempotency-key` values over all requests, in order of first arrival. */
  distinctKeys(): string[] {
    return [...new Set(this.received.flatMap((r) => (r.idempotencyKey === undefined ? [] : [r.idempotencyKey])))];
  }

  /** Resolves once at least `count` requests have arrived. */
  async waitForCount(count: number, timeoutMs = 10_000): Promise<ReceivedWebhook[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline)
        throw new Error(`${this.received.length} of ${count} webhook requests within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.received;
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    // Keep-alive sockets of the caller would hold close() open.
    this.server.closeAllConnections();
    await closed;
  }

  private nextStatus(): number {
    if (this.failuresLeft <= 0) return 200;
    this.failuresLeft -= 1;
    return this.failStatus;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
