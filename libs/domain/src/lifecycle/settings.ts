import { isValidCalendarCutoff } from '../calendar';
import type { ActorRole, ProgrammeSettings } from './types';
import { violation, type Violation } from './violation';
import { maybeLabelOf } from '../labels';

const phaseWord = (step: string): string => maybeLabelOf('phase', step, 'nl') ?? step;

/** Default policy (docs/rules.md "Stalls and escalations"); CONTINUATION expects a yearly check-in. */
export const DEFAULT_SETTINGS: ProgrammeSettings = {
  stallThresholdWeeks: { COMMITMENT: 6, AGENDA: 12, EXECUTION: 8, EMBEDDING: 8, CONTINUATION: 52 },
  escalationIntervalWeeks: 4,
  calendarCutoff: '05-31',
};

/** Lowest and highest value national policy lets a municipality choose, in weeks. */
interface WeeksBound {
  min: number;
  max: number;
}

/**
 * National policy bounds (docs/rules.md "Stalls and escalations"): a municipality or programme
 * manager may tighten a setting or move it within these; only a kwartiermaker may loosen it beyond.
 * The defaults lie inside. The cut-off is a month-day: earlier is tighter.
 */
export const SETTINGS_BOUNDS = {
  stallThresholdWeeks: {
    COMMITMENT: { min: 2, max: 8 },
    AGENDA: { min: 4, max: 16 },
    EXECUTION: { min: 4, max: 12 },
    EMBEDDING: { min: 4, max: 12 },
    CONTINUATION: { min: 26, max: 52 },
  },
  escalationIntervalWeeks: { min: 2, max: 6 },
  latestCalendarCutoff: '05-31',
} as const satisfies {
  stallThresholdWeeks: Record<keyof ProgrammeSettings['stallThresholdWeeks'], WeeksBound>;
  escalationIntervalWeeks: WeeksBound;
  latestCalendarCutoff: string;
};

const BEYOND = 'ruimer is een stap voor de kwartiermaker.';

/**
 * Whether `role` may go from `current` to `next` settings: a kwartiermaker may set anything valid;
 * anyone else may tighten (fewer weeks, an earlier cut-off) or stay within `SETTINGS_BOUNDS`, so a
 * municipality cannot silence its own escalations. A value already in force is never refused.
 */
export function checkSettingsPolicy(
  current: ProgrammeSettings,
  next: ProgrammeSettings,
  role: ActorRole,
): Violation | undefined {
  if (role === 'KWARTIERMAKER') return undefined;
  // Tightening is always allowed: under the minimum escalations only come sooner.
  const loosenedBeyond = (was: number, now: number, bound: WeeksBound) => now > was && now > bound.max;
  for (const [step, bound] of Object.entries(SETTINGS_BOUNDS.stallThresholdWeeks)) {
    const key = step as keyof ProgrammeSettings['stallThresholdWeeks'];
    const weeks = next.stallThresholdWeeks[key];
    if (loosenedBeyond(current.stallThresholdWeeks[key], weeks, bound)) {
      return violation(
        'NOT_PERMITTED',
        `De drempel voor ${step} is volgens het landelijk beleid ten hoogste ${bound.max} weken; ${BEYOND}`,
        { setting: `stallThresholdWeeks.${step}`, weeks, min: bound.min, max: bound.max, role },
      );
    }
  }
  const interval = SETTINGS_BOUNDS.escalationIntervalWeeks;
  if (loosenedBeyond(current.escalationIntervalWeeks, next.escalationIntervalWeeks, interval)) {
    return violation(
      'NOT_PERMITTED',
      `De tijd tussen escalatieniveaus is volgens het landelijk beleid ten hoogste ${interval.max} weken; ${BEYOND}`,
      { setting: 'escalationIntervalWeeks', weeks: next.escalationIntervalWeeks, ...interval, role },
    );
  }
  const latest = SETTINGS_BOUNDS.latestCalendarCutoff;
  // MM-DD text sorts as dates do.
  if (next.calendarCutoff > current.calendarCutoff && next.calendarCutoff > latest) {
    return violation(
      'NOT_PERMITTED',
      `De uiterste datum voor de activiteitenkalender is volgens het landelijk beleid ten laatste ${latest} (maand-dag); ${BEYOND}`,
      { setting: 'calendarCutoff', calendarCutoff: next.calendarCutoff, latest, role },
    );
  }
  return undefined;
}

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
        error: violation(
          'INVALID_INPUT',
          `De drempel voor de fase ${phaseWord(step)} moet een heel aantal weken zijn (1 tot 520).`,
          {
            step,
            weeks,
          },
        ),
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
