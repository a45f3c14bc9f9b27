import { UserFacingError, type ErrorCode, type Sentence } from '../common/graphql-errors';

/** A request refused before GraphQL runs (too large, too many): a stable code and its own HTTP status. */
export class HttpRefusal extends UserFacingError {
  constructor(
    code: ErrorCode,
    message: Sentence,
    readonly statusCode: number,
    details?: Record<string, unknown>,
  ) {
    super(code, message, details ? { details } : {});
  }
}
