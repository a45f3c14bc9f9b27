import { describe, expect, it } from 'vitest';
import { applySettings as sut, checkSettingsPolicy, DEFAULT_SETTINGS, SETTINGS_BOUNDS } from './settings';
import type { ProgrammeSettings } from './types';

// Per-programme policy (docs/rules.md "Stalls and escalations"; R3.1 calendar cut-off).

describe('applySettings', () => {
  it('no override keeps the defaults: 6/12/8/8/52 weeks, 4 weeks between levels, 31 May', () => {
    expect(sut(DEFAULT_SETTINGS, undefined)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(DEFAULT_SETTINGS).toEqual({
      stallThresholdWeeks: { COMMITMENT: 6, AGENDA: 12, EXECUTION: 8, EMBEDDING: 8, CONTINUATION: 52 },
      escalationIntervalWeeks: 4,
      calendarCutoff: '05-31',
    });
  });

  it('accepts whole weeks, an interval, a cut-off and a webhook; an empty webhook removes it', () => {
    const out = sut(DEFAULT_SETTINGS, {
      stallThresholdWeeks: { AGENDA: 16 },
      escalationIntervalWeeks: 2,
      calendarCutoff: '04-30',
      webhookUrl: 'https://example.org/hook',
    });
    expect(out).toEqual({
      ok: true,
      value: {
        stallThresholdWeeks: { ...DEFAULT_SETTINGS.stallThresholdWeeks, AGENDA: 16 },
        escalationIntervalWeeks: 2,
        calendarCutoff: '04-30',
        webhookUrl: 'https://example.org/hook',
      },
    });
    if (!out.ok) return;
    const removed = sut(out.value, { webhookUrl: '' });
    expect(removed).toMatchObject({ ok: true, value: { calendarCutoff: '04-30' } });
    if (removed.ok) expect(removed.value).not.toHaveProperty('webhookUrl');
  });

  it.each([
    [{ stallThresholdWeeks: { AGENDA: 1.5 } }],
    [{ stallThresholdWeeks: { AGENDA: 0 } }],
    [{ stallThresholdWeeks: { AGENDA: 521 } }],
    [{ stallThresholdWeeks: { TRAINING: 4 } }],
    [{ escalationIntervalWeeks: 0 }],
    [{ webhookUrl: 'ftp://x' }],
    [{ webhookUrl: 'not a url' }],
  ])('refuses %j as INVALID_INPUT', (override) => {
    expect(sut(DEFAULT_SETTINGS, override as never)).toMatchObject({ ok: false, error: { ruleId: 'INVALID_INPUT' } });
  });

  it('refuses a cut-off that is no month-day as R3.1', () => {
    expect(sut(DEFAULT_SETTINGS, { calendarCutoff: '12-31' })).toMatchObject({ ok: false, error: { ruleId: 'R3.1' } });
    expect(sut(DEFAULT_SETTINGS, { calendarCutoff: '31-05' })).toMatchObject({ ok: false, error: { ruleId: 'R3.1' } });
  });
});

describe('NOT_PERMITTED national bounds on stall settings (checkSettingsPolicy)', () => {
  const withWeeks = (step: keyof ProgrammeSettings['stallThresholdWeeks'], weeks: number): ProgrammeSettings => ({
    ...DEFAULT_SETTINGS,
    stallThresholdWeeks: { ...DEFAULT_SETTINGS.stallThresholdWeeks, [step]: weeks },
  });

  it('the defaults lie within the bounds', () => {
    for (const [step, { min, max }] of Object.entries(SETTINGS_BOUNDS.stallThresholdWeeks)) {
      const weeks = DEFAULT_SETTINGS.stallThresholdWeeks[step as keyof ProgrammeSettings['stallThresholdWeeks']];
      expect(weeks).toBeGreaterThanOrEqual(min);
      expect(weeks).toBeLessThanOrEqual(max);
    }
    expect(DEFAULT_SETTINGS.escalationIntervalWeeks).toBeLessThanOrEqual(SETTINGS_BOUNDS.escalationIntervalWeeks.max);
    expect(DEFAULT_SETTINGS.calendarCutoff <= SETTINGS_BOUNDS.latestCalendarCutoff).toBe(true);
  });

  it('a municipality tightens, or moves up to the maximum', () => {
    expect(checkSettingsPolicy(DEFAULT_SETTINGS, withWeeks('AGENDA', 1), 'PROJECT_LEAD')).toBeUndefined();
    expect(checkSettingsPolicy(DEFAULT_SETTINGS, withWeeks('AGENDA', 16), 'ADMINISTRATIVE_LEAD')).toBeUndefined();
    expect(checkSettingsPolicy(withWeeks('AGENDA', 1), withWeeks('AGENDA', 3), 'PROJECT_LEAD')).toBeUndefined();
  });

  it('a municipality or programme manager loosening beyond the maximum is refused with the bound', () => {
    expect(checkSettingsPolicy(DEFAULT_SETTINGS, withWeeks('AGENDA', 17), 'PROGRAMME_MANAGER')).toMatchObject({
      ruleId: 'NOT_PERMITTED',
      details: { setting: 'stallThresholdWeeks.AGENDA', weeks: 17, max: 16 },
    });
    expect(
      checkSettingsPolicy(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, calendarCutoff: '06-01' }, 'PROJECT_LEAD'),
    ).toMatchObject({ ruleId: 'NOT_PERMITTED', details: { setting: 'calendarCutoff' } });
  });

  it('beyond the maximum but no looser than now is not refused; a kwartiermaker may set anything valid', () => {
    expect(checkSettingsPolicy(withWeeks('AGENDA', 40), withWeeks('AGENDA', 30), 'PROJECT_LEAD')).toBeUndefined();
    expect(checkSettingsPolicy(withWeeks('AGENDA', 40), withWeeks('AGENDA', 41), 'PROJECT_LEAD')).toMatchObject({
      ruleId: 'NOT_PERMITTED',
    });
    expect(checkSettingsPolicy(DEFAULT_SETTINGS, withWeeks('AGENDA', 520), 'KWARTIERMAKER')).toBeUndefined();
  });
});
