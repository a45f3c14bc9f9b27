import { describe, expect, it } from 'vitest';
import { openEscalationLevel } from '../lifecycle';
import {
  ALDERMAN,
  EMBED_IN_REGIONAL_PLAN,
  given,
  inContinuation,
  inExecution,
  refused,
  step,
  sut,
  T0,
} from './test-factories';

// P5 CONTINUATION (docs/rules.md): yearly check-ins with indicators until the programme is closed.

describe('P5 continuation: yearly check-ins, then closing', () => {
  it('records a check-in once per year', () => {
    const state = given(inContinuation(), [
      step('recordCheckIn', { year: 2028, repeatReports: 9, note: 'Minder hermeldingen' }),
    ]);
    expect(state.indicators.at(-1)).toMatchObject({ period: '2028', repeatReports: 9, note: 'Minder hermeldingen' });
    expect(refused(state, step('recordCheckIn', { year: 2028 })).ruleId).toBe('LIFECYCLE');
    expect(refused(state, step('recordCheckIn', { year: 1999 })).ruleId).toBe('INVALID_INPUT');
  });

  it('no new project lead is appointed in CONTINUATION', () => {
    const departed = given(inContinuation(), [step('recordLeadDeparture', {})]);
    expect(refused(departed, step('appointProjectLead', { kind: 'INTERNAL' })).ruleId).toBe('LIFECYCLE');
  });

  it('the whole lifecycle to CLOSED; the timeline says who did what, when', () => {
    const state = inExecution();
    const actionId = state.agenda.actions[0]!.id;
    const closed = given(state, [
      step('updateActionStatus', { actionId, status: 'DONE' }),
      step('reportIndicators', { period: '2027-Q1', repeatReports: 12, professionalsTrained: 40 }),
      step('completeExecution', {}),
      step('recordEmbedding', { actionId, ...EMBED_IN_REGIONAL_PLAN }),
      step('completeEmbedding', {}),
      step('recordCheckIn', { year: 2028, repeatReports: 9, note: 'Minder hermeldingen' }),
      step('closeProgramme', {}),
    ]);
    expect(closed).toMatchObject({ phase: 'CLOSED', status: 'CLOSED' });
    expect(openEscalationLevel(closed)).toBe(0);
    expect(closed.clocks).toEqual([]);
    expect(closed.timeline.map((t) => t.event)).toEqual(
      expect.arrayContaining([
        'programmeStarted',
        'confirmCommitment',
        'adoptAgenda',
        'completeEmbedding',
        'recordCheckIn',
        'closeProgramme',
      ]),
    );
    const adopt = closed.timeline.find((t) => t.event === 'adoptAgenda')!;
    expect(adopt.by).toEqual(ALDERMAN);
    expect(Date.parse(adopt.at)).not.toBeNaN();
    expect(refused(closed, step('recordCheckIn', { year: 2029 })).ruleId).toBe('LIFECYCLE');
  });

  it('closing is only for CONTINUATION', () => {
    expect(refused(inExecution(), step('closeProgramme', {})).ruleId).toBe('LIFECYCLE');
    expect(sut(inContinuation(), step('closeProgramme', {}), T0)).toMatchObject({
      ok: true,
      value: { status: 'CLOSED' },
    });
  });
});
