import { Client } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { ReminderMailer } from '../../../libs/activities/src';
import { openDataSource } from '../../../libs/persistence/src';
import {
  closeServer,
  createLogger,
  describeTemporalConnection,
  exitWithParent,
  onShutdownSignal,
  readOrCreateWebhookSecret,
  startMetricsServer,
  startTracing,
  temporalConnectionOptions,
  temporalDataConverter,
} from '../../../libs/platform/src';
import { loadWorkerConfig } from './config';
import { WorkerMetrics } from './metrics';
import { ensureWeeklyDigestSchedule } from './digest-schedule';
import { redeliverWaitingEscalations } from './redeliver';
import { startReminderScan } from './reminder-scan';
import { createProgrammeWorker } from './worker';

async function main(): Promise<void> {
  const config = loadWorkerConfig();
  const signingSecret =
    'secret' in config.webhookSigning
      ? config.webhookSigning.secret
      : readOrCreateWebhookSecret(config.webhookSigning.secretIn);
  const log = createLogger('olievlek-worker', config.logLevel, config.logFormat);
  Runtime.install({
    logger: new DefaultLogger('WARN', ({ level, message, meta }) => {
      const method = level === 'ERROR' ? 'error' : level === 'WARN' ? 'warn' : 'info';
      log[method]({ temporal: true, ...(meta ?? {}) }, message);
    }),
    ...(config.temporalMetricsBindAddress
      ? {
          telemetryOptions: {
            metrics: {
              prometheus: {
                bindAddress: config.temporalMetricsBindAddress,
                countersTotalSuffix: true,
                useSecondsForDurations: true,
              },
            },
          },
        }
      : {}),
  });
  const tracing = config.tracing ? startTracing(config.tracing) : undefined;
  const metrics = new WorkerMetrics();
  // Up from before the worker connects until it has drained: liveness, not readiness.
  const metricsServer = config.metrics
    ? await startMetricsServer(metrics.registry, config.metrics.host, config.metrics.port)
    : undefined;

  const dataSource = await openDataSource({ url: config.databaseUrl });
  const connection = await NativeConnection.connect(temporalConnectionOptions(config.temporal));
  const worker = await createProgrammeWorker({
    connection,
    namespace: config.temporal.namespace,
    dataSource,
    globalWebhookUrl: config.escalationWebhookUrl,
    nationalWebhookUrl: config.nationalEscalationWebhookUrl,
    webhookPolicy: { mode: config.webhookMode, allowedHosts: config.webhookAllowedHosts },
    webhookSigningSecret: signingSecret,
    webhookTimeoutMs: config.escalationWebhookTimeoutMs,
    escalationMail: { ...config.escalationMail, logger: log.child({ context: 'EscalationMail' }) },
    shutdownGraceMs: config.shutdownGraceMs,
    activityInterceptors: [metrics.activityInterceptor()],
    tracing,
  });

  // Reminders before deadlines (issue 16): a scan of the read model, beside the worker, not in a workflow.
  const reminders = startReminderScan(
    new ReminderMailer(dataSource, {
      messageIdDomain: config.escalationMail.messageIdDomain,
      publicUrl: config.escalationMail.publicUrl,
      logger: log.child({ context: 'ReminderMail' }),
    }),
    config.reminderScanMs,
    log.child({ context: 'ReminderScan' }),
  );

  const stop = () => {
    log.info({ graceMs: config.shutdownGraceMs }, 'worker stopping');
    void reminders.stop();
    if (worker.getState() === 'RUNNING') worker.shutdown();
  };
  onShutdownSignal(stop);
  exitWithParent(config.parentPid, stop);

  // The origin only: a webhook's path or query may carry a token.
  const origin = (url?: string) => (url ? new URL(url).origin : null);
  const escalationWebhook = origin(config.escalationWebhookUrl);
  log.info(
    {
      taskQueue: worker.options.taskQueue,
      temporal: describeTemporalConnection(config.temporal),
      escalationWebhook,
      nationalEscalationWebhook: origin(config.nationalEscalationWebhookUrl),
      escalationMail: {
        national: config.escalationMail.nationalAddress ?? null,
        links: config.escalationMail.publicUrl,
      },
      webhookMode: config.webhookMode,
      webhookSigningSecret:
        'secret' in config.webhookSigning ? 'WEBHOOK_SIGNING_SECRET' : config.webhookSigning.secretIn,
      metrics: config.metrics ? `http://${config.metrics.host}:${config.metrics.port}/metrics` : null,
      tracing: config.tracing ? { exporters: config.tracing.exporters, serviceName: config.tracing.serviceName } : null,
    },
    'worker running',
  );
  if (!config.escalationMail.nationalAddress) {
    log.warn(
      {},
      'NATIONAL_ESCALATION_EMAIL is not set: level-3 escalations go to the national webhook only, not by e-mail',
    );
  }
  // The weekly digest (issue 16): a Temporal Schedule, created once whichever worker starts first.
  ensureWeeklyDigestSchedule(
    new Client({ connection, namespace: config.temporal.namespace, dataConverter: temporalDataConverter }),
    worker.options.taskQueue,
  ).then(
    (created) =>
      log.info({ schedule: 'weekly-digest', created }, 'weekly digest scheduled for Mondays 07:00 Europe/Amsterdam'),
    (error: unknown) =>
      log.warn({ err: error }, 'could not create the weekly digest schedule; it is tried again at the next start'),
  );
  if (config.escalationWebhookUrl || config.nationalEscalationWebhookUrl) {
    // Escalations that waited for a channel (NO_CHANNEL) now have one: the worker's.
    redeliverWaitingEscalations(
      new Client({ connection, namespace: config.temporal.namespace, dataConverter: temporalDataConverter }),
      dataSource,
    ).then(
      (programmes) =>
        programmes > 0 &&
        log.info({ programmes }, 'programmes with escalations waiting for a channel asked to deliver them'),
      (error: unknown) => log.warn({ err: error }, 'could not ask programmes to deliver their waiting escalations'),
    );
  }
  await worker.run();
  await reminders.stop();
  // After the drain: the last activities' and workflow tasks' spans are in the batch.
  await tracing?.shutdown();
  await connection.close();
  await dataSource.destroy();
  if (metricsServer) await closeServer(metricsServer);
  log.info('worker stopped');
}

main().catch((error: unknown) => {
  createLogger('olievlek-worker').fatal({ err: error }, 'worker failed');
  process.exit(1);
});
