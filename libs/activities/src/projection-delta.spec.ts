import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectedStatesOf } from '../../../test/support/projected-states';
import type { ProgrammeState } from '../../domain/src';
import {
  applyProjectionDelta,
  fingerprintOf,
  isProjectionDelta,
  projectionInput,
  type ProgrammeProjectionDelta,
} from '../../contracts/src';

// The states a whole lifecycle projected (the committed v2 history's projectProgramme inputs, all
// whole states): stalls, escalations delivered and acknowledged, training, embedding, a check-in.
const FULL_LIFECYCLE = join(__dirname, '../../../test/workflows/histories/programme-full-lifecycle-v2.json');

describe('issue 18.2: the projection delta', () => {
  const states = projectedStatesOf(FULL_LIFECYCLE);

  it('rebuilds every state of a whole lifecycle from the one before it, sending a fraction of it', () => {
    expect(states.length).toBeGreaterThan(40);
    let fingerprint = fingerprintOf(states[0]!);
    let whole = 0;
    let sent = 0;
    for (const [previous, next] of states.slice(1).map((s, i) => [states[i]!, s] as const)) {
      const step = projectionInput(fingerprint, next);
      expect(isProjectionDelta(step.input)).toBe(true);
      expect(applyProjectionDelta(previous, step.input as ProgrammeProjectionDelta)).toEqual(next);
      whole += JSON.stringify(next).length;
      sent += JSON.stringify(step.input).length;
      fingerprint = step.fingerprint;
    }
    // The whole states grow with the timeline and escalations; the deltas do not.
    expect(sent / whole).toBeLessThan(0.25);
  });

  it('sends the whole state when there is no base (the run’s first projection)', () => {
    expect(projectionInput(undefined, states[3]!).input).toBe(states[3]);
  });

  it('refuses a base of another version, so the caller falls back to the whole state', () => {
    const delta = projectionInput(fingerprintOf(states[4]!), states[5]!).input as ProgrammeProjectionDelta;
    expect(applyProjectionDelta(states[3]!, delta)).toBeUndefined();
    expect(applyProjectionDelta(states[5]!, delta)).toBeUndefined();
    expect(applyProjectionDelta(states[4]!, delta)).toEqual(states[5]);
  });

  it('follows a timeline past its cap (oldest entries dropped) and fields that disappear', () => {
    const base: ProgrammeState = structuredClone(states.at(-2)!);
    const next: ProgrammeState = structuredClone(states.at(-1)!);
    next.version = base.version + 1;
    next.timeline = [...base.timeline.slice(2), ...next.timeline.slice(-1), ...next.timeline.slice(-1)];
    delete (next as Partial<ProgrammeState>).embeddingOwner;
    if (base.embeddingOwner === undefined) base.embeddingOwner = { role: 'x' } as ProgrammeState['embeddingOwner'];
    const delta = projectionInput(fingerprintOf(base), next).input as ProgrammeProjectionDelta;
    expect(delta.timelineFrom).toBe(2);
    expect(delta.timelineAppend).toHaveLength(2);
    expect(delta.unset).toContain('embeddingOwner');
    expect(applyProjectionDelta(base, delta)).toEqual(next);
  });

  it('sends only the escalations that changed, and keeps their order', () => {
    const i = states.findIndex(
      (s, k) => k > 0 && s.escalations.length > 1 && s.escalations.length === states[k - 1]!.escalations.length,
    );
    expect(i).toBeGreaterThan(0);
    const delta = projectionInput(fingerprintOf(states[i - 1]!), states[i]!).input as ProgrammeProjectionDelta;
    // Escalations are appended: the order is the base's, so the ids are not sent again.
    expect(delta.escalationIds).toBeUndefined();
    expect(delta.escalationsChanged.length).toBeLessThan(states[i]!.escalations.length);
    expect(applyProjectionDelta(states[i - 1]!, delta)!.escalations.map((e) => e.id)).toEqual(
      states[i]!.escalations.map((e) => e.id),
    );
  });

  it("sends the escalation order when it is not the base's followed by the new ones", () => {
    const i = states.findIndex((s) => s.escalations.length > 1);
    const base = states[i]!;
    const next = { ...base, version: base.version + 1, escalations: [...base.escalations].reverse() };
    const delta = projectionInput(fingerprintOf(base), next).input as ProgrammeProjectionDelta;
    expect(delta.escalationIds).toEqual(next.escalations.map((e) => e.id));
    expect(applyProjectionDelta(base, delta)).toEqual(next);
  });
});
