import {
  addIsoDays,
  normalise,
  PROGRAMME_PHASES,
  type ProgrammePhase,
  type SupportLevel,
} from '../../../libs/domain/src';
import type { DemoAction, DemoProgramme } from './demo-plan';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { SeedProgrammeFragment } from './gql/graphql';
import type { STEP_MUTATIONS } from './operations';

/**
 * A programme as the seed reads it over GraphQL (the SeedProgramme fragment of ./operations.ts):
 * just enough to tell which steps of a plan are already taken.
 */
export type SeedState = SeedProgrammeFragment;

/** Mutations the seed takes (one generated document each in ./operations.ts). */
export type StepMutation = keyof typeof STEP_MUTATIONS;
export type StepRole = 'PROJECT_LEAD' | 'ADMINISTRATIVE_LEAD' | 'PARTNER';

type VariablesOf<D> = D extends DocumentTypeDecoration<unknown, infer V> ? V : never;

/** The `input` of a step mutation as the schema types it (never: the mutation takes none). */
export type StepInput<M extends StepMutation> =
  VariablesOf<(typeof STEP_MUTATIONS)[M]> extends { input: infer I } ? I : never;

interface PlannedStepOf<M extends StepMutation> {
  mutation: M;
  /** The mutation's `input`; a function when it needs ids from the programme (actions, escalations). */
  input?: StepInput<M> | ((s: SeedState) => StepInput<M>);
  /** `actingAs`; the municipality's default (PROJECT_LEAD) when absent. */
  actingAs?: StepRole;
  done: (s: SeedState) => boolean;
  /**
   * R3.1: the training track's steps depend on the school-year calendar. When one is refused for
   * R3.1 (e.g. talks with school boards open only on 1 January), the rest of the track waits.
   */
  training?: boolean;
}

/** One step of a plan: a mutation, and how to tell from the programme that it was taken. */
export type PlannedStep = { [M in StepMutation]: PlannedStepOf<M> }[StepMutation];

/** A step as it is sent: its input resolved against the programme. */
export type ResolvedStep = {
  [M in StepMutation]: { mutation: M; input?: StepInput<M>; actingAs?: StepRole };
}[StepMutation];

/** A refused step, as the API says it: `extensions.code`, `extensions.rule` and the sentence. */
export interface StepRefusal {
  code: string;
  rule?: string;
  message: string;
}

export type StepOutcome = { ok: true; state: SeedState } | { ok: false; refusal: StepRefusal };

export class StepRefusedError extends Error {
  constructor(
    readonly step: ResolvedStep,
    readonly refusal: StepRefusal,
  ) {
    super(`${step.mutation} refused (${refusal.code}${refusal.rule ? ` ${refusal.rule}` : ''}): ${refusal.message}`);
  }
}

const order = (phase: ProgrammePhase) => PROGRAMME_PHASES.indexOf(phase);
/** Whether the programme has left `phase` behind. */
export const isPast = (s: SeedState, phase: ProgrammePhase) => order(s.phase) > order(phase);
const reaches = (plan: DemoProgramme, phase: ProgrammePhase) => order(plan.phase) >= order(phase);
const goesPast = (plan: DemoProgramme, phase: ProgrammePhase) => order(plan.phase) > order(phase);

const same = (a: string, b: string) => normalise(a) === normalise(b);
/** C1: a member municipality of the programme's collective, as the API answers it. */
const memberOf = (s: SeedState, code: string) =>
  s.collective?.members.find((m) => m.municipality.code === code && !m.leftOn);
const actionOf = (s: SeedState, title: string) => s.agenda?.actions.find((a) => a.title === title);
function actionId(s: SeedState, title: string): string {
  const action = actionOf(s, title);
  if (!action) throw new Error(`${s.id}: no action '${title}'`);
  return action.id;
}

/** Final status of a planned action once the programme executes (DONE unless the plan says otherwise). */
export const plannedStatus = (a: DemoAction) => a.status ?? 'DONE';

/** Organisations that confirm support (R2.4) at both levels: every action owner unless the plan says. */
export function supportingOrganisations(plan: DemoProgramme): string[] {
  const owners = [...new Set((plan.actions ?? []).map((a) => a.ownerOrganisation))];
  return plan.supportFrom ? [...plan.supportFrom] : owners;
}

const LEVELS: readonly SupportLevel[] = ['PROFESSIONAL', 'MANAGEMENT'];

/**
 * Every step of a plan in lifecycle order. Each knows whether it is taken already, so running a
 * plan again takes only what is missing (and nothing at all when the programme is there).
 */
export function plannedSteps(plan: DemoProgramme): PlannedStep[] {
  const steps: PlannedStep[] = [];
  const actions = plan.actions ?? [];

  // P1 COMMITMENT
  if (plan.administrativeLead) {
    const name = plan.administrativeLead;
    steps.push({
      mutation: 'designateAdministrativeLead',
      input: { name },
      done: (s) => Boolean(s.commitment?.administrativeLead),
    });
  }
  for (const p of plan.partners) {
    steps.push({
      mutation: 'commitPartner',
      input: { organisation: p.organisation, domain: p.domain },
      actingAs: 'PARTNER',
      done: (s) => Boolean(s.commitment?.partners.some((x) => same(x.organisation, p.organisation))),
    });
  }
  if (plan.projectLead) {
    const kind = plan.projectLead;
    steps.push({
      mutation: 'appointProjectLead',
      input: { kind },
      done: (s) => Boolean(s.commitment?.projectLead) || (s.commitment?.pastProjectLeads.length ?? 0) > 0,
    });
  }
  for (const item of plan.recommendations ?? []) {
    steps.push({
      mutation: 'recordRecommendation',
      input: { item },
      done: (s) => Boolean(s.commitment?.recommendations.find((r) => r.item === item)?.doneAt),
    });
  }
  // C2: each member municipality's own alderman confirms, before the lead's confirmCommitment.
  for (const { municipalityCode } of plan.members ?? []) {
    steps.push({
      mutation: 'confirmMemberCommitment',
      input: { municipalityCode },
      actingAs: 'ADMINISTRATIVE_LEAD',
      done: (s) => Boolean(memberOf(s, municipalityCode)?.confirmedOn),
    });
  }
  if (goesPast(plan, 'COMMITMENT')) {
    steps.push({
      mutation: 'confirmCommitment',
      actingAs: 'ADMINISTRATIVE_LEAD',
      done: (s) => isPast(s, 'COMMITMENT'),
    });
  }

  // P2 AGENDA
  if (reaches(plan, 'AGENDA')) {
    for (const b of plan.bottlenecks ?? []) {
      steps.push({
        mutation: 'recordBottleneck',
        input: { description: b.description, domain: b.domain },
        done: (s) => Boolean(s.agenda?.bottlenecks.some((x) => x.description === b.description)),
      });
    }
    for (const theme of plan.themes ?? []) {
      steps.push({ mutation: 'selectTheme', input: { theme }, done: (s) => Boolean(s.agenda?.themes.includes(theme)) });
    }
    for (const a of actions) {
      steps.push({
        mutation: 'addAction',
        input: {
          title: a.title,
          theme: a.theme,
          ownerOrganisation: a.ownerOrganisation,
          ...(a.aimedAtSchools ? { aimedAtSchools: true } : {}),
          ...(a.practiceId ? { practiceId: a.practiceId } : {}),
        },
        done: (s) => Boolean(actionOf(s, a.title)),
      });
    }
    for (const organisation of supportingOrganisations(plan)) {
      for (const level of LEVELS) {
        steps.push({
          mutation: 'confirmSupport',
          input: { organisation, level },
          actingAs: 'PARTNER',
          done: (s) => Boolean(s.agenda?.support.some((x) => x.level === level && same(x.organisation, organisation))),
        });
      }
    }
  }
  if (goesPast(plan, 'AGENDA')) {
    steps.push({ mutation: 'adoptAgenda', actingAs: 'ADMINISTRATIVE_LEAD', done: (s) => isPast(s, 'AGENDA') });
  }

  // P3 EXECUTION
  if (reaches(plan, 'EXECUTION')) {
    for (const a of actions) {
      const target = plannedStatus(a);
      if (target === 'IN_PROGRESS' || target === 'DONE') {
        steps.push({
          mutation: 'updateActionStatus',
          input: (s) => ({ actionId: actionId(s, a.title), status: 'IN_PROGRESS' }),
          done: (s) => actionOf(s, a.title)?.status !== 'PLANNED',
        });
      }
      if (target === 'DONE') {
        steps.push({
          mutation: 'updateActionStatus',
          input: (s) => ({ actionId: actionId(s, a.title), status: 'DONE' }),
          done: (s) => ['DONE', 'DROPPED'].includes(actionOf(s, a.title)?.status ?? ''),
        });
      }
      if (target === 'DROPPED') {
        steps.push({
          mutation: 'updateActionStatus',
          input: (s) => ({ actionId: actionId(s, a.title), status: 'DROPPED', reason: a.droppedReason ?? 'Gestopt.' }),
          done: (s) => ['DONE', 'DROPPED'].includes(actionOf(s, a.title)?.status ?? ''),
        });
      }
    }
    if (plan.training) steps.push(...trainingSteps());
    for (const r of plan.indicators ?? []) {
      steps.push({
        mutation: 'reportIndicators',
        input: { ...r },
        done: (s) => s.indicators.some((x) => x.period === r.period),
      });
    }
  }
  if (goesPast(plan, 'EXECUTION')) {
    steps.push({ mutation: 'completeExecution', done: (s) => isPast(s, 'EXECUTION') });
  }

  // P4 EMBEDDING
  if (reaches(plan, 'EMBEDDING')) {
    if (plan.embeddingOwner) {
      const role = plan.embeddingOwner;
      steps.push({ mutation: 'nameEmbeddingOwner', input: { role }, done: (s) => Boolean(s.embeddingOwner) });
    }
    for (const a of actions) {
      if (!a.embedding || plannedStatus(a) !== 'DONE') continue;
      const { successor, ...embedding } = a.embedding;
      steps.push({
        mutation: 'recordEmbedding',
        input: (s) => ({ actionId: actionId(s, a.title), ...embedding }),
        done: (s) => Boolean(actionOf(s, a.title)?.embedding),
      });
      // R4.5: the instrument that followed one that ran out.
      if (successor)
        steps.push({
          mutation: 'recordSuccessorInstrument',
          input: (s) => ({ actionId: actionId(s, a.title), ...successor }),
          done: (s) => actionOf(s, a.title)?.embedding?.instrumentName === successor.instrumentName,
        });
      // C3: every member embeds the action too, in the same (regional) instrument; members'
      // embeddings carry no period (docs/rules.md), so R4.5 watches only the lead's.
      const { period: _period, ...memberEmbedding } = embedding;
      for (const { municipalityCode } of plan.members ?? []) {
        steps.push({
          mutation: 'recordEmbedding',
          input: (s) => ({ actionId: actionId(s, a.title), ...memberEmbedding, municipalityCode }),
          done: (s) =>
            Boolean(actionOf(s, a.title)?.memberEmbeddings?.some((e) => e.municipalityCode === municipalityCode)),
        });
      }
    }
    if (plan.leadDeparts) {
      steps.push({ mutation: 'recordLeadDeparture', done: (s) => (s.commitment?.pastProjectLeads.length ?? 0) > 0 });
    }
    if (plan.acknowledgeNote) {
      const note = plan.acknowledgeNote;
      const departure = (s: SeedState) => s.escalations.find((e) => e.kind === 'LEAD_DEPARTED');
      steps.push({
        mutation: 'acknowledgeEscalation',
        input: (s) => {
          const escalation = departure(s);
          if (!escalation) throw new Error(`${s.id}: no LEAD_DEPARTED escalation to acknowledge`);
          return { escalationId: escalation.id, decision: 'NOTE', note };
        },
        actingAs: 'ADMINISTRATIVE_LEAD',
        done: (s) => departure(s)?.status !== 'OPEN',
      });
    }
  }
  if (goesPast(plan, 'EMBEDDING')) {
    steps.push({ mutation: 'completeEmbedding', done: (s) => isPast(s, 'EMBEDDING') });
  }

  // P5 CONTINUATION
  if (reaches(plan, 'CONTINUATION')) {
    for (const c of plan.checkIns ?? []) {
      steps.push({
        mutation: 'recordCheckIn',
        input: { ...c },
        done: (s) => s.indicators.some((x) => x.period === String(c.year)),
      });
    }
  }

  // R1.6: a new alderman past COMMITMENT (the phase stays), and their re-confirmation.
  if (plan.newAlderman) {
    const { name, reconfirmed } = plan.newAlderman;
    steps.push({
      mutation: 'designateAdministrativeLead',
      input: { name },
      done: (s) => Boolean(s.commitment?.recommitment || s.commitment?.reconfirmedAt),
    });
    if (reconfirmed)
      steps.push({
        mutation: 'reconfirmCommitment',
        actingAs: 'ADMINISTRATIVE_LEAD',
        done: (s) => Boolean(s.commitment?.reconfirmedAt),
      });
  }

  if (plan.status === 'PAUSED') {
    steps.push({
      mutation: 'pauseProgramme',
      input: { reason: plan.reason ?? 'Gepauzeerd.' },
      actingAs: 'ADMINISTRATIVE_LEAD',
      done: (s) => s.status === 'PAUSED',
    });
  }
  if (plan.status === 'ABORTED') {
    steps.push({
      mutation: 'abortProgramme',
      input: { reason: plan.reason ?? 'Afgebroken.' },
      actingAs: 'ADMINISTRATIVE_LEAD',
      done: (s) => s.status === 'ABORTED',
    });
  }
  return steps;
}

/** R3.1: talks "at the top" first, then the schools, the boards' calendar, one session in the school year. */
function trainingSteps(): PlannedStep[] {
  const stage = (s: SeedState) => s.training?.stage ?? 'NONE';
  return [
    {
      mutation: 'startSchoolBoardTalks',
      training: true,
      done: (s) => ['BOARD_TALKS', 'CALENDAR_FIXED'].includes(stage(s)),
    },
    { mutation: 'startSchoolTalks', training: true, done: (s) => Boolean(s.training?.schoolTalksStartedAt) },
    { mutation: 'fixTrainingCalendar', training: true, done: (s) => stage(s) === 'CALENDAR_FIXED' },
    {
      mutation: 'planTrainingSession',
      training: true,
      // Five weeks into the region's school year: after the summer holiday, before the autumn one.
      input: (s) => ({
        date: s.training?.schoolYear
          ? addIsoDays(s.training.schoolYear.firstDay, 35)
          : `${s.training?.targetYear}-10-07`,
        title: 'Training signaleren voor intern begeleiders en aandachtsfunctionarissen',
      }),
      done: (s) => (s.training?.sessions.length ?? 0) > 0,
    },
  ];
}

/** What driving a plan did. */
export interface DriveResult {
  state: SeedState;
  /** Mutations taken (0 when the programme was already as planned). */
  steps: number;
  /** Remarks for the report, e.g. a training track that waits for January (R3.1). */
  notes: string[];
}

/**
 * Takes the plan's missing steps in order, each through `take` (a GraphQL mutation), and carries
 * on from the state each step answers. Stops once the programme no longer runs (paused, aborted).
 * A refused step throws StepRefusedError, except an R3.1 refusal on the training track: the school
 * year decides when that can go on, so the rest of the track is left for later and noted.
 */
export async function drivePlan(
  plan: DemoProgramme,
  initial: SeedState,
  take: (step: ResolvedStep) => Promise<StepOutcome>,
): Promise<DriveResult> {
  let state = initial;
  let steps = 0;
  const notes: string[] = [];
  let trainingWaits = false;
  for (const step of plannedSteps(plan)) {
    if (state.status !== 'ACTIVE') break;
    if (step.done(state) || (step.training && trainingWaits)) continue;
    // One call for every mutation's input function (a union of 25 signatures).
    const input =
      typeof step.input === 'function' ? (step.input as (s: SeedState) => ResolvedStep['input'])(state) : step.input;
    const resolved = {
      mutation: step.mutation,
      ...(input ? { input } : {}),
      ...(step.actingAs ? { actingAs: step.actingAs } : {}),
    } as ResolvedStep;
    const outcome = await take(resolved);
    if (!outcome.ok) {
      if (step.training && outcome.refusal.rule === 'R3.1') {
        trainingWaits = true;
        notes.push(`scholing: ${outcome.refusal.message}`);
        continue;
      }
      throw new StepRefusedError(resolved, outcome.refusal);
    }
    state = outcome.state;
    steps += 1;
  }
  return { state, steps, notes };
}
