import { describe, expect, it } from 'vitest';
import { startOfAmsterdamDay, WEEK_MS } from '../calendar';
import { nextWakeAt, startProgramme, type NewProgrammeInput } from './lifecycle';
import { checkPastPhases, type PastPhase } from './past-phases';
import { ALDERMAN, BOTTLENECKS, given, step, supportOf, T0 } from './steps/test-factories';
import type { Command } from './commands';
import type { ProgrammeState } from './types';

// docs/rules.md "Programmes that began before Olievlek": declared past phase dates (issue 15).

const day = (date: string) => new Date(startOfAmsterdamDay(date)).toISOString();
const DAY_MS = 24 * 3_600_000;

function registered(extra: Partial<NewProgrammeInput>, options = {}): ProgrammeState {
  const out = startProgramme(
    {
      programmeId: 'programme-GM0344-1',
      municipalityCode: 'GM0344',
      sequence: 1,
      schoolHolidayRegion: 'midden',
      ...extra,
    },
    T0,
    options,
  );
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
}

const COMMITMENT_STEPS: Command[] = [
  step('designateAdministrativeLead', { name: 'Wethouder Jeugd' }),
  step('commitPartner', { organisation: 'Veilig Thuis', domain: 'CARE' }),
  step('commitPartner', { organisation: 'Stichting Onderwijs', domain: 'EDUCATION' }),
  step('commitPartner', { organisation: 'Politie', domain: 'JUSTICE' }),
  step('appointProjectLead', { kind: 'INTERNAL' }),
  step('confirmCommitment', {}, ALDERMAN),
];
const AGENDA_STEPS: Command[] = [
  ...BOTTLENECKS,
  step('selectTheme', { theme: 'COLLABORATION' }),
  step('addAction', { title: 'Zorg-straf-overleg', theme: 'COLLABORATION', ownerOrganisation: 'Veilig Thuis' }),
  ...supportOf('Veilig Thuis'),
  step('adoptAgenda', {}, ALDERMAN),
];
const executionSteps = (s: ProgrammeState): Command[] => [
  step('updateActionStatus', { actionId: s.agenda.actions[0]!.id, status: 'DONE' }),
  step('completeExecution', {}),
];
const embeddingSteps = (s: ProgrammeState): Command[] => [
  step('recordEmbedding', {
    actionId: s.agenda.actions[0]!.id,
    instrument: 'REGIONAL_APPROACH_PLAN',
    instrumentName: 'Regioaanpak',
    takenOverBy: 'Veilig Thuis',
    responsibleRole: 'teamleider',
  }),
  step('nameEmbeddingOwner', { role: 'beleidsadviseur' }),
  step('completeEmbedding', {}),
];

describe('declared past phases: validation (nothing is registered on a refusal)', () => {
  const ok: PastPhase[] = [
    { phase: 'COMMITMENT', endedOn: '2025-04-07' },
    { phase: 'AGENDA', endedOn: '2025-09-01' },
  ];

  it('accepts phases from COMMITMENT on, in order, ascending, from startedOn to today', () => {
    expect(checkPastPhases(ok, '2025-01-13', T0)).toBeUndefined();
    expect(checkPastPhases([{ phase: 'COMMITMENT', endedOn: '2026-11-23' }], '2026-11-23', T0)).toBeUndefined();
    expect(checkPastPhases([], undefined, T0)).toBeUndefined();
  });

  it.each<[string, PastPhase[], string | undefined, string, string]>([
    ['without startedOn', ok, undefined, 'pastPhases', 'NO_START_DATE'],
    [
      'a phase skipped',
      [{ phase: 'AGENDA', endedOn: '2025-09-01' }],
      '2025-01-13',
      'pastPhases[0].phase',
      'PHASE_ORDER',
    ],
    ['phases out of order', [ok[0]!, ok[0]!], '2025-01-13', 'pastPhases[1].phase', 'PHASE_ORDER'],
    [
      'CONTINUATION (ends only by closing)',
      [
        ...ok,
        { phase: 'EXECUTION', endedOn: '2025-10-01' },
        { phase: 'EMBEDDING', endedOn: '2025-11-01' },
        { phase: 'CONTINUATION' as never, endedOn: '2025-12-01' },
      ],
      '2025-01-13',
      'pastPhases',
      'TOO_MANY',
    ],
    ['no date', [{ phase: 'COMMITMENT', endedOn: '7-4-2025' }], '2025-01-13', 'pastPhases[0].endedOn', 'NOT_A_DATE'],
    [
      'an end before startedOn',
      [{ phase: 'COMMITMENT', endedOn: '2025-01-12' }],
      '2025-01-13',
      'pastPhases[0].endedOn',
      'BEFORE_START',
    ],
    [
      'dates that do not ascend',
      [ok[0]!, { phase: 'AGENDA', endedOn: '2025-04-06' }],
      '2025-01-13',
      'pastPhases[1].endedOn',
      'BEFORE_PREVIOUS',
    ],
    [
      'an end after today',
      [{ phase: 'COMMITMENT', endedOn: '2026-11-24' }],
      '2025-01-13',
      'pastPhases[0].endedOn',
      'IN_FUTURE',
    ],
  ])('refuses %s, naming the field in Dutch', (_, pastPhases, startedOn, field, problem) => {
    const out = startProgramme(
      { programmeId: 'programme-GM0344-1', municipalityCode: 'GM0344', sequence: 1, startedOn, pastPhases },
      T0,
    );
    expect(out).toMatchObject({ ok: false, error: { ruleId: 'INVALID_INPUT', details: { field, problem } } });
    expect(!out.ok && out.error.message).toContain(field === 'pastPhases' ? 'pastPhases' : field);
  });
});

describe('declared past phases: true durations', () => {
  it('a programme registered with startedOn entered COMMITMENT that day; its clock starts at registration', () => {
    const sut = registered({ startedOn: '2026-09-14' });
    expect(sut.phaseEnteredAt).toBe(day('2026-09-14'));
    expect(sut.phaseHistory).toEqual([{ phase: 'COMMITMENT', enteredAt: day('2026-09-14') }]);
    expect(nextWakeAt(sut)).toBe(T0 + 6 * WEEK_MS);
  });

  it('each completing step dates the move back to the declared day', () => {
    let sut = registered({
      startedOn: '2025-01-13',
      pastPhases: [
        { phase: 'COMMITMENT', endedOn: '2025-04-07' },
        { phase: 'AGENDA', endedOn: '2025-09-01' },
      ],
    });
    expect(sut.pastPhases).toEqual([
      { phase: 'COMMITMENT', endedOn: '2025-04-07' },
      { phase: 'AGENDA', endedOn: '2025-09-01' },
    ]);
    sut = given(sut, [...COMMITMENT_STEPS, ...AGENDA_STEPS]);
    expect(sut.phaseHistory).toEqual([
      { phase: 'COMMITMENT', enteredAt: day('2025-01-13'), leftAt: day('2025-04-07') },
      { phase: 'AGENDA', enteredAt: day('2025-04-07'), leftAt: day('2025-09-01') },
      { phase: 'EXECUTION', enteredAt: day('2025-09-01') },
    ]);
    expect(sut.phaseEnteredAt).toBe(day('2025-09-01'));
    expect(sut.timeline.filter((e) => e.event === 'phaseDatedBack').map((e) => e.summary)).toEqual([
      'Volgens de opgave bij registratie eindigde de fase Commitment op 2025-04-07; de fase Verbeteragenda begon toen.',
      'Volgens de opgave bij registratie eindigde de fase Verbeteragenda op 2025-09-01; de fase Uitvoering begon toen.',
    ]);
    // A later phase without a declared end moves on when its step is taken.
    const later = T0 + 3 * DAY_MS;
    sut = given(sut, executionSteps(sut), later);
    expect(sut.phaseHistory!.at(-2)).toEqual({
      phase: 'EXECUTION',
      enteredAt: day('2025-09-01'),
      leftAt: new Date(later).toISOString(),
    });
  });

  it('with the patch off (a history from before) the dates are ignored, as they were', () => {
    const sut = registered(
      { startedOn: '2025-01-13', pastPhases: [{ phase: 'COMMITMENT', endedOn: '2025-04-07' }] },
      { pastPhaseDates: false },
    );
    expect(sut.phaseHistory).toEqual([{ phase: 'COMMITMENT', enteredAt: new Date(T0).toISOString() }]);
    expect(sut.pastPhases).toBeUndefined();
    expect(given(sut, COMMITMENT_STEPS).phaseHistory![0]!.leftAt).toBe(new Date(T0).toISOString());
  });
});

describe('P3 declared past phases: the stall clock of the phase the programme really is in', () => {
  it('AGENDA since March: its clock runs from the declared day, levels 1–3 are raised at once, in order, once', () => {
    const sut = given(
      registered({ startedOn: '2025-11-03', pastPhases: [{ phase: 'COMMITMENT', endedOn: '2026-03-02' }] }),
      COMMITMENT_STEPS,
    );
    const from = startOfAmsterdamDay('2026-03-02');
    expect(sut.clocks).toEqual([
      { step: 'AGENDA', accruedMs: 0, runningSince: day('2026-03-02'), extensionWeeks: 0, firedLevel: 3 },
    ]);
    expect(sut.escalations.map((e) => [e.level, e.recipient, e.step, e.dueAt, e.raisedAt])).toEqual([
      [1, 'PROJECT_LEAD', 'AGENDA', new Date(from + 12 * WEEK_MS).toISOString(), new Date(T0).toISOString()],
      [2, 'ADMINISTRATIVE_LEAD', 'AGENDA', new Date(from + 16 * WEEK_MS).toISOString(), new Date(T0).toISOString()],
      [3, 'KWARTIERMAKER', 'AGENDA', new Date(from + 20 * WEEK_MS).toISOString(), new Date(T0).toISOString()],
    ]);
    expect(sut.escalations.every((e) => e.delivery.status === 'PENDING')).toBe(true);
    // Nothing more is due on that ladder (R1.6's check after the 2030 elections aside); progress on the agenda resolves all three.
    expect(nextWakeAt(sut, { politicalCycle: false })).toBeUndefined();
    const moved = given(sut, [BOTTLENECKS[0]!]);
    expect(moved.escalations.map((e) => e.status)).toEqual(['RESOLVED', 'RESOLVED', 'RESOLVED']);
  });

  it('AGENDA since ten weeks: nothing yet, level 1 falls due at twelve weeks from the declared day', () => {
    const ended = '2026-09-14';
    const sut = given(
      registered({ startedOn: '2026-01-12', pastPhases: [{ phase: 'COMMITMENT', endedOn: ended }] }),
      COMMITMENT_STEPS,
    );
    expect(sut.escalations).toEqual([]);
    expect(nextWakeAt(sut)).toBe(startOfAmsterdamDay(ended) + 12 * WEEK_MS);
  });

  it('no flood on the way: phases with a declared end never escalate during the catch-up', () => {
    let sut = registered({
      startedOn: '2015-02-02',
      pastPhases: [
        { phase: 'COMMITMENT', endedOn: '2015-05-11' },
        { phase: 'AGENDA', endedOn: '2015-10-05' },
        { phase: 'EXECUTION', endedOn: '2017-03-06' },
        { phase: 'EMBEDDING', endedOn: '2017-12-04' },
      ],
    });
    sut = given(sut, [...COMMITMENT_STEPS, ...AGENDA_STEPS]);
    sut = given(sut, executionSteps(sut));
    sut = given(sut, embeddingSteps(sut));
    expect(sut.phase).toBe('CONTINUATION');
    expect(sut.escalations).toEqual([]);
    expect(sut.phaseHistory!.map((s) => s.enteredAt)).toEqual(
      ['2015-02-02', '2015-05-11', '2015-10-05', '2017-03-06', '2017-12-04'].map(day),
    );
    // CONTINUATION waits for the yearly check-in, which is not declared: its clock starts at registration.
    expect(sut.clocks).toEqual([
      {
        step: 'CONTINUATION',
        accruedMs: 0,
        runningSince: new Date(T0).toISOString(),
        extensionWeeks: 0,
        firedLevel: 0,
      },
    ]);
  });

  it('EXECUTION since a year: the action clocks start at registration (their progress is not declared)', () => {
    const sut = given(
      registered({
        startedOn: '2025-01-13',
        pastPhases: [
          { phase: 'COMMITMENT', endedOn: '2025-04-07' },
          { phase: 'AGENDA', endedOn: '2025-09-01' },
        ],
      }),
      [...COMMITMENT_STEPS, ...AGENDA_STEPS],
    );
    expect(sut.escalations).toEqual([]);
    expect(sut.clocks.map((c) => c.runningSince)).toEqual([new Date(T0).toISOString()]);
  });

  it('EMBEDDING since ten weeks: level 1 (threshold 8 weeks) is raised at once, level 2 follows four weeks after it', () => {
    let sut = registered({
      startedOn: '2025-01-13',
      pastPhases: [
        { phase: 'COMMITMENT', endedOn: '2025-04-07' },
        { phase: 'AGENDA', endedOn: '2025-09-01' },
        { phase: 'EXECUTION', endedOn: '2026-09-14' },
      ],
    });
    sut = given(sut, [...COMMITMENT_STEPS, ...AGENDA_STEPS]);
    sut = given(sut, executionSteps(sut));
    const from = startOfAmsterdamDay('2026-09-14');
    expect(sut.escalations.map((e) => [e.level, e.step, e.dueAt])).toEqual([
      [1, 'EMBEDDING', new Date(from + 8 * WEEK_MS).toISOString()],
    ]);
    expect(nextWakeAt(sut)).toBe(from + 12 * WEEK_MS);
  });
});
