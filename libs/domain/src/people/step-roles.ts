import type { CommandPayloads, CommandType } from '../lifecycle/commands';
import type { Actor, ActorRole, EscalationLevel } from '../lifecycle/types';
import { err, ok, type Result } from '../result';
import { sameOrganisation, type Grant, type MemberRole } from './roles';

/** Who may take a step: a programme role, or the national kwartiermaker. */
export type StepRole = MemberRole | 'KWARTIERMAKER';

/**
 * P1: the roles that may take each step, the first being the one chosen when a person holds more
 * than one and names none. OBSERVER takes no step. Steps whose workflow handler also checks a role
 * (R1.1 confirm, R2.5 adopt, escalations, mentors) list the same roles here, so a refusal comes
 * before anything reaches the workflow.
 */
export const STEP_ROLES: { readonly [T in CommandType]: readonly StepRole[] } = {
  // R1.1; R1.6: past COMMITMENT the programme manager may record a new alderman too.
  designateAdministrativeLead: ['PROJECT_LEAD', 'PROGRAMME_MANAGER'],
  // R1.2: the project lead records a partner's commitment, or the partner's own contact does.
  commitPartner: ['PROJECT_LEAD', 'PARTNER_CONTACT'],
  appointProjectLead: ['PROJECT_LEAD', 'ADMINISTRATIVE_LEAD'],
  recordRecommendation: ['PROJECT_LEAD'],
  // R1.1: the alderman's step.
  confirmCommitment: ['ADMINISTRATIVE_LEAD'],
  // C1: the lead municipality's leads manage who takes part.
  addCollectiveMember: ['PROJECT_LEAD', 'ADMINISTRATIVE_LEAD'],
  removeCollectiveMember: ['PROJECT_LEAD', 'ADMINISTRATIVE_LEAD'],
  // C2: only the member municipality's own alderman (a membership for that municipality).
  confirmMemberCommitment: ['ADMINISTRATIVE_LEAD'],
  // R2.1: bottlenecks are named bottom-up, by the partners too.
  recordBottleneck: ['PROJECT_LEAD', 'PARTNER_CONTACT'],
  selectTheme: ['PROJECT_LEAD'],
  deselectTheme: ['PROJECT_LEAD'],
  addAction: ['PROJECT_LEAD'],
  // R2.4: only the partner organisation's own contact at that level.
  confirmSupport: ['PARTNER_CONTACT'],
  // R2.5: the alderman's step.
  adoptAgenda: ['ADMINISTRATIVE_LEAD'],
  updateActionStatus: ['PROJECT_LEAD', 'PARTNER_CONTACT'],
  startSchoolBoardTalks: ['PROJECT_LEAD'],
  startSchoolTalks: ['PROJECT_LEAD'],
  fixTrainingCalendar: ['PROJECT_LEAD'],
  planTrainingSession: ['PROJECT_LEAD'],
  recordTrainingDelivered: ['PROJECT_LEAD'],
  completeExecution: ['PROJECT_LEAD'],
  recordEmbedding: ['PROJECT_LEAD'],
  nameEmbeddingOwner: ['PROJECT_LEAD'],
  recordLeadDeparture: ['PROJECT_LEAD'],
  completeEmbedding: ['PROJECT_LEAD'],
  recordCheckIn: ['PROJECT_LEAD'],
  // R4.5: the project lead records the instrument that follows an ended one.
  recordSuccessorInstrument: ['PROJECT_LEAD'],
  closeProgramme: ['PROJECT_LEAD'],
  reportIndicators: ['PROJECT_LEAD', 'PROGRAMME_MANAGER'],
  // P3: levels 1 and 2 are decided by the alderman; level 3 only nationally (see allowedRoles).
  acknowledgeEscalation: ['ADMINISTRATIVE_LEAD', 'KWARTIERMAKER'],
  // Issue 15: the kwartiermaker may also pause or resume a programme from the national view (the
  // rulebook names only the municipality's leads; the issue asks for it, and the pause stops the
  // same clocks whoever records it).
  pauseProgramme: ['PROJECT_LEAD', 'ADMINISTRATIVE_LEAD', 'KWARTIERMAKER'],
  resumeProgramme: ['PROJECT_LEAD', 'ADMINISTRATIVE_LEAD', 'KWARTIERMAKER'],
  abortProgramme: ['ADMINISTRATIVE_LEAD', 'KWARTIERMAKER'],
  // P3: a municipality only tightens within the national bounds; loosening is a kwartiermaker's (settings.ts).
  changeSettings: ['PROJECT_LEAD', 'KWARTIERMAKER'],
  recordMentorPairing: ['KWARTIERMAKER'],
  // R1.6: the (new) alderman's step.
  reconfirmCommitment: ['ADMINISTRATIVE_LEAD'],
};

/** The steps a programme manager may record "on behalf of" the designated alderman (P1). */
export const ON_BEHALF_STEPS: ReadonlySet<CommandType> = new Set([
  'confirmCommitment',
  'adoptAgenda',
  'acknowledgeEscalation',
  'reconfirmCommitment',
]);

/** The person asking, as the directory knows them for one programme. */
export interface Person {
  memberId: string;
  grants: readonly Grant[];
  /** National: from the sign-in identity, not from a membership. */
  kwartiermaker: boolean;
}

/** What the step needs to know beyond its payload. */
export interface StepContext {
  /** The level of the escalation an `acknowledgeEscalation` names, if it exists. */
  escalationLevel?: EscalationLevel;
  /** The member designated administrative lead of this programme, if any. */
  administrativeLead?: string;
}

export interface StepRequest {
  /** Only to choose between roles the person really holds. */
  actingAs?: ActorRole;
  /** A programme manager recording the alderman's decision (P1). */
  onBehalfOfAdministrativeLead?: boolean;
}

/** Why a person may not take a step; every one is FORBIDDEN, and nothing is recorded. */
export type StepAccessRefusal =
  | { kind: 'NOT_YOUR_STEP'; type: CommandType; needs: readonly StepRole[] }
  | { kind: 'ROLE_NOT_HELD'; actingAs: ActorRole; holds: readonly ActorRole[] }
  | { kind: 'NOT_YOUR_ORGANISATION'; organisation: string; level?: string }
  | { kind: 'NO_ADMINISTRATIVE_LEAD' }
  | { kind: 'NOT_ON_BEHALF'; type: CommandType }
  | { kind: 'NOT_YOUR_MUNICIPALITY'; municipalityCode: string };

const ACTOR_ROLE: Record<StepRole, ActorRole> = {
  PROJECT_LEAD: 'PROJECT_LEAD',
  ADMINISTRATIVE_LEAD: 'ADMINISTRATIVE_LEAD',
  PARTNER_CONTACT: 'PARTNER',
  PROGRAMME_MANAGER: 'PROGRAMME_MANAGER',
  OBSERVER: 'PROJECT_LEAD', // never used: OBSERVER is in no step's list
  KWARTIERMAKER: 'KWARTIERMAKER',
};

/** The roles that may take this step, narrowed by what it is about (an escalation's level). */
export function allowedRoles(type: CommandType, context: StepContext = {}): readonly StepRole[] {
  if (type === 'acknowledgeEscalation' && context.escalationLevel === 3) return ['KWARTIERMAKER'];
  return STEP_ROLES[type];
}

/** Whether a grant lets its holder take this step with this payload (a partner only for their own organisation). */
function grantFits(grant: Grant, type: CommandType, payload: Partial<CommandPayloads[CommandType]>): boolean {
  // C2: a member municipality's commitment is confirmed by that municipality's own alderman only,
  // and a member's alderman takes none of the lead municipality's steps.
  if (type === 'confirmMemberCommitment') {
    const code = (payload as { municipalityCode?: unknown }).municipalityCode;
    return (
      grant.municipalityCode !== undefined &&
      typeof code === 'string' &&
      grant.municipalityCode === code.trim().toUpperCase()
    );
  }
  if (grant.municipalityCode !== undefined) return false;
  if (grant.role !== 'PARTNER_CONTACT') return true;
  const p = payload as { organisation?: unknown; level?: unknown };
  if (type === 'confirmSupport') {
    return (
      typeof p.organisation === 'string' &&
      grant.partner !== undefined &&
      sameOrganisation(grant.partner.organisation, p.organisation) &&
      grant.partner.level === p.level
    );
  }
  if (type === 'commitPartner') {
    return (
      typeof p.organisation === 'string' &&
      grant.partner !== undefined &&
      sameOrganisation(grant.partner.organisation, p.organisation)
    );
  }
  return true;
}

/**
 * P1: the actor a step is recorded with, chosen from the roles the person holds in the programme,
 * never from a role the request claims. `actingAs` only chooses between held roles; a programme
 * manager records an alderman's decision only explicitly, and the actor then names the alderman.
 */
export function chooseActor<T extends CommandType>(
  person: Person,
  type: T,
  payload: Partial<CommandPayloads[T]>,
  request: StepRequest = {},
  context: StepContext = {},
): Result<Actor, StepAccessRefusal> {
  const allowed = allowedRoles(type, context);

  if (request.onBehalfOfAdministrativeLead) {
    if (!ON_BEHALF_STEPS.has(type) || !allowed.includes('ADMINISTRATIVE_LEAD'))
      return err({ kind: 'NOT_ON_BEHALF', type });
    if (!person.grants.some((g) => g.role === 'PROGRAMME_MANAGER'))
      return err({ kind: 'NOT_YOUR_STEP', type, needs: ['PROGRAMME_MANAGER'] });
    if (context.administrativeLead === undefined) return err({ kind: 'NO_ADMINISTRATIVE_LEAD' });
    return ok({ role: 'ADMINISTRATIVE_LEAD', memberId: person.memberId, onBehalfOf: context.administrativeLead });
  }

  const held: StepRole[] = [
    ...person.grants.map((g) => g.role),
    ...(person.kwartiermaker ? ['KWARTIERMAKER' as const] : []),
  ];
  const fitting = allowed.filter((role) =>
    role === 'KWARTIERMAKER'
      ? person.kwartiermaker
      : person.grants.some((g) => g.role === role && grantFits(g, type, payload)),
  );
  if (request.actingAs !== undefined) {
    const chosen = fitting.find((role) => ACTOR_ROLE[role] === request.actingAs);
    if (chosen) return ok({ role: ACTOR_ROLE[chosen], memberId: person.memberId });
    const holds = [...new Set(held.map((r) => ACTOR_ROLE[r]))];
    if (!holds.includes(request.actingAs)) return err({ kind: 'ROLE_NOT_HELD', actingAs: request.actingAs, holds });
    return err({ kind: 'NOT_YOUR_STEP', type, needs: allowed });
  }
  const first = fitting[0];
  if (first !== undefined) return ok({ role: ACTOR_ROLE[first], memberId: person.memberId });
  if (type === 'confirmMemberCommitment' && person.grants.some((g) => g.role === 'ADMINISTRATIVE_LEAD')) {
    const code = (payload as { municipalityCode?: unknown }).municipalityCode;
    return err({ kind: 'NOT_YOUR_MUNICIPALITY', municipalityCode: typeof code === 'string' ? code : '' });
  }
  // A partner contact of another organisation (or level) gets the reason, not a bare "no".
  const partnerOnly = allowed.includes('PARTNER_CONTACT') && person.grants.some((g) => g.role === 'PARTNER_CONTACT');
  if (partnerOnly && (type === 'confirmSupport' || type === 'commitPartner')) {
    const p = payload as { organisation?: unknown; level?: unknown };
    return err({
      kind: 'NOT_YOUR_ORGANISATION',
      organisation: typeof p.organisation === 'string' ? p.organisation : '',
      ...(typeof p.level === 'string' ? { level: p.level } : {}),
    });
  }
  return err({ kind: 'NOT_YOUR_STEP', type, needs: allowed });
}
