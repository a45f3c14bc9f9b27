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
