import type { ProgrammePhase, ProgrammeStatus, TrainingStage } from '../../../gql/graphql';
import { stepAccess, type StepRole, type StepType } from './step-roles';

// Which step forms the programme page shows, and where (issue 15, "guided"): each open item of the
// current phase's checklist with the step(s) that fulfil it, then the step that completes the phase
// once nothing blocks it, then the phase's other steps under "Meer stappen" — only those the
// person's roles allow (P1). Pure: the programme's state and the roles come in.

/** What the plan needs to know of the programme. */
export interface PlanInput {
  phase: ProgrammePhase;
  status: ProgrammeStatus;
  checklist: ReadonlyArray<{ ruleId: string; done: boolean; blocking: boolean }>;
  hasAdministrativeLead: boolean;
  hasProjectLead: boolean;
  openRecommendations: number;
  themes: number;
  trainingStage?: TrainingStage | null;
  openSessions: number;
  plannedSessions: number;
  openActions: number;
  doneActionsToEmbed: number;
  /** R1.6: the (new) alderman must re-confirm the commitment. */
  recommitmentDue?: boolean;
  /** R4.5: embeddings whose instrument ended without a successor. */
  expiredInstruments?: number;
}

export interface StepPlan {
  /** Per open checklist item (its place in the checklist, which may name a rule twice): the steps that fulfil it. */
  guided: Array<{ index: number; ruleId: string; steps: StepType[] }>;
  /** The step that completes the phase (or the alderman's decision it waits for). */
  next: StepType[];
  /** The phase's other steps. */
  more: StepType[];
}

/** The steps of each phase, in the order a project lead meets them. */
const PHASE_STEPS: Record<ProgrammePhase, readonly StepType[]> = {
  COMMITMENT: [
    'designateAdministrativeLead',
    'commitPartner',
    'appointProjectLead',
    'recordRecommendation',
    'confirmCommitment',
  ],
  AGENDA: ['recordBottleneck', 'selectTheme', 'deselectTheme', 'addAction', 'confirmSupport', 'adoptAgenda'],
  EXECUTION: [
    'startSchoolBoardTalks',
    'startSchoolTalks',
    'fixTrainingCalendar',
    'planTrainingSession',
    'recordTrainingDelivered',
    'updateActionStatus',
    'addAction',
    'confirmSupport',
    'completeExecution',
    'reportIndicators',
  ],
  EMBEDDING: [
    'recordEmbedding',
    'recordSuccessorInstrument',
    'nameEmbeddingOwner',
    'completeEmbedding',
    'reportIndicators',
  ],
  CONTINUATION: ['recordCheckIn', 'recordSuccessorInstrument', 'reportIndicators', 'closeProgramme'],
  CLOSED: [],
};

/** Steps of any running phase (after the phase's own). */
const ALWAYS: readonly StepType[] = [
  // R1.6: a new alderman may be designated in any phase.
  'designateAdministrativeLead',
  'appointProjectLead',
  'recordLeadDeparture',
  'pauseProgramme',
  'changeSettings',
  'abortProgramme',
];

/** The step that completes each phase. */
const COMPLETES: Partial<Record<ProgrammePhase, StepType>> = {
  COMMITMENT: 'confirmCommitment',
  AGENDA: 'adoptAgenda',
  EXECUTION: 'completeExecution',
  EMBEDDING: 'completeEmbedding',
  CONTINUATION: 'recordCheckIn',
};

/** Whether a step has something to act on now (an open session to report, a theme to drop …). */
function applicable(step: StepType, p: PlanInput): boolean {
  switch (step) {
    case 'designateAdministrativeLead':
      // R1.1 once in COMMITMENT; R1.6 a new alderman in any later phase.
      return !p.hasAdministrativeLead || p.phase !== 'COMMITMENT';
    case 'reconfirmCommitment':
      return !!p.recommitmentDue && p.phase !== 'COMMITMENT';
    case 'appointProjectLead':
      return p.phase === 'COMMITMENT' || !p.hasProjectLead;
    case 'recordRecommendation':
      return p.openRecommendations > 0;
    case 'deselectTheme':
      return p.themes > 0;
    case 'selectTheme':
      return p.themes < 3;
    case 'addAction':
      return p.themes > 0;
    case 'startSchoolBoardTalks':
      return p.trainingStage === 'WINDOW_OPEN';
    case 'startSchoolTalks':
    case 'fixTrainingCalendar':
      return p.trainingStage === 'BOARD_TALKS';
    case 'planTrainingSession':
      return p.trainingStage === 'CALENDAR_FIXED';
    case 'recordTrainingDelivered':
      return p.openSessions > 0;
    case 'updateActionStatus':
      return p.openActions > 0;
    case 'recordEmbedding':
      return p.doneActionsToEmbed > 0;
    case 'recordSuccessorInstrument':
      return (p.expiredInstruments ?? 0) > 0;
    case 'recordLeadDeparture':
      return p.hasProjectLead;
    case 'pauseProgramme':
      return p.status === 'ACTIVE';
    case 'resumeProgramme':
      return p.status === 'PAUSED';
    default:
      return true;
  }
}

/** The steps that fulfil a checklist item of the current phase (R1.1 … R4.4). */
function stepsForItem(ruleId: string): StepType[] {
  switch (ruleId) {
    case 'R1.1':
      return ['designateAdministrativeLead'];
    case 'R1.2':
      return ['commitPartner'];
    case 'R1.3':
      return ['appointProjectLead'];
    case 'R1.4':
    case 'R1.5':
      return ['recordRecommendation'];
    case 'R2.1':
      return ['recordBottleneck'];
    case 'R2.2':
      return ['selectTheme'];
    case 'R2.3':
      return ['addAction'];
    case 'R2.4':
      return ['confirmSupport'];
    case 'R2.5':
      return ['adoptAgenda'];
    case 'R3.1':
      return ['startSchoolBoardTalks', 'fixTrainingCalendar', 'planTrainingSession', 'recordTrainingDelivered'];
    case 'R3.2':
      return ['updateActionStatus'];
    case 'R4.1':
    case 'R4.2':
      return ['recordEmbedding'];
    case 'R4.3':
      return ['nameEmbeddingOwner'];
    case 'R4.4':
      return ['completeEmbedding'];
    case 'R4.5':
      return ['recordSuccessorInstrument'];
    default:
      return [];
  }
}

export function planSteps(p: PlanInput, roles: ReadonlySet<StepRole>): StepPlan {
  const allowed = (s: StepType) => stepAccess(s, roles) !== 'NONE' && applicable(s, p);
  if (p.status === 'CLOSED' || p.status === 'ABORTED' || p.phase === 'CLOSED')
    return { guided: [], next: [], more: [] };
  if (p.status === 'PAUSED') {
    // The clocks stand still: only resuming (or ending) the programme and its settings.
    const only = (steps: StepType[]) => steps.filter(allowed);
    return {
      guided: [],
      next: only(['resumeProgramme', 'reconfirmCommitment']),
      // R1.6: a new alderman may be recorded while paused, past COMMITMENT.
      more: only([
        ...(p.phase === 'COMMITMENT' ? [] : (['designateAdministrativeLead'] as const)),
        'changeSettings',
        'abortProgramme',
      ]),
    };
  }
  const placed = new Set<StepType>();
  const guided: StepPlan['guided'] = [];
  for (const [index, item] of p.checklist.entries()) {
    if (item.done) continue;
    const steps = stepsForItem(item.ruleId).filter((s) => allowed(s) && !placed.has(s));
    steps.forEach((s) => placed.add(s));
    guided.push({ index, ruleId: item.ruleId, steps });
  }
  const next: StepType[] = [];
  // R1.6: the (new) alderman's re-confirmation comes first while it is due.
  if (allowed('reconfirmCommitment')) {
    next.push('reconfirmCommitment');
    placed.add('reconfirmCommitment');
  }
  const completing = COMPLETES[p.phase];
  const blocked = p.checklist.some((i) => i.blocking && !i.done);
  if (completing && !blocked && allowed(completing) && !placed.has(completing)) {
    next.push(completing);
    placed.add(completing);
  }
  // The completing step waits until nothing blocks it (the checklist says what is missing).
  if (completing) placed.add(completing);
  const more = [...PHASE_STEPS[p.phase], ...ALWAYS].filter(
    (s, i, all) => all.indexOf(s) === i && !placed.has(s) && allowed(s),
  );
  return { guided, next, more };
}
