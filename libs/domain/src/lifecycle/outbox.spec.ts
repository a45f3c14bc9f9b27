import { describe, expect, it } from 'vitest';
import { WEEK_MS } from '../calendar';
import { recordDeliveryAttempt as sut, recordNoChannel, undeliveredEscalations } from './outbox';
import { programme, T0 } from './steps/test-factories';
import { advanceTime } from './time-engine';

// Every escalation is delivered through the outbox, at least once, never dropped (docs/rules.md).

const raised = () => advanceTime(programme(), T0 + 10 * WEEK_MS);

describe('outbox', () => {
  it('lists every escalation until it is delivered, in the order raised', () => {
    const state = raised();
    expect(undeliveredEscalations(state).map((e) => e.level)).toEqual([1, 2]);
    const failed = sut(state, state.escalations[0]!.id, { delivered: false, error: 'HTTP 503' }, T0 + 10 * WEEK_MS);
    expect(undeliveredEscalations(failed).map((e) => e.level)).toEqual([1, 2]);
    const delivered = sut(failed, state.escalations[0]!.id, { delivered: true }, T0 + 10 * WEEK_MS + 1);
    expect(undeliveredEscalations(delivered).map((e) => e.level)).toEqual([2]);
  });

  it('records a failure with its error (at most 500 characters, "onbekende fout" when none is given)', () => {
    const state = raised();
    const id = state.escalations[0]!.id;
    const long = sut(state, id, { delivered: false, error: 'x'.repeat(600) }, T0 + 10 * WEEK_MS);
    expect(long.escalations[0]!.delivery.lastError).toHaveLength(500);
    expect(sut(state, id, { delivered: false }, T0 + 10 * WEEK_MS).escalations[0]!.delivery).toMatchObject({
      status: 'FAILING',
      lastError: 'onbekende fout',
    });
  });

  it('a delivery clears the last error and bumps the version; an unknown id changes nothing', () => {
    const state = raised();
    const id = state.escalations[0]!.id;
    const failed = sut(state, id, { delivered: false, error: 'timeout' }, T0 + 10 * WEEK_MS);
    const delivered = sut(failed, id, { delivered: true, target: 'http://x/hook' }, T0 + 11 * WEEK_MS);
    expect(delivered.escalations[0]!.delivery).toEqual({
      status: 'DELIVERED',
      attempts: 2,
      lastAttemptAt: new Date(T0 + 11 * WEEK_MS).toISOString(),
      deliveredAt: new Date(T0 + 11 * WEEK_MS).toISOString(),
      target: 'http://x/hook',
    });
    expect(delivered.version).toBe(state.version + 2);
    expect(sut(state, 'nope', { delivered: true }, T0)).toBe(state);
  });

  it('with no webhook anywhere every undelivered escalation waits as NO_CHANNEL: no attempt, no error, still undelivered', () => {
    const state = raised();
    const [first, second] = state.escalations;
    const delivered = sut(
      sut(state, first!.id, { delivered: false, error: 'HTTP 503' }, T0 + 10 * WEEK_MS),
      first!.id,
      { delivered: true },
      T0 + 10 * WEEK_MS,
    );
    const waiting = recordNoChannel(
      sut(state, first!.id, { delivered: false, error: 'HTTP 503' }, T0 + 10 * WEEK_MS),
      T0 + 11 * WEEK_MS,
    );
    expect(waiting.escalations.map((e) => e.delivery.status)).toEqual(['NO_CHANNEL', 'NO_CHANNEL']);
    expect(waiting.escalations[0]!.delivery).toEqual({
      status: 'NO_CHANNEL',
      attempts: 1,
      lastAttemptAt: new Date(T0 + 11 * WEEK_MS).toISOString(),
    });
    expect(waiting.escalations[1]!.delivery.attempts).toBe(0);
    expect(undeliveredEscalations(waiting).map((e) => e.id)).toEqual([first!.id, second!.id]);
    // Delivered ones stay delivered; nothing left to mark changes nothing.
    expect(recordNoChannel(delivered, T0 + 11 * WEEK_MS).escalations[0]!.delivery.status).toBe('DELIVERED');
    expect(recordNoChannel(waiting, T0 + 12 * WEEK_MS)).toBe(waiting);
  });
});
