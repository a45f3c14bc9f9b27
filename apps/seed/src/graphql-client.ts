// A small GraphQL-over-HTTP client for the seed: Node's fetch, a bearer token per request, the API's
// error codes as exceptions, and patience with the rate limit (HTTP 429 + Retry-After). Documents are
// the generated, typed ones of ./operations.ts (`npm run schema`).
import type { TypedDocumentString } from './gql/graphql';

/** The API does not answer at all: nothing listens on the address (or it is not HTTP). */
export class ApiUnreachableError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`API not reachable at ${url}: ${reason}`);
  }
}

/** A GraphQL error answer, with the API's stable `extensions.code` (and `rule` for RULE_VIOLATION). */
export class GraphqlRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly httpStatus: number,
    readonly rule?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

interface GraphqlError {
  message: string;
  extensions?: { code?: string; rule?: string; details?: Record<string, unknown> };
}

export interface GraphqlClient {
  /** `headers`: extra request headers, e.g. a step's `Idempotency-Key`. */
  request<T, V>(
    document: TypedDocumentString<T, V>,
    variables: V,
    token: string,
    headers?: Record<string, string>,
  ): Promise<T>;
}

export interface GraphqlClientOptions {
  /** How often one request waits out HTTP 429 before giving up. */
  maxRateLimitWaits?: number;
  /** Told when a request waits for the rate limit. */
  onRateLimited?: (seconds: number) => void;
  fetch?: typeof fetch;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Why fetch failed, from the error it threw (ECONNREFUSED and the like sit in `cause`). */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

export function createGraphqlClient(url: string, options: GraphqlClientOptions = {}): GraphqlClient {
  const doFetch = options.fetch ?? fetch;
  const maxWaits = options.maxRateLimitWaits ?? 10;
  return {
    async request<T, V>(
      document: TypedDocumentString<T, V>,
      variables: V,
      token: string,
      headers: Record<string, string> = {},
    ): Promise<T> {
      for (let waits = 0; ; waits++) {
        let res: Response;
        try {
          res = await doFetch(url, {
            method: 'POST',
            headers: {
              ...headers,
              'content-type': 'application/json',
              authorization: `Bearer ${token}`,
              'accept-language': 'nl',
            },
            body: JSON.stringify({ query: document.toString(), variables }),
          });
        } catch (error) {
          throw new ApiUnreachableError(url, networkReason(error));
        }
        const text = await res.text();
        let body: { data?: T | null; errors?: GraphqlError[] };
        try {
          body = JSON.parse(text) as typeof body;
        } catch {
          throw new ApiUnreachableError(
            url,
            `HTTP ${res.status} without a GraphQL answer (${text.slice(0, 80).replace(/\s+/g, ' ')})`,
          );
        }
        const first = body.errors?.[0];
        if (res.status === 429 && waits < maxWaits) {
          const header = Number(res.headers.get('retry-after'));
          const seconds = Number(
            first?.extensions?.details?.retryAfterSeconds ?? (Number.isFinite(header) && header > 0 ? header : 1),
          );
          options.onRateLimited?.(seconds);
          await sleep(seconds * 1000);
          continue;
        }
        if (first) {
          const ext = first.extensions ?? {};
          throw new GraphqlRequestError(first.message, ext.code ?? 'UNKNOWN', res.status, ext.rule, ext.details);
        }
        if (body.data === undefined || body.data === null)
          throw new GraphqlRequestError(`HTTP ${res.status} without data`, 'UNKNOWN', res.status);
        return body.data;
      }
    },
  };
}
