import { ApplicationFailure, CancelledFailure } from '@temporalio/common';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export type ActivityOutcome = 'completed' | 'failed' | 'cancelled';

/** Prometheus metrics of one worker process (prom-client); the Temporal SDK's own metrics are exported by its Runtime. */
export class WorkerMetrics {
  readonly registry = new Registry();
  readonly activities: Counter<'activity_type' | 'outcome'>;
  readonly activityDuration: Histogram<'activity_type' | 'outcome'>;
  readonly escalationDeliveries: Counter<'outcome'>;
  readonly projectionLag: Histogram;

  constructor({ defaultMetrics = true }: { defaultMetrics?: boolean } = {}) {
    if (defaultMetrics) collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.activities = new Counter({
      name: 'olievlek_worker_activity_executions_total',
      help: 'Activity attempts run by this worker, by activity type and outcome',
      labelNames: ['activity_type', 'outcome'],
      registers,
    });
    this.activityDuration = new Histogram({
      name: 'olievlek_worker_activity_duration_seconds',
      help: 'Duration of activity attempts on this worker',
      labelNames: ['activity_type', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
      registers,
    });
    this.escalationDeliveries = new Counter({
      name: 'olievlek_escalation_deliveries_total',
      help: 'Escalation webhook delivery attempts from the outbox: delivered, or the failure type (WebhookUnavailable is retried)',
      labelNames: ['outcome'],
      registers,
    });
    this.projectionLag = new Histogram({
      name: 'olievlek_projection_lag_seconds',
      help: "Time from a programme state's updatedAt to its projection into the read model",
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    });
  }

  /** Counts every activity attempt; the escalation outbox and projection lag from their activities. */
  activityInterceptor(now: () => number = Date.now): ActivityInterceptorsFactory {
    return (ctx) => ({
      inbound: {
        execute: async (input, next) => {
          const type = ctx.info.activityType;
          const started = now();
          let outcome: ActivityOutcome = 'failed';
          try {
            const result = await next(input);
            outcome = 'completed';
            if (type === 'deliverEscalation') this.escalationDeliveries.inc({ outcome: 'delivered' });
            if (type === 'projectProgramme') this.observeProjection(input.args[0], now());
            return result;
          } catch (error) {
            if (error instanceof CancelledFailure || ctx.cancellationSignal.aborted) outcome = 'cancelled';
            if (type === 'deliverEscalation')
              this.escalationDeliveries.inc({ outcome: failureOutcome(error, outcome) });
            throw error;
          } finally {
            this.activities.inc({ activity_type: type, outcome });
            this.activityDuration.observe({ activity_type: type, outcome }, (now() - started) / 1000);
          }
        },
      },
    });
  }

  private observeProjection(state: unknown, at: number): void {
    const updatedAt = (state as { updatedAt?: unknown } | undefined)?.updatedAt;
    const ms = typeof updatedAt === 'string' ? Date.parse(updatedAt) : Number.NaN;
    // A state from the future (clock skew between hosts) counts as no lag rather than a negative one.
    if (Number.isFinite(ms)) this.projectionLag.observe(Math.max(0, at - ms) / 1000);
  }
}

function failureOutcome(error: unknown, outcome: ActivityOutcome): string {
  if (outcome === 'cancelled') return 'cancelled';
  return error instanceof ApplicationFailure && error.type ? error.type : 'error';
}
