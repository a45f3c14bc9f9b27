import type { WorkflowStartOptions } from '@temporalio/client';
import { TypedSearchAttributes } from '@temporalio/common';
import {
  MUNICIPALITY_CODE_SA,
  OPEN_ESCALATION_LEVEL_SA,
  PHASE_SA,
  PROGRAMME_STATUS_SA,
  PROGRAMMES_TASK_QUEUE,
  PROVINCE_SA,
  type ProgrammeLifecycleInput,
} from '../../../../libs/contracts/src';

/**
 * How a programme's workflow is started: the workflow id carries the business key, so two
 * concurrent starts cannot both succeed even before the read model shows the first one, and the
 * search attributes make it visible in `temporal workflow list` from the first moment (the
 * workflow keeps them current). The bench starts programmes with the same options.
 */
export function programmeStartOptions(
  input: ProgrammeLifecycleInput & { province: string },
): WorkflowStartOptions<(input: ProgrammeLifecycleInput) => Promise<unknown>> {
  return {
    taskQueue: PROGRAMMES_TASK_QUEUE,
    workflowId: input.programmeId,
    args: [input],
    workflowIdConflictPolicy: 'FAIL',
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
    typedSearchAttributes: new TypedSearchAttributes([
      { key: MUNICIPALITY_CODE_SA, value: input.municipalityCode },
      { key: PROVINCE_SA, value: input.province },
      { key: PHASE_SA, value: 'COMMITMENT' },
      { key: PROGRAMME_STATUS_SA, value: 'ACTIVE' },
      { key: OPEN_ESCALATION_LEVEL_SA, value: 0 },
    ]),
  };
}
