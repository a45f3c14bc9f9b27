// GraphiQL for /graphiql, bundled with everything it needs (no CDN): GraphQL over HTTP and
// graphql-ws subscriptions on the page's own /graphql; the bearer token goes in the Headers tab
// and travels in the connection_init payload for subscriptions too.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode, useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './ide.css';

const ws = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
const newFetcher = () => createGraphiQLFetcher({ url: '/graphql', subscriptionUrl: ws });

/** The bearer token of the Headers tab, if its text is JSON with one (not the placeholder). */
function authorizationOf(headers: string): string | undefined {
  try {
    const value = (JSON.parse(headers) as Record<string, unknown> | null)?.authorization;
    return typeof value === 'string' && /^Bearer [\w.-]+$/i.test(value.trim()) ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

const HEADERS = `{
  "authorization": "Bearer <paste a token: npm run --silent token -- --role KWARTIERMAKER>"
}`;

const QUERY = `# Put a bearer token in the Headers tab below.
# Ctrl-Enter runs; the Docs button (top left) shows the schema.
{
  nationalOverview {
    total
    stalled
    byPhase { key count }
  }
}
`;

// Introspection needs a token too (issue 14): no schema is asked for until the Headers tab holds
// one, and GraphiQL fetches it once per fetcher, with the headers of that moment, so a pasted (or
// changed) token gets a new fetcher and the schema again.
function Ide() {
  const [fetcher, setFetcher] = useState(newFetcher);
  const [signedIn, setSignedIn] = useState(false);
  const sent = useRef(authorizationOf(HEADERS));
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(pending.current), []);
  const onEditHeaders = useCallback((headers: string) => {
    clearTimeout(pending.current);
    // After a pause, not on every key stroke of a typed token.
    pending.current = setTimeout(() => {
      const authorization = authorizationOf(headers);
      if (authorization === undefined || authorization === sent.current) return;
      sent.current = authorization;
      setSignedIn(true);
      setFetcher(newFetcher);
    }, 400);
  }, []);
  return (
    <GraphiQL
      fetcher={fetcher}
      // null: no introspection (yet); undefined: GraphiQL introspects.
      schema={signedIn ? undefined : null}
      onEditHeaders={onEditHeaders}
      defaultQuery={QUERY}
      defaultHeaders={HEADERS}
      // The token stays out of localStorage: paste it again in a new tab.
      shouldPersistHeaders={false}
      defaultEditorToolsVisibility="headers"
      isHeadersEditorEnabled
    />
  );
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <Ide />
  </StrictMode>,
);
