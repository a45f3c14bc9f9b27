import { UserFacingError, type Sentence } from '../common/graphql-errors';
import { programmeError } from '../programmes/programme.errors';
import type { NationalFailure, NationalFeature } from './national.failures';

const FEATURES: Record<NationalFeature, Sentence> = {
  STALLED_PROGRAMMES: { nl: 'de stilstaande programma’s', en: 'the stalled programmes' },
  ESCALATION_QUEUE: { nl: 'de escalatiewachtrij', en: 'the escalation queue' },
  MENTORS: { nl: 'mentoren zoeken en koppelen', en: 'finding and pairing mentors' },
  PEER_COMPARISON: {
    nl: 'de lijst van programma’s die trager zijn dan 80 % van vergelijkbare',
    en: 'the list of programmes slower than 80 % of their peers',
  },
};

/** The national module's one mapper from expected failures to GraphQL errors. */
export function nationalError(failure: NationalFailure): UserFacingError {
  switch (failure.kind) {
    case 'KWARTIERMAKERS_ONLY': {
      const what = FEATURES[failure.feature];
      return new UserFacingError('FORBIDDEN', {
        nl: `Alleen kwartiermakers zien of doen dit: ${what.nl}. Het landelijk overzicht (nationalOverview) is voor iedereen.`,
        en: `Only kwartiermakers may see or do this: ${what.en}. The national overview (nationalOverview) is open to everyone.`,
      });
    }
    case 'UNKNOWN_MENTOR_MUNICIPALITY':
      return new UserFacingError(
        'NOT_FOUND',
        {
          nl: `Gemeentecode ${failure.code.slice(0, 40)} hoort niet bij een gemeente in de CBS-gebiedsindeling 2025.`,
          en: `${failure.code.slice(0, 40)} is not a 2025 municipality code.`,
        },
        { details: { field: 'mentorMunicipalityCode' } },
      );
    case 'NOT_A_MENTOR':
      return new UserFacingError(
        'RULE_VIOLATION',
        {
          nl: `${failure.name} kan (nog) geen mentor zijn: mentoren zijn de zes Collectieven en gemeenten waarvan het programma de borging heeft afgerond.`,
          en: `${failure.name} cannot mentor (yet): mentors are the six pioneer collectives and municipalities whose programme completed embedding.`,
        },
        {
          details: {
            mentorMunicipalityCode: failure.code,
            ...(failure.mentorProgrammeId ? { mentorProgrammeId: failure.mentorProgrammeId } : {}),
          },
        },
      );
    default:
      // A programme's own failures (not found, a step refused) read as they do in the programme module.
      return programmeError(failure);
  }
}
