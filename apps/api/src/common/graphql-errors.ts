import { GraphQLError } from 'graphql';
import type { ViolationId } from '../../../../libs/domain/src';

/** The closed set of `extensions.code` values clients may rely on. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'RULE_VIOLATION',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'PROGRAMME_ALREADY_RUNNING',
  'INVITATION_UNUSABLE',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A sentence for users: Dutch, and English for clients that ask for it (`Accept-Language: en`). */
export interface Sentence {
  nl: string;
  en: string;
}

/**
 * An error a user can act on: a stable code and a sentence, Dutch by default. The error
 * formatter swaps in the English sentence when the request prefers English.
 */
export class UserFacingError extends GraphQLError {
  readonly english: string;

  constructor(
    readonly code: ErrorCode,
    message: string | Sentence,
    extra: { rule?: ViolationId; details?: Record<string, unknown> } = {},
  ) {
    const sentence = typeof message === 'string' ? { nl: message, en: message } : message;
    super(sentence.nl, { extensions: { code, ...extra } });
    this.english = sentence.en;
  }
}

export const INTERNAL_ERROR_MESSAGE =
  'Er ging iets mis aan onze kant. Probeer het later opnieuw; blijft het misgaan, neem dan contact op met de beheerder.';
export const INTERNAL_ERROR_MESSAGE_EN =
  'Something went wrong on our side. Please try again later; if it keeps failing, contact the administrator.';

/**
 * A programme that does not exist, or one the asker may not see: the same answer for both, so another
 * municipality's person learns nothing of it.
 */
export function programmeNotFound(programmeId: string): UserFacingError {
  return new UserFacingError(
    'NOT_FOUND',
    {
      nl: `Programma ${programmeId} bestaat niet, of u heeft er geen toegang toe.`,
      en: `Programme ${programmeId} does not exist, or you have no access to it.`,
    },
    { details: { programmeId } },
  );
}
