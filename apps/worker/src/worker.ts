import { join } from 'node:path';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
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
}

/** The compiled workflows next to this file in `dist/`. */
export const DEFAULT_WORKFLOWS_PATH = join(__dirname, '..', '..', '..', 'workflows', 'index.js');

export async function createProgrammeWorker(o: ProgrammeWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: o.connection,
    namespace: o.namespace,
    taskQueue: o.taskQueue ?? PROGRAMMES_TASK_QUEUE,
    ...(o.workflowBundle ? { workflowBundle: o.workflowBundle } : { workflowsPath: DEFAULT_WORKFLOWS_PATH }),
    activities: {
      ...createReadModelActivities({ dataSource: o.dataSource }),
      ...createEscalationActivities({ globalWebhookUrl: o.globalWebhookUrl, timeoutMs: o.webhookTimeoutMs }),
    },
  });
}
