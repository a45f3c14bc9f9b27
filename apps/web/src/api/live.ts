import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';
import { stopRequests } from './client';

let client: Client | undefined;

/**
 * One graphql-ws connection for the page, on the page's own host. The browser sends the session
 * cookie with the upgrade (the API checks its Origin); it reconnects by itself after a drop.
 */
function live(): Client {
  client ??= createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  return client;
}

/** Calls `onEvent` for each event of a generated subscription document; returns the unsubscribe. */
export function subscribe<T, V>(
  document: TypedDocumentString<T, V>,
  variables: V,
  onEvent: (data: T) => void,
): () => void {
  return live().subscribe<T>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    {
      next: (message) => {
        if (message.data) onEvent(message.data);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
}

/**
 * Before signing out: closes the live connection and stops further requests, so neither tries
 * again without a session while the browser leaves for the identity provider.
 */
export function disconnectLive(): void {
  stopRequests();
  void client?.dispose();
  client = undefined;
}
