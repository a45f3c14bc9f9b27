import { describe, expect, it } from 'vitest';
import { WEEK_MS } from '../../calendar';
import { escalationMessage, timelineSummary } from '../../labels-timeline';
import { myTasks } from '../../people/tasks';
import { checklist } from '../checklist';
import { nextLevelDue } from '../clocks';
import { advanceTime, nextWakeAt } from '../lifecycle';
import { periodEndsAt, successorKey } from '../instruments';
import { EMBED_IN_REGIONAL_PLAN, given, inContinuation, inEmbedding, refused, step, T0 } from './test-factories';
import type { ProgrammeState } from '../types';

// R4.5 Borging that lasts (docs/rules.md): the instrument's period, the yearly confirmation that
// it is in force, and "record the successor instrument" on its own 8-week ladder.

const AMSTERDAM_2021 = Date.parse('2020-12-31T23:00:00.000Z'); // 00:00 Amsterdam, 1 January 2021
const AMSTERDAM_2028 = Date.parse('2027-12-31T23:00:00.000Z');

const embedded = (period: { from: number; to?: number } | undefined, at = T0): ProgrammeState => {
  const state = inEmbedding('INTERNAL', at);
  const actionId = state.agenda.actions[0]!.id;
  return given(
    state,
    [step('recordEmbedding', { actionId, ...EMBED_IN_REGIONAL_PLAN, ...(period ? { period } : {}) })],
    at,
  );
};
const actionOf = (s: ProgrammeState) => s.agenda.actions[0]!;
const successorEscalations = (s: ProgrammeState) =>
  s.escalations.filter((e) => e.step === successorKey(actionOf(s).id));
const leadTasks = (s: ProgrammeState, nowMs: number) =>
  myTasks({ programmes: [{ state: s, grants: [{ role: 'PROJECT_LEAD' }] }], kwartiermaker: false, nowMs });

describe('R4.5 an embedding names its instrument’s period', () => {
  it('keeps the period in years with the embedding', () => {
    const s = embedded({ from: 2024, to: 2027 });
    expect(actionOf(s).embedding).toMatchObject({ period: { from: 2024, to: 2027 } });
    expect(actionOf(s).embedding!.ended).toBeUndefined();
    expect(successorEscalations(s)).toEqual([]);
  });

  it('refuses a last year before the first year, naming the field', () => {
    const state = inEmbedding();
    const refusal = refused(
      state,
      step('recordEmbedding', {
        actionId: actionOf(state).id,
        ...EMBED_IN_REGIONAL_PLAN,
        period: { from: 2020, to: 2015 },
      }),
    );
    expect(refusal.ruleId).toBe('INVALID_INPUT');
    expect(refusal.details).toMatchObject({ field: 'period.to' });
  });

  it('a period "to 2020" ends at 00:00 Amsterdam on 1 January 2021', () => {
    expect(periodEndsAt({ from: 2015, to: 2020 })).toBe(AMSTERDAM_2021);
    expect(periodEndsAt({ from: 2015 })).toBeUndefined();
  });

  it('an embedding without a period (as recorded before R4.5) never raises anything', () => {
    const s = embedded(undefined);
    const later = advanceTime(s, Date.parse('2040-01-01T00:00:00Z'));
    expect(actionOf(later).embedding!.ended).toBeUndefined();
    expect(later.clocks.some((c) => c.step.startsWith('SUCCESSOR:'))).toBe(false);
  });
});

describe('R4.5 an instrument past its period without a successor raises "record the successor instrument"', () => {
  it('a period that ended long ago (2015–2020, recorded in 2026) is as far up the ladder as its dates say', () => {
    const s = embedded({ from: 2015, to: 2020 });
    expect(actionOf(s).embedding!.ended).toEqual({ at: new Date(AMSTERDAM_2021).toISOString(), by: 'PERIOD' });
    const raised = successorEscalations(s);
    expect(raised.map((e) => [e.level, e.ruleId, e.status])).toEqual([
      [1, 'R4.5', 'OPEN'],
      [2, 'R4.5', 'OPEN'],
      [3, 'R4.5', 'OPEN'],
    ]);
    // 8 weeks to level 1, then the programme's interval (4) to level 2 and again to level 3.
    expect(raised.map((e) => (Date.parse(e.dueAt) - AMSTERDAM_2021) / WEEK_MS)).toEqual([8, 12, 16]);
    expect(s.timeline.some((t) => t.event === 'instrumentEnded')).toBe(true);
  });

  it('8-week ladder: the step opens when the period ends, level 1 after 8 weeks, then +4, +4', () => {
    const s = embedded({ from: 2024, to: 2027 });
    const key = successorKey(actionOf(s).id);
    const before = advanceTime(s, AMSTERDAM_2028 - 1);
    expect(before.clocks.some((c) => c.step === key)).toBe(false);
    expect(actionOf(before).embedding!.ended).toBeUndefined();
    const opened = advanceTime(s, AMSTERDAM_2028);
    const clock = opened.clocks.find((c) => c.step === key)!;
    expect(clock.runningSince).toBe(new Date(AMSTERDAM_2028).toISOString());
    expect(successorEscalations(opened)).toEqual([]);
    expect(nextLevelDue(clock, opened.settings)).toEqual({ level: 1, atMs: AMSTERDAM_2028 + 8 * WEEK_MS });
    expect(successorEscalations(advanceTime(opened, AMSTERDAM_2028 + 8 * WEEK_MS - 1))).toEqual([]);
    const level1 = advanceTime(opened, AMSTERDAM_2028 + 8 * WEEK_MS);
    expect(successorEscalations(level1).map((e) => e.level)).toEqual([1]);
    expect(successorEscalations(level1)[0]!.recipient).toBe('PROJECT_LEAD');
    const level3 = advanceTime(level1, AMSTERDAM_2028 + 16 * WEEK_MS);
    expect(successorEscalations(level3).map((e) => e.level)).toEqual([1, 2, 3]);
  });

  it('the checklist and Mijn taken show "Opvolgend instrument vastleggen" for the project lead', () => {
    const s = embedded({ from: 2015, to: 2020 });
    const line = checklist(s).find((i) => i.ruleId === 'R4.5');
    expect(line).toMatchObject({ done: false, label: expect.stringContaining('Opvolgend instrument vastleggen') });
    const task = leadTasks(s, T0).find((t) => t.label === 'RECORD_SUCCESSOR_INSTRUMENT');
    expect(task).toMatchObject({ step: 'recordSuccessorInstrument', ruleId: 'R4.5', escalationLevel: 3 });
    expect(task!.actionId).toBe(actionOf(s).id);
    const alderman = myTasks({
      programmes: [{ state: s, grants: [{ role: 'ADMINISTRATIVE_LEAD' }] }],
      kwartiermaker: false,
      nowMs: T0,
    });
    expect(alderman.some((t) => t.label === 'RECORD_SUCCESSOR_INSTRUMENT')).toBe(false);
  });
});

describe('R4.5 a named successor: no step', () => {
  it('recording the successor resolves the escalations, stops the clock and keeps the old instrument', () => {
    const s = embedded({ from: 2015, to: 2020 });
    const id = actionOf(s).id;
    const after = given(s, [
      step('recordSuccessorInstrument', {
        actionId: id,
        instrumentName: 'Regioaanpak Veilig Thuis 2021–2026',
        period: { from: 2021, to: 2026 },
      }),
    ]);
    const e = actionOf(after).embedding!;
    expect(e).toMatchObject({ instrumentName: 'Regioaanpak Veilig Thuis 2021–2026', period: { from: 2021, to: 2026 } });
    expect(e.ended).toBeUndefined();
    expect(e.pastInstruments).toEqual([
      expect.objectContaining({
        instrumentName: EMBED_IN_REGIONAL_PLAN.instrumentName,
        period: { from: 2015, to: 2020 },
      }),
    ]);
    expect(successorEscalations(after).every((x) => x.status === 'RESOLVED')).toBe(true);
    expect(after.clocks.some((c) => c.step === successorKey(id))).toBe(false);
    expect(checklist(after).some((i) => i.ruleId === 'R4.5')).toBe(false);
    expect(leadTasks(after, T0).some((t) => t.label === 'RECORD_SUCCESSOR_INSTRUMENT')).toBe(false);
    // Nothing more until the successor's own period ends (00:00 Amsterdam, 1 January 2027).
    expect(nextWakeAt(after)).toBe(Date.parse('2026-12-31T23:00:00.000Z'));
  });

  it('a successor named before the period ends means the step never opens', () => {
    const s = embedded({ from: 2024, to: 2027 });
    const after = given(s, [
      step('recordSuccessorInstrument', { actionId: actionOf(s).id, instrumentName: 'Regiovisie 2028–2032' }),
    ]);
    const much = advanceTime(after, Date.parse('2035-01-01T00:00:00Z'));
    expect(successorEscalations(much)).toEqual([]);
    expect(actionOf(much).embedding!.ended).toBeUndefined();
  });

  it('refuses a successor that has itself already ended, and one without a name', () => {
    const s = embedded({ from: 2015, to: 2020 });
    const id = actionOf(s).id;
    const ended = refused(
      s,
      step('recordSuccessorInstrument', { actionId: id, instrumentName: 'Oud plan', period: { from: 2016, to: 2019 } }),
    );
    expect(ended.ruleId).toBe('R4.5');
    expect(refused(s, step('recordSuccessorInstrument', { actionId: id, instrumentName: ' ' })).ruleId).toBe('R4.5');
    expect(refused(s, step('recordSuccessorInstrument', { actionId: 'nope', instrumentName: 'X' })).ruleId).toBe(
      'UNKNOWN_REFERENCE',
    );
  });
});

describe('R4.5 each yearly check-in confirms, per embedding, that the instrument is still in force', () => {
  const continuing = (period?: { from: number; to?: number }) => {
    const state = inEmbedding();
    const actionId = actionOf(state).id;
    return given(state, [
      step('recordEmbedding', { actionId, ...EMBED_IN_REGIONAL_PLAN, ...(period ? { period } : {}) }),
      step('completeEmbedding', {}),
    ]);
  };

  it('records the year an instrument was confirmed in force', () => {
    const s = continuing({ from: 2024, to: 2029 });
    const after = given(s, [
      step('recordCheckIn', { year: 2026, embeddings: [{ actionId: actionOf(s).id, inForce: true }] }),
    ]);
    expect(actionOf(after).embedding!.confirmedInForce).toEqual([2026]);
    expect(successorEscalations(after)).toEqual([]);
  });

  it('"no longer in force" opens the successor step now, on its 8-week clock', () => {
    const s = continuing({ from: 2024, to: 2029 });
    const after = given(s, [
      step('recordCheckIn', { year: 2026, embeddings: [{ actionId: actionOf(s).id, inForce: false }] }),
    ]);
    expect(actionOf(after).embedding!.ended).toEqual({ at: new Date(T0).toISOString(), by: 'CHECK_IN' });
    expect(after.clocks.find((c) => c.step === successorKey(actionOf(s).id))?.runningSince).toBe(
      new Date(T0).toISOString(),
    );
    expect(checklist(after).find((i) => i.ruleId === 'R4.5')?.blocking).toBe(true);
  });

  it('"no longer in force" with the successor named records it and opens no step', () => {
    const s = continuing({ from: 2024, to: 2029 });
    const after = given(s, [
      step('recordCheckIn', {
        year: 2026,
        embeddings: [{ actionId: actionOf(s).id, inForce: false, successor: { instrumentName: 'Nieuw actieplan' } }],
      }),
    ]);
    expect(actionOf(after).embedding!.instrumentName).toBe('Nieuw actieplan');
    expect(after.clocks.some((c) => c.step.startsWith('SUCCESSOR:'))).toBe(false);
  });

  it('refuses to confirm an instrument whose period has ended: it needs a successor', () => {
    const s = continuing({ from: 2015, to: 2020 });
    const refusal = refused(
      s,
      step('recordCheckIn', { year: 2026, embeddings: [{ actionId: actionOf(s).id, inForce: true }] }),
    );
    expect(refusal.ruleId).toBe('R4.5');
    expect(refusal.details).toMatchObject({ field: 'embeddings.0.inForce' });
  });

  it('check-ins without the list (as before R4.5) stay valid; an unknown action is refused', () => {
    const s = inContinuation();
    expect(given(s, [step('recordCheckIn', { year: 2026 })]).indicators.at(-1)?.period).toBe('2026');
    expect(
      refused(s, step('recordCheckIn', { year: 2026, embeddings: [{ actionId: 'action-99', inForce: true }] })).ruleId,
    ).toBe('UNKNOWN_REFERENCE');
  });
});

describe('R4.5 the successor step in words', () => {
  it('names the action whose instrument needs a successor, in Dutch and English, without codes', () => {
    const s = embedded({ from: 2015, to: 2020 });
    const [level1] = successorEscalations(s);
    const context = { actions: s.agenda.actions, escalations: s.escalations };
    const title = actionOf(s).title;
    expect(escalationMessage(level1!, 'en', context)).toBe(
      `No progress on the successor instrument for the action ‘${title}’: reminder to the project lead (level 1).`,
    );
    expect(level1!.message).toContain(EMBED_IN_REGIONAL_PLAN.instrumentName);
    expect(
      timelineSummary(
        s.timeline.find((t) => t.event === 'instrumentEnded')!,
        'en',
        context,
      ),
    ).toContain(`of action ‘${title}’ is no longer in force: its period (2015–2020) has ended`);
  });
});
