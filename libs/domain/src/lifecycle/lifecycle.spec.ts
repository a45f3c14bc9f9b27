import { describe, expect, it } from 'vitest';
import { startOfAmsterdamDay, WEEK_MS } from '../calendar';
import { checklist } from './checklist';
import type { Command } from './commands';
import {
  advanceTime,
  decide,
  nextWakeAt,
  openEscalationLevel,
  recordDeliveryAttempt,
  startProgramme,
} from './lifecycle';
import { applySettings, DEFAULT_SETTINGS } from './settings';
import type { Actor, ProgrammeState } from './types';

const LEAD: Actor = { role: 'PROJECT_LEAD' };
const ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD' };
const T0 = Date.parse('2026-11-23T10:00:00.000Z');

function newState(overrides: Parameters<typeof startProgramme>[0]['settings'] = undefined): ProgrammeState {
  const started = startProgramme(
    {
      programmeId: 'programme-GM0363-1',
      municipalityCode: 'GM0363',
      sequence: 1,
      schoolHolidayRegion: 'noord',
      settings: overrides,
    },
    T0,
  );
  if (!started.ok) throw new Error(started.error.message);
  return started.value;
}

function run(state: ProgrammeState, commands: Array<[Command, number]>): ProgrammeState {
  return commands.reduce((s, [command, at]) => {
    const out = decide(s, command, at);
    if (!out.ok) throw new Error(`${command.type}: ${out.error.message}`);
    return out.value;
  }, state);
}

function committed(at: number): ProgrammeState {
  return run(newState(), [
    [{ type: 'designateAdministrativeLead', actor: LEAD }, at],
    [{ type: 'commitPartner', organisation: 'Veilig Thuis', domain: 'CARE', actor: LEAD }, at],
    [{ type: 'commitPartner', organisation: 'Schoolbestuur', domain: 'EDUCATION', actor: LEAD }, at],
    [{ type: 'commitPartner', organisation: 'Politie', domain: 'JUSTICE', actor: LEAD }, at],
    [{ type: 'appointProjectLead', kind: 'INTERNAL', actor: LEAD }, at],
    [{ type: 'confirmCommitment', actor: ALDERMAN }, at],
  ]);
}

/** Three bottlenecks from three domains: enough to draft themes (R2.1). */
const bottlenecks = (at: number): Array<[Command, number]> =>
  (['CARE', 'EDUCATION', 'JUSTICE'] as const).map((domain) => [
    { type: 'recordBottleneck', description: domain, domain, actor: LEAD },
    at,
  ]);

describe('decide', () => {
  it('a refused step returns the violation and leaves the state untouched', () => {
    const state = newState();
    const out = decide(state, { type: 'confirmCommitment', actor: ALDERMAN }, T0 + 1000);
    expect(out).toMatchObject({ ok: false, error: { ruleId: 'R1.1' } });
    expect(state.version).toBe(1);
    expect(state.timeline).toHaveLength(1);
  });

  it('an accepted step bumps the version, stamps the time and records who did it', () => {
    const out = decide(
      newState(),
      { type: 'designateAdministrativeLead', name: 'J. de Vries', actor: LEAD },
      T0 + 5000,
    );
    expect(out.ok && out.value).toMatchObject({
      version: 2,
      updatedAt: new Date(T0 + 5000).toISOString(),
      commitment: { administrativeLead: { name: 'J. de Vries' } },
    });
    expect(out.ok && out.value.timeline.at(-1)).toMatchObject({ event: 'designateAdministrativeLead', by: LEAD });
  });

  it('refuses an unknown command type as invalid input instead of throwing', () => {
    const out = decide(newState(), { type: 'selfDestruct', actor: LEAD } as unknown as Command, T0);
    expect(out).toMatchObject({ ok: false, error: { ruleId: 'INVALID_INPUT' } });
  });
});

describe('practice library', () => {
  it('an action adopts a practice from the library; an unknown practice is refused', () => {
    let state = committed(T0);
    state = run(state, [...bottlenecks(T0), [{ type: 'selectTheme', theme: 'SIGNALLING', actor: LEAD }, T0]]);
    const adopted = decide(
      state,
      {
        type: 'addAction',
        title: 'Vouwkaart',
        theme: 'SIGNALLING',
        ownerOrganisation: 'GGD',
        practiceId: 'amsterdam-vouwkaart-kind-veilig',
        actor: LEAD,
      },
      T0,
    );
    expect(adopted.ok && adopted.value.agenda.actions[0]).toMatchObject({
      practiceId: 'amsterdam-vouwkaart-kind-veilig',
    });
    const unknown = decide(
      state,
      {
        type: 'addAction',
        title: 'X',
        theme: 'SIGNALLING',
        ownerOrganisation: 'GGD',
        practiceId: 'bestaat-niet',
        actor: LEAD,
      },
      T0,
    );
    expect(unknown).toMatchObject({ ok: false, error: { ruleId: 'UNKNOWN_REFERENCE' } });
  });
});

describe('stall clocks and the ladder', () => {
  it('brings a programme far behind up to date with every level in order, each at its own instant', () => {
    const state = advanceTime(newState(), T0 + 20 * WEEK_MS);
    expect(state.escalations.map((e) => [e.level, e.dueAt])).toEqual([
      [1, new Date(T0 + 6 * WEEK_MS).toISOString()],
      [2, new Date(T0 + 10 * WEEK_MS).toISOString()],
      [3, new Date(T0 + 14 * WEEK_MS).toISOString()],
    ]);
    expect(openEscalationLevel(state)).toBe(3);
    expect(nextWakeAt(state)).toBeUndefined();
  });

  it('advancing to a moment before any deadline changes nothing (same object)', () => {
    const state = newState();
    expect(advanceTime(state, T0 + WEEK_MS)).toBe(state);
    expect(nextWakeAt(state)).toBe(T0 + 6 * WEEK_MS);
  });

  it('pausing stops the clock; resuming continues with the time that was left', () => {
    const paused = run(newState(), [
      [{ type: 'pauseProgramme', reason: 'Verkiezingen', actor: LEAD }, T0 + 2 * WEEK_MS],
    ]);
    expect(nextWakeAt(paused)).toBeUndefined();
    expect(advanceTime(paused, T0 + 50 * WEEK_MS).escalations).toEqual([]);
    const resumed = run(paused, [[{ type: 'resumeProgramme', actor: LEAD }, T0 + 30 * WEEK_MS]]);
    expect(nextWakeAt(resumed)).toBe(T0 + 34 * WEEK_MS);
  });

  it('an extension of N weeks moves the rest of the ladder by N weeks', () => {
    const raised = advanceTime(newState(), T0 + 6 * WEEK_MS);
    const id = raised.escalations[0]!.id;
    const extended = run(raised, [
      [
        { type: 'acknowledgeEscalation', escalationId: id, decision: 'EXTEND', weeks: 3, actor: ALDERMAN },
        T0 + 6 * WEEK_MS,
      ],
    ]);
    expect(nextWakeAt(extended)).toBe(T0 + 13 * WEEK_MS);
  });

  it('thresholds come from the programme settings', () => {
    expect(nextWakeAt(newState({ stallThresholdWeeks: { COMMITMENT: 2 } }))).toBe(T0 + 2 * WEEK_MS);
  });
});

describe('R3.1 training track in the pure engine', () => {
  it('a deadline that passed while paused fires on resume, in order', () => {
    const adoptAt = startOfAmsterdamDay('2027-01-10');
    let state = committed(adoptAt);
    state = run(state, [
      ...bottlenecks(adoptAt),
      [{ type: 'selectTheme', theme: 'EXPERTISE', actor: LEAD }, adoptAt],
      [
        { type: 'addAction', title: 'Scholing', theme: 'EXPERTISE', ownerOrganisation: 'Schoolbestuur', actor: LEAD },
        adoptAt,
      ],
      [{ type: 'confirmSupport', organisation: 'Schoolbestuur', level: 'PROFESSIONAL', actor: LEAD }, adoptAt],
      [{ type: 'confirmSupport', organisation: 'Schoolbestuur', level: 'MANAGEMENT', actor: LEAD }, adoptAt],
      [{ type: 'adoptAgenda', actor: ALDERMAN }, adoptAt],
      [{ type: 'pauseProgramme', reason: 'Verkiezingen', actor: LEAD }, adoptAt + 1000],
    ]);
    expect(
      advanceTime(state, startOfAmsterdamDay('2027-03-10')).escalations.filter((e) => e.step === 'TRAINING'),
    ).toHaveLength(1);
    const resumed = run(state, [[{ type: 'resumeProgramme', actor: LEAD }, startOfAmsterdamDay('2027-03-10')]]);
    expect(resumed.escalations.filter((e) => e.step === 'TRAINING').map((e) => e.kind)).toEqual([
      'TRAINING_WINDOW_OPEN',
      'TRAINING_NOT_STARTED',
      'SCHOOL_YEAR_MISSED',
    ]);
    expect(resumed.training).toMatchObject({ targetYear: 2028, missedYears: [2027] });
  });
});

describe('outbox', () => {
  it('records failed attempts and a delivery once; a late duplicate result changes nothing', () => {
    const raised = advanceTime(newState(), T0 + 6 * WEEK_MS);
    const id = raised.escalations[0]!.id;
    const failed = recordDeliveryAttempt(raised, id, { delivered: false, error: 'HTTP 503' }, T0 + 6 * WEEK_MS + 1000);
    expect(failed.escalations[0]!.delivery).toMatchObject({ status: 'FAILING', attempts: 1, lastError: 'HTTP 503' });
    const delivered = recordDeliveryAttempt(failed, id, { delivered: true, target: 'http://x/hook' }, T0 + 7 * WEEK_MS);
    expect(delivered.escalations[0]!.delivery).toMatchObject({
      status: 'DELIVERED',
      attempts: 2,
      target: 'http://x/hook',
    });
    expect(recordDeliveryAttempt(delivered, id, { delivered: true }, T0 + 8 * WEEK_MS)).toBe(delivered);
  });
});

describe('settings', () => {
  it('accepts whole-week overrides and refuses anything else with a Dutch message', () => {
    expect(applySettings(DEFAULT_SETTINGS, { stallThresholdWeeks: { AGENDA: 16 } })).toMatchObject({
      ok: true,
      value: { stallThresholdWeeks: { AGENDA: 16, COMMITMENT: 6 } },
    });
    expect(applySettings(DEFAULT_SETTINGS, { stallThresholdWeeks: { AGENDA: 1.5 } })).toMatchObject({
      ok: false,
      error: { ruleId: 'INVALID_INPUT' },
    });
    expect(applySettings(DEFAULT_SETTINGS, { webhookUrl: 'ftp://x' })).toMatchObject({
      ok: false,
      error: { ruleId: 'INVALID_INPUT' },
    });
    expect(applySettings(DEFAULT_SETTINGS, { calendarCutoff: '12-31' })).toMatchObject({
      ok: false,
      error: { ruleId: 'R3.1' },
    });
  });
});

describe('checklist', () => {
  it('shows the blocking COMMITMENT rules first and the recommended ones with their tips', () => {
    const items = checklist(newState());
    expect(items.map((i) => [i.ruleId, i.blocking])).toEqual([
      ['R1.1', true],
      ['R1.2', true],
      ['R1.3', true],
      ['R1.4', false],
      ['R1.4', false],
      ['R1.5', false],
    ]);
    expect(items.every((i) => i.tip && i.missing)).toBe(true);
  });

  it('moves on with the phase', () => {
    expect(checklist(committed(T0)).map((i) => i.ruleId)).toEqual(['R2.1', 'R2.2', 'R2.3', 'R2.4', 'R2.5']);
  });
});

describe('national view: phase history, real start day, mentor (docs/rules.md "National view")', () => {
  const KWARTIERMAKER: Actor = { role: 'KWARTIERMAKER' };
  const DAY = 24 * 60 * 60 * 1000;

  it('records every phase with when it was entered and left, for the median days per phase', () => {
    const state = committed(T0 + 10 * DAY);
    expect(state.phaseHistory).toEqual([
      { phase: 'COMMITMENT', enteredAt: new Date(T0).toISOString(), leftAt: new Date(T0 + 10 * DAY).toISOString() },
      { phase: 'AGENDA', enteredAt: new Date(T0 + 10 * DAY).toISOString() },
    ]);
  });

  it('fills in the history of a state recorded before it existed from its current phase', () => {
    const { phaseHistory: _dropped, ...older } = newState();
    const out = decide(older as ProgrammeState, { type: 'designateAdministrativeLead', actor: LEAD }, T0 + DAY);
    expect(out.ok && out.value.phaseHistory).toBeUndefined();
    const moved = run(older as ProgrammeState, [
      [{ type: 'designateAdministrativeLead', actor: LEAD }, T0 + DAY],
      [{ type: 'commitPartner', organisation: 'Veilig Thuis', domain: 'CARE', actor: LEAD }, T0 + DAY],
      [{ type: 'commitPartner', organisation: 'School', domain: 'EDUCATION', actor: LEAD }, T0 + DAY],
      [{ type: 'commitPartner', organisation: 'Politie', domain: 'JUSTICE', actor: LEAD }, T0 + DAY],
      [{ type: 'appointProjectLead', kind: 'INTERNAL', actor: LEAD }, T0 + DAY],
      [{ type: 'confirmCommitment', actor: ALDERMAN }, T0 + 2 * DAY],
    ]);
    expect(moved.phaseHistory?.map((s) => [s.phase, s.leftAt ?? null])).toEqual([
      ['COMMITMENT', new Date(T0 + 2 * DAY).toISOString()],
      ['AGENDA', null],
    ]);
  });

  it('a programme that began before Olievlek keeps its real start day (also as the entry of COMMITMENT); its clocks start at registration', () => {
    const out = startProgramme(
      { programmeId: 'programme-GM0363-1', municipalityCode: 'GM0363', sequence: 1, startedOn: '2015-03-01' },
      T0,
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.startedAt).toBe(new Date(startOfAmsterdamDay('2015-03-01')).toISOString());
    expect(out.value.registeredAt).toBe(new Date(T0).toISOString());
    expect(out.value.phaseEnteredAt).toBe(new Date(startOfAmsterdamDay('2015-03-01')).toISOString());
    expect(nextWakeAt(out.value)).toBe(T0 + 6 * WEEK_MS);
    expect(out.value.timeline[0]!.summary).toContain('2015-03-01');
  });

  it.each(['2014-12-31', '2026-11-24', '2015-02-30', '1-3-2015'])(
    'refuses %s as a real start day (before 2015, in the future, or no date)',
    (startedOn) => {
      const out = startProgramme(
        { programmeId: 'programme-GM0363-1', municipalityCode: 'GM0363', sequence: 1, startedOn },
        T0,
      );
      expect(out).toMatchObject({ ok: false, error: { ruleId: 'INVALID_INPUT' } });
      expect(!out.ok && out.error.message).toContain('2015-01-01');
    },
  );

  it('a kwartiermaker pairs a programme with a mentor; the timeline says so', () => {
    const out = decide(
      newState(),
      {
        type: 'recordMentorPairing',
        kind: 'PIONEER',
        municipalityCode: 'GM0599',
        name: 'Collectief Rotterdam',
        note: 'Zelfde thema',
        actor: KWARTIERMAKER,
      },
      T0 + DAY,
    );
    expect(out.ok && out.value.mentor).toEqual({
      kind: 'PIONEER',
      municipalityCode: 'GM0599',
      name: 'Collectief Rotterdam',
      note: 'Zelfde thema',
      pairedAt: new Date(T0 + DAY).toISOString(),
      by: KWARTIERMAKER,
    });
    expect(out.ok && out.value.timeline.at(-1)).toMatchObject({
      event: 'recordMentorPairing',
      summary: 'Mentor gekoppeld: Collectief Rotterdam – Zelfde thema.',
    });
  });

  it('refuses a mentor pairing by anyone but a kwartiermaker, with the own municipality, or on an ended programme', () => {
    const pairing = {
      type: 'recordMentorPairing',
      kind: 'PIONEER',
      municipalityCode: 'GM0599',
      name: 'Collectief Rotterdam',
    } as const;
    expect(decide(newState(), { ...pairing, actor: LEAD }, T0)).toMatchObject({
      ok: false,
      error: { ruleId: 'NOT_PERMITTED' },
    });
    expect(decide(newState(), { ...pairing, municipalityCode: 'GM0363', actor: KWARTIERMAKER }, T0)).toMatchObject({
      ok: false,
      error: { ruleId: 'INVALID_INPUT' },
    });
    expect(decide(newState(), { ...pairing, kind: 'PROGRAMME', actor: KWARTIERMAKER }, T0)).toMatchObject({
      ok: false,
      error: { ruleId: 'INVALID_INPUT' },
    });
    const aborted = run(newState(), [[{ type: 'abortProgramme', reason: 'Fusie', actor: ALDERMAN }, T0]]);
    expect(decide(aborted, { ...pairing, actor: KWARTIERMAKER }, T0)).toMatchObject({
      ok: false,
      error: { ruleId: 'LIFECYCLE' },
    });
  });
});
