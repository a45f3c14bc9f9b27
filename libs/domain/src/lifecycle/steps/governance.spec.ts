import { describe, expect, it } from 'vitest';
import { WEEK_MS } from '../../calendar';
import { advanceTime, nextWakeAt } from '../lifecycle';
import {
  ALDERMAN,
  given,
  inEmbedding,
  inExecution,
  KWARTIERMAKER,
  programme,
  refused,
  ruleOf,
  step,
  sut,
  T0,
} from './test-factories';

// Steps of any phase (docs/rules.md "Stalls and escalations", "Indicators"): escalation decisions,
// pause/resume/abort, settings, indicators.

const departed = () => {
  const out = sut(inEmbedding('EXTERNAL'), step('recordLeadDeparture', {}), T0);
  if (!out.ok) throw new Error(out.error.message);
  return { state: out.value, escalationId: out.value.escalations[0]!.id };
};

describe('NOT_PERMITTED only an alderman or kwartiermaker acknowledges an escalation', () => {
  it('refuses the project lead', () => {
    const { state, escalationId } = departed();
    expect(refused(state, step('acknowledgeEscalation', { escalationId, decision: 'NOTE' })).ruleId).toBe(
      'NOT_PERMITTED',
    );
  });

  it('accepts a note by a kwartiermaker', () => {
    const { state, escalationId } = departed();
    const acked = given(state, [
      step(
        'acknowledgeEscalation',
        { escalationId, decision: 'NOTE', note: 'Nieuwe projectleider in werving' },
        KWARTIERMAKER,
      ),
    ]);
    expect(acked.escalations[0]).toMatchObject({
      status: 'ACKNOWLEDGED',
      acknowledgements: [{ decision: 'NOTE', by: KWARTIERMAKER }],
    });
  });
});

describe('acknowledging an escalation: extend, pause or note', () => {
  it('a departure has no clock to extend (LIFECYCLE)', () => {
    const { state, escalationId } = departed();
    expect(
      refused(state, step('acknowledgeEscalation', { escalationId, decision: 'EXTEND', weeks: 2 }, KWARTIERMAKER))
        .ruleId,
    ).toBe('LIFECYCLE');
  });

  it('extending a stall by N weeks moves the rest of its ladder; weeks must be 1 to 52', () => {
    const raised = advanceTime(programme(), T0 + 6 * WEEK_MS);
    const escalationId = raised.escalations[0]!.id;
    expect(
      refused(
        raised,
        step('acknowledgeEscalation', { escalationId, decision: 'EXTEND', weeks: 0 }, ALDERMAN),
        T0 + 6 * WEEK_MS,
      ).ruleId,
    ).toBe('INVALID_INPUT');
    const extended = given(
      raised,
      [step('acknowledgeEscalation', { escalationId, decision: 'EXTEND', weeks: 3 }, ALDERMAN)],
      T0 + 6 * WEEK_MS,
    );
    expect(nextWakeAt(extended)).toBe(T0 + 13 * WEEK_MS);
  });

  it('a PAUSE decision pauses the programme; an unknown escalation is refused', () => {
    const raised = advanceTime(programme(), T0 + 6 * WEEK_MS);
    const paused = given(
      raised,
      [step('acknowledgeEscalation', { escalationId: raised.escalations[0]!.id, decision: 'PAUSE' }, ALDERMAN)],
      T0 + 6 * WEEK_MS,
    );
    expect(paused).toMatchObject({
      status: 'PAUSED',
      pause: { reason: `Besloten bij escalatie ${raised.escalations[0]!.id}` },
    });
    expect(
      refused(
        raised,
        step('acknowledgeEscalation', { escalationId: 'nope', decision: 'NOTE' }, ALDERMAN),
        T0 + 6 * WEEK_MS,
      ).ruleId,
    ).toBe('UNKNOWN_REFERENCE');
  });
});

describe('LIFECYCLE steps of another phase, or of a paused or ended programme', () => {
  it('refuses a step of another phase, naming the phase', () => {
    const refusal = refused(programme(), step('recordBottleneck', { description: 'x', domain: 'CARE' }));
    expect(refusal.ruleId).toBe('LIFECYCLE');
    expect(refusal.message).toContain('Verbeteragenda');
    expect(refusal.details).toEqual({ command: 'recordBottleneck', phase: 'COMMITMENT', allowedPhases: ['AGENDA'] });
  });

  it('pause and resume; a paused programme takes no steps', () => {
    const paused = given(programme(), [step('pauseProgramme', { reason: 'Gemeenteraadsverkiezingen' })]);
    expect(paused.status).toBe('PAUSED');
    expect(refused(paused, step('designateAdministrativeLead', {})).ruleId).toBe('LIFECYCLE');
    expect(refused(paused, step('pauseProgramme', { reason: 'Nog eens' })).ruleId).toBe('LIFECYCLE');
    const resumed = given(paused, [step('resumeProgramme', {})]);
    expect(resumed.status).toBe('ACTIVE');
    expect(refused(resumed, step('resumeProgramme', {})).ruleId).toBe('LIFECYCLE');
    expect(ruleOf(sut(resumed, step('designateAdministrativeLead', {}), T0))).toBe('ACCEPTED');
  });

  it('abort needs a reason and ends the programme; nothing is taken after', () => {
    expect(refused(programme(), step('abortProgramme', { reason: '' })).ruleId).toBe('INVALID_INPUT');
    const aborted = given(programme(), [step('abortProgramme', { reason: 'Fusie van gemeenten' })]);
    expect(aborted).toMatchObject({ status: 'ABORTED', abortReason: 'Fusie van gemeenten', clocks: [] });
    expect(refused(aborted, step('abortProgramme', { reason: 'Nog eens' })).ruleId).toBe('LIFECYCLE');
    expect(refused(aborted, step('designateAdministrativeLead', {})).ruleId).toBe('LIFECYCLE');
    expect(refused(aborted, step('changeSettings', { escalationIntervalWeeks: 2 })).ruleId).toBe('LIFECYCLE');
  });
});

describe('changeSettings', () => {
  it('accepts new thresholds and refuses a malformed one', () => {
    const changed = given(programme(), [step('changeSettings', { stallThresholdWeeks: { COMMITMENT: 2 } })]);
    expect(nextWakeAt(changed)).toBe(T0 + 2 * WEEK_MS);
    expect(refused(programme(), step('changeSettings', { stallThresholdWeeks: { COMMITMENT: 0 } })).ruleId).toBe(
      'INVALID_INPUT',
    );
  });

  it('a new calendar cut-off replans the training deadlines (R3.1)', () => {
    const state = inExecution({ withTraining: true });
    const changed = given(state, [step('changeSettings', { calendarCutoff: '04-30' })]);
    expect(changed.training!.deadlines!.calendarCutoffAt).toBe('2027-04-30T22:00:00.000Z');
    expect(refused(state, step('changeSettings', { calendarCutoff: '31-05' })).ruleId).toBe('R3.1');
  });
});

describe('reportIndicators', () => {
  it('records a quarter once, from EXECUTION on', () => {
    const state = given(inExecution(), [step('reportIndicators', { period: '2027-Q1', repeatReports: 12 })]);
    expect(state.indicators).toMatchObject([{ period: '2027-Q1', repeatReports: 12 }]);
    expect(refused(state, step('reportIndicators', { period: '2027-Q1' })).ruleId).toBe('LIFECYCLE');
    expect(refused(state, step('reportIndicators', { period: '2027-Q5' })).ruleId).toBe('INVALID_INPUT');
    expect(refused(state, step('reportIndicators', { period: '2027-Q2', schoolsReached: -1 })).ruleId).toBe(
      'INVALID_INPUT',
    );
    expect(refused(programme(), step('reportIndicators', { period: '2027-Q1' })).ruleId).toBe('LIFECYCLE');
  });
});
