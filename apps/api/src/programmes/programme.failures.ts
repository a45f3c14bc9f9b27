import type { StepAccessRefusal, Violation } from '../../../../libs/domain/src';

/**
 * Expected reasons a programme request fails: what the service returns, never a transport error.
 * programme.errors.ts is the module's one mapper from these to GraphQL errors.
 */
export type ProgrammeFailure =
  | { kind: 'MALFORMED_MUNICIPALITY_CODE'; input: string }
  | { kind: 'UNKNOWN_MUNICIPALITY'; code: string }
  /** Herindeling: the municipality merged into another (its current successor) and no longer exists. */
  | {
      kind: 'MUNICIPALITY_MERGED';
      municipality: { code: string; name: string };
      successor: { code: string; name: string };
      /** The first year it no longer existed (the merger took effect on 1 January of it). */
      since: number;
    }
  | { kind: 'ALREADY_RUNNING'; municipality: { code: string; name: string }; programmeId: string; phase: string }
  /** C1: a municipality already takes part in another running programme, as its lead or as a member. */
  | {
      kind: 'TAKES_PART_ELSEWHERE';
      municipality: { code: string; name: string };
      programmeId: string;
      role: 'LEAD' | 'MEMBER';
    }
  | { kind: 'INVALID_START_DATE'; startedOn: string; message: string }
  /** Declared past phases that cannot stand (`checkPastPhases`): the field, the problem, the Dutch sentence. */
  | { kind: 'INVALID_PAST_PHASES'; violation: Violation }
  | { kind: 'NOT_ASSIGNED'; municipalityName: string; programmeId: string }
  | { kind: 'AMBIGUOUS_LOOKUP' }
  | { kind: 'INVALID_CURSOR' }
  | { kind: 'INVALID_IDEMPOTENCY_KEY' }
  | { kind: 'PROGRAMME_NOT_FOUND'; programmeId: string }
  | { kind: 'PROGRAMME_ENDED'; programmeId: string }
  /** P1: the person holds none of the step's roles (or not for that organisation). */
  | { kind: 'STEP_NOT_YOURS'; refusal: StepAccessRefusal }
  /** A programme's own webhook aimed at an internal address, or http in production (issue 14). */
  | { kind: 'WEBHOOK_REFUSED'; reason: string }
  /** The workflow refused the step: a rule or lifecycle guard said no. */
  | { kind: 'STEP_REFUSED'; violation: Violation };
