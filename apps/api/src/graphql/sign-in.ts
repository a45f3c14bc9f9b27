import {
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { GqlContext } from '../common/request-context';

const META_FIELDS = new Set(['__schema', '__type', '__typename']);

/**
 * True when the operation `operationName` selects (or, without a name, every operation selects)
 * nothing but the meta fields `__schema`, `__type` and `__typename` at its root.
 */
export function isIntrospectionOnly(document: DocumentNode, operationName?: unknown): boolean {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    if (d.kind === Kind.OPERATION_DEFINITION) operations.push(d);
  }
  const chosen =
    typeof operationName === 'string' && operationName !== ''
      ? operations.filter((o) => o.name?.value === operationName)
      : operations;
  const metaOnly = (set: SelectionSetNode, seen: Set<string>): boolean =>
    set.selections.every((s) => {
      if (s.kind === Kind.FIELD) return META_FIELDS.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return metaOnly(s.selectionSet, seen);
      const fragment = fragments.get(s.name.value);
      // A cycle or an unknown fragment is for validation to refuse; it never counts as open.
      if (!fragment || seen.has(s.name.value)) return false;
      return metaOnly(fragment.selectionSet, new Set(seen).add(s.name.value));
    });
  return (
    chosen.length > 0 &&
    chosen.every((o) => o.operation === OperationTypeNode.QUERY && metaOnly(o.selectionSet, new Set<string>()))
  );
}

// Over graphql-ws the connection was signed in at connection_init; there is no `authenticate`.
type Context = Partial<Pick<GqlContext, 'authenticate'>> & { reply?: { request?: { body?: unknown } } };

/**
 * Every GraphQL operation over HTTP needs a signed-in caller (issue 14), introspection and
 * `{ __typename }` included, unless `openIntrospection` lets introspection-only operations through.
 * Closed, the token is checked before the document is even parsed, so an anonymous caller learns
 * nothing of the schema from validation errors either.
 */
export function signInHooks(openIntrospection: boolean): {
  preParsing?: (schema: GraphQLSchema, source: string, context: Context) => Promise<void>;
  preExecution?: (schema: GraphQLSchema, document: DocumentNode, context: Context) => Promise<void>;
} {
  if (!openIntrospection)
    return {
      preParsing: async (_schema, _source, context) => {
        await context.authenticate?.();
      },
    };
  return {
    preExecution: async (_schema, document, context) => {
      const body = context.reply?.request?.body;
      const operationName =
        typeof body === 'object' && body !== null && !Array.isArray(body)
          ? (body as Record<string, unknown>).operationName
          : undefined;
      if (!isIntrospectionOnly(document, operationName)) await context.authenticate?.();
    },
  };
}
