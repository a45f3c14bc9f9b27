import { defineQuery } from '@temporalio/workflow';
import type { ProgrammeSnapshot } from '../../domain/src';

/** Task queue of the programme workflows and their activities. Deployed names never change. */
export const PROGRAMMES_TASK_QUEUE = 'programmes';

/** Workflow type name; the API starts it by name, never by importing workflow code. */
export const PROGRAMME_LIFECYCLE_WORKFLOW = 'programmeLifecycleWorkflow';

/** Input of `programmeLifecycleWorkflow`. */
export interface ProgrammeLifecycleInput {
  programmeId: string;
  municipalityCode: string;
  sequence: number;
}

/** Output of `programmeLifecycleWorkflow` when the programme ends. */
export interface ProgrammeLifecycleResult {
  final: ProgrammeSnapshot;
}

/** The programme's full current state, answered by the workflow itself. */
export const getProgrammeStateQuery = defineQuery<ProgrammeSnapshot>('getProgrammeState');
