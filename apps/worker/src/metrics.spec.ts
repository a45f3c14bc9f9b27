import { ApplicationFailure, CancelledFailure } from '@temporalio/common';
import type { Context } from '@temporalio/activity';
import { describe, expect, it } from 'vitest';
import { WorkerMetrics } from './metrics';

function run(
  sut: WorkerMetrics,
  activityType: string,
  body: () => Promise<unknown>,
  args: unknown[] = [],
  now = () => Date.parse('2026-11-24T01:00:01.500Z'),
) {
  const controller = new AbortController();
  const ctx = { info: { activityType }, cancellationSignal: controller.signal } as unknown as Context;
  const inbound = sut.activityInterceptor(now)(ctx).inbound!;
  return inbound.execute!({ args, headers: {} }, body);
}

async function value(
  sut: WorkerMetrics,
  name: string,
  labels: Record<string, string> = {},
): Promise<number | undefined> {
  const metric = (await sut.registry.getMetricsAsJSON()).find((m) => m.name === name);
  return metric?.values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value;
}

describe('worker metrics from the activity interceptor', () => {
  it('counts completed, failed and cancelled attempts by activity type', async () => {
    const sut = new WorkerMetrics({ defaultMetrics: false });
    await run(sut, 'projectProgramme', async () => undefined);
    await expect(run(sut, 'projectProgramme', async () => Promise.reject(new Error('db down')))).rejects.toThrow(
      'db down',
    );
    await expect(
      run(sut, 'projectProgramme', async () => Promise.reject(new CancelledFailure('WORKER_SHUTDOWN'))),
    ).rejects.toThrow();
    for (const outcome of ['completed', 'failed', 'cancelled']) {
      expect(
        await value(sut, 'olievlek_worker_activity_executions_total', { activity_type: 'projectProgramme', outcome }),
        outcome,
      ).toBe(1);
    }
  });

  it('counts escalation deliveries by outcome: delivered, or the failure type', async () => {
    const sut = new WorkerMetrics({ defaultMetrics: false });
    await run(sut, 'deliverEscalation', async () => ({ httpStatus: 200 }));
    await expect(
      run(sut, 'deliverEscalation', async () =>
        Promise.reject(ApplicationFailure.retryable('503', 'WebhookUnavailable')),
      ),
    ).rejects.toThrow();
    await expect(
      run(sut, 'deliverEscalation', async () =>
        Promise.reject(ApplicationFailure.nonRetryable('410', 'WebhookRejected')),
      ),
    ).rejects.toThrow();
    expect(await value(sut, 'olievlek_escalation_deliveries_total', { outcome: 'delivered' })).toBe(1);
    expect(await value(sut, 'olievlek_escalation_deliveries_total', { outcome: 'WebhookUnavailable' })).toBe(1);
    expect(await value(sut, 'olievlek_escalation_deliveries_total', { outcome: 'WebhookRejected' })).toBe(1);
  });

  it("observes projection lag from the state's updatedAt; a state from the future counts as no lag", async () => {
    const sut = new WorkerMetrics({ defaultMetrics: false });
    await run(sut, 'projectProgramme', async () => undefined, [{ updatedAt: '2026-11-24T01:00:00.000Z' }]);
    await run(sut, 'projectProgramme', async () => undefined, [{ updatedAt: '2026-11-24T01:00:09.000Z' }]);
    const text = await sut.registry.metrics();
    expect(text).toContain('olievlek_projection_lag_seconds_bucket{le="1"} 1\n');
    expect(text).toContain('olievlek_projection_lag_seconds_bucket{le="2.5"} 2\n');
    expect(text).toContain('olievlek_projection_lag_seconds_sum 1.5\n');
    expect(text).toContain('olievlek_projection_lag_seconds_count 2\n');
  });
});
