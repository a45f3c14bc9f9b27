import { describe, expect, it } from 'vitest';
import { ON_BEHALF_STEPS as DOMAIN_ON_BEHALF, STEP_ROLES as DOMAIN } from '../../../../../../libs/domain/src';
import { ON_BEHALF_STEPS, STEP_ROLES, stepAccess } from './step-roles';

describe('P1 the page shows the steps the domain lets a role take', () => {
  it('mirrors the domain’s STEP_ROLES exactly (same steps, same roles, same order)', () => {
    expect(STEP_ROLES).toEqual(DOMAIN);
    expect([...ON_BEHALF_STEPS].sort()).toEqual([...DOMAIN_ON_BEHALF].sort());
  });

  it('gives a programme manager the alderman’s decisions only on their behalf, and an observer nothing', () => {
    expect(stepAccess('confirmCommitment', new Set(['PROGRAMME_MANAGER']))).toBe('ON_BEHALF');
    expect(stepAccess('confirmCommitment', new Set(['ADMINISTRATIVE_LEAD']))).toBe('OWN');
    expect(stepAccess('commitPartner', new Set(['PROGRAMME_MANAGER']))).toBe('NONE');
    expect(stepAccess('reportIndicators', new Set(['PROGRAMME_MANAGER']))).toBe('OWN');
    expect(stepAccess('designateAdministrativeLead', new Set(['OBSERVER']))).toBe('NONE');
  });
});
