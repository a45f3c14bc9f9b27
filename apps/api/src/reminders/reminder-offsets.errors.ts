import { programmeNotFound, UserFacingError } from '../common/graphql-errors';
import type { ReminderOffsetsFailure } from './reminder-offsets.failures';

/** The reminders module's one mapper from expected failures to GraphQL errors. Nothing was stored in any case. */
export function reminderOffsetsError(failure: ReminderOffsetsFailure): UserFacingError {
  switch (failure.kind) {
    case 'PROGRAMME_NOT_FOUND':
      return programmeNotFound(failure.programmeId);
    case 'NOT_PROJECT_LEAD':
      // P1: decided from the person's memberships, never from the request.
      return new UserFacingError(
        'FORBIDDEN',
        {
          nl: 'Alleen de projectleider van dit programma of een kwartiermaker kan de herinneringen instellen. Er is niets vastgelegd.',
          en: "Only this programme's project lead or a kwartiermaker can set its reminders. Nothing was recorded.",
        },
        { details: { reason: failure.kind, programmeId: failure.programmeId } },
      );
    case 'OUTSIDE_POLICY': {
      const v = failure.violation;
      return new UserFacingError(
        'VALIDATION_FAILED',
        { nl: `${v.nl} Er is niets vastgelegd.`, en: `${v.en} Nothing was recorded.` },
        { details: { reason: v.code, ...v.details } },
      );
    }
    default: {
      const unreachable: never = failure;
      throw new Error(`unknown failure ${JSON.stringify(unreachable)}`);
    }
  }
}
