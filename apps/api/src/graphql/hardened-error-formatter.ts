import { GraphQLError, type ExecutionResult } from 'graphql';
import { HttpRefusal } from './http-refusal';

type Execution = ExecutionResult & { errors: readonly GraphQLError[] };
type Formatted = { statusCode: number; response: ExecutionResult };

// graphql-js appends hints such as ` Did you mean "programme"?` or ` Did you mean the enum
// value "ACTIVE"?` (in Dutch answers ` Bedoelt u "programme"?`); they reveal the schema when
// introspection is off.
export const SUGGESTION = /\s*(?:Did you mean|Bedoelt u) [^?]*\?/g;

function refusalOf(e: GraphQLError, bodyLimit: number): HttpRefusal | undefined {
  if (e instanceof HttpRefusal) return e;
  if (e.originalError instanceof HttpRefusal) return e.originalError;
  // Fastify refuses an oversized body before any handler runs.
  if ((e.originalError as { code?: string } | undefined)?.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new HttpRefusal(
      'VALIDATION_FAILED',
      {
        nl: `De aanvraag is te groot: ten hoogste ${Math.floor(bodyLimit / 1024)} kB.`,
        en: `The request is too large: at most ${Math.floor(bodyLimit / 1024)} kB.`,
      },
      413,
    );
  }
  return undefined;
}

/**
 * Wraps the error formatter: refusals before GraphQL runs keep their HTTP status (413, 429)
 * with a GraphQL error body, and field suggestions are dropped when introspection is off.
 */
export function hardenErrorFormatter<C>(
  format: (execution: Execution, context: C) => Formatted,
  options: { bodyLimit: number; hideSuggestions: boolean },
): (execution: Execution, context: C) => Formatted {
  return (execution, context) => {
    const refusals = execution.errors.map((e) => refusalOf(e, options.bodyLimit));
    const refusal = refusals.find((r) => r !== undefined);
    const errors = execution.errors.map((e, i) => refusals[i] ?? e);
    const formatted = format({ ...execution, errors }, context);
    if (options.hideSuggestions) {
      for (const e of formatted.response.errors ?? []) e.message = e.message.replace(SUGGESTION, '');
    }
    return refusal ? { ...formatted, statusCode: refusal.statusCode } : formatted;
  };
}
