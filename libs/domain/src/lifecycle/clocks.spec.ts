import { describe, expect, it } from 'vitest';
import { WEEK_MS } from '../calendar';
import { elapsedMs, haltClock, newClock, nextLevelDue as sut, resumeClock, thresholdWeeks } from './clocks';
import { DEFAULT_SETTINGS } from './settings';

// Progress clocks (docs/rules.md "Stalls and escalations"): whole weeks of unpaused time.

const T0 = Date.parse('2026-11-23T10:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('thresholdWeeks', () => {
  it('takes each phase from the settings, EXECUTION for every action, and none for the training track', () => {
    expect(thresholdWeeks(DEFAULT_SETTINGS, 'COMMITMENT')).toBe(6);
    expect(thresholdWeeks(DEFAULT_SETTINGS, 'AGENDA')).toBe(12);
    expect(thresholdWeeks(DEFAULT_SETTINGS, 'ACTION:action-4')).toBe(8);
    expect(thresholdWeeks(DEFAULT_SETTINGS, 'EMBEDDING')).toBe(8);
    expect(thresholdWeeks(DEFAULT_SETTINGS, 'CONTINUATION')).toBe(52);
    expect(thresholdWeeks(DEFAULT_SETTINGS, 'TRAINING')).toBeUndefined();
  });
});

describe('nextLevelDue', () => {
  it('level 1 at the threshold, then one escalation interval per level, none after level 3', () => {
    const clock = newClock('COMMITMENT', iso(T0));
    expect(sut(clock, DEFAULT_SETTINGS)).toEqual({ level: 1, atMs: T0 + 6 * WEEK_MS });
    expect(sut({ ...clock, firedLevel: 1 }, DEFAULT_SETTINGS)).toEqual({ level: 2, atMs: T0 + 10 * WEEK_MS });
    expect(sut({ ...clock, firedLevel: 2 }, DEFAULT_SETTINGS)).toEqual({ level: 3, atMs: T0 + 14 * WEEK_MS });
    expect(sut({ ...clock, firedLevel: 3 }, DEFAULT_SETTINGS)).toBeUndefined();
  });

  it('an extension moves every level; time already run counts', () => {
    const clock = { ...newClock('AGENDA', iso(T0)), extensionWeeks: 2, accruedMs: 3 * WEEK_MS };
    expect(sut(clock, DEFAULT_SETTINGS)).toEqual({ level: 1, atMs: T0 + 11 * WEEK_MS });
  });

  it('a halted clock and the training track are never due', () => {
    expect(sut(newClock('COMMITMENT', null), DEFAULT_SETTINGS)).toBeUndefined();
    expect(sut(newClock('TRAINING', iso(T0)), DEFAULT_SETTINGS)).toBeUndefined();
  });
});

describe('halting and resuming', () => {
  it('a halt keeps the time run; resuming continues with the time that was left', () => {
    const clock = newClock('COMMITMENT', iso(T0));
    haltClock(clock, T0 + 2 * WEEK_MS);
    expect(clock).toMatchObject({ runningSince: null, accruedMs: 2 * WEEK_MS });
    expect(elapsedMs(clock, T0 + 40 * WEEK_MS)).toBe(2 * WEEK_MS);
    resumeClock(clock, iso(T0 + 30 * WEEK_MS));
    expect(sut(clock, DEFAULT_SETTINGS)).toEqual({ level: 1, atMs: T0 + 34 * WEEK_MS });
    resumeClock(clock, iso(T0 + 31 * WEEK_MS));
    expect(clock.runningSince).toBe(iso(T0 + 30 * WEEK_MS));
  });
});
