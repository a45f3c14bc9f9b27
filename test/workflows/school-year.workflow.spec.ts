import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Escalation } from '../../libs/domain/src';
import { firedOnTime, KWARTIERMAKER, ProgrammeHarness } from '../support/programme-harness';
import { createTimeSkippingEnv } from '../support/temporal';

// R3.1 with real calendar dates. Each test gets its own test server, whose clock starts at today's
// real time and only moves forward, so every test can travel to the dates it needs.

let env: TestWorkflowEnvironment;
let harness: ProgrammeHarness;

beforeEach(async () => {
  env = await createTimeSkippingEnv();
  harness = await ProgrammeHarness.create(env);
});
afterEach(async () => {
  await harness?.dispose();
  await env?.teardown();
});

const training = (escalations: Escalation[]) => escalations.filter((e) => e.step === 'TRAINING');

describe('R3.1 school-year planning with real dates', () => {
  it('a track due on 10 January 2027 targets 2027/28; 1 February escalates at level 1, end of February slips it to 2028/29 at level 2', async () => {
    const sut = await harness.start('GM0363', { province: 'Noord-Holland', schoolHolidayRegion: 'noord' });
    await harness.sleepUntil('2027-01-10', '10:00');
    await sut.commit();
    const adopted = await sut.adoptAgenda(true);
    expect(adopted.training).toMatchObject({
      targetYear: 2027,
      stage: 'WINDOW_OPEN',
      dueAt: expect.stringMatching(/^2027-01-10T09:00:0/),
    });
    // The January window is already open: the reminder goes out at once.
    expect(training(adopted.escalations)).toMatchObject([
      { kind: 'TRAINING_WINDOW_OPEN', level: 1, dueAt: '2026-12-31T23:00:00.000Z' },
    ]);

    await harness.sleepUntil('2027-02-01', '09:00');
    let view = await sut.view();
    expect(training(view.escalations).map((e) => [e.kind, e.level, e.dueAt, firedOnTime(e)])).toEqual([
      // Raised when the track became due, long after the window opened.
      ['TRAINING_WINDOW_OPEN', 1, '2026-12-31T23:00:00.000Z', false],
      // 00:00 on 1 February in Amsterdam (CET, +01:00), fired by its own timer at that instant.
      ['TRAINING_NOT_STARTED', 1, '2027-01-31T23:00:00.000Z', true],
    ]);

    await harness.sleepUntil('2027-03-01', '09:00');
    view = await sut.view();
    const missed = training(view.escalations).find((e) => e.kind === 'SCHOOL_YEAR_MISSED');
    expect(missed).toMatchObject({
      level: 2,
      recipient: 'ADMINISTRATIVE_LEAD',
      dueAt: '2027-02-28T23:00:00.000Z',
      ruleId: 'R3.1',
    });
    expect(view.training).toMatchObject({ targetYear: 2028, missedYears: [2027], stage: 'WAITING_FOR_WINDOW' });
    expect(view.riskFlags).toContain('SCHOOL_YEAR_MISSED');
    expect(view.openEscalationLevel).toBe(2);
  });

  it('a track due on 15 March 2027 targets 2028/29, waits for 1 January 2028, and sessions fall in the south region’s school year', async () => {
    const sut = await harness.start('GM0917', { province: 'Limburg', schoolHolidayRegion: 'zuid' });
    await harness.sleepUntil('2027-03-15', '11:00');
    await sut.commit();
    const adopted = await sut.adoptAgenda(true);
    expect(adopted.training).toMatchObject({
      targetYear: 2028,
      stage: 'WAITING_FOR_WINDOW',
      deadlines: { windowOpensAt: '2027-12-31T23:00:00.000Z', calendarCutoffAt: '2028-05-31T22:00:00.000Z' },
      // Summer 2029 is not published yet: the end of 2028/29 is an estimate, marked provisional.
      schoolYear: { firstDay: '2028-09-04', provisional: true },
    });
    expect(training(adopted.escalations)).toEqual([]);
    const early = await sut.refused('startSchoolBoardTalks', {});
    expect(early.ruleId).toBe('R3.1');
    expect(early.message).toContain('1 januari 2028');

    await harness.sleepUntil('2028-01-01', '08:00');
    let view = await sut.view();
    expect(training(view.escalations)).toMatchObject([
      { kind: 'TRAINING_WINDOW_OPEN', dueAt: '2027-12-31T23:00:00.000Z' },
    ]);
    expect(firedOnTime(training(view.escalations)[0]!)).toBe(true);

    await harness.sleepUntil('2028-01-20', '10:00');
    view = await sut.step('startSchoolBoardTalks', {});
    // Progress on the training step resolves its reminder; no 1 February escalation follows.
    expect(training(view.escalations)[0]).toMatchObject({ status: 'RESOLVED', resolvedAt: view.updatedAt });
    expect(view.updatedAt).toMatch(/^2028-01-20T09:00:0/);
    await sut.step('startSchoolTalks', {});
    await harness.sleepUntil('2028-05-10');
    await sut.step('fixTrainingCalendar', {});
    await harness.sleepUntil('2028-06-10');
    view = await sut.view();
    expect(training(view.escalations)).toHaveLength(1);

    // South's summer holiday 2028 runs to 3 September; the north's ended on 27 August.
    const inSouthSummer = await sut.refused('planTrainingSession', {
      date: '2028-08-30',
      title: 'Signaleren in de klas',
    });
    expect(inSouthSummer.ruleId).toBe('R3.1');
    expect(inSouthSummer.details).toMatchObject({ region: 'zuid', firstDay: '2028-09-04' });
    // R3.3 a Sunday inside the school year is no school day: refused through the workflow, nothing recorded.
    const sunday = await sut.refused('planTrainingSession', { date: '2028-09-10', title: 'Op zondag' });
    expect(sunday.ruleId).toBe('R3.3');
    expect(sunday.message).toBe('Zondag 10 september 2028 is geen schooldag: het is een zondag.');
    expect(sunday.details).toMatchObject({ field: 'date', reason: 'SUNDAY', region: 'zuid' });
    const planned = await sut.step('planTrainingSession', { date: '2028-09-04', title: 'Signaleren in de klas' });
    // School year 2028/29's holidays are not in the data yet: the session rests on the estimate (R3.3).
    expect(planned.training!.sessions).toMatchObject([{ date: '2028-09-04', provisional: true }]);
  });

  it('a track due on 29 February 2028 still targets 2028/29: both passed deadlines fire at once, in order; missing the 31 May calendar cut-off escalates at level 3 and replans', async () => {
    const sut = await harness.start('GM0599', { province: 'Zuid-Holland', schoolHolidayRegion: 'midden' });
    await harness.sleepUntil('2028-02-29', '12:00');
    await sut.commit();
    const adopted = await sut.adoptAgenda(true);
    expect(adopted.training).toMatchObject({ targetYear: 2028 });
    expect(training(adopted.escalations).map((e) => [e.kind, e.dueAt])).toEqual([
      ['TRAINING_WINDOW_OPEN', '2027-12-31T23:00:00.000Z'],
      ['TRAINING_NOT_STARTED', '2028-01-31T23:00:00.000Z'],
    ]);
    // Still in time (the window closes at the end of February): talks start today.
    await sut.step('startSchoolBoardTalks', {});

    await harness.sleepUntil('2028-06-01', '09:00');
    const view = await sut.view();
    const cutoff = training(view.escalations).find((e) => e.kind === 'CALENDAR_NOT_FIXED');
    // 00:00 on 1 June in Amsterdam is summer time (+02:00).
    expect(cutoff).toMatchObject({ level: 3, recipient: 'KWARTIERMAKER', dueAt: '2028-05-31T22:00:00.000Z' });
    expect(view.training).toMatchObject({ targetYear: 2029, missedYears: [2028], stage: 'WAITING_FOR_WINDOW' });
  });

  it('the calendar cut-off is configurable per programme', async () => {
    const sut = await harness.start('GM0202', { province: 'Gelderland', schoolHolidayRegion: 'midden' });
    await harness.sleepUntil('2027-01-05', '10:00');
    await sut.commit();
    await sut.adoptAgenda(true);
    await sut.step('startSchoolBoardTalks', {});
    // Later than 31 May is beyond the national bounds: a kwartiermaker's step (docs/rules.md).
    expect((await sut.refused('changeSettings', { calendarCutoff: '06-15' })).ruleId).toBe('NOT_PERMITTED');
    await sut.step('changeSettings', { calendarCutoff: '06-15' }, KWARTIERMAKER);
    const invalid = await sut.refused('changeSettings', { calendarCutoff: '02-30' });
    expect(invalid.ruleId).toBe('R3.1');
    await harness.sleepUntil('2027-06-10');
    expect(training((await sut.view()).escalations).filter((e) => e.kind === 'CALENDAR_NOT_FIXED')).toEqual([]);
    await harness.sleepUntil('2027-06-17');
    expect(training((await sut.view()).escalations).find((e) => e.kind === 'CALENDAR_NOT_FIXED')).toMatchObject({
      dueAt: '2027-06-15T22:00:00.000Z',
    });
  });
});
