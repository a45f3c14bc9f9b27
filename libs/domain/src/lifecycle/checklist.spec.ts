import { describe, expect, it } from 'vitest';
import { startOfAmsterdamDay } from '../calendar';
import { checklist as sut } from './checklist';
import { given, inContinuation, inEmbedding, inExecution, programme, readyToAdopt, step } from './steps/test-factories';

// The checklist of each phase explains the same rule functions the steps enforce.

describe('checklist', () => {
  it('COMMITMENT: R1.1–R1.3 blocking, R1.4/R1.5 recommended, all with what is missing', () => {
    expect(sut(programme()).map((i) => [i.ruleId, i.blocking, i.done])).toEqual([
      ['R1.1', true, false],
      ['R1.2', true, false],
      ['R1.3', true, false],
      ['R1.4', false, false],
      ['R1.4', false, false],
      ['R1.5', false, false],
    ]);
  });

  it('AGENDA: a drafted agenda is done up to R2.5, which waits for the alderman', () => {
    expect(sut(readyToAdopt()).map((i) => [i.ruleId, i.done])).toEqual([
      ['R2.1', true],
      ['R2.2', true],
      ['R2.3', true],
      ['R2.4', true],
      ['R2.5', false],
    ]);
  });

  it('EXECUTION: the training item first when there is a track, then the open actions', () => {
    expect(sut(inExecution()).map((i) => [i.ruleId, i.done])).toEqual([['R3.2', false]]);
    const items = sut(inExecution({ withTraining: true }));
    expect(items.map((i) => i.ruleId)).toEqual(['R3.1', 'R3.2']);
    expect(items[0]).toMatchObject({
      done: false,
      label: expect.stringContaining('2027/2028'),
      missing: expect.stringContaining('januari 2027'),
    });
    const fixed = given(
      inExecution({ withTraining: true }),
      [step('startSchoolBoardTalks', {}), step('fixTrainingCalendar', {})],
      startOfAmsterdamDay('2027-01-10'),
    );
    expect(sut(fixed)[0]).toMatchObject({ ruleId: 'R3.1', done: true });
  });

  it('EMBEDDING: R4.1 and R4.3; CONTINUATION has none', () => {
    expect(sut(inEmbedding('EXTERNAL')).map((i) => [i.ruleId, i.done])).toEqual([
      ['R4.1', false],
      ['R4.3', false],
    ]);
    expect(sut(inContinuation())).toEqual([]);
  });
});
