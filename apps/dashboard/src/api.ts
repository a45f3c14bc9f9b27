import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from './gql/graphql';

/** A GraphQL error as the API sends it: a Dutch sentence and a stable code. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status?: number,
  ) {
    super(message);
  }

  /** The token is missing, wrong or expired, or may not see this: back to the login form. */
  get isAuthProblem(): boolean {
    return this.code === 'UNAUTHENTICATED' || this.code === 'FORBIDDEN';
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** The API on the page's own origin, with the bearer token on every request. */
export class Api {
  constructor(private readonly token: string) {}

  private headers(): Record<string, string> {
    // Dutch answers whatever language the browser prefers: the page is Dutch.
    return { authorization: `Bearer ${this.token}`, 'accept-language': 'nl' };
  }

  /** Sends a generated document (./gql); its result and variables are typed by the schema. */
  async query<T, V>(
    document: TypedDocumentString<T, V>,
    ...[variables]: V extends Record<string, never> ? [] : [V]
  ): Promise<T> {
    let res: Response;
    try {
      res = await fetch('/graphql', {
        method: 'POST',
        headers: { ...this.headers(), 'content-type': 'application/json' },
        body: JSON.stringify({ query: document.toString(), variables }),
      });
    } catch {
      throw new ApiError('De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.', 'NETWORK');
    }
    let body: GraphQLBody<T>;
    try {
      body = (await res.json()) as GraphQLBody<T>;
    } catch {
      throw new ApiError(
        `De server gaf een onverwacht antwoord (HTTP ${res.status}).`,
        'INTERNAL_SERVER_ERROR',
        res.status,
      );
    }
    const first = body.errors?.[0];
    if (first) throw new ApiError(first.message, first.extensions?.code, res.status);
    if (!body.data)
      throw new ApiError(`De server gaf geen gegevens (HTTP ${res.status}).`, 'INTERNAL_SERVER_ERROR', res.status);
    return body.data;
  }

  /** A file from the API (CSV exports), fetched with the token. */
  async download(path: string): Promise<Blob> {
    const res = await fetch(path, { headers: this.headers() });
    if (!res.ok) {
      let message =
        res.status === 404
          ? 'Deze export is (nog) niet beschikbaar op deze server.'
          : `Downloaden mislukt (HTTP ${res.status}).`;
      let code: string | undefined;
      try {
        const body = (await res.json()) as GraphQLBody<unknown> & { message?: string };
        message = body.errors?.[0]?.message ?? body.message ?? message;
        code = body.errors?.[0]?.extensions?.code;
      } catch {
        // not JSON: keep the sentence above
      }
      throw new ApiError(
        message,
        code ?? (res.status === 401 ? 'UNAUTHENTICATED' : res.status === 403 ? 'FORBIDDEN' : undefined),
        res.status,
      );
    }
    return res.blob();
  }

  /** graphql-ws on the same /graphql URL; the token travels in the connection_init payload. */
  live(on: { connected(): void; disconnected(): void; error(error: ApiError): void }): Client {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    return createClient({
      url,
      connectionParams: { authorization: `Bearer ${this.token}` },
      lazy: false,
      keepAlive: 20_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      // A refused token will not become valid by retrying.
      shouldRetry: (event) => !(event instanceof CloseEvent && event.code === 4403),
      on: {
        connected: () => on.connected(),
        closed: (event) => {
          const close = event as CloseEvent | undefined;
          if (close?.code === 4403 || close?.code === 4401)
            on.error(new ApiError(close.reason || 'Live bijwerken geweigerd.', 'UNAUTHENTICATED'));
          on.disconnected();
        },
      },
    });
  }
}
