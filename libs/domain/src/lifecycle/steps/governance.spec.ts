import { describe, expect, it } from 'vitest';
import { WEEK_MS } from '../../calendar';
import { advanceTime, nextWakeAt, startProgramme } from '../lifecycle';
import {
  ALDERMAN,
  given,
  inEmbedding,
  inExecution,
  KWARTIERMAKER,
  LEAD as LEAD_ACTOR,
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

describe('NOT_PERMITTED loosening stall settings beyond the national bounds is a kwartiermaker step', () => {
  const MANAGER = { role: 'PROGRAMME_MANAGER' } as const;

  it('a project lead tightens a threshold (even under the minimum) and the interval', () => {
    const changed = given(programme(), [
      step('changeSettings', { stallThresholdWeeks: { COMMITMENT: 1 }, escalationIntervalWeeks: 1 }),
    ]);
    expect(changed.settings).toMatchObject({ stallThresholdWeeks: { COMMITMENT: 1 }, escalationIntervalWeeks: 1 });
  });

  it('a project lead, alderman or programme manager moves within the bounds, up to the maximum', () => {
    const changed = given(programme(), [
      step('changeSettings', { stallThresholdWeeks: { COMMITMENT: 8, AGENDA: 16 } }),
      step('changeSettings', { escalationIntervalWeeks: 6 }, ALDERMAN),
      step('changeSettings', { stallThresholdWeeks: { EXECUTION: 12, EMBEDDING: 12 } }, MANAGER),
    ]);
    expect(changed.settings).toMatchObject({
      stallThresholdWeeks: { COMMITMENT: 8, AGENDA: 16, EXECUTION: 12, EMBEDDING: 12, CONTINUATION: 52 },
      escalationIntervalWeeks: 6,
    });
  });

  it.each([
    [{ stallThresholdWeeks: { COMMITMENT: 9 } }, 'stallThresholdWeeks.COMMITMENT', 8],
    [{ stallThresholdWeeks: { AGENDA: 104 } }, 'stallThresholdWeeks.AGENDA', 16],
    [{ stallThresholdWeeks: { CONTINUATION: 53 } }, 'stallThresholdWeeks.CONTINUATION', 52],
    [{ escalationIntervalWeeks: 7 }, 'escalationIntervalWeeks', 6],
  ])('refuses a project lead %j and changes nothing', (override, setting, max) => {
    const error = refused(programme(), step('changeSettings', override));
    expect(error).toMatchObject({ ruleId: 'NOT_PERMITTED', details: { setting, max, role: 'PROJECT_LEAD' } });
  });

  it('refuses the alderman and the programme manager too, and a later cut-off than 31 May', () => {
    expect(refused(programme(), step('changeSettings', { escalationIntervalWeeks: 26 }, ALDERMAN)).ruleId).toBe(
      'NOT_PERMITTED',
    );
    expect(
      refused(programme(), step('changeSettings', { stallThresholdWeeks: { EMBEDDING: 13 } }, MANAGER)).ruleId,
    ).toBe('NOT_PERMITTED');
    expect(refused(programme(), step('changeSettings', { calendarCutoff: '06-15' })).ruleId).toBe('NOT_PERMITTED');
    expect(given(programme(), [step('changeSettings', { calendarCutoff: '04-15' })]).settings.calendarCutoff).toBe(
      '04-15',
    );
  });

  it('a kwartiermaker loosens beyond the bounds; a value already in force is not refused after', () => {
    const loosened = given(programme(), [
      step(
        'changeSettings',
        { stallThresholdWeeks: { COMMITMENT: 26 }, escalationIntervalWeeks: 12, calendarCutoff: '06-30' },
        KWARTIERMAKER,
      ),
    ]);
    expect(loosened.settings).toMatchObject({
      stallThresholdWeeks: { COMMITMENT: 26 },
      escalationIntervalWeeks: 12,
      calendarCutoff: '06-30',
    });
    // Sending the whole form back, or tightening from there, is fine; loosening further is not.
    const again = given(loosened, [
      step('changeSettings', { stallThresholdWeeks: { COMMITMENT: 26, AGENDA: 12 }, escalationIntervalWeeks: 10 }),
    ]);
    expect(again.settings).toMatchObject({ stallThresholdWeeks: { COMMITMENT: 26 }, escalationIntervalWeeks: 10 });
    expect(refused(again, step('changeSettings', { stallThresholdWeeks: { COMMITMENT: 27 } })).ruleId).toBe(
      'NOT_PERMITTED',
    );
  });

  it('a history from before the bounds replays: the workflow passes settingsPolicyBounds false', () => {
    const out = sut(programme(), step('changeSettings', { stallThresholdWeeks: { COMMITMENT: 104 } }), T0, {
      settingsPolicyBounds: false,
    });
    expect(ruleOf(out)).toBe('ACCEPTED');
  });

  it('start settings beyond the bounds are refused unless a kwartiermaker starts the programme', () => {
    const input = {
      programmeId: 'programme-GM0363-1',
      municipalityCode: 'GM0363',
      sequence: 1,
      settings: { stallThresholdWeeks: { AGENDA: 52 } },
    };
    expect(startProgramme({ ...input, startedBy: LEAD_ACTOR }, T0)).toMatchObject({
      ok: false,
      error: { ruleId: 'NOT_PERMITTED', details: { setting: 'stallThresholdWeeks.AGENDA', max: 16 } },
    });
    expect(startProgramme({ ...input, startedBy: KWARTIERMAKER }, T0)).toMatchObject({
      ok: true,
      value: { settings: { stallThresholdWeeks: { AGENDA: 52 } } },
    });
    const tight = { ...input, settings: { stallThresholdWeeks: { COMMITMENT: 1 } }, startedBy: LEAD_ACTOR };
    expect(startProgramme(tight, T0)).toMatchObject({ ok: true });
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
