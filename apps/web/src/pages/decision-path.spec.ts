import { describe, expect, it } from 'vitest';
import { decisionPath, decisionStepOf, isDecisionStep } from './decision-path';

describe('decision paths (issue 15: the alderman’s decisions R1.1, R2.5, P3)', () => {
  it('names each decision in Dutch under its programme, an escalation by its id', () => {
    expect(decisionPath('programme-GM0363-1', 'confirmCommitment')).toBe(
      '/programmas/programme-GM0363-1/besluit/commitment-bevestigen',
    );
    expect(decisionPath('programme-GM0363-1', 'adoptAgenda')).toBe(
      '/programmas/programme-GM0363-1/besluit/agenda-vaststellen',
    );
    expect(decisionPath('programme-GM0363-1', 'acknowledgeEscalation', 'AGENDA:2 x')).toBe(
      '/programmas/programme-GM0363-1/besluit/escalatie-afhandelen?escalatie=AGENDA%3A2%20x',
    );
  });

  it('reads a path segment back, and knows the steps that are decisions', () => {
    expect(decisionStepOf('agenda-vaststellen')).toBe('adoptAgenda');
    expect(decisionStepOf('adoptAgenda')).toBeUndefined();
    expect(isDecisionStep('acknowledgeEscalation')).toBe(true);
    expect(isDecisionStep('selectTheme')).toBe(false);
    expect(isDecisionStep('toString')).toBe(false);
  });

  it('R1.6: the re-confirmation of the commitment is a decision with its own address', () => {
    expect(decisionPath('programme-GM0363-1', 'reconfirmCommitment')).toBe(
      '/programmas/programme-GM0363-1/besluit/commitment-opnieuw-bevestigen',
    );
    expect(decisionStepOf('commitment-opnieuw-bevestigen')).toBe('reconfirmCommitment');
    expect(isDecisionStep('reconfirmCommitment')).toBe(true);
  });
});
