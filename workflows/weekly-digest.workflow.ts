import { proxyActivities } from '@temporalio/workflow';
import type { createDigestActivities } from '../libs/activities/src';
import type { WeeklyDigestInput } from '../libs/contracts/src';
import { amsterdamDate, mondayOf } from '../libs/domain/src';

type Activities = ReturnType<typeof createDigestActivities>;

const { sendWeeklyDigests } = proxyActivities<Activities>({
  // One run writes one outbox row per person; a large installation takes a while.
  startToCloseTimeout: '10 minutes',
  // Idempotent per week (Message-IDs are inserted only when absent): retry until the database answers.
  retry: { initialInterval: '10 seconds', maximumInterval: '10 minutes', backoffCoefficient: 2 },
});

/**
 * The weekly digest (issue 16): started by the schedule `weekly-digest` every Monday at 07:00
 * Europe/Amsterdam, it asks the worker to queue that week's digests. The week is the Monday of the
 * run's start in Amsterdam (workflow time, deterministic), so a run caught up late the same week
 * still names that Monday and sends nothing twice.
 */
export async function weeklyDigestWorkflow(
  input: WeeklyDigestInput = {},
): Promise<{ weekStart: string; queued: number }> {
  const weekStart = input.weekStart ?? mondayOf(amsterdamDate(Date.now()));
  const run = await sendWeeklyDigests(weekStart);
  return { weekStart, queued: run.queued };
}
