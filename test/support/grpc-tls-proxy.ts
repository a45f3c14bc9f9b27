import http2, {
  type ClientHttp2Session,
  type Http2SecureServer,
  type IncomingHttpHeaders,
  type OutgoingHttpHeaders,
} from 'node:http2';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';

export interface GrpcTlsProxyOptions {
  /** The plaintext gRPC server behind it, `host:port` (a dev server). */
  upstream: string;
  /** Server certificate and key (PEM) and the CA that signs client certificates. */
  cert: string;
  key: string;
  ca: string;
  /** mTLS: refuse connections without a client certificate signed by `ca`. */
  requireClientCertificate?: boolean;
  /** Refuse calls whose `authorization` is not `Bearer <apiKey>` (gRPC UNAUTHENTICATED). */
  apiKey?: string;
}

/** What the proxy saw of one call. */
export interface ProxiedCall {
  path: string;
  /** Subject CN of a verified client certificate, if one was presented. */
  clientCertificate?: string;
  authorization?: string;
  refused: boolean;
}

const HOP_BY_HOP = new Set([
  ':scheme',
  ':authority',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
]);

function forwardable(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers))
    if (!HOP_BY_HOP.has(name) && value !== undefined) out[name] = value;
  return out;
}

function responseHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers))
    if ((name === ':status' || !name.startsWith(':')) && value !== undefined) out[name] = value;
  return out;
}

/**
 * A TLS front for a plaintext Temporal server, as Temporal Cloud or a TLS-enabled cluster looks
 * to a client: HTTP/2 over TLS (ALPN h2), optionally demanding a client certificate (mTLS) or an
 * API key, forwarding each gRPC call (headers, messages, trailers) to the upstream. Loopback only.
 */
export class GrpcTlsProxy {
  readonly calls: ProxiedCall[] = [];
  private upstreamSession?: ClientHttp2Session;
  private readonly sessions = new Set<http2.ServerHttp2Session>();

  private constructor(
    private readonly server: Http2SecureServer,
    private readonly o: GrpcTlsProxyOptions,
  ) {}

  static async start(o: GrpcTlsProxyOptions): Promise<GrpcTlsProxy> {
    const server = http2.createSecureServer({
      cert: o.cert,
      key: o.key,
      ca: o.ca,
      requestCert: true,
      rejectUnauthorized: o.requireClientCertificate ?? false,
      ALPNProtocols: ['h2'],
    });
    const proxy = new GrpcTlsProxy(server, o);
    server.on('stream', (stream, headers) => proxy.forward(stream, headers));
    server.on('session', (session) => {
      proxy.sessions.add(session);
      session.on('close', () => proxy.sessions.delete(session));
    });
    // A refused handshake (no or a foreign client certificate) is the point, not an error.
    server.on('tlsClientError', () => undefined);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return proxy;
  }

  get address(): string {
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private upstream(): ClientHttp2Session {
    if (!this.upstreamSession || this.upstreamSession.closed || this.upstreamSession.destroyed) {
      this.upstreamSession = http2.connect(`http://${this.o.upstream}`);
      this.upstreamSession.on('error', () => undefined); // each stream reports its own failure
    }
    return this.upstreamSession;
  }

  private forward(stream: http2.ServerHttp2Stream, headers: IncomingHttpHeaders): void {
    const socket = stream.session?.socket as TLSSocket | undefined;
    const peer = socket?.authorized ? socket.getPeerCertificate() : undefined;
    const authorization = typeof headers.authorization === 'string' ? headers.authorization : undefined;
    const refused = this.o.apiKey !== undefined && authorization !== `Bearer ${this.o.apiKey}`;
    this.calls.push({
      path: String(headers[':path']),
      clientCertificate: peer?.subject?.CN ? String(peer.subject.CN) : undefined,
      authorization,
      refused,
    });
    if (refused) {
      stream.respond(
        { ':status': 200, 'content-type': 'application/grpc', 'grpc-status': '16', 'grpc-message': 'invalid API key' },
        { endStream: true },
      );
      return;
    }
    const upstream = this.upstream().request(forwardable(headers));
    let trailers: OutgoingHttpHeaders = {};
    upstream.on('response', (response) => {
      if (stream.destroyed) return;
      // A trailers-only answer (an error) ends with its headers.
      if (upstream.endAfterHeaders) stream.respond(responseHeaders(response), { endStream: true });
      else {
        stream.respond(responseHeaders(response), { waitForTrailers: true });
        upstream.pipe(stream);
      }
    });
    upstream.on('trailers', (t) => (trailers = responseHeaders(t)));
    stream.on('wantTrailers', () => stream.sendTrailers(trailers));
    upstream.on('error', () => {
      if (!stream.destroyed) stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
    });
    stream.on('close', () => {
      if (!upstream.closed) upstream.close(http2.constants.NGHTTP2_CANCEL);
    });
    stream.on('error', () => undefined);
    stream.pipe(upstream);
  }

  async close(): Promise<void> {
    this.upstreamSession?.destroy();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    // Open sessions (long polls) would hold close() open.
    for (const session of this.sessions) session.destroy();
    await closed;
  }
}
