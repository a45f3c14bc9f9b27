import { GraphQLError } from 'graphql';
import type { RuleId } from '../../../../libs/domain/src';

/** The closed set of `extensions.code` values clients may rely on. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'RULE_VIOLATION',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'PROGRAMME_ALREADY_RUNNING',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error a user can act on: a stable code and a sentence in Dutch. */
export class UserFacingError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: { rule?: RuleId; details?: Record<string, unknown> } = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const INTERNAL_ERROR_MESSAGE =
  'Er ging iets mis aan onze kant. Probeer het later opnieuw; blijft het misgaan, neem dan contact op met de beheerder.';
