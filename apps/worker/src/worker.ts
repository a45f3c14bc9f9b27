import { join } from 'node:path';
import { NativeConnection, Worker, type ActivityInterceptorsFactory, type WorkerOptions } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createEscalationActivities } from '../../../libs/activities/src/escalation.activities';
import { createReadModelActivities } from '../../../libs/activities/src/read-model.activities';
import { PROGRAMMES_TASK_QUEUE } from '../../../libs/contracts/src';

export interface ProgrammeWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  dataSource: DataSource;
  /** Escalation webhook for programmes without one of their own (ESCALATION_WEBHOOK_URL). */
  globalWebhookUrl?: string;
  /** Per webhook request (ESCALATION_WEBHOOK_TIMEOUT_MS); default 10 seconds. */
  webhookTimeoutMs?: number;
  /** Pre-bundled workflow code (tests bundle once); else the compiled `workflows/` is bundled. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  taskQueue?: string;
  /** After `shutdown()`, running activities get this long to finish before they are cancelled; default 20 s. */
  shutdownGraceMs?: number;
  /** E.g. the metrics interceptor of `WorkerMetrics`. */
  activityInterceptors?: ActivityInterceptorsFactory[];
}

export const DEFAULT_SHUTDOWN_GRACE_MS = 20_000;

/** The compiled workflows next to this file in `dist/`. */
export const DEFAULT_WORKFLOWS_PATH = join(__dirname, '..', '..', '..', 'workflows', 'index.js');

export async function createProgrammeWorker(o: ProgrammeWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: o.connection,
    namespace: o.namespace,
    taskQueue: o.taskQueue ?? PROGRAMMES_TASK_QUEUE,
    // The SDK's default is 0: a SIGTERM would cancel an escalation POST mid-flight, sending it twice.
    shutdownGraceTime: o.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS,
    ...(o.activityInterceptors?.length ? { interceptors: { activity: o.activityInterceptors } } : {}),
    ...(o.workflowBundle ? { workflowBundle: o.workflowBundle } : { workflowsPath: DEFAULT_WORKFLOWS_PATH }),
    activities: {
      ...createReadModelActivities({ dataSource: o.dataSource }),
      ...createEscalationActivities({ globalWebhookUrl: o.globalWebhookUrl, timeoutMs: o.webhookTimeoutMs }),
    },
  });
}
