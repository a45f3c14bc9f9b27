import type { RuleResult } from './rules';
import { violation, type Violation } from './violation';

/** A refused step: thrown inside a step handler, caught by `decide`, which then changes nothing. */
export class Refusal extends Error {
  constructor(readonly violation: Violation) {
    super(violation.message);
  }
}

export function refuse(ruleId: Violation['ruleId'], message: string, details?: Record<string, unknown>): never {
  throw new Refusal(violation(ruleId, message, details));
}

/** Refuses with the rule's own violation when it does not hold. */
export function must(result: RuleResult): void {
  if (!result.ok) throw new Refusal(result.violation);
}
