import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { UserFacingError } from './graphql-errors';

/**
 * Hands user-facing errors straight to GraphQL. They are expected outcomes (a rule said no),
 * so they are not logged as failures the way Nest logs unexpected exceptions.
 */
@Catch(UserFacingError)
export class UserFacingErrorFilter implements GqlExceptionFilter {
  catch(error: UserFacingError): UserFacingError {
    return error;
  }
}
