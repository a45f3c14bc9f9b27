import { UserFacingError } from '../common/graphql-errors';
import type { ProgrammeFailure } from './programme.service';

/** The programme module's one mapper from expected failures to GraphQL errors (Dutch). */
export function programmeError(failure: ProgrammeFailure): UserFacingError {
  switch (failure.kind) {
    case 'MALFORMED_MUNICIPALITY_CODE':
      return new UserFacingError(
        'VALIDATION_FAILED',
        `"${failure.input.slice(0, 40)}" is geen geldige gemeentecode. Een gemeentecode is GM gevolgd door vier cijfers, bijvoorbeeld GM0363 voor Amsterdam.`,
        { details: { field: 'municipalityCode' } },
      );
    case 'UNKNOWN_MUNICIPALITY':
      return new UserFacingError(
        'NOT_FOUND',
        `Gemeentecode ${failure.code} hoort niet bij een gemeente in de CBS-gebiedsindeling 2025. Controleer de code.`,
        { details: { municipalityCode: failure.code } },
      );
    case 'ALREADY_RUNNING':
      return new UserFacingError(
        'PROGRAMME_ALREADY_RUNNING',
        `Voor ${failure.municipality.name} loopt al een programma. Een gemeente kan pas een nieuw programma starten als het vorige is afgesloten.`,
        { details: { municipalityCode: failure.municipality.code, programmeId: failure.programmeId } },
      );
    default: {
      const unreachable: never = failure;
      throw new Error(`unmapped programme failure ${JSON.stringify(unreachable)}`);
    }
  }
}
