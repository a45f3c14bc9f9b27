import type { RuleId } from '../rule-ids';

/**
 * Why a step was refused. `ruleId` is a rule of docs/rules.md, or one of the lifecycle guards that are
 * not numbered there: `LIFECYCLE` (wrong phase, programme paused/ended), `INVALID_INPUT`
 * (malformed value), `UNKNOWN_REFERENCE` (no such action/escalation/session),
 * `NOT_PERMITTED` (this role may not take the step).
 */
export type ViolationId = RuleId | 'LIFECYCLE' | 'INVALID_INPUT' | 'UNKNOWN_REFERENCE' | 'NOT_PERMITTED';

export interface Violation {
  ruleId: ViolationId;
  /** Dutch sentence a municipal user understands. */
  message: string;
  details?: Record<string, unknown>;
}

export const violation = (ruleId: ViolationId, message: string, details?: Record<string, unknown>): Violation =>
  details ? { ruleId, message, details } : { ruleId, message };
