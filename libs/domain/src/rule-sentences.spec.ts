import { describe, expect, it } from 'vitest';
import { isRuleId, RULE_IDS } from './rule-ids';
import { isViolationId, RULE_SENTENCES } from './rule-sentences';

const GUARDS = ['LIFECYCLE', 'INVALID_INPUT', 'UNKNOWN_REFERENCE', 'NOT_PERMITTED'];

describe('rule sentences', () => {
  it('says every rule and lifecycle guard in Dutch and English', () => {
    expect(Object.keys(RULE_SENTENCES).sort()).toEqual([...RULE_IDS, ...GUARDS].sort());
    for (const { nl, en } of Object.values(RULE_SENTENCES)) {
      expect(nl.length).toBeGreaterThan(10);
      expect(en.length).toBeGreaterThan(10);
      expect(nl).not.toBe(en);
    }
  });

  it('tells a rule id and a guard from any other failure type', () => {
    for (const id of RULE_IDS) expect([isRuleId(id), isViolationId(id)]).toEqual([true, true]);
    for (const id of GUARDS) expect([isRuleId(id), isViolationId(id)]).toEqual([false, true]);
    for (const id of ['', 'R9.9', 'r2.2', 'toString', '__proto__', 'TemporalFailure'])
      expect([isRuleId(id), isViolationId(id)]).toEqual([false, false]);
  });
});
