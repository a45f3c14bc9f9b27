// GraphiQL for /graphiql, bundled with everything it needs (no CDN): GraphQL over HTTP and
// graphql-ws subscriptions on the page's own /graphql; the bearer token goes in the Headers tab
// and travels in the connection_init payload for subscriptions too.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './ide.css';

const ws = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
const fetcher = createGraphiQLFetcher({ url: '/graphql', subscriptionUrl: ws });

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

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={QUERY}
      defaultHeaders={HEADERS}
      // The token stays out of localStorage: paste it again in a new tab.
      shouldPersistHeaders={false}
      defaultEditorToolsVisibility="headers"
      isHeadersEditorEnabled
    />
  </StrictMode>,
);
