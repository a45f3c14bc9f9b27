import type { CommandInput, CommandType } from '../commands';
import type { Guard } from '../guards';
import type { RuleResult } from '../rules';
import type { ActorRole, ProgrammeState } from '../types';

/** The moment a step is taken, as instant and as ISO text, and the rules in force then. */
export interface StepTime extends StepOptions {
  nowMs: number;
  now: string;
}

/**
 * Rules a running workflow switches on by `patched()`: a programme whose history was recorded
 * before a rule existed replays without it. Everyone else gets every rule (the defaults).
 */
export interface StepOptions {
  /** The national bounds on stall settings (`checkSettingsPolicy`); default true. */
  settingsPolicyBounds?: boolean;
  /** R3.3 training sessions fall on school days of the region (no weekends, no school holidays); default true. */
  trainingSchoolDays?: boolean;
  /**
   * R1.6 the political cycle: a new administrative lead in any phase re-confirms within 12 weeks,
   * and an election day without a new mandate within 16 weeks asks the same (time engine); default
   * true. Off: designation only in COMMITMENT, and no election check, as before R1.6.
   */
  politicalCycle?: boolean;
  /**
   * R1.6: an election check found late (over a day after its instant: the rule came into force for
   * a programme already running, or the worker was away) counts its 12 weeks from when it was found,
   * so that no rung falls due the day the programme hears of it; default true. Off: from the
   * instant itself, as when R1.6 was first deployed.
   */
  recommitmentFromNotice?: boolean;
}

/**
 * One lifecycle step in one place. `decide` checks, in this order: the actor is named, `guard`
 * (phase or status, LIFECYCLE), `rules` (docs/rules.md, each refusing with its own rule id),
 * `role` (NOT_PERMITTED), then runs `effect`, which checks the payload (INVALID_INPUT,
 * UNKNOWN_REFERENCE, the step's own rules) before it changes the draft, and finally records
 * `summary` on the timeline.
 */
export interface StepHandler<T extends CommandType> {
  guard: Guard;
  rules?: readonly ((state: ProgrammeState) => RuleResult)[];
  role?: { allowed: readonly ActorRole[]; to: string };
  effect(d: ProgrammeState, c: StepCommand<T>, at: StepTime): void;
  /**
   * The timeline line as stored (Dutch, codes inside). Histories keep what was written, so it is
   * worded for readers when read (labels-timeline.ts, whose spec renders every step's summary).
   */
  summary(c: StepCommand<T>): string;
}

/** A command of one type: the payload, who takes the step, and the type. */
export type StepCommand<T extends CommandType> = { type: T } & CommandInput<T>;

/** A handler per command: the compiler proves that none is missing. */
export type StepRegistry = { [T in CommandType]: StepHandler<T> };
