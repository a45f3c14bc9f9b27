import { NationalOverviewReadModel } from '../../libs/persistence/src';
import { DATABASES, seededDatabase, type SeededDatabase } from '../fixtures/seeded-database';
import { startApi } from '../support/api';
import { measureInterleaved, roundOptions, row } from '../support/measure';
import type { BenchContext, BenchModule, BenchRow } from '../support/types';

const MODULE = 'overview-http';

interface GraphqlAnswer {
  data?: Record<string, unknown>;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

export async function graphql(
  url: string,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphqlAnswer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphqlAnswer;
  if (!res.ok || body.errors?.length) throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body;
}

/** Every field of the type, nested objects included: the whole overview, whatever it grows into. */
async function fullSelection(url: string, token: string, typeName: string, depth = 0): Promise<string> {
  if (depth > 4) throw new Error(`${typeName} nests too deep for a selection`);
  const answer = await graphql(
    url,
    token,
    `
      query ($name: String!) {
        __type(name: $name) {
          fields {
            name
            args {
              name
            }
            type {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                  }
                }
              }
            }
          }
        }
      }
    `,
    { name: typeName },
  );
  const fields = (answer.data!.__type as { fields: Array<{ name: string; args: unknown[]; type: TypeRef }> }).fields;
  const parts: string[] = [];
  for (const field of fields) {
    if (field.args.length > 0) continue;
    let type: TypeRef | null = field.type;
    while (type && (type.kind === 'NON_NULL' || type.kind === 'LIST')) type = type.ofType;
    if (!type?.name) continue;
    parts.push(
      type.kind === 'OBJECT'
        ? `${field.name} { ${await fullSelection(url, token, type.name, depth + 1)} }`
        : field.name,
    );
  }
  return parts.join(' ');
}

async function overviewOverHttp(ctx: BenchContext, db: SeededDatabase): Promise<BenchRow> {
  const api = await startApi(ctx, { databaseUrl: db.url });
  try {
    const root = await graphql(
      api.url,
      api.token,
      '{ __schema { queryType { fields { name type { name ofType { name } } } } } }',
    );
    const field = (
      root.data!.__schema as { queryType: { fields: Array<{ name: string; type: TypeRef }> } }
    ).queryType.fields.find((f) => f.name === 'nationalOverview');
    const typeName = field?.type.name ?? field?.type.ofType?.name;
    if (!typeName) throw new Error('the API has no nationalOverview query');
    const query = `{ nationalOverview { ${await fullSelection(api.url, api.token, typeName)} } }`;
    const first = await graphql(api.url, api.token, query);
    const total = (first.data!.nationalOverview as { total?: number }).total;
    if (total !== db.dataset.slots.length) throw new Error(`nationalOverview over HTTP counts ${total} programmes`);
    ctx.record(`overviewHttpQueryBytes:${db.label}`, query.length);

    const readModel = new NationalOverviewReadModel(db.dataSource);
    ctx.log(`${db.label}: nationalOverview over GraphQL/HTTP vs the read model...`);
    const [http, direct] = await measureInterleaved(
      [
        {
          name: 'POST /graphql { nationalOverview { every field } }',
          fn: () => graphql(api.url, api.token, query),
          async: true,
        },
        { name: 'NationalOverviewReadModel.overview()', fn: () => readModel.overview(), async: true },
      ],
      roundOptions(ctx.quick, { rounds: 5, roundTimeMs: 2500, minIterations: 5, warmupIterations: 3 }),
    );
    return row(
      MODULE,
      `nationalOverview over HTTP · ${db.label}`,
      http!,
      direct!,
      [],
      'GraphQL over loopback HTTP (Fastify, Mercurius with graphql-jit, NestJS, token check), client in the same process; baseline is the read model call itself; no target of its own',
    );
  } finally {
    await api.close();
  }
}

export const overviewHttpModule: BenchModule = {
  name: MODULE,
  summary:
    'issue 6: nationalOverview at 10,000 programmes through the GraphQL API over HTTP (Temporal down), beside the read model, SQLite and PostgreSQL',
  async run(ctx) {
    const rows: BenchRow[] = [];
    for (const label of DATABASES) rows.push(await overviewOverHttp(ctx, await seededDatabase(ctx, label)));
    return rows;
  },
};
