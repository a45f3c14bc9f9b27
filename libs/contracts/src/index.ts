import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import {
  COMMAND_TYPES,
  type CommandInput,
  type CommandType,
  type MunicipalityMergerInput,
  type ProgrammeState,
  type ProgrammeView,
  type NewProgrammeInput,
} from '../../domain/src';

export * from './projection-delta';
export * from './search-attributes';

/** Task queue of the programme workflows and their activities. Deployed names never change. */
export const PROGRAMMES_TASK_QUEUE = 'programmes';

/** Workflow type name; the API starts it by name, never by importing workflow code. */
export const PROGRAMME_LIFECYCLE_WORKFLOW = 'programmeLifecycleWorkflow';

/** Workflow type of the weekly digest run (issue 16), started by the schedule below. */
export const WEEKLY_DIGEST_WORKFLOW = 'weeklyDigestWorkflow';

/** The Temporal Schedule that starts it every Monday at 07:00 Europe/Amsterdam; created by the worker at start. */
export const WEEKLY_DIGEST_SCHEDULE_ID = 'weekly-digest';

/** Input of `weeklyDigestWorkflow`: the Monday to send for; by default the week the run starts in. */
export interface WeeklyDigestInput {
  weekStart?: string;
}

/** Input of `programmeLifecycleWorkflow`: a new programme (with its policy overrides), plus run control. */
export interface ProgrammeLifecycleInput extends NewProgrammeInput {
  /** Continue-as-new after this many history events (default 2000; lower in tests). */
  maxHistoryEvents?: number;
  /**
   * Set by continue-as-new: the programme as the previous run left it, and the ids of its most
   * recent updates (Temporal de-duplicates an update id within a run only; these keep a step
   * retried after continue-as-new from being taken twice).
   */
  carried?: { state: ProgrammeState; projectedVersion: number; updateIds?: string[] };
}

/** Output of `programmeLifecycleWorkflow` when the programme ends. */
export interface ProgrammeLifecycleResult {
  final: ProgrammeState;
}

/** The programme's full current state, answered by the workflow itself. */
export const getProgrammeStateQuery = defineQuery<ProgrammeView>('getProgrammeState');

/** Failure type of `deliverEscalation` when neither the programme nor the worker has a webhook. */
export const NO_WEBHOOK_CONFIGURED = 'NoWebhookConfigured';

/**
 * Sent by a worker that starts with ESCALATION_WEBHOOK_URL to the programmes whose escalations
 * wait as NO_CHANNEL: the outbox tries them again at once.
 */
export const redeliverEscalationsSignal = defineSignal('redeliverEscalations');

/**
 * Herindeling (docs/operations.md "Loading a new reference year"): the programme's municipality
 * merged into `successorCode`; the programme continues under it with the same id. A system update,
 * not a human step: sent by `npm run reference:apply-mergers` with the update id
 * `municipality-merger:<programmeId>:<successorCode>`, so a repeat is applied once.
 */
export const recordMunicipalityMergerUpdate = defineUpdate<ProgrammeView, [MunicipalityMergerInput]>(
  'recordMunicipalityMerger',
);

export type ProgrammeUpdateDefinition<T extends CommandType> = UpdateDefinition<ProgrammeView, [CommandInput<T>], T>;

/**
 * One Temporal Update per human step (wire name = command type), each answering the new view.
 * An update whose step breaks a rule is rejected by its validator and leaves no trace.
 */
export const programmeUpdates = Object.fromEntries(COMMAND_TYPES.map((type) => [type, defineUpdate(type)])) as {
  [T in CommandType]: ProgrammeUpdateDefinition<T>;
};
