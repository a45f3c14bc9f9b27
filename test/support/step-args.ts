import type { CommandType } from '../../libs/domain/src';

/**
 * A valid GraphQL argument list for each step (valid as a request, not by the programme's rules),
 * for the authorisation matrices: partner steps name the GGD (a CARE organisation).
 */
export const STEP_ARGS: Record<CommandType, string> = {
  designateAdministrativeLead: 'input: {}',
  commitPartner: 'input: { organisation: "GGD", domain: CARE }',
  appointProjectLead: 'input: { kind: INTERNAL }',
  recordRecommendation: 'input: { item: MAYOR_CONSULTED }',
  confirmCommitment: '',
  addCollectiveMember: 'input: { municipalityCode: "GM0362" }',
  removeCollectiveMember: 'input: { municipalityCode: "GM0362" }',
  confirmMemberCommitment: 'input: { municipalityCode: "GM0362" }',
  recordBottleneck: 'input: { description: "Knelpunt", domain: CARE }',
  selectTheme: 'input: { theme: SIGNALLING }',
  deselectTheme: 'input: { theme: SIGNALLING }',
  addAction: 'input: { title: "Actie", theme: SIGNALLING, ownerOrganisation: "GGD" }',
  confirmSupport: 'input: { organisation: "GGD", level: PROFESSIONAL }',
  adoptAgenda: '',
  updateActionStatus: 'input: { actionId: "action-1", status: DONE }',
  startSchoolBoardTalks: '',
  startSchoolTalks: '',
  fixTrainingCalendar: '',
  planTrainingSession: 'input: { date: "2027-10-01", title: "Training" }',
  recordTrainingDelivered: 'input: { sessionId: "session-1", schoolsReached: 1, staffTrained: 1 }',
  completeExecution: '',
  recordEmbedding:
    'input: { actionId: "action-1", instrument: REGIONAL_APPROACH_PLAN, instrumentName: "Regioaanpak", takenOverBy: "GGD", responsibleRole: "manager" }',
  nameEmbeddingOwner: 'input: { role: "beleidsmedewerker" }',
  recordLeadDeparture: '',
  completeEmbedding: '',
  recordCheckIn: 'input: { year: 2028 }',
  recordSuccessorInstrument: 'input: { actionId: "action-1", instrumentName: "Regioaanpak 2021–2026" }',
  closeProgramme: 'input: {}',
  reportIndicators: 'input: { period: "2027-Q1" }',
  acknowledgeEscalation: 'input: { escalationId: "x", decision: NOTE }',
  pauseProgramme: 'input: { reason: "Verkiezingen" }',
  resumeProgramme: '',
  abortProgramme: 'input: { reason: "Fusie" }',
  changeSettings: 'input: { escalationIntervalWeeks: 5 }',
  recordMentorPairing: 'input: { mentorMunicipalityCode: "GM0917" }',
};
