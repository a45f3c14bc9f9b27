import { describe, expect, it } from 'vitest';
import { startOfAmsterdamDay, WEEK_MS } from '../calendar';
import { openEscalationLevel } from './lifecycle';
import { given, inExecution, programme, step, T0 } from './steps/test-factories';
import { advanceTime as sut, nextWakeAt } from './time-engine';

// The time engine (docs/rules.md "Stalls and escalations", "Time and dates", R3.1).

describe('stall ladder', () => {
  it('level 1 REMINDER at the threshold, level 2 ADMINISTRATIVE 4 weeks later, level 3 NATIONAL 4 weeks after that', () => {
    const state = programme();
    expect(sut(state, T0 + 6 * WEEK_MS - 1)).toBe(state);
    const one = sut(state, T0 + 6 * WEEK_MS);
    expect(one.escalations.map((e) => [e.level, e.levelName, e.recipient])).toEqual([[1, 'REMINDER', 'PROJECT_LEAD']]);
    expect(nextWakeAt(one)).toBe(T0 + 10 * WEEK_MS);
    const two = sut(one, T0 + 10 * WEEK_MS);
    expect(two.escalations.map((e) => [e.level, e.levelName, e.recipient])).toContainEqual([
      2,
      'ADMINISTRATIVE',
      'ADMINISTRATIVE_LEAD',
    ]);
    const three = sut(two, T0 + 14 * WEEK_MS);
    expect(three.escalations.at(-1)).toMatchObject({
      level: 3,
      levelName: 'NATIONAL',
      recipient: 'KWARTIERMAKER',
      kind: 'STALL',
      step: 'COMMITMENT',
      status: 'OPEN',
    });
    expect(openEscalationLevel(three)).toBe(3);
    expect(nextWakeAt(three)).toBeUndefined();
  });

  it('a late wake-up raises every level at its own due instant, stamped with the moment it was noticed', () => {
    const state = sut(programme(), T0 + 20 * WEEK_MS);
    expect(state.escalations.map((e) => [e.level, e.dueAt, e.raisedAt])).toEqual([
      [1, new Date(T0 + 6 * WEEK_MS).toISOString(), new Date(T0 + 20 * WEEK_MS).toISOString()],
      [2, new Date(T0 + 10 * WEEK_MS).toISOString(), new Date(T0 + 20 * WEEK_MS).toISOString()],
      [3, new Date(T0 + 14 * WEEK_MS).toISOString(), new Date(T0 + 20 * WEEK_MS).toISOString()],
    ]);
    expect(state.version).toBe(2);
  });

  it('progress on the step starts its clock over and resolves its escalations', () => {
    const raised = sut(programme(), T0 + 6 * WEEK_MS);
    const progressed = given(raised, [step('designateAdministrativeLead', {})], T0 + 7 * WEEK_MS);
    expect(progressed.escalations[0]).toMatchObject({
      status: 'RESOLVED',
      resolution: 'Opgelost door voortgang: bestuurlijk trekker aangewezen',
    });
    expect(openEscalationLevel(progressed)).toBe(0);
    expect(nextWakeAt(progressed)).toBe(T0 + 13 * WEEK_MS);
  });

  it('every execution action has its own clock of 8 weeks', () => {
    const state = inExecution();
    expect(nextWakeAt(state)).toBe(T0 + 8 * WEEK_MS);
    const raised = sut(state, T0 + 8 * WEEK_MS);
    expect(raised.escalations[0]).toMatchObject({ step: `ACTION:${state.agenda.actions[0]!.id}`, level: 1 });
    expect(raised.escalations[0]!.message).toContain('Zorg-straf-overleg');
  });
});

describe('a paused programme', () => {
  it('its clocks stop: nothing fires while paused, and the time left counts on after resuming', () => {
    const paused = given(programme(), [step('pauseProgramme', { reason: 'Verkiezingen' })], T0 + 2 * WEEK_MS);
    expect(nextWakeAt(paused)).toBeUndefined();
    expect(sut(paused, T0 + 50 * WEEK_MS)).toBe(paused);
    const resumed = given(paused, [step('resumeProgramme', {})], T0 + 30 * WEEK_MS);
    expect(nextWakeAt(resumed)).toBe(T0 + 34 * WEEK_MS);
  });
});

describe('R3.1 school-year deadlines in Europe/Amsterdam', () => {
  // Adopted on 2026-11-23: after February, so the target is school year 2027/2028.
  const track = () => inExecution({ withTraining: true });

  it('stores the deadlines at local midnight: 1 January, 1 February, 1 March and the day after 31 May (summer time)', () => {
    expect(track().training!.deadlines).toEqual({
      windowOpensAt: '2026-12-31T23:00:00.000Z',
      notStartedEscalationAt: '2027-01-31T23:00:00.000Z',
      schoolYearMissedAt: '2027-02-28T23:00:00.000Z',
      calendarCutoffAt: '2027-05-31T22:00:00.000Z',
    });
  });

  it('the window opens at 00:00 on 1 January Amsterdam time, not a minute before', () => {
    const state = track();
    const opens = startOfAmsterdamDay('2027-01-01');
    expect(sut(state, opens - 60_000).training!.stage).toBe('WAITING_FOR_WINDOW');
    const open = sut(state, opens);
    expect(open.training!.stage).toBe('WINDOW_OPEN');
    expect(open.escalations.at(-1)).toMatchObject({ kind: 'TRAINING_WINDOW_OPEN', level: 1, ruleId: 'R3.1' });
  });

  it('not started by 1 February: level 1; by 1 March: the year slips with a level-2 escalation', () => {
    const state = sut(track(), startOfAmsterdamDay('2027-03-01'));
    expect(state.escalations.filter((e) => e.step === 'TRAINING').map((e) => [e.kind, e.level, e.dueAt])).toEqual([
      ['TRAINING_WINDOW_OPEN', 1, '2026-12-31T23:00:00.000Z'],
      ['TRAINING_NOT_STARTED', 1, '2027-01-31T23:00:00.000Z'],
      ['SCHOOL_YEAR_MISSED', 2, '2027-02-28T23:00:00.000Z'],
    ]);
    expect(state.training).toMatchObject({ targetYear: 2028, missedYears: [2027], stage: 'WAITING_FOR_WINDOW' });
    expect(state.riskFlags).toContain('SCHOOL_YEAR_MISSED');
  });

  it('calendar not fixed by 31 May: level 3, replanned for the next year', () => {
    const talking = given(track(), [step('startSchoolBoardTalks', {})], startOfAmsterdamDay('2027-01-15'));
    expect(sut(talking, startOfAmsterdamDay('2027-06-01') - 1).training!.stage).toBe('BOARD_TALKS');
    const missed = sut(talking, startOfAmsterdamDay('2027-06-01'));
    expect(missed.escalations.at(-1)).toMatchObject({
      kind: 'CALENDAR_NOT_FIXED',
      level: 3,
      recipient: 'KWARTIERMAKER',
    });
    expect(missed.training).toMatchObject({ targetYear: 2028, stage: 'WAITING_FOR_WINDOW' });
    expect(missed.training!.boardTalksStartedAt).toBeUndefined();
  });

  it('a fixed calendar has no more deadlines', () => {
    const fixed = given(
      track(),
      [step('startSchoolBoardTalks', {}), step('fixTrainingCalendar', {})],
      startOfAmsterdamDay('2027-01-15'),
    );
    const later = sut(fixed, startOfAmsterdamDay('2028-06-01'));
    expect(later.escalations.filter((e) => e.step === 'TRAINING').map((e) => e.kind)).toEqual(['TRAINING_WINDOW_OPEN']);
    expect(later.training).toMatchObject({ targetYear: 2027, stage: 'CALENDAR_FIXED', missedYears: [] });
  });
});
