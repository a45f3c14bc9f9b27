import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Logger } from 'pino';
import Negotiator from 'negotiator';
import { INTERNAL_ERROR_MESSAGE, INTERNAL_ERROR_MESSAGE_EN, UserFacingError } from './graphql-errors';
import { dutchGraphqlProblem } from './graphql-messages';
import { RETRY_AFTER_SECONDS, unavailableDependency, unavailableSentence } from './unavailable';

export type Language = 'nl' | 'en';

/** Dutch unless the request prefers English (`Accept-Language`, with quality values). */
export function preferredLanguage(headers: Record<string, string | string[] | undefined> | undefined): Language {
  if (!headers) return 'nl';
  return new Negotiator({ headers }).language(['nl', 'en']) === 'en' ? 'en' : 'nl';
}

type Formatted = { statusCode: number; response: ExecutionResult };

function hasStableCode(error: GraphQLError): boolean {
  return error.originalError instanceof UserFacingError || error instanceof UserFacingError;
}

// Mercurius wraps all validation errors of a document in one error; name the real ones, in the
// caller's language. Our own rules carry both sentences (`extensions.en`); graphql-js's are
// English, and in Dutch we say them in Dutch (issue 15).
function documentProblem(e: GraphQLError, lang: Language): string {
  const say = (i: GraphQLError) => {
    const own = typeof i.extensions?.en === 'string' ? i.extensions.en : undefined;
    if (lang === 'en') return own ?? i.message;
    return own === undefined ? dutchGraphqlProblem(i.message) : i.message;
  };
  const inner = (e.originalError as { errors?: GraphQLError[] } | undefined)?.errors;
  return inner?.length ? inner.map(say).join(' ') : say(e);
}

/** Whether no root field of the operation produced a value (so the whole answer failed). */
function nothingAnswered(data: ExecutionResult['data']): boolean {
  return !data || Object.values(data).every((v) => v === null);
}

/**
 * Mercurius error formatter: user-facing errors keep their code and sentence; GraphQL syntax
 * and validation errors become VALIDATION_FAILED; a database or Temporal out of reach becomes
 * SERVICE_UNAVAILABLE (HTTP 503 with `Retry-After` when nothing could be answered); everything
 * else is masked as INTERNAL_SERVER_ERROR (cause logged, never sent: no stack traces or SQL in
 * responses).
 */
export function createErrorFormatter(log: Logger) {
  return (
    execution: ExecutionResult & { errors: readonly GraphQLError[] },
    context?: {
      reply?: {
        request?: { headers?: Record<string, string | string[] | undefined> };
        header?: (name: string, value: string) => unknown;
      };
    },
  ): Formatted => {
    const lang = preferredLanguage(context?.reply?.request?.headers);
    const executed = execution.data !== undefined;
    let unavailable = false;
    const errors = execution.errors.map((e) => {
      if (hasStableCode(e)) {
        const source = ((e.originalError as UserFacingError | undefined) ?? e) as UserFacingError;
        return new GraphQLError(lang === 'en' ? source.english : source.message, {
          path: e.path,
          extensions: source.extensions,
        });
      }
      // Errors without a resolver path come from parsing or validating the document itself.
      if (!executed || (e.path === undefined && e.originalError === undefined)) {
        const prefix = lang === 'en' ? 'The GraphQL request is invalid:' : 'De GraphQL-aanvraag is ongeldig:';
        return new GraphQLError(`${prefix} ${documentProblem(e, lang)}`, {
          nodes: e.nodes,
          source: e.source,
          positions: e.positions,
          extensions: { code: 'VALIDATION_FAILED' },
        });
      }
      const dependency = unavailableDependency(e);
      if (dependency) {
        unavailable = true;
        log.warn({ err: e.originalError ?? e, path: e.path, dependency }, `${dependency} unavailable`);
        const sentence = unavailableSentence(dependency);
        return new GraphQLError(lang === 'en' ? sentence.en : sentence.nl, {
          path: e.path,
          extensions: { code: 'SERVICE_UNAVAILABLE', details: { retryAfterSeconds: RETRY_AFTER_SECONDS } },
        });
      }
      log.error({ err: e.originalError ?? e, path: e.path }, 'unexpected error in resolver');
      return new GraphQLError(lang === 'en' ? INTERNAL_ERROR_MESSAGE_EN : INTERNAL_ERROR_MESSAGE, {
        path: e.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    });
    // A partial answer stays 200 (its errors say which fields to ask again); when nothing could be
    // answered, 503 and Retry-After tell clients and proxies that asking again will work.
    if (unavailable && executed && nothingAnswered(execution.data)) {
      context?.reply?.header?.('retry-after', String(RETRY_AFTER_SECONDS));
      return { statusCode: 503, response: { data: execution.data ?? null, errors } };
    }
    return { statusCode: executed ? 200 : 400, response: { data: execution.data ?? null, errors } };
  };
}
