// P1: who may take which step, mirrored from the domain (libs/domain/src/people/step-roles.ts) so
// the page shows a person only the steps their roles allow without the domain's labels in the
// bundle. step-roles.spec.ts fails when the two differ. The server still decides every request.

export type StepRole =
  'PROJECT_LEAD' | 'ADMINISTRATIVE_LEAD' | 'PARTNER_CONTACT' | 'PROGRAMME_MANAGER' | 'OBSERVER' | 'KWARTIERMAKER';

export const STEP_ROLES = {
  designateAdministrativeLead: ['PROJECT_LEAD', 'PROGRAMME_MANAGER'],
  commitPartner: ['PROJECT_LEAD', 'PARTNER_CONTACT'],
  appointProjectLead: ['PROJECT_LEAD', 'ADMINISTRATIVE_LEAD'],
  recordRecommendation: ['PROJECT_LEAD'],
  confirmCommitment: ['ADMINISTRATIVE_LEAD'],
  addCollectiveMember: ['PROJECT_LEAD', 'ADMINISTRATIVE_LEAD'],
  removeCollectiveMember: ['PROJECT_LEAD', 'ADMINISTRATIVE_LEAD'],
  confirmMemberCommitment: ['ADMINISTRATIVE_LEAD'],
  recordBottleneck: ['PROJECT_LEAD', 'PARTNER_CONTACT'],
  selectTheme: ['PROJECT_LEAD'],
  deselectTheme: ['PROJECT_LEAD'],
  addAction: ['PROJECT_LEAD'],
  confirmSupport: ['PARTNER_CONTACT'],
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
  recordSuccessorInstrument: ['PROJECT_LEAD'],
  closeProgramme: ['PROJECT_LEAD'],
  reportIndicators: ['PROJECT_LEAD', 'PROGRAMME_MANAGER'],
  acknowledgeEscalation: ['ADMINISTRATIVE_LEAD', 'KWARTIERMAKER'],
  pauseProgramme: ['PROJECT_LEAD', 'ADMINISTRATIVE_LEAD', 'KWARTIERMAKER'],
  resumeProgramme: ['PROJECT_LEAD', 'ADMINISTRATIVE_LEAD', 'KWARTIERMAKER'],
  abortProgramme: ['ADMINISTRATIVE_LEAD', 'KWARTIERMAKER'],
  changeSettings: ['PROJECT_LEAD', 'KWARTIERMAKER'],
  recordMentorPairing: ['KWARTIERMAKER'],
  reconfirmCommitment: ['ADMINISTRATIVE_LEAD'],
} as const satisfies Record<string, readonly StepRole[]>;

export type StepType = keyof typeof STEP_ROLES;

/** P1: the alderman's decisions a programme manager may record on their behalf. */
export const ON_BEHALF_STEPS: ReadonlySet<StepType> = new Set([
  'confirmCommitment',
  'adoptAgenda',
  'acknowledgeEscalation',
  'reconfirmCommitment',
]);

/** How a person may take a step: in one of their own roles, on behalf of the alderman, or not at all. */
export type StepAccess = 'OWN' | 'ON_BEHALF' | 'NONE';

export function stepAccess(type: StepType, roles: ReadonlySet<StepRole>): StepAccess {
  if ((STEP_ROLES[type] as readonly StepRole[]).some((r) => roles.has(r))) return 'OWN';
  if (ON_BEHALF_STEPS.has(type) && roles.has('PROGRAMME_MANAGER')) return 'ON_BEHALF';
  return 'NONE';
}
