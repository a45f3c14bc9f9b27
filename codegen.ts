// `npm run schema` (second step): typed GraphQL operations for the workspace (apps/web) and the seed,
// generated from the committed SDL (apps/api/schema.graphql) and the `graphql(`…`)` documents in
// their sources. Offline: the schema and the documents are local files. The output is committed;
// apps/api/sdl/codegen.spec.ts fails when it is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const client = {
  preset: 'client',
  // Plain result types: neither app hands fragments to components that would need masking.
  presetConfig: { fragmentMasking: false },
  config: {
    // Documents as strings (TypedDocumentString): sent as they are, no graphql-js in the bundle.
    documentMode: 'string',
    // String unions, no runtime enums: they match the domain's own unions.
    enumsAsTypes: true,
    useTypeImports: true,
    skipTypename: true,
    strictScalars: true,
    scalars: { DateTime: 'string', LocalDate: 'string' },
  },
} as const;

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      ...client,
      documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**', '!apps/web/src/**/*.spec.ts'],
    },
    'apps/seed/src/gql/': {
      ...client,
      documents: ['apps/seed/src/**/*.ts', '!apps/seed/src/gql/**', '!apps/seed/src/**/*.spec.ts'],
    },
  },
};

export default config;
