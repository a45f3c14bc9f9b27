import {
  isRuleId,
  notSchoolDaySentenceEnglish,
  RULE_SENTENCES,
  type PastPhasesProblem,
  type Violation,
  type ViolationId,
} from '../../../../libs/domain/src';
import { UserFacingError, type ErrorCode } from '../common/graphql-errors';
import { stepAccessError } from '../members/members.errors';
import type { ProgrammeFailure } from './programme.failures';

/** The programme module's one mapper from expected failures to GraphQL errors. */
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
    case 'MUNICIPALITY_MERGED':
      return new UserFacingError(
        'VALIDATION_FAILED',
        {
          nl: `De gemeente ${failure.municipality.name} bestaat sinds 1 januari ${failure.since} niet meer: zij is opgegaan in ${failure.successor.name} (${failure.successor.code}). Start het programma voor ${failure.successor.name}.`,
          en: `The municipality of ${failure.municipality.name} no longer exists since 1 January ${failure.since}: it merged into ${failure.successor.name} (${failure.successor.code}). Start the programme for ${failure.successor.name}.`,
        },
        {
          details: {
            field: 'municipalityCode',
            municipalityCode: failure.municipality.code,
            successorCode: failure.successor.code,
          },
        },
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
    case 'TAKES_PART_ELSEWHERE':
      return new UserFacingError(
        'PROGRAMME_ALREADY_RUNNING',
        {
          nl: `${failure.municipality.name} doet al mee aan een lopend programma (${failure.programmeId}, ${failure.role === 'LEAD' ? 'als penvoerder' : 'als deelnemende gemeente'}). Een gemeente doet mee aan ten hoogste één lopend programma tegelijk, alleen of in een collectief (C1).`,
          en: `${failure.municipality.name} already takes part in a running programme (${failure.programmeId}, ${failure.role === 'LEAD' ? 'as its lead' : 'as a member'}). A municipality takes part in at most one running programme at a time, alone or in a collective (C1).`,
        },
        {
          rule: 'C1',
          details: {
            municipalityCode: failure.municipality.code,
            programmeId: failure.programmeId,
            role: failure.role,
          },
        },
      );
    case 'INVALID_START_DATE':
      return new UserFacingError(
        'VALIDATION_FAILED',
        {
          nl: failure.message,
          en: `The start date must be a day between 2015-01-01 and today, not ${failure.startedOn}.`,
        },
        { details: { field: 'startedOn' } },
      );
    case 'INVALID_PAST_PHASES': {
      const details = failure.violation.details ?? {};
      const field = typeof details['field'] === 'string' ? details['field'] : 'pastPhases';
      return new UserFacingError(
        'VALIDATION_FAILED',
        { nl: failure.violation.message, en: pastPhasesEnglish(field, details) },
        { details: { field, problem: details['problem'] } },
      );
    }
    case 'NOT_ASSIGNED':
      return new UserFacingError(
        'FORBIDDEN',
        {
          nl: `U mag het volgende programma van ${failure.municipalityName} (${failure.programmeId}) niet starten: het is niet aan u toegewezen.`,
          en: `You may not start ${failure.municipalityName}'s next programme (${failure.programmeId}): it is not assigned to you.`,
        },
        { details: { programmeId: failure.programmeId } },
      );
    case 'AMBIGUOUS_LOOKUP':
      return new UserFacingError('VALIDATION_FAILED', {
        nl: 'Geef precies één van municipalityCode of id op.',
        en: 'Give exactly one of municipalityCode or id.',
      });
    case 'INVALID_CURSOR':
      return new UserFacingError('VALIDATION_FAILED', {
        nl: 'De cursor is ongeldig: gebruik pageInfo.endCursor van de vorige pagina.',
        en: 'The cursor is invalid: use pageInfo.endCursor of the previous page.',
      });
    case 'INVALID_IDEMPOTENCY_KEY':
      return new UserFacingError(
        'VALIDATION_FAILED',
        {
          nl: 'De Idempotency-Key is ongeldig: gebruik 1 tot 200 zichtbare tekens zonder spaties, bijvoorbeeld een UUID.',
          en: 'The Idempotency-Key is invalid: use 1 to 200 visible characters without spaces, for example a UUID.',
        },
        { details: { header: 'Idempotency-Key' } },
      );
    case 'PROGRAMME_NOT_FOUND':
      return new UserFacingError(
        'NOT_FOUND',
        {
          nl: `Programma ${failure.programmeId} bestaat niet of u heeft er geen toegang toe.`,
          en: `Programme ${failure.programmeId} does not exist or you have no access to it.`,
        },
        { details: { programmeId: failure.programmeId } },
      );
    case 'PROGRAMME_ENDED':
      return new UserFacingError(
        'RULE_VIOLATION',
        {
          nl: 'Het programma is beëindigd; er kan niets meer worden vastgelegd.',
          en: 'The programme has ended; nothing more can be recorded.',
        },
        { rule: 'LIFECYCLE', details: { programmeId: failure.programmeId } },
      );
    case 'STEP_NOT_YOURS':
      return stepAccessError(failure.refusal);
    case 'WEBHOOK_REFUSED':
      return new UserFacingError(
        'VALIDATION_FAILED',
        {
          nl: `${failure.reason} Kies een openbaar https-adres van de ontvanger. Er is niets vastgelegd.`,
          en: "The webhook address points into Olievlek's own network or uses plain http; choose the receiver's public https address. Nothing was recorded.",
        },
        { details: { field: 'webhookUrl' } },
      );
    case 'STEP_REFUSED':
      return violationError(failure.violation);
    default: {
      const unreachable: never = failure;
      throw new Error(`unmapped programme failure ${JSON.stringify(unreachable)}`);
    }
  }
}

/** The code a refused step answers: rules and lifecycle guards are RULE_VIOLATION (with the rule id). */
function violationCode(id: ViolationId): ErrorCode {
  if (isRuleId(id)) return 'RULE_VIOLATION';
  switch (id) {
    case 'LIFECYCLE':
      return 'RULE_VIOLATION';
    case 'INVALID_INPUT':
      return 'VALIDATION_FAILED';
    case 'UNKNOWN_REFERENCE':
      return 'NOT_FOUND';
    case 'NOT_PERMITTED':
      return 'FORBIDDEN';
    default: {
      const unreachable: never = id;
      throw new Error(`unmapped violation ${String(unreachable)}`);
    }
  }
}

// The Dutch sentence is the refusing step's own (more specific); the English one says what the rule asks.
function violationError({ ruleId, message, details }: Violation): UserFacingError {
  const code = violationCode(ruleId);
  // R3.3 says in English as specifically as in Dutch why a date is no school day.
  const en = (ruleId === 'R3.3' && details && notSchoolDaySentenceEnglish(details)) || RULE_SENTENCES[ruleId].en;
  const sentence = { nl: message || RULE_SENTENCES[ruleId].nl, en };
  const extra = details && Object.keys(details).length > 0 ? { details } : {};
  return new UserFacingError(code, sentence, code === 'RULE_VIOLATION' ? { rule: ruleId, ...extra } : extra);
}

/** The English alternative of a `checkPastPhases` refusal, as specific as the Dutch sentence. */
function pastPhasesEnglish(field: string, details: Record<string, unknown>): string {
  const problem = details['problem'] as PastPhasesProblem | undefined;
  switch (problem) {
    case 'NO_START_DATE':
      return 'Past phases (pastPhases) can only be given for a programme that was already running: give its start date (startedOn) too.';
    case 'TOO_MANY':
      return 'At most 4 past phases (pastPhases): COMMITMENT, AGENDA, EXECUTION and EMBEDDING; CONTINUATION ends only when the programme is closed.';
    case 'PHASE_ORDER':
      return `${field} must be ${String(details['expected'])}: past phases are given in order, from COMMITMENT on, without skipping one.`;
    case 'NOT_A_DATE':
      return `${field} must be a date like 2016-03-01.`;
    case 'BEFORE_START':
    case 'BEFORE_PREVIOUS':
      return `${field} lies before ${problem === 'BEFORE_START' ? 'the start date' : 'the end of the previous phase'} (${String(details['earliest'])}); the dates must ascend.`;
    case 'IN_FUTURE':
      return `${field} lies in the future; it can be today (${String(details['latest'])}) at the latest.`;
    case undefined:
      return `${field} cannot be accepted.`;
    default: {
      const unreachable: never = problem;
      return `${field} cannot be accepted (${String(unreachable)}).`;
    }
  }
}
