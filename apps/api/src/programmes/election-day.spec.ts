import { describe, expect, it } from 'vitest';
import { nextElectionDayFrom } from './election-day';

describe('R1.6 OLIEVLEK_NEXT_ELECTION_DAY', () => {
  it('R1.6: unset keeps the provisional default; a Wednesday in March after 2026 is taken', () => {
    expect(nextElectionDayFrom({})).toBeUndefined();
    expect(nextElectionDayFrom({ OLIEVLEK_NEXT_ELECTION_DAY: ' 2030-03-13 ' })).toBe('2030-03-13');
  });

  it('R1.6: any other value stops the API with the reason', () => {
    expect(() => nextElectionDayFrom({ OLIEVLEK_NEXT_ELECTION_DAY: '2030-03-14' })).toThrow(/Wednesday in March/);
    expect(() => nextElectionDayFrom({ OLIEVLEK_NEXT_ELECTION_DAY: '2026-03-18' })).toThrow(/after 2026/);
  });
});
