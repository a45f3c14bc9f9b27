import { databaseUrl, parseEnv, sharedEnvSchema } from '../../../libs/platform/src';

export interface WorkerConfig {
  temporalAddress: string;
  temporalNamespace: string;
  databaseUrl: string;
  logLevel: string;
  parentPid?: number;
}

export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const e = parseEnv(sharedEnvSchema, env);
  return {
    temporalAddress: e.TEMPORAL_ADDRESS,
    temporalNamespace: e.TEMPORAL_NAMESPACE,
    databaseUrl: databaseUrl(e),
    logLevel: e.LOG_LEVEL,
    parentPid: e.OLIEVLEK_PARENT_PID,
  };
}
