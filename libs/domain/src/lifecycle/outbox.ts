import { clone, iso, touch } from './draft';
import { MAX_TEXT } from './input';
import type { Escalation, ProgrammeState } from './types';

// Every escalation is delivered through an outbox, so none is lost when delivery fails
// (docs/rules.md "Stalls and escalations").

/** Escalations still to be delivered through the outbox. */
export function undeliveredEscalations(state: ProgrammeState): Escalation[] {
  return state.escalations.filter((e) => e.delivery.status !== 'DELIVERED');
}

/** Records one delivery attempt of an escalation (outbox). */
export function recordDeliveryAttempt(
  state: ProgrammeState,
  escalationId: string,
  attempt: { delivered: boolean; target?: string; error?: string },
  nowMs: number,
): ProgrammeState {
  const draft = clone(state);
  const escalation = draft.escalations.find((e) => e.id === escalationId);
  if (!escalation || escalation.delivery.status === 'DELIVERED') return state;
  const now = iso(nowMs);
  const d = escalation.delivery;
  d.attempts += 1;
  d.lastAttemptAt = now;
  if (attempt.target) d.target = attempt.target;
  if (attempt.delivered) {
    d.status = 'DELIVERED';
    d.deliveredAt = now;
    delete d.lastError;
  } else {
    d.status = 'FAILING';
    d.lastError = (attempt.error ?? 'onbekende fout').slice(0, MAX_TEXT);
  }
  touch(draft, nowMs);
  return draft;
}

/**
 * No webhook anywhere (neither the programme's nor the worker's): every undelivered escalation
 * waits as NO_CHANNEL, which is not a failed attempt, until a channel is configured.
 */
export function recordNoChannel(state: ProgrammeState, nowMs: number): ProgrammeState {
  if (!state.escalations.some((e) => e.delivery.status === 'PENDING' || e.delivery.status === 'FAILING')) return state;
  const draft = clone(state);
  const now = iso(nowMs);
  for (const e of draft.escalations) {
    if (e.delivery.status !== 'PENDING' && e.delivery.status !== 'FAILING') continue;
    e.delivery.status = 'NO_CHANNEL';
    e.delivery.lastAttemptAt = now;
    delete e.delivery.lastError;
  }
  touch(draft, nowMs);
  return draft;
}
