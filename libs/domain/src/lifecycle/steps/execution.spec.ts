import { describe, expect, it } from 'vitest';
import { startOfAmsterdamDay } from '../../calendar';
import { advanceTime } from '../lifecycle';
import { given, inExecution, refused, ruleOf, step, supportOf, sut, T0 } from './test-factories';

// P3 EXECUTION (docs/rules.md R3.1, R3.2), pure: given a state, when a step, then the outcome.

const at = (date: string) => startOfAmsterdamDay(date) + 10 * 60 * 60 * 1000;

describe('R3.2 every action has a status; dropping needs a reason', () => {
  it('refuses dropping without a reason, going back to PLANNED, and moving a finished action', () => {
    const state = inExecution();
    const actionId = state.agenda.actions[0]!.id;
    expect(refused(state, step('updateActionStatus', { actionId, status: 'DROPPED' })).ruleId).toBe('R3.2');
    const started = given(state, [step('updateActionStatus', { actionId, status: 'IN_PROGRESS' })]);
    expect(refused(started, step('updateActionStatus', { actionId, status: 'PLANNED' })).ruleId).toBe('R3.2');
    expect(refused(started, step('updateActionStatus', { actionId, status: 'IN_PROGRESS' })).ruleId).toBe('R3.2');
    const done = given(started, [step('updateActionStatus', { actionId, status: 'DONE' })]);
    expect(refused(done, step('updateActionStatus', { actionId, status: 'IN_PROGRESS' })).ruleId).toBe('R3.2');
  });

  it('accepts a drop with a reason and stops the action clock', () => {
    const state = inExecution();
    const actionId = state.agenda.actions[0]!.id;
    const dropped = given(state, [
      step('updateActionStatus', { actionId, status: 'DROPPED', reason: 'Opgegaan in het zorg-straf-overleg' }),
    ]);
    expect(dropped.agenda.actions[0]).toMatchObject({
      status: 'DROPPED',
      droppedReason: 'Opgegaan in het zorg-straf-overleg',
    });
    expect(dropped.clocks).toEqual([]);
  });

  it('refuses an unknown action and an unknown status', () => {
    const state = inExecution();
    expect(refused(state, step('updateActionStatus', { actionId: 'action-999', status: 'DONE' })).ruleId).toBe(
      'UNKNOWN_REFERENCE',
    );
    expect(
      refused(state, step('updateActionStatus', { actionId: state.agenda.actions[0]!.id, status: 'PAUSED' as never }))
        .ruleId,
    ).toBe('INVALID_INPUT');
  });
});

describe('R3.2 an action added during execution passes the support test first', () => {
  it('refuses moving it before its owner confirmed at both levels, and accepts it after', () => {
    const state = given(inExecution(), [
      step('addAction', { title: 'Safari zorg-straf', theme: 'COLLABORATION', ownerOrganisation: 'OM' }),
    ]);
    const added = state.agenda.actions.find((a) => a.title === 'Safari zorg-straf')!;
    expect(added.addedDuringExecution).toBe(true);
    expect(state.clocks.map((c) => c.step)).toContain(`ACTION:${added.id}`);
    expect(refused(state, step('updateActionStatus', { actionId: added.id, status: 'IN_PROGRESS' })).ruleId).toBe(
      'R3.2',
    );
    const moved = given(state, [
      ...supportOf('OM'),
      step('updateActionStatus', { actionId: added.id, status: 'IN_PROGRESS' }),
    ]);
    expect(moved.agenda.actions.find((a) => a.id === added.id)!.status).toBe('IN_PROGRESS');
  });

  it('accepts dropping it without support', () => {
    const state = given(inExecution(), [
      step('addAction', { title: 'Extra', theme: 'COLLABORATION', ownerOrganisation: 'OM' }),
    ]);
    const id = state.agenda.actions[1]!.id;
    expect(
      ruleOf(
        sut(state, step('updateActionStatus', { actionId: id, status: 'DROPPED', reason: 'Geen capaciteit' }), T0),
      ),
    ).toBe('ACCEPTED');
  });
});

describe('R3.2 execution completes when every action is done or dropped', () => {
  it('refuses while an action is open, naming it', () => {
    const refusal = refused(inExecution(), step('completeExecution', {}));
    expect(refusal.ruleId).toBe('R3.2');
    expect(refusal.message).toContain('Zorg-straf-overleg');
  });

  it('accepts once it is done: EMBEDDING with its own clock', () => {
    const state = inExecution();
    const done = given(state, [step('updateActionStatus', { actionId: state.agenda.actions[0]!.id, status: 'DONE' })]);
    const out = sut(done, step('completeExecution', {}), T0);
    expect(out).toMatchObject({ ok: true, value: { phase: 'EMBEDDING' } });
    expect(out.ok && out.value.clocks.map((c) => c.step)).toEqual(['EMBEDDING']);
  });
});

describe('R3.1 a training track planned on the school-year calendar', () => {
  it('no track without EXPERTISE or an action aimed at schools: training steps are refused', () => {
    const state = inExecution();
    expect(state.training).toBeUndefined();
    expect(refused(state, step('startSchoolBoardTalks', {})).ruleId).toBe('R3.1');
  });

  it('an action aimed at schools added during execution makes the track due', () => {
    const state = given(inExecution(), [
      step('addAction', {
        title: 'Lessen groep 7',
        theme: 'COLLABORATION',
        ownerOrganisation: 'School',
        aimedAtSchools: true,
      }),
    ]);
    expect(state.training).toMatchObject({ targetYear: 2027, stage: 'WAITING_FOR_WINDOW' });
    expect(state.timeline.at(-2)).toMatchObject({ event: 'trainingTrackDue' });
  });

  it('adopting with EXPERTISE in November plans the next school year; talks wait for 1 January', () => {
    const state = inExecution({ withTraining: true });
    expect(state.training).toMatchObject({
      targetYear: 2027,
      stage: 'WAITING_FOR_WINDOW',
      schoolYear: { firstDay: expect.any(String) },
    });
    expect(refused(state, step('startSchoolBoardTalks', {}), at('2026-12-15')).ruleId).toBe('R3.1');
  });

  it('talks start at the top: school boards before schools', () => {
    const state = inExecution({ withTraining: true });
    expect(refused(state, step('startSchoolTalks', {})).ruleId).toBe('R3.1');
    const boards = given(state, [step('startSchoolBoardTalks', {})], at('2027-01-10'));
    expect(boards.training).toMatchObject({ stage: 'BOARD_TALKS' });
    expect(ruleOf(sut(boards, step('startSchoolTalks', {}), at('2027-01-11')))).toBe('ACCEPTED');
    expect(refused(boards, step('startSchoolBoardTalks', {}), at('2027-01-11')).ruleId).toBe('LIFECYCLE');
  });

  it('the calendar is fixed after the board talks; sessions fall inside the school year of the region', () => {
    const state = inExecution({ withTraining: true });
    expect(
      refused(advanceTime(state, at('2027-01-10')), step('fixTrainingCalendar', {}), at('2027-01-10')).ruleId,
    ).toBe('R3.1');
    const fixed = given(state, [step('startSchoolBoardTalks', {}), step('fixTrainingCalendar', {})], at('2027-01-10'));
    expect(fixed.training?.stage).toBe('CALENDAR_FIXED');
    const outside = refused(
      fixed,
      step('planTrainingSession', { date: '2027-06-15', title: 'Te vroeg' }),
      at('2027-01-10'),
    );
    expect(outside.ruleId).toBe('R3.1');
    expect(outside.details).toMatchObject({ region: 'noord' });
    const planned = given(
      fixed,
      [step('planTrainingSession', { date: '2027-10-05', title: 'Signalen herkennen' })],
      at('2027-01-10'),
    );
    const session = planned.training!.sessions[0]!;
    expect(
      refused(
        planned,
        step('recordTrainingDelivered', { sessionId: session.id, schoolsReached: 4, staffTrained: 30 }),
        at('2027-10-04'),
      ).ruleId,
    ).toBe('R3.1');
    const delivered = given(
      planned,
      [step('recordTrainingDelivered', { sessionId: session.id, schoolsReached: 4, staffTrained: 30 })],
      at('2027-10-05'),
    );
    expect(delivered.training!.sessions[0]!.delivered).toMatchObject({ schoolsReached: 4, staffTrained: 30 });
  });

  it('sessions are planned only once the calendar is fixed, with a valid date', () => {
    const fixed = given(
      inExecution({ withTraining: true }),
      [step('startSchoolBoardTalks', {}), step('fixTrainingCalendar', {})],
      at('2027-01-10'),
    );
    expect(
      refused(fixed, step('planTrainingSession', { date: '5 oktober', title: 'X' }), at('2027-01-10')).ruleId,
    ).toBe('INVALID_INPUT');
    const boards = given(inExecution({ withTraining: true }), [step('startSchoolBoardTalks', {})], at('2027-01-10'));
    expect(
      refused(boards, step('planTrainingSession', { date: '2027-10-05', title: 'X' }), at('2027-01-10')).ruleId,
    ).toBe('R3.1');
  });

  it('execution completes only once the training is on the calendar', () => {
    const state = inExecution({ withTraining: true });
    const done = given(
      state,
      state.agenda.actions.map((a) => step('updateActionStatus', { actionId: a.id, status: 'DONE' })),
      at('2027-01-10'),
    );
    expect(refused(done, step('completeExecution', {}), at('2027-01-10')).ruleId).toBe('R3.1');
    const fixed = given(done, [step('startSchoolBoardTalks', {}), step('fixTrainingCalendar', {})], at('2027-01-10'));
    expect(ruleOf(sut(fixed, step('completeExecution', {}), at('2027-01-10')))).toBe('ACCEPTED');
  });

  it('refuses an unknown session', () => {
    const fixed = given(
      inExecution({ withTraining: true }),
      [step('startSchoolBoardTalks', {}), step('fixTrainingCalendar', {})],
      at('2027-01-10'),
    );
    expect(
      refused(
        fixed,
        step('recordTrainingDelivered', { sessionId: 'session-1', schoolsReached: 1, staffTrained: 1 }),
        at('2027-01-10'),
      ).ruleId,
    ).toBe('UNKNOWN_REFERENCE');
  });
});

describe('R3.3 training sessions fall on school days of the holiday region', () => {
  const fixedCalendar = () =>
    given(
      inExecution({ withTraining: true }),
      [step('startSchoolBoardTalks', {}), step('fixTrainingCalendar', {})],
      at('2027-01-10'),
    );

  it('refuses a Sunday inside the school year with R3.3 at the date field and records nothing', () => {
    // Sunday 3 October 2027: school year 2027/28 of region noord, no holiday.
    const sunday = refused(
      fixedCalendar(),
      step('planTrainingSession', { date: '2027-10-03', title: 'Op zondag' }),
      at('2027-01-10'),
    );
    expect(sunday.ruleId).toBe('R3.3');
    expect(sunday.message).toBe('Zondag 3 oktober 2027 is geen schooldag: het is een zondag.');
    expect(sunday.details).toMatchObject({
      field: 'date',
      date: '2027-10-03',
      reason: 'SUNDAY',
      region: 'noord',
      provisional: false,
    });
    expect(sunday.details!.holiday).toBeUndefined();
  });

  it('refuses a weekday in the Christmas holiday and names it with its days and region', () => {
    const christmas = refused(
      fixedCalendar(),
      step('planTrainingSession', { date: '2027-12-28', title: 'Tussen kerst en oud en nieuw' }),
      at('2027-01-10'),
    );
    expect(christmas.ruleId).toBe('R3.3');
    expect(christmas.message).toBe(
      'Dinsdag 28 december 2027 is geen schooldag: het valt in de kerstvakantie van regio Noord (25 december 2027 t/m 9 januari 2028).',
    );
    expect(christmas.details).toMatchObject({
      field: 'date',
      reason: 'SCHOOL_HOLIDAY',
      holiday: { kind: 'CHRISTMAS', from: '2027-12-25', to: '2028-01-09', provisional: false },
    });
  });

  it('accepts the Monday after the autumn holiday, not marked provisional', () => {
    // Autumn 2027 noord: 16–24 October.
    const fixed = fixedCalendar();
    expect(
      refused(fixed, step('planTrainingSession', { date: '2027-10-22', title: 'X' }), at('2027-01-10')).details,
    ).toMatchObject({ reason: 'SCHOOL_HOLIDAY', holiday: { kind: 'AUTUMN' } });
    const planned = given(
      fixed,
      [step('planTrainingSession', { date: '2027-10-25', title: 'Na de herfst' })],
      at('2027-01-10'),
    );
    expect(planned.training!.sessions[0]).toMatchObject({ date: '2027-10-25' });
    expect(planned.training!.sessions[0]!.provisional).toBeUndefined();
  });

  it('a session in a school year not in the holiday data is accepted on the estimate and marked provisional', () => {
    // Started in March 2027: the training targets school year 2028/29, whose holidays are not published.
    const started = inExecution({ withTraining: true }, at('2027-03-15'));
    expect(started.training!.targetYear).toBe(2028);
    const fixed = given(
      advanceTime(started, at('2028-01-10')),
      [step('startSchoolBoardTalks', {}), step('fixTrainingCalendar', {})],
      at('2028-01-10'),
    );
    const planned = given(
      fixed,
      [step('planTrainingSession', { date: '2028-10-03', title: 'Voorlopig' })],
      at('2028-01-10'),
    );
    expect(planned.training!.sessions[0]).toMatchObject({ date: '2028-10-03', provisional: true });
    const christmas = refused(
      fixed,
      step('planTrainingSession', { date: '2028-12-27', title: 'Kerst' }),
      at('2028-01-10'),
    );
    expect(christmas.details).toMatchObject({ holiday: { kind: 'CHRISTMAS', provisional: true }, provisional: true });
  });

  it('a history from before R3.3 replays: the workflow passes trainingSchoolDays false and a Sunday is accepted', () => {
    const out = sut(
      fixedCalendar(),
      step('planTrainingSession', { date: '2027-10-03', title: 'Op zondag' }),
      at('2027-01-10'),
      {
        trainingSchoolDays: false,
      },
    );
    expect(ruleOf(out)).toBe('ACCEPTED');
    if (out.ok) expect(out.value.training!.sessions[0]!.provisional).toBeUndefined();
  });
});
