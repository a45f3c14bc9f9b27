import type { ProgrammeFailure } from '../programmes/programme.failures';

/** What only kwartiermakers see or do (named in the refusal). */
export type NationalFeature = 'STALLED_PROGRAMMES' | 'ESCALATION_QUEUE' | 'MENTORS' | 'PEER_COMPARISON';

/**
 * Expected reasons a national request fails: what NationalService returns. national.errors.ts
 * is the module's one mapper; a programme's own failures (a step refused) pass through it.
 */
export type NationalFailure =
  | { kind: 'KWARTIERMAKERS_ONLY'; feature: NationalFeature }
  | { kind: 'UNKNOWN_MENTOR_MUNICIPALITY'; code: string }
  | { kind: 'NOT_A_MENTOR'; name: string; code: string; mentorProgrammeId?: string }
  | ProgrammeFailure;
