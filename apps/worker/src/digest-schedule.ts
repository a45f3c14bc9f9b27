import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import { PROGRAMMES_TASK_QUEUE, WEEKLY_DIGEST_SCHEDULE_ID, WEEKLY_DIGEST_WORKFLOW } from '../../../libs/contracts/src';

/**
 * Creates the weekly digest's Temporal Schedule (issue 16) unless it exists: every Monday at 07:00
 * Europe/Amsterdam (Temporal applies the zone's summer and winter time), one run at a time, caught
 * up within a day after an outage. Every worker calls this at start; the fixed id makes all but the
 * first a no-op, so several workers still give one run a week. Answers whether it was created now.
 */
export async function ensureWeeklyDigestSchedule(client: Client, taskQueue = PROGRAMMES_TASK_QUEUE): Promise<boolean> {
  try {
    await client.schedule.create({
      scheduleId: WEEKLY_DIGEST_SCHEDULE_ID,
      spec: {
        calendars: [{ dayOfWeek: 'MONDAY', hour: 7, minute: 0 }],
        timezone: 'Europe/Amsterdam',
      },
      action: {
        type: 'startWorkflow',
        workflowType: WEEKLY_DIGEST_WORKFLOW,
        workflowId: WEEKLY_DIGEST_SCHEDULE_ID,
        taskQueue,
        args: [{}],
      },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
      memo: { purpose: 'Weekoverzicht per persoon (issue 16)' },
    });
    return true;
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return false;
    throw error;
  }
}
