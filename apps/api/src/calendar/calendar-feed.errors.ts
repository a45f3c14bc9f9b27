import { programmeNotFound, UserFacingError } from '../common/graphql-errors';
import type { CalendarFeedFailure } from './calendar-feed.failures';

/** The calendar module's one mapper from expected failures to GraphQL errors. */
export function calendarFeedError(failure: CalendarFeedFailure): UserFacingError {
  switch (failure.kind) {
    case 'PROGRAMME_NOT_FOUND':
      return programmeNotFound(failure.programmeId);
    case 'NOT_A_MEMBER':
      return new UserFacingError(
        'FORBIDDEN',
        {
          nl: 'Een agenda-abonnement hoort bij een rol in het programma, zodat het stopt zodra die rol eindigt. U bent geen lid van dit programma; vraag de projectleider om een uitnodiging.',
          en: 'A calendar feed belongs to a role in the programme, so that it stops when that role ends. You are not a member of this programme; ask the project lead for an invitation.',
        },
        { details: { reason: failure.kind, programmeId: failure.programmeId } },
      );
    case 'FEED_NOT_FOUND':
      return new UserFacingError(
        'NOT_FOUND',
        {
          nl: 'U heeft geen agenda-abonnement met deze sleutel.',
          en: 'You have no calendar feed with this id.',
        },
        { details: { id: failure.feedId } },
      );
    default: {
      const unreachable: never = failure;
      throw new Error(`unknown failure ${JSON.stringify(unreachable)}`);
    }
  }
}
