import { join } from 'node:path';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createReadModelActivities } from '../../../libs/activities/src/read-model.activities';
import { PROGRAMMES_TASK_QUEUE } from '../../../libs/contracts/src';

export interface ProgrammeWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  dataSource: DataSource;
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
    activities: createReadModelActivities({ dataSource: o.dataSource }),
  });
}
