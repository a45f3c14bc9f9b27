import { describe, expect, it } from 'vitest';
import { planSteps, type PlanInput } from './plan';

const commitment = (over: Partial<PlanInput> = {}): PlanInput => ({
  phase: 'COMMITMENT',
  status: 'ACTIVE',
  checklist: [
    { ruleId: 'R1.1', done: false, blocking: true },
    { ruleId: 'R1.2', done: false, blocking: true },
    { ruleId: 'R1.3', done: false, blocking: true },
    { ruleId: 'R1.4', done: false, blocking: false },
  ],
  hasAdministrativeLead: false,
  hasProjectLead: false,
  openRecommendations: 2,
  themes: 0,
  openSessions: 0,
  plannedSessions: 0,
  openActions: 0,
  doneActionsToEmbed: 0,
  ...over,
});

describe('the programme page guides through the checklist (issue 15, P1)', () => {
  it('R1.1–R1.3: the project lead gets each open item’s step first, the alderman’s confirmation not yet', () => {
    const sut = planSteps(commitment(), new Set(['PROJECT_LEAD']));
    expect(sut.guided).toEqual([
      { index: 0, ruleId: 'R1.1', steps: ['designateAdministrativeLead'] },
      { index: 1, ruleId: 'R1.2', steps: ['commitPartner'] },
      { index: 2, ruleId: 'R1.3', steps: ['appointProjectLead'] },
      { index: 3, ruleId: 'R1.4', steps: ['recordRecommendation'] },
    ]);
    expect(sut.next).toEqual([]);
    expect(sut.more).not.toContain('confirmCommitment');
    expect(sut.more).toContain('pauseProgramme');
  });

  it('R1.1: once nothing blocks, the confirmation comes next — for the alderman, or a programme manager on their behalf', () => {
    const done = commitment({
      checklist: [
        { ruleId: 'R1.1', done: true, blocking: true },
        { ruleId: 'R1.2', done: true, blocking: true },
        { ruleId: 'R1.3', done: true, blocking: true },
      ],
      hasAdministrativeLead: true,
      hasProjectLead: true,
    });
    expect(planSteps(done, new Set(['ADMINISTRATIVE_LEAD'])).next).toEqual(['confirmCommitment']);
    expect(planSteps(done, new Set(['PROGRAMME_MANAGER'])).next).toEqual(['confirmCommitment']);
    expect(planSteps(done, new Set(['PROJECT_LEAD'])).next).toEqual([]);
  });

  it('R1.4: a rule named twice in the checklist gets its form once, under its first open item', () => {
    const sut = planSteps(
      commitment({
        checklist: [
          { ruleId: 'R1.4', done: false, blocking: false },
          { ruleId: 'R1.4', done: false, blocking: false },
        ],
      }),
      new Set(['PROJECT_LEAD']),
    );
    expect(sut.guided).toEqual([
      { index: 0, ruleId: 'R1.4', steps: ['recordRecommendation'] },
      { index: 1, ruleId: 'R1.4', steps: [] },
    ]);
  });

  it('P1: an observer sees the open items but no step to take', () => {
    const sut = planSteps(commitment(), new Set(['OBSERVER']));
    expect(sut.guided.every((g) => g.steps.length === 0)).toBe(true);
    expect(sut.next).toEqual([]);
    expect(sut.more).toEqual([]);
  });

  it('a paused programme offers only resuming and its settings; a closed one nothing', () => {
    expect(planSteps(commitment({ status: 'PAUSED' }), new Set(['PROJECT_LEAD']))).toEqual({
      guided: [],
      next: ['resumeProgramme'],
      more: ['changeSettings'],
    });
    expect(planSteps(commitment({ status: 'CLOSED', phase: 'CLOSED' }), new Set(['PROJECT_LEAD']))).toEqual({
      guided: [],
      next: [],
      more: [],
    });
  });

  it('R1.6: past COMMITMENT the project lead or programme manager may designate a new alderman, also while paused', () => {
    const executing = commitment({
      phase: 'EXECUTION',
      checklist: [],
      hasAdministrativeLead: true,
      hasProjectLead: true,
      themes: 1,
    });
    expect(planSteps(executing, new Set(['PROJECT_LEAD'])).more).toContain('designateAdministrativeLead');
    expect(planSteps(executing, new Set(['PROGRAMME_MANAGER'])).more).toContain('designateAdministrativeLead');
    expect(planSteps(executing, new Set(['PARTNER_CONTACT'])).more).not.toContain('designateAdministrativeLead');
    expect(planSteps({ ...executing, status: 'PAUSED' }, new Set(['PROJECT_LEAD'])).more).toEqual([
      'designateAdministrativeLead',
      'changeSettings',
    ]);
  });

  it('R1.6: while the re-confirmation is due it is the alderman’s next step, in any phase', () => {
    const due = commitment({
      phase: 'CONTINUATION',
      checklist: [],
      hasAdministrativeLead: true,
      hasProjectLead: true,
      recommitmentDue: true,
    });
    expect(planSteps(due, new Set(['ADMINISTRATIVE_LEAD'])).next).toEqual(['reconfirmCommitment']);
    expect(planSteps(due, new Set(['PROJECT_LEAD'])).next).not.toContain('reconfirmCommitment');
    expect(planSteps({ ...due, recommitmentDue: false }, new Set(['ADMINISTRATIVE_LEAD'])).next).toEqual([]);
  });

  it('R3.1: the school-year step that fits the training’s stage', () => {
    const execution = commitment({
      phase: 'EXECUTION',
      checklist: [{ ruleId: 'R3.1', done: false, blocking: true }],
      trainingStage: 'BOARD_TALKS',
      hasAdministrativeLead: true,
      hasProjectLead: true,
      themes: 2,
    });
    const sut = planSteps(execution, new Set(['PROJECT_LEAD']));
    expect(sut.guided).toEqual([{ index: 0, ruleId: 'R3.1', steps: ['fixTrainingCalendar'] }]);
    expect(sut.more).toContain('startSchoolTalks');
    expect(sut.more).not.toContain('startSchoolBoardTalks');
  });
});
