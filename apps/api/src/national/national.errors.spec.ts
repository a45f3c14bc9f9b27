import { describe, expect, it } from 'vitest';
import { programmeError } from '../programmes/programme.errors';
import { nationalError } from './national.errors';
import type { NationalFailure } from './national.failures';

const programmeId = 'programme-GM0363-1';

describe('nationalError', () => {
  it.each<[NationalFailure, string]>([
    [{ kind: 'KWARTIERMAKERS_ONLY', feature: 'ESCALATION_QUEUE' }, 'FORBIDDEN'],
    [{ kind: 'KWARTIERMAKERS_ONLY', feature: 'PEER_COMPARISON' }, 'FORBIDDEN'],
    [{ kind: 'UNKNOWN_MENTOR_MUNICIPALITY', code: 'GM9999' }, 'NOT_FOUND'],
    [{ kind: 'NOT_A_MENTOR', name: 'Amsterdam', code: 'GM0363' }, 'RULE_VIOLATION'],
    [{ kind: 'PROGRAMME_NOT_FOUND', programmeId }, 'NOT_FOUND'],
  ])('%j is %s', (failure, code) => {
    expect(nationalError(failure).extensions.code).toBe(code);
  });

  it('reads a programme failure as the programme module does', () => {
    const failure: NationalFailure = {
      kind: 'STEP_REFUSED',
      violation: { ruleId: 'R1.1', message: 'Eerst een wethouder.' },
    };
    expect(nationalError(failure)).toEqual(programmeError(failure));
  });
});
