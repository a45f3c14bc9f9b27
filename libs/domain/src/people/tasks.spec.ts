import { describe, expect, it } from 'vitest';
import { advanceTime } from '../lifecycle/time-engine';
import {
  ALDERMAN,
  BOTTLENECKS,
  given,
  inAgenda,
  inContinuation,
  inEmbedding,
  inExecution,
  KWARTIERMAKER,
  programme,
  readyToAdopt,
  readyToCommit,
  step,
  T0,
} from '../lifecycle/steps/test-factories';
import type { ProgrammeState, SupportLevel } from '../lifecycle/types';
import type { Grant } from './roles';
import { myTasks, taskSentences, TASK_LABELS, type Task, type TaskProgrammeInput } from './tasks';

// "Mijn taken" (issue 15): per role, only the steps that move the programme on (P1, STEP_ROLES and
// the checklist), the escalations addressed to the person (P3), most urgent first.
// T0 is Monday 2026-11-23 in Amsterdam; COMMITMENT's level 1 falls 6 weeks later, level 2 four
// weeks after that, level 3 four weeks after that.

const WEEK = 7 * 24 * 3600 * 1000;
type G = Pick<Grant, 'role' | 'partner'>;
const as = (role: Grant['role']): G => ({ role });
const partner = (organisation: string, level: SupportLevel = 'PROFESSIONAL'): G => ({
  role: 'PARTNER_CONTACT',
  partner: { organisation, domain: 'CARE', level },
});
const sut = (
  state: ProgrammeState | TaskProgrammeInput[],
  grants: G[] = [],
  options: { now?: number; kwartiermaker?: boolean } = {},
): Task[] =>
  myTasks({
    programmes: Array.isArray(state) ? state : [{ state, grants }],
    kwartiermaker: options.kwartiermaker ?? false,
    nowMs: options.now ?? T0,
  });
const labels = (tasks: Task[]) => tasks.map((t) => t.label);
const other = (state: ProgrammeState, code = 'GM0344'): ProgrammeState => ({
  ...state,
  programmeId: `programme-${code}-1`,
  municipalityCode: code,
});

describe('project lead: the blocking checklist items of the phase (R1.1–R1.3, R2.1–R2.3, R3, R4)', () => {
  it('R1.1, R1.2, R1.3: a new programme waits for the alderman’s designation, the partners and a project lead', () => {
    const tasks = sut(programme(), [as('PROJECT_LEAD')]);
    expect(tasks.map((t) => [t.step, t.ruleId, t.kind])).toEqual([
      ['designateAdministrativeLead', 'R1.1', 'STEP'],
      ['commitPartner', 'R1.2', 'STEP'],
      ['appointProjectLead', 'R1.3', 'STEP'],
    ]);
    // Due when the commitment clock reaches level 1: six weeks after the start (P3).
    expect(tasks.every((t) => t.dueAt === new Date(T0 + 6 * WEEK).toISOString())).toBe(true);
    expect(tasks[1]!.domains).toEqual(['CARE', 'EDUCATION', 'JUSTICE']);
    // R1.4 / R1.5 are recommendations: they never block, so they are no task.
    expect(tasks.some((t) => t.step === 'recordRecommendation')).toBe(false);
  });

  it('R1.2: names only the domains still without a committed partner', () => {
    const state = given(programme(), [step('commitPartner', { organisation: 'GGD', domain: 'CARE' })]);
    expect(sut(state, [as('PROJECT_LEAD')]).find((t) => t.step === 'commitPartner')?.domains).toEqual([
      'EDUCATION',
      'JUSTICE',
    ]);
  });

  it('R1.1: once R1.1–R1.3 hold, confirming is the alderman’s, not the project lead’s', () => {
    expect(sut(readyToCommit(), [as('PROJECT_LEAD')])).toEqual([]);
  });

  it('R2.1, R2.2: a fresh agenda waits for bottlenecks and themes; R2.3 asks for actions for the themes without one', () => {
    expect(labels(sut(inAgenda(), [as('PROJECT_LEAD')]))).toEqual(['RECORD_BOTTLENECKS', 'SELECT_THEMES']);
    const themed = given(inAgenda(), [...BOTTLENECKS, step('selectTheme', { theme: 'PREVENTION' })]);
    const add = sut(themed, [as('PROJECT_LEAD')]).find((t) => t.step === 'addAction');
    expect(add).toMatchObject({ ruleId: 'R2.3', themes: ['PREVENTION'] });
  });

  it('R3.1: the January window asks to start the talks with the school boards before 1 February', () => {
    const state = advanceTime(inExecution({ withTraining: true }), Date.parse('2027-01-04T09:00:00Z'));
    const talks = sut(state, [as('PROJECT_LEAD')], { now: Date.parse('2027-01-04T09:00:00Z') }).find(
      (t) => t.step === 'startSchoolBoardTalks',
    );
    expect(talks).toMatchObject({ ruleId: 'R3.1', dueAt: state.training!.deadlines!.notStartedEscalationAt });
    const started = given(state, [step('startSchoolBoardTalks', {})], Date.parse('2027-01-05T09:00:00Z'));
    const next = sut(started, [as('PROJECT_LEAD')], { now: Date.parse('2027-01-05T09:00:00Z') });
    expect(next.some((t) => t.step === 'startSchoolBoardTalks')).toBe(false);
    expect(next.find((t) => t.step === 'fixTrainingCalendar')?.dueAt).toBe(
      started.training!.deadlines!.calendarCutoffAt,
    );
  });

  it('R3.2: each open action, then completing the execution once none is open', () => {
    const state = inExecution();
    const action = state.agenda.actions[0]!;
    expect(sut(state, [as('PROJECT_LEAD')]).filter((t) => t.step === 'updateActionStatus')).toEqual([
      expect.objectContaining({ actionId: action.id, actionTitle: action.title, ruleId: 'R3.2' }),
    ]);
    const done = given(state, [step('updateActionStatus', { actionId: action.id, status: 'DONE' })]);
    expect(labels(sut(done, [as('PROJECT_LEAD')]))).toEqual(['COMPLETE_EXECUTION']);
  });

  it('R4.1, R4.3, R4.4: embed each done action, name an internal owner with an external lead, then complete', () => {
    expect(labels(sut(inEmbedding('EXTERNAL'), [as('PROJECT_LEAD')]))).toEqual([
      'RECORD_EMBEDDING',
      'NAME_EMBEDDING_OWNER',
    ]);
    const state = inEmbedding('INTERNAL');
    const embedded = given(state, [
      step('recordEmbedding', {
        actionId: state.agenda.actions[0]!.id,
        instrument: 'REGIONAL_APPROACH_PLAN',
        instrumentName: 'Regioaanpak',
        takenOverBy: 'Veilig Thuis',
        responsibleRole: 'teamleider',
      }),
    ]);
    expect(sut(embedded, [as('PROJECT_LEAD')]).map((t) => [t.step, t.ruleId])).toEqual([['completeEmbedding', 'R4.4']]);
  });

  it('continuation: the yearly check-in of the current year, until it is recorded', () => {
    const state = inContinuation();
    expect(sut(state, [as('PROJECT_LEAD')]).find((t) => t.step === 'recordCheckIn')?.year).toBe(2026);
    const checked = given(state, [step('recordCheckIn', { year: 2026 })]);
    expect(sut(checked, [as('PROJECT_LEAD')]).some((t) => t.step === 'recordCheckIn')).toBe(false);
  });
});

describe('alderman (ADMINISTRATIVE_LEAD): the decisions waiting for them (R1.1, R2.5, P3)', () => {
  it('R1.1: confirms the commitment only when it is due', () => {
    expect(sut(programme(), [as('ADMINISTRATIVE_LEAD')])).toEqual([]);
    expect(sut(readyToCommit(), [as('ADMINISTRATIVE_LEAD')])).toEqual([
      expect.objectContaining({
        step: 'confirmCommitment',
        ruleId: 'R1.1',
        kind: 'DECISION',
        label: 'CONFIRM_COMMITMENT',
      }),
    ]);
  });

  it('R2.5: adopts the agenda once R2.1–R2.4 hold, not before', () => {
    expect(sut(inAgenda(), [as('ADMINISTRATIVE_LEAD')])).toEqual([]);
    expect(sut(readyToAdopt(), [as('ADMINISTRATIVE_LEAD')]).map((t) => [t.step, t.ruleId, t.kind])).toEqual([
      ['adoptAgenda', 'R2.5', 'DECISION'],
    ]);
    // The project lead sees nothing to adopt: it is not their step.
    expect(sut(readyToAdopt(), [as('PROJECT_LEAD')]).some((t) => t.step === 'adoptAgenda')).toBe(false);
  });

  it('P3: decides on open level-1 and level-2 escalations, never on a level-3 one', () => {
    const now = T0 + 14 * WEEK + 1;
    const stalled = advanceTime(programme(), now);
    const acks = sut(stalled, [as('ADMINISTRATIVE_LEAD')], { now }).filter((t) => t.kind === 'ESCALATION');
    expect(acks.map((t) => t.escalationLevel)).toEqual([2, 1]);
    expect(acks.every((t) => t.step === 'acknowledgeEscalation' && t.escalationId !== undefined)).toBe(true);
  });

  it('P3: an acknowledged escalation is decided and no longer waits for them', () => {
    const now = T0 + 6 * WEEK + 1;
    const stalled = advanceTime(programme(), now);
    const id = stalled.escalations[0]!.id;
    const decided = given(
      stalled,
      [step('acknowledgeEscalation', { escalationId: id, decision: 'NOTE' }, ALDERMAN)],
      now,
    );
    expect(sut(decided, [as('ADMINISTRATIVE_LEAD')], { now }).some((t) => t.escalationId === id)).toBe(false);
  });
});

describe('partner contact: their own organisation at their own level (R2.4, R3.2)', () => {
  const noManagementSupport = () => {
    const state = readyToAdopt();
    return {
      ...state,
      agenda: {
        ...state.agenda,
        support: state.agenda.support.filter((c) => c.level !== 'MANAGEMENT' || c.organisation !== 'Veilig Thuis'),
      },
    };
  };

  it('R2.4: the contact at the missing level is asked to confirm; the other level and other organisations are not', () => {
    const state = noManagementSupport();
    expect(sut(state, [partner('veilig thuis', 'MANAGEMENT')])).toEqual([
      expect.objectContaining({
        step: 'confirmSupport',
        ruleId: 'R2.4',
        organisation: 'Veilig Thuis',
        level: 'MANAGEMENT',
      }),
    ]);
    expect(sut(state, [partner('Veilig Thuis', 'PROFESSIONAL')])).toEqual([]);
    expect(sut(state, [partner('Politie', 'MANAGEMENT')])).toEqual([]);
    // The alderman cannot adopt yet, and the project lead cannot confirm for the partner.
    expect(sut(state, [as('ADMINISTRATIVE_LEAD')])).toEqual([]);
    expect(sut(state, [as('PROJECT_LEAD')]).some((t) => t.step === 'confirmSupport')).toBe(false);
  });

  it('R2.4: the task disappears once the organisation confirmed at that level', () => {
    const state = given(noManagementSupport(), [
      step('confirmSupport', { organisation: 'Veilig Thuis', level: 'MANAGEMENT' }, { role: 'PARTNER' }),
    ]);
    expect(sut(state, [partner('Veilig Thuis', 'MANAGEMENT')])).toEqual([]);
  });

  it('R3.2: the actions their organisation owns that are not done, and not another organisation’s', () => {
    const state = inExecution();
    expect(labels(sut(state, [partner('Veilig Thuis')]))).toEqual(['UPDATE_ACTION']);
    expect(sut(state, [partner('Politie')])).toEqual([]);
  });

  it('R3.2 with R2.4: an action added during execution first needs its owner’s support', () => {
    const state = given(inExecution(), [
      step('addAction', { title: 'Zorg-straf-safari', theme: 'COLLABORATION', ownerOrganisation: 'Politie' }),
    ]);
    const tasks = sut(state, [partner('Politie', 'MANAGEMENT')]);
    expect(tasks.map((t) => [t.step, t.level])).toEqual([['confirmSupport', 'MANAGEMENT']]);
  });
});

describe('programme manager: indicators, never the alderman’s decisions (P1)', () => {
  it('reports the quarter that just ended, once the agenda was adopted before it closed', () => {
    const now = Date.parse('2027-01-10T10:00:00Z');
    const tasks = sut(inExecution(), [as('PROGRAMME_MANAGER')], { now });
    expect(tasks.map((t) => [t.step, t.period])).toEqual([['reportIndicators', '2026-Q4']]);
    const reported = given(inExecution(), [step('reportIndicators', { period: '2026-Q4' })], now);
    expect(sut(reported, [as('PROGRAMME_MANAGER')], { now })).toEqual([]);
    // Adopted in this quarter: nothing to report yet.
    expect(sut(inExecution(), [as('PROGRAMME_MANAGER')])).toEqual([]);
  });

  it('what they may record on behalf of the alderman is not their task', () => {
    const now = T0 + 10 * WEEK + 1;
    expect(sut(readyToCommit(), [as('PROGRAMME_MANAGER')])).toEqual([]);
    expect(sut(advanceTime(readyToCommit(), now), [as('PROGRAMME_MANAGER')], { now })).toEqual([]);
  });

  it('an observer takes no step and has no task', () => {
    expect(sut(advanceTime(programme(), T0 + 14 * WEEK), [as('OBSERVER')], { now: T0 + 14 * WEEK })).toEqual([]);
  });
});

describe('kwartiermaker: level-3 escalations and mentors (P3, national view)', () => {
  it('P3: acknowledges a level-3 escalation, which nobody in the municipality decides on', () => {
    const now = T0 + 14 * WEEK + 1;
    const stalled = given(
      advanceTime(programme(), now),
      [
        step(
          'recordMentorPairing',
          { kind: 'PIONEER', municipalityCode: 'GM0505', name: 'Collectief Dordrecht' },
          KWARTIERMAKER,
        ),
      ],
      now,
    );
    const tasks = sut(stalled, [], { now, kwartiermaker: true });
    expect(tasks.map((t) => [t.step, t.escalationLevel])).toEqual([['acknowledgeEscalation', 3]]);
  });

  it('pairs a mentor with a new programme that has none, not with one that has or is past the agenda', () => {
    expect(sut(programme(), [], { kwartiermaker: true }).map((t) => [t.step, t.kind])).toEqual([
      ['recordMentorPairing', 'DECISION'],
    ]);
    expect(sut(inExecution(), [], { kwartiermaker: true })).toEqual([]);
  });
});

describe('escalations addressed to the project lead (P3)', () => {
  it('level 1 marks their own stalled steps as escalated', () => {
    const now = T0 + 6 * WEEK + 1;
    const tasks = sut(advanceTime(programme(), now), [as('PROJECT_LEAD')], { now });
    expect(tasks.every((t) => t.escalationLevel === 1 && t.urgency === 'ESCALATED')).toBe(true);
  });

  it('when the programme waits for the alderman, they get a follow-up naming whose step it is', () => {
    const now = T0 + 6 * WEEK + 1;
    const tasks = sut(advanceTime(readyToCommit(), now), [as('PROJECT_LEAD')], { now });
    expect(tasks).toEqual([
      expect.objectContaining({
        label: 'FOLLOW_UP_ESCALATION',
        kind: 'ESCALATION',
        step: 'confirmCommitment',
        waitingFor: 'ADMINISTRATIVE_LEAD',
        escalationLevel: 1,
      }),
    ]);
  });
});

describe('paused, closed and aborted programmes', () => {
  it('a paused programme has no step tasks, but its open escalations still wait for a decision', () => {
    const now = T0 + 6 * WEEK + 1;
    const paused = given(advanceTime(programme(), now), [step('pauseProgramme', { reason: 'Verkiezingen' })], now);
    expect(sut(paused, [as('PROJECT_LEAD')], { now })).toEqual([]);
    expect(labels(sut(paused, [as('ADMINISTRATIVE_LEAD')], { now }))).toEqual(['ACKNOWLEDGE_ESCALATION']);
    expect(sut(paused, [], { now, kwartiermaker: true })).toEqual([]);
  });

  it('a closed or aborted programme has none at all', () => {
    const now = T0 + 14 * WEEK + 1;
    const aborted = given(advanceTime(programme(), now), [step('abortProgramme', { reason: 'Fusie' }, ALDERMAN)], now);
    for (const grants of [[as('PROJECT_LEAD')], [as('ADMINISTRATIVE_LEAD')]])
      expect(sut(aborted, grants, { now, kwartiermaker: true })).toEqual([]);
    const closed = given(inContinuation(), [step('closeProgramme', {})]);
    expect(sut(closed, [as('PROJECT_LEAD')])).toEqual([]);
  });
});

describe('most urgent first', () => {
  it('open escalations first (higher level first), then by deadline (overdue first), then by phase', () => {
    const now = T0 + 10 * WEEK + 1;
    // Level 2 (commitment stalled for 10 weeks) in Amsterdam.
    const level2 = advanceTime(programme(), now);
    // Started 9 weeks later: its commitment is not overdue yet (level 1 in 6 weeks from then).
    const fresh = other(programme({}, T0 + 9 * WEEK), 'GM0344');
    // Started 5 weeks later: due sooner than `fresh`.
    const sooner = other(programme({}, T0 + 5 * WEEK), 'GM0014');
    // An agenda started at the same time as `fresh`: same due date, later phase.
    const agenda = other(inAgenda('INTERNAL', T0 + 9 * WEEK), 'GM0599');
    const tasks = sut(
      [agenda, fresh, level2, sooner].map((state) => ({ state, grants: [as('PROJECT_LEAD')] })),
      [],
      { now },
    );
    const order = [...new Set(tasks.map((t) => t.programmeId))];
    expect(order).toEqual(['programme-GM0363-1', 'programme-GM0014-1', 'programme-GM0344-1', 'programme-GM0599-1']);
    expect(tasks[0]).toMatchObject({ escalationLevel: 2, urgency: 'ESCALATED' });
    expect(tasks.find((t) => t.programmeId === 'programme-GM0014-1')?.urgency).toBe('DUE_SOON');
    expect(tasks.find((t) => t.programmeId === 'programme-GM0344-1')?.urgency).toBe('OPEN');
  });
});

describe('sentences: Dutch by default, English on request, no codes', () => {
  const now = T0 + 14 * WEEK + 1;
  const samples: Task[] = [
    ...sut(programme(), [as('PROJECT_LEAD')]),
    ...sut(readyToCommit(), [as('ADMINISTRATIVE_LEAD')]),
    ...sut(inAgenda(), [as('PROJECT_LEAD')]),
    ...sut(given(inAgenda(), [...BOTTLENECKS, step('selectTheme', { theme: 'PREVENTION' })]), [as('PROJECT_LEAD')]),
    ...sut(readyToAdopt(), [as('ADMINISTRATIVE_LEAD')]),
    ...sut(advanceTime(inExecution({ withTraining: true }), Date.parse('2027-01-04T09:00:00Z')), [as('PROJECT_LEAD')], {
      now: Date.parse('2027-01-10T09:00:00Z'),
    }),
    ...sut(inEmbedding('EXTERNAL'), [as('PROJECT_LEAD')]),
    ...sut(inContinuation(), [as('PROJECT_LEAD')]),
    // R4.5: an instrument that ran out (2015–2020): "record the successor instrument".
    ...sut(
      given(inEmbedding(), [
        step('recordEmbedding', {
          actionId: inEmbedding().agenda.actions[0]!.id,
          instrument: 'REGIONAL_APPROACH_PLAN',
          instrumentName: 'Regioaanpak 2015–2020',
          takenOverBy: 'Veilig Thuis',
          responsibleRole: 'manager',
          period: { from: 2015, to: 2020 },
        }),
      ]),
      [as('PROJECT_LEAD')],
    ).filter((t) => t.label === 'RECORD_SUCCESSOR_INSTRUMENT'),
    ...sut(advanceTime(programme(), now), [as('ADMINISTRATIVE_LEAD')], { now, kwartiermaker: true }),
    ...sut(advanceTime(readyToCommit(), now), [as('PROJECT_LEAD')], { now }),
  ];

  it('every label the samples cover reads as a sentence in both languages, without codes', () => {
    expect(new Set(samples.map((t) => t.label)).size).toBeGreaterThanOrEqual(TASK_LABELS.length - 5);
    for (const t of samples) {
      for (const lang of ['nl', 'en'] as const) {
        const { label, reason } = taskSentences(t, lang);
        expect(label.length, `${t.label} ${lang}`).toBeGreaterThan(10);
        expect(reason.length, `${t.label} ${lang}`).toBeGreaterThan(20);
        expect(`${label} ${reason}`, `${t.label} ${lang}`).not.toMatch(
          /\b(CARE|EDUCATION|JUSTICE|MANAGEMENT|PROFESSIONAL|PROJECT_LEAD|ADMINISTRATIVE_LEAD|SIGNALLING|PREVENTION|STALL)\b|undefined/,
        );
      }
      expect(taskSentences(t)).toEqual(taskSentences(t, 'nl'));
      expect(taskSentences(t, 'en').label).not.toBe(taskSentences(t, 'nl').label);
    }
  });

  it('R2.4 names the organisation and its level in words', () => {
    const withAction = given(inAgenda(), [
      ...BOTTLENECKS,
      step('selectTheme', { theme: 'COLLABORATION' }),
      step('addAction', { title: 'Overleg', theme: 'COLLABORATION', ownerOrganisation: 'Veilig Thuis' }),
    ]);
    const [task] = sut(withAction, [partner('Veilig Thuis', 'MANAGEMENT')]);
    expect(taskSentences(task!, 'nl').label).toBe(
      'Bevestig het draagvlak van Veilig Thuis op management-/bestuursniveau',
    );
    expect(taskSentences(task!, 'en').label).toBe('Confirm Veilig Thuis’s support at management level');
  });
});

describe('R1.6 the new alderman: "Commitment opnieuw bevestigen"', () => {
  it('R1.6: after a new designation past COMMITMENT the alderman has the re-confirmation, due in 12 weeks', () => {
    const due = given(inContinuation(), [step('designateAdministrativeLead', { memberId: 'member-new' })]);
    const tasks = sut(due, [as('ADMINISTRATIVE_LEAD')]);
    const task = tasks.find((t) => t.label === 'RECONFIRM_COMMITMENT');
    expect(task).toMatchObject({
      step: 'reconfirmCommitment',
      ruleId: 'R1.6',
      kind: 'DECISION',
      stepKey: 'RECOMMITMENT',
      dueAt: new Date(T0 + 12 * WEEK).toISOString(),
    });
    expect(taskSentences(task!).label).toBe('Commitment opnieuw bevestigen');
    expect(taskSentences(task!, 'en').label).toBe('Re-confirm the commitment');
    // Not the project lead's, and gone once re-confirmed.
    expect(labels(sut(due, [as('PROJECT_LEAD')]))).not.toContain('RECONFIRM_COMMITMENT');
    const done = given(due, [step('reconfirmCommitment', {}, { role: 'ADMINISTRATIVE_LEAD', memberId: 'member-new' })]);
    expect(labels(sut(done, [as('ADMINISTRATIVE_LEAD')]))).not.toContain('RECONFIRM_COMMITMENT');
  });

  it('R1.6: the ladder of the re-confirmation reaches the alderman at level 2 like any stall', () => {
    const due = given(inExecution(), [step('designateAdministrativeLead', {})]);
    const later = advanceTime(due, T0 + 16 * WEEK);
    const escalation = later.escalations.find((e) => e.step === 'RECOMMITMENT' && e.level === 2);
    expect(escalation).toMatchObject({ recipient: 'ADMINISTRATIVE_LEAD', ruleId: 'R1.6', status: 'OPEN' });
    const task = sut(later, [as('ADMINISTRATIVE_LEAD')], { now: T0 + 16 * WEEK }).find(
      (t) => t.label === 'RECONFIRM_COMMITMENT',
    );
    expect(task?.urgency).toBe('ESCALATED');
  });
});
