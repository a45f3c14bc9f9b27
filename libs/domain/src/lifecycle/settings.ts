import { isValidCalendarCutoff } from '../calendar';
import type { ProgrammeSettings } from './types';
import { violation, type Violation } from './violation';

/** Default policy (docs/rules.md "Stalls and escalations"); CONTINUATION expects a yearly check-in. */
export const DEFAULT_SETTINGS: ProgrammeSettings = {
  stallThresholdWeeks: { COMMITMENT: 6, AGENDA: 12, EXECUTION: 8, EMBEDDING: 8, CONTINUATION: 52 },
  escalationIntervalWeeks: 4,
  calendarCutoff: '05-31',
};

export interface SettingsOverride {
  stallThresholdWeeks?: Partial<ProgrammeSettings['stallThresholdWeeks']>;
  escalationIntervalWeeks?: number;
  calendarCutoff?: string;
  /** Empty string removes the programme's own webhook. */
  webhookUrl?: string;
}

const isWholeWeeks = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 520;

/** Applies an override to settings, or says which value is wrong. */
export function applySettings(
  base: ProgrammeSettings,
  override: SettingsOverride | undefined,
): { ok: true; value: ProgrammeSettings } | { ok: false; error: Violation } {
  if (!override) return { ok: true, value: base };
  const thresholds = { ...base.stallThresholdWeeks };
  for (const [step, weeks] of Object.entries(override.stallThresholdWeeks ?? {})) {
    if (!(step in thresholds)) {
      return { ok: false, error: violation('INVALID_INPUT', `Onbekende stap '${step}' voor een drempel.`) };
    }
    if (!isWholeWeeks(weeks)) {
      return {
        ok: false,
        error: violation('INVALID_INPUT', `De drempel voor ${step} moet een heel aantal weken zijn (1 tot 520).`, {
          step,
          weeks,
        }),
      };
    }
    thresholds[step as keyof typeof thresholds] = weeks;
  }
  const interval = override.escalationIntervalWeeks ?? base.escalationIntervalWeeks;
  if (!isWholeWeeks(interval)) {
    return {
      ok: false,
      error: violation('INVALID_INPUT', 'De tijd tussen escalatieniveaus moet een heel aantal weken zijn.'),
    };
  }
  const cutoff = override.calendarCutoff ?? base.calendarCutoff;
  if (!isValidCalendarCutoff(cutoff)) {
    return {
      ok: false,
      error: violation(
        'R3.1',
        `De uiterste datum voor de activiteitenkalender moet een datum als 05-31 (maand-dag) zijn, niet '${cutoff}'.`,
      ),
    };
  }
  let webhookUrl = base.webhookUrl;
  if (override.webhookUrl !== undefined) {
    if (override.webhookUrl === '') webhookUrl = undefined;
    else if (!isHttpUrl(override.webhookUrl)) {
      return { ok: false, error: violation('INVALID_INPUT', 'Het webhookadres moet een http(s)-adres zijn.') };
    } else webhookUrl = override.webhookUrl;
  }
  const value: ProgrammeSettings = {
    stallThresholdWeeks: thresholds,
    escalationIntervalWeeks: interval,
    calendarCutoff: cutoff,
  };
  if (webhookUrl) value.webhookUrl = webhookUrl;
  return { ok: true, value };
}

function isHttpUrl(s: string): boolean {
  if (s.length > 2048) return false;
  try {
    const url = new URL(s);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
