import { describe, expect, it } from 'vitest';
import { checklist } from '../checklist';
import { ALDERMAN, given, inAgenda, programme, readyToCommit, refused, ruleOf, step, sut, T0 } from './test-factories';

// P1 COMMITMENT (docs/rules.md R1.1–R1.5), pure: given a state, when a step, then the outcome.

const partners = (...domains: Array<[string, 'CARE' | 'EDUCATION' | 'JUSTICE' | 'MUNICIPALITY']>) =>
  domains.map(([organisation, domain]) => step('commitPartner', { organisation, domain }));

describe('R1.1 an alderman is designated administrative lead', () => {
  it('refuses confirming commitment without an administrative lead', () => {
    const state = given(programme(), [
      ...partners(['GGD', 'CARE'], ['Basisschool', 'EDUCATION'], ['OM', 'JUSTICE']),
      step('appointProjectLead', { kind: 'INTERNAL' }),
    ]);
    expect(refused(state, step('confirmCommitment', {}, ALDERMAN)).ruleId).toBe('R1.1');
  });

  it('accepts it once the alderman is designated', () => {
    const state = given(programme(), [
      ...partners(['GGD', 'CARE'], ['Basisschool', 'EDUCATION'], ['OM', 'JUSTICE']),
      step('appointProjectLead', { kind: 'INTERNAL' }),
      step('designateAdministrativeLead', {}),
    ]);
    const out = sut(state, step('confirmCommitment', {}, ALDERMAN), T0);
    expect(out.ok && out.value.phase).toBe('AGENDA');
  });
});

describe('R1.2 a committed partner from each of care, education and justice', () => {
  const withoutJustice = () =>
    given(programme(), [
      step('designateAdministrativeLead', {}),
      step('appointProjectLead', { kind: 'INTERNAL' }),
      ...partners(['Veilig Thuis', 'CARE'], ['Gemeente', 'MUNICIPALITY'], ['Schoolbestuur', 'EDUCATION']),
    ]);

  it('refuses confirming commitment while justice is missing, and says so', () => {
    const state = withoutJustice();
    const refusal = refused(state, step('confirmCommitment', {}, ALDERMAN));
    expect(refusal.ruleId).toBe('R1.2');
    expect(refusal.message).toContain('justitie');
    expect(refusal.details).toEqual({ missingDomains: ['JUSTICE'] });
    expect(checklist(state).find((i) => i.ruleId === 'R1.2')).toMatchObject({ done: false, blocking: true });
  });

  it('refuses with two of the three domains only', () => {
    const state = given(programme(), [
      step('designateAdministrativeLead', {}),
      step('appointProjectLead', { kind: 'INTERNAL' }),
      ...partners(['A', 'CARE'], ['B', 'JUSTICE']),
    ]);
    expect(refused(state, step('confirmCommitment', {}, ALDERMAN)).ruleId).toBe('R1.2');
  });

  it('accepts once a justice partner commits', () => {
    const state = given(withoutJustice(), partners(['Raad voor de Kinderbescherming', 'JUSTICE']));
    expect(sut(state, step('confirmCommitment', {}, ALDERMAN), T0)).toMatchObject({
      ok: true,
      value: { phase: 'AGENDA' },
    });
  });

  it('refuses the same organisation committing twice (case and spaces aside)', () => {
    const state = given(programme(), partners(['Veilig Thuis', 'CARE']));
    expect(refused(state, step('commitPartner', { organisation: ' veilig thuis ', domain: 'CARE' })).ruleId).toBe(
      'LIFECYCLE',
    );
  });
});

describe('R1.3 a project lead is appointed', () => {
  const withoutLead = () =>
    given(programme(), [
      step('designateAdministrativeLead', {}),
      ...partners(['A', 'CARE'], ['B', 'EDUCATION'], ['C', 'JUSTICE']),
    ]);

  it('refuses confirming commitment without a project lead', () => {
    expect(refused(withoutLead(), step('confirmCommitment', {}, ALDERMAN)).ruleId).toBe('R1.3');
  });

  it('an external lead raises the EXTERNAL_LEAD risk flag; a second lead is refused; commitment then completes', () => {
    const state = given(withoutLead(), [step('appointProjectLead', { kind: 'EXTERNAL', name: 'Bureau X' })]);
    expect(state.riskFlags).toEqual(['EXTERNAL_LEAD']);
    expect(refused(state, step('appointProjectLead', { kind: 'INTERNAL' })).ruleId).toBe('R1.3');
    expect(sut(state, step('confirmCommitment', {}, ALDERMAN), T0)).toMatchObject({
      ok: true,
      value: { phase: 'AGENDA' },
    });
  });

  it('an internal lead raises no risk flag', () => {
    expect(given(withoutLead(), [step('appointProjectLead', { kind: 'INTERNAL' })]).riskFlags).toEqual([]);
  });

  it('accepts a new lead after the previous one left', () => {
    const departed = given(readyToCommit(), [step('recordLeadDeparture', {})]);
    expect(departed.riskFlags).toEqual(['LEAD_DEPARTED']);
    expect(ruleOf(sut(departed, step('appointProjectLead', { kind: 'INTERNAL' }), T0))).toBe('ACCEPTED');
  });
});

describe('R1.4 and R1.5 recommended: open checklist items with the tip, never blocking', () => {
  it('shows three open, non-blocking items with their tips', () => {
    const open = checklist(programme()).filter((i) => i.ruleId === 'R1.4' || i.ruleId === 'R1.5');
    expect(open).toHaveLength(3);
    for (const item of open) {
      expect(item).toMatchObject({ done: false, blocking: false });
      expect(item.tip).toBeTruthy();
    }
    expect(open.find((i) => i.ruleId === 'R1.4')!.tip).toContain('burgemeester');
    expect(open.find((i) => i.ruleId === 'R1.5')!.tip).toContain('Veilig Thuis');
  });

  it('records a recommendation as done, and commitment completes with the others still open', () => {
    const state = given(programme(), [step('recordRecommendation', { item: 'MAYOR_CONSULTED' })]);
    expect(
      checklist(state)
        .filter((i) => i.ruleId === 'R1.4')
        .map((i) => i.done)
        .sort(),
    ).toEqual([false, true]);
    const committed = given(readyToCommit(), [
      step('recordRecommendation', { item: 'VEILIG_THUIS_COMMISSIONING' }),
      step('confirmCommitment', {}, ALDERMAN),
    ]);
    expect(committed.phase).toBe('AGENDA');
    expect(committed.commitment.recommendations).toHaveProperty('VEILIG_THUIS_COMMISSIONING');
  });

  it('refuses an item that is not a recommendation', () => {
    expect(refused(programme(), step('recordRecommendation', { item: 'CAKE' as never })).ruleId).toBe('INVALID_INPUT');
  });
});

describe('NOT_PERMITTED only the administrative lead confirms commitment', () => {
  it('refuses the project lead, after the rules hold', () => {
    expect(refused(readyToCommit(), step('confirmCommitment', {})).ruleId).toBe('NOT_PERMITTED');
  });

  it('names what is missing first when the rules do not hold yet', () => {
    expect(refused(programme(), step('confirmCommitment', {})).ruleId).toBe('R1.1');
  });

  it('accepts the alderman and moves to AGENDA with a fresh clock', () => {
    const state = inAgenda();
    expect(state.phase).toBe('AGENDA');
    expect(state.clocks.map((c) => c.step)).toEqual(['AGENDA']);
  });
});

describe('INVALID_INPUT malformed commitment steps', () => {
  it('refuses an unknown domain and an empty organisation', () => {
    expect(refused(programme(), step('commitPartner', { organisation: 'GGD', domain: 'HEALTH' as never })).ruleId).toBe(
      'INVALID_INPUT',
    );
    expect(refused(programme(), step('commitPartner', { organisation: '  ', domain: 'CARE' })).ruleId).toBe(
      'INVALID_INPUT',
    );
    expect(refused(programme(), step('appointProjectLead', { kind: 'FREELANCE' as never })).ruleId).toBe(
      'INVALID_INPUT',
    );
  });
});
