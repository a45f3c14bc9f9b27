import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Logger } from 'pino';
import { INTERNAL_ERROR_MESSAGE, UserFacingError } from './graphql-errors';

type Formatted = { statusCode: number; response: ExecutionResult };

function hasStableCode(error: GraphQLError): boolean {
  return error.originalError instanceof UserFacingError || error instanceof UserFacingError;
}

// Mercurius wraps all validation errors of a document in one error; name the real ones.
function documentProblem(e: GraphQLError): string {
  const inner = (e.originalError as { errors?: GraphQLError[] } | undefined)?.errors;
  return inner?.length ? inner.map((i) => i.message).join(' ') : e.message;
}

/**
 * Mercurius error formatter: user-facing errors keep their code and sentence; GraphQL syntax
 * and validation errors become VALIDATION_FAILED; everything else is masked as
 * INTERNAL_SERVER_ERROR (cause logged, never sent: no stack traces or SQL in responses).
 */
export function createErrorFormatter(log: Logger) {
  return (execution: ExecutionResult & { errors: readonly GraphQLError[] }): Formatted => {
    const executed = execution.data !== undefined;
    const errors = execution.errors.map((e) => {
      if (hasStableCode(e)) {
        const source = (e.originalError as UserFacingError | undefined) ?? e;
        return new GraphQLError(source.message, { path: e.path, extensions: source.extensions });
      }
      // Errors without a resolver path come from parsing or validating the document itself.
      if (!executed || (e.path === undefined && e.originalError === undefined)) {
        return new GraphQLError(`De GraphQL-aanvraag is ongeldig: ${documentProblem(e)}`, {
          nodes: e.nodes,
          source: e.source,
          positions: e.positions,
          extensions: { code: 'VALIDATION_FAILED' },
        });
      }
      log.error({ err: e.originalError ?? e, path: e.path }, 'unexpected error in resolver');
      return new GraphQLError(INTERNAL_ERROR_MESSAGE, {
        path: e.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    });
    return { statusCode: executed ? 200 : 400, response: { data: execution.data ?? null, errors } };
  };
}
