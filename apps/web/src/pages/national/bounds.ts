// National policy for stall thresholds (docs/rules.md "Stalls and escalations", P3), read from the
// domain's one definition. A deep import on purpose: the domain's index would add modules this
// chunk never uses (the same exception the old dashboard had, in .dependency-cruiser.cjs).
import { SETTINGS_BOUNDS } from '../../../../../libs/domain/src/lifecycle/settings';

export const THRESHOLD_STEPS = ['COMMITMENT', 'AGENDA', 'EXECUTION', 'EMBEDDING', 'CONTINUATION'] as const;
export type ThresholdStep = (typeof THRESHOLD_STEPS)[number];

/** The weeks a municipality may choose for each step; a kwartiermaker may go beyond (1–520 weeks). */
export const THRESHOLD_BOUNDS: Record<ThresholdStep, { min: number; max: number }> =
  SETTINGS_BOUNDS.stallThresholdWeeks;

/** Whole weeks the API accepts at all (applySettings). */
export const THRESHOLD_LIMITS = { min: 1, max: 520 } as const;
