import { z } from 'zod';
import {
  databaseUrl,
  loadTemporalConnectionConfig,
  parseEnv,
  sharedEnvSchema,
  type TemporalConnectionConfig,
} from '../../../libs/platform/src';

// An empty variable counts as unset, as `ESCALATION_WEBHOOK_URL=` in a .env file means.
const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);

const workerEnvSchema = sharedEnvSchema.extend({
  ESCALATION_WEBHOOK_URL: z.preprocess(unsetIfEmpty, z.url({ protocol: /^https?$/ }).max(2048).optional()),
  ESCALATION_WEBHOOK_TIMEOUT_MS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(100).max(14_000).optional()),
});

export interface WorkerConfig {
  /** Address, namespace and credentials (mTLS, API key) of the Temporal cluster. */
  temporal: TemporalConnectionConfig;
  databaseUrl: string;
  logLevel: string;
  parentPid?: number;
  /** Escalations of programmes without a webhook of their own go here. */
  escalationWebhookUrl?: string;
  escalationWebhookTimeoutMs?: number;
}

export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const e = parseEnv(workerEnvSchema, env);
  return {
    temporal: loadTemporalConnectionConfig(env),
    databaseUrl: databaseUrl(e),
    logLevel: e.LOG_LEVEL,
    parentPid: e.OLIEVLEK_PARENT_PID,
    escalationWebhookUrl: e.ESCALATION_WEBHOOK_URL,
    escalationWebhookTimeoutMs: e.ESCALATION_WEBHOOK_TIMEOUT_MS,
  };
}
