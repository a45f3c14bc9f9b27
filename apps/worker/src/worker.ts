import { join } from 'node:path';
import type { Context as ActivityContext } from '@temporalio/activity';
import { NativeConnection, Worker, type ActivityInterceptorsFactory, type WorkerOptions } from '@temporalio/worker';
import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
} from '@temporalio/interceptors-opentelemetry/lib/worker';
import type { DataSource } from 'typeorm';
import {
  createDigestActivities,
  createEscalationActivities,
  createReadModelActivities,
  type EscalationMailOptions,
  type WebhookTargetPolicy,
} from '../../../libs/activities/src';
import { PROGRAMMES_TASK_QUEUE } from '../../../libs/contracts/src';
import { temporalDataConverter, type Tracing } from '../../../libs/platform/src';

export interface ProgrammeWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  dataSource: DataSource;
  /** Escalation webhook for programmes without one of their own (ESCALATION_WEBHOOK_URL). */
  globalWebhookUrl?: string;
  /** Level-3 escalations (NATIONAL_ESCALATION_WEBHOOK_URL); the global webhook when unset. */
  nationalWebhookUrl?: string;
  /** Which webhook targets may be reached; default development with no allow-list. */
  webhookPolicy?: WebhookTargetPolicy;
  /** `whsec_…`: deliveries carry Standard Webhooks signatures; unsigned when unset. */
  webhookSigningSecret?: string;
  /** Per webhook request (ESCALATION_WEBHOOK_TIMEOUT_MS); default 10 seconds. */
  webhookTimeoutMs?: number;
  /** Escalation e-mail into the mail outbox (P3); off when unset. */
  escalationMail?: EscalationMailOptions;
  /**
   * The weekly digest's activity (issue 16): Message-ID domain and PUBLIC_URL; the escalation
   * e-mail's when unset. Without either, the digest's activity is not registered.
   */
  digestMail?: Pick<EscalationMailOptions, 'messageIdDomain' | 'publicUrl' | 'logger'>;
  /** Pre-bundled workflow code (tests bundle once); else the compiled `workflows/` is bundled. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  taskQueue?: string;
  /** After `shutdown()`, running activities get this long to finish before they are cancelled; default 20 s. */
  shutdownGraceMs?: number;
  /** E.g. the metrics interceptor of `WorkerMetrics`. */
  activityInterceptors?: ActivityInterceptorsFactory[];
  /**
   * OpenTelemetry (`startTracing`): workflow and activity spans under the client's. A pre-built
   * `workflowBundle` must then have been bundled with `WORKFLOW_INTERCEPTORS_PATH` among its
   * `workflowInterceptorModules`.
   */
  tracing?: Pick<Tracing, 'spanProcessor' | 'resource'>;
}

export const DEFAULT_SHUTDOWN_GRACE_MS = 20_000;

/** The compiled workflows next to this file in `dist/`. */
export const DEFAULT_WORKFLOWS_PATH = join(__dirname, '..', '..', '..', 'workflows', 'index.js');

/** The compiled OpenTelemetry workflow interceptors next to this file in `dist/`. */
export const WORKFLOW_INTERCEPTORS_PATH = join(__dirname, '..', '..', '..', 'workflows', 'interceptors.js');

export async function createProgrammeWorker(o: ProgrammeWorkerOptions): Promise<Worker> {
  const digestMail = o.digestMail ?? o.escalationMail;
  const activityInterceptors: ActivityInterceptorsFactory[] = [
    // Outermost: the activity's span also covers the other interceptors.
    ...(o.tracing
      ? [
          (ctx: ActivityContext) => ({
            inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
            outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
          }),
        ]
      : []),
    ...(o.activityInterceptors ?? []),
  ];
  return Worker.create({
    connection: o.connection,
    namespace: o.namespace,
    // Issue 18.2: large payloads (the view each step answers, a whole state) are compressed.
    dataConverter: temporalDataConverter,
    taskQueue: o.taskQueue ?? PROGRAMMES_TASK_QUEUE,
    // The SDK's default is 0: a SIGTERM would cancel an escalation POST mid-flight, sending it twice.
    shutdownGraceTime: o.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS,
    ...(activityInterceptors.length || o.tracing
      ? {
          interceptors: {
            activity: activityInterceptors,
            ...(o.tracing ? { workflowModules: [WORKFLOW_INTERCEPTORS_PATH] } : {}),
          },
        }
      : {}),
    // Workflow spans leave the sandbox through this sink; not called during replay.
    ...(o.tracing ? { sinks: { exporter: makeWorkflowExporter(o.tracing.spanProcessor, o.tracing.resource) } } : {}),
    ...(o.workflowBundle ? { workflowBundle: o.workflowBundle } : { workflowsPath: DEFAULT_WORKFLOWS_PATH }),
    activities: {
      ...createReadModelActivities({
        dataSource: o.dataSource,
        ...(o.escalationMail ? { escalationMail: o.escalationMail } : {}),
      }),
      ...createEscalationActivities({
        globalWebhookUrl: o.globalWebhookUrl,
        nationalWebhookUrl: o.nationalWebhookUrl,
        timeoutMs: o.webhookTimeoutMs,
        ...(o.webhookPolicy ? { policy: o.webhookPolicy } : {}),
        signingSecret: o.webhookSigningSecret,
      }),
      ...(digestMail
        ? createDigestActivities({
            dataSource: o.dataSource,
            digestMail: {
              messageIdDomain: digestMail.messageIdDomain,
              publicUrl: digestMail.publicUrl,
              ...(digestMail.logger ? { logger: digestMail.logger } : {}),
            },
          })
        : {}),
    },
  });
}
