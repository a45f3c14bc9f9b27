import { UserFacingError } from '../common/graphql-errors';
import type { ProgrammeFailure } from './programme.service';

/** The programme module's one mapper from expected failures to GraphQL errors (Dutch). */
export function programmeError(failure: ProgrammeFailure): UserFacingError {
  switch (failure.kind) {
    case 'MALFORMED_MUNICIPALITY_CODE':
      return new UserFacingError(
        'VALIDATION_FAILED',
        {
          nl: `"${failure.input.slice(0, 40)}" is geen geldige gemeentecode. Een gemeentecode is GM gevolgd door vier cijfers, bijvoorbeeld GM0363 voor Amsterdam.`,
          en: `"${failure.input.slice(0, 40)}" is not a valid municipality code: GM followed by four digits, for example GM0363 for Amsterdam.`,
        },
        { details: { field: 'municipalityCode' } },
      );
    case 'UNKNOWN_MUNICIPALITY':
      return new UserFacingError(
        'NOT_FOUND',
        {
          nl: `Gemeentecode ${failure.code} hoort niet bij een gemeente in de CBS-gebiedsindeling 2025 waar u toegang toe heeft. Controleer de code.`,
          en: `Municipality code ${failure.code} is not a 2025 municipality you have access to. Check the code.`,
        },
        { details: { municipalityCode: failure.code } },
      );
    case 'ALREADY_RUNNING':
      return new UserFacingError(
        'PROGRAMME_ALREADY_RUNNING',
        {
          nl: `Voor ${failure.municipality.name} loopt al een programma. Een gemeente kan pas een nieuw programma starten als het vorige is afgesloten.`,
          en: `${failure.municipality.name} already runs a programme. A municipality can start a new one only after the previous one is closed.`,
        },
        { details: { municipalityCode: failure.municipality.code, programmeId: failure.programmeId } },
      );
    case 'INVALID_START_DATE':
      return new UserFacingError(
        'VALIDATION_FAILED',
        { nl: failure.message, en: `The start date must be a day between 2015-01-01 and today, not ${failure.startedOn}.` },
        { details: { field: 'startedOn' } },
      );
    default: {
      const unreachable: never = failure;
      throw new Error(`unmapped programme failure ${JSON.stringify(unreachable)}`);
    }
  }
}
