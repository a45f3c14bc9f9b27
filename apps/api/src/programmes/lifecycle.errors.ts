import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { RULE_IDS, type RuleId, type ViolationId } from '../../../../libs/domain/src';
import { UserFacingError } from '../common/graphql-errors';

/**
 * English sentences per rule for `Accept-Language: en`. The Dutch sentence comes from the domain
 * rule itself and is more specific; the English one says what the rule asks.
 */
const ENGLISH: Record<ViolationId, string> = {
  'R1.1': 'An alderman must first be designated administrative lead (bestuurlijk trekker).',
  'R1.2': 'At least one partner organisation from each of care, education and justice must have committed.',
  'R1.3': 'A project lead must be appointed (only one at a time: record the current lead’s departure first).',
  'R1.4': 'Recommended: align the aldermen for youth, education and care, and consult the mayor.',
  'R1.5': 'Recommended: set up the municipality’s commissioning role towards Veilig Thuis.',
  'R2.1': 'Drafting themes needs at least 3 bottlenecks from at least 2 domains.',
  'R2.2': 'An improvement agenda focuses on 1 to 3 themes; a fourth is not accepted — drop a theme first.',
  'R2.3': 'Every selected theme needs an action, and every action an owner organisation; actions belong to a selected theme.',
  'R2.4': 'Support test: every organisation owning an action must confirm it at both professional and management level.',
  'R2.5': 'Only the administrative lead adopts the agenda, once R2.1–R2.4 hold.',
  'R3.1': 'This step does not fit the school-year planning of the training track (talks with school boards start in January, at the top; sessions fall inside the region’s school year).',
  'R3.2': 'Action status rule: dropping needs a reason, finished actions stay finished, actions added during execution pass the support test first, and execution completes only when every action is done or dropped.',
  'R4.1': 'Embed the action in an existing policy instrument, not as a separate project.',
  'R4.2': 'Every embedding names the organisation that takes it over and the responsible role.',
  'R4.3': 'With an external project lead an internal embedding owner (a municipal policy officer) must be named.',
  'R4.4': 'Embedding completes only when every action is embedded or dropped with a reason.',
  LIFECYCLE: 'This step does not fit the programme’s current phase or status.',
  INVALID_INPUT: 'The input is not valid for this step.',
  UNKNOWN_REFERENCE: 'The item this step refers to does not exist in this programme.',
  NOT_PERMITTED: 'Your role may not take this step.',
};

const isRuleId = (id: string): id is RuleId => (RULE_IDS as readonly string[]).includes(id);

export function programmeNotFound(programmeId: string): UserFacingError {
  return new UserFacingError(
    'NOT_FOUND',
    { nl: `Programma ${programmeId} bestaat niet of u heeft er geen toegang toe.`, en: `Programme ${programmeId} does not exist or you have no access to it.` },
    { details: { programmeId } },
  );
}

export function programmeEnded(programmeId: string): UserFacingError {
  return new UserFacingError(
    'RULE_VIOLATION',
    { nl: 'Het programma is beëindigd; er kan niets meer worden vastgelegd.', en: 'The programme has ended; nothing more can be recorded.' },
    { rule: 'LIFECYCLE', details: { programmeId } },
  );
}

/** The lifecycle module's one mapper from a refused workflow update to a GraphQL error. */
export function lifecycleError(error: unknown, programmeId: string): UserFacingError | undefined {
  if (error instanceof WorkflowNotFoundError) return programmeNotFound(programmeId);
  if (!(error instanceof WorkflowUpdateFailedError) || !(error.cause instanceof ApplicationFailure)) return undefined;
  const failure = error.cause;
  const id = (failure.type ?? '') as ViolationId;
  const details = (failure.details?.[0] ?? undefined) as Record<string, unknown> | undefined;
  const sentence = { nl: failure.message, en: ENGLISH[id] ?? failure.message };
  const extra = details && Object.keys(details).length > 0 ? { details } : {};
  if (isRuleId(id) || id === 'LIFECYCLE') return new UserFacingError('RULE_VIOLATION', sentence, { rule: id, ...extra });
  switch (id) {
    case 'INVALID_INPUT':
      return new UserFacingError('VALIDATION_FAILED', sentence, extra);
    case 'UNKNOWN_REFERENCE':
      return new UserFacingError('NOT_FOUND', sentence, extra);
    case 'NOT_PERMITTED':
      return new UserFacingError('FORBIDDEN', sentence, extra);
    default:
      return undefined;
  }
}
