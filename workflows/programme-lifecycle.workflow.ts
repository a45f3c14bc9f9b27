import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { createReadModelActivities } from '../libs/activities/src/read-model.activities';
import {
  getProgrammeStateQuery,
  type ProgrammeLifecycleInput,
  type ProgrammeLifecycleResult,
} from '../libs/contracts/src';
import { isProgrammeRunning, newProgramme } from '../libs/domain/src';

type ReadModelActivities = ReturnType<typeof createReadModelActivities>;

const { projectProgramme } = proxyActivities<ReadModelActivities>({
  startToCloseTimeout: '30 seconds',
  // The read model must catch up however long the database is away: retry without a limit.
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** One long-running workflow per municipal programme (DOMAIN.md "The programme lifecycle"). */
export async function programmeLifecycleWorkflow(
  input: ProgrammeLifecycleInput,
): Promise<ProgrammeLifecycleResult> {
  // Workflow time is deterministic: Date in the workflow sandbox is the task's start time.
  const state = newProgramme({ ...input, startedAt: new Date().toISOString() });

  setHandler(getProgrammeStateQuery, () => state);

  await projectProgramme(state);

  await condition(() => !isProgrammeRunning(state.status));
  return { final: state };
}
