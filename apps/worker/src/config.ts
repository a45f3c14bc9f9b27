import { z } from 'zod';
import { allowedHostsSchema, type EscalationMailOptions, type WebhookMode } from '../../../libs/activities/src';
import { loadMailConfig } from '../../../libs/mail/src';
import {
  databaseUrl,
  dataDir,
  webhookSecretProblem,
  loadTemporalConnectionConfig,
  loadTracingConfig,
  parseEnv,
  sharedEnvSchema,
  type TemporalConnectionConfig,
  type TracingConfig,
  resolveLogFormat,
  type LogFormat,
} from '../../../libs/platform/src';

// An empty variable counts as unset, as `ESCALATION_WEBHOOK_URL=` in a .env file means.
const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);

const webhookUrlSchema = z.preprocess(
  unsetIfEmpty,
  z
    .url({ protocol: /^https?$/ })
    .max(2048)
    .optional(),
);

const workerEnvSchema = sharedEnvSchema
  .extend({
    // The image sets production; npm start and the tests run as development (http to loopback).
    NODE_ENV: z.string().optional(),
    ESCALATION_WEBHOOK_URL: webhookUrlSchema,
    // Level-3 (national) escalations; ESCALATION_WEBHOOK_URL when unset.
    NATIONAL_ESCALATION_WEBHOOK_URL: webhookUrlSchema,
    // Comma-separated host names, addresses or CIDR ranges that webhooks may reach although internal.
    WEBHOOK_ALLOWED_HOSTS: allowedHostsSchema,
    WEBHOOK_SIGNING_SECRET: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .superRefine((s, ctx) => {
          const problem = webhookSecretProblem(s);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        })
        .optional(),
    ),
    // P3: level-3 escalations by e-mail to the kwartiermakers; without it level 3 goes by webhook only.
    NATIONAL_ESCALATION_EMAIL: z.preprocess(unsetIfEmpty, z.email().max(254).optional()),
    // The workspace the escalation e-mails link to (`<PUBLIC_URL>/programmas/<id>`), as the API's PUBLIC_URL.
    PUBLIC_URL: z.preprocess(
      unsetIfEmpty,
      z
        .url({ protocol: /^https?$/ })
        .max(2048)
        .default('http://127.0.0.1:3000'),
    ),
    // Reminders before deadlines (issue 16): how often the worker looks for reminders due.
    REMINDER_SCAN_MS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1_000).max(3_600_000).default(300_000)),
    ESCALATION_WEBHOOK_TIMEOUT_MS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(100).max(14_000).optional()),
    // Below the chart's terminationGracePeriodSeconds (60 s) with room for closing connections.
    WORKER_SHUTDOWN_GRACE_MS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(50_000).default(20_000)),
    WORKER_METRICS_PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(65_535).optional()),
    WORKER_METRICS_HOST: z.preprocess(unsetIfEmpty, z.string().min(1).max(255).default('127.0.0.1')),
    // host:port of the Temporal SDK's own Prometheus exporter (Core's pollers, task slots, latencies).
    TEMPORAL_METRICS_BIND_ADDRESS: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .regex(/^[^\s:]+:\d{1,5}$/, 'host:port')
        .optional(),
    ),
  })
  .superRefine((e, ctx) => {
    if (e.NODE_ENV !== 'production') return;
    // Every replica must sign with the one secret receivers know: not generated per pod.
    if (!e.WEBHOOK_SIGNING_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['WEBHOOK_SIGNING_SECRET'], message: 'required in production' });
    }
    for (const key of ['ESCALATION_WEBHOOK_URL', 'NATIONAL_ESCALATION_WEBHOOK_URL'] as const) {
      if (e[key]?.startsWith('http:'))
        ctx.addIssue({ code: 'custom', path: [key], message: 'must use https in production' });
    }
  });

/** The signing secret, or (development) the data folder file it is read from or created in. */
export type WebhookSigningConfig = { secret: string } | { secretIn: string };

export interface WorkerConfig {
  /** Address, namespace and credentials (mTLS, API key) of the Temporal cluster. */
  temporal: TemporalConnectionConfig;
  databaseUrl: string;
  logLevel: string;
  /** LOG_FORMAT, or readable lines when stdout is a terminal and JSON otherwise. */
  logFormat: LogFormat;
  parentPid?: number;
  /** Escalations of programmes without a webhook of their own go here. */
  escalationWebhookUrl?: string;
  /** Level-3 escalations go here (NATIONAL_ESCALATION_WEBHOOK_URL, else ESCALATION_WEBHOOK_URL). */
  nationalEscalationWebhookUrl?: string;
  escalationWebhookTimeoutMs?: number;
  /** NODE_ENV=production: https webhooks only; otherwise development (plain http to loopback too). */
  webhookMode: WebhookMode;
  /** WEBHOOK_ALLOWED_HOSTS: internal targets webhooks may reach. */
  webhookAllowedHosts: string[];
  webhookSigning: WebhookSigningConfig;
  /** Escalation e-mail (P3): the national address, the workspace's origin, the Message-ID domain (MAIL_*). */
  escalationMail: EscalationMailOptions;
  /** REMINDER_SCAN_MS: the interval of the reminder scan (reminders before deadlines, issue 16). */
  reminderScanMs: number;
  /** SIGTERM/SIGINT: running activities get this long to finish before they are cancelled (and retried elsewhere). */
  shutdownGraceMs: number;
  /** `/metrics` and `/health/live` over HTTP; off when no port is set. */
  metrics?: { host: string; port: number };
  /** The Temporal SDK's Prometheus exporter, e.g. `127.0.0.1:9465` (all interfaces only inside a container); off when unset. */
  temporalMetricsBindAddress?: string;
  /** OpenTelemetry tracing (the standard OTEL_* variables); off when undefined. */
  tracing?: TracingConfig;
}

export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const e = parseEnv(workerEnvSchema, env);
  return {
    temporal: loadTemporalConnectionConfig(env),
    databaseUrl: databaseUrl(e),
    logLevel: e.LOG_LEVEL,
    logFormat: resolveLogFormat(e.LOG_FORMAT),
    parentPid: e.OLIEVLEK_PARENT_PID,
    escalationWebhookUrl: e.ESCALATION_WEBHOOK_URL,
    nationalEscalationWebhookUrl: e.NATIONAL_ESCALATION_WEBHOOK_URL ?? e.ESCALATION_WEBHOOK_URL,
    webhookMode: e.NODE_ENV === 'production' ? 'production' : 'development',
    webhookAllowedHosts: e.WEBHOOK_ALLOWED_HOSTS,
    // Development without a secret: `<data folder>/webhook-secret`, created at boot (main.ts).
    webhookSigning: e.WEBHOOK_SIGNING_SECRET ? { secret: e.WEBHOOK_SIGNING_SECRET } : { secretIn: dataDir(e) },
    escalationWebhookTimeoutMs: e.ESCALATION_WEBHOOK_TIMEOUT_MS,
    escalationMail: {
      ...(e.NATIONAL_ESCALATION_EMAIL ? { nationalAddress: e.NATIONAL_ESCALATION_EMAIL.toLowerCase() } : {}),
      publicUrl: new URL(e.PUBLIC_URL).origin,
      messageIdDomain: loadMailConfig(env).messageIdDomain,
    },
    reminderScanMs: e.REMINDER_SCAN_MS,
    shutdownGraceMs: e.WORKER_SHUTDOWN_GRACE_MS,
    ...(e.WORKER_METRICS_PORT ? { metrics: { host: e.WORKER_METRICS_HOST, port: e.WORKER_METRICS_PORT } } : {}),
    temporalMetricsBindAddress: e.TEMPORAL_METRICS_BIND_ADDRESS,
    tracing: loadTracingConfig(env, 'olievlek-worker'),
  };
}
