import type { SettingsOverride } from './settings';
import type {
  AcknowledgeDecision,
  ActionStatus,
  Actor,
  PartnerDomain,
  PolicyInstrumentKind,
  ProjectLeadKind,
  Recommendation,
  SupportLevel,
  Theme,
} from './types';
import type { InstrumentPeriod } from './types';

/** R4.5: the instrument that follows an ended one (same kind unless named). */
export interface SuccessorInstrument {
  instrumentName: string;
  period?: InstrumentPeriod;
  instrument?: PolicyInstrumentKind;
}

/** R4.5: one embedding's line of a yearly check-in. */
export interface EmbeddingCheck {
  actionId: string;
  inForce: boolean;
  successor?: SuccessorInstrument;
}

/** A step that needs nothing but who takes it. */
export type NoPayload = Record<never, never>;

/**
 * Every human step of a programme, with its payload. The wire name of each Temporal Update is the
 * command type; deployed names never change. Every command carries who takes the step.
 */
export interface CommandPayloads {
  // P1 COMMITMENT
  /** R1.1; R1.6 in any later phase. `memberId` is added by the API from the directory (P1), never by the request. */
  designateAdministrativeLead: { name?: string; memberId?: string };
  commitPartner: { organisation: string; domain: PartnerDomain };
  appointProjectLead: { kind: ProjectLeadKind; name?: string };
  recordRecommendation: { item: Recommendation };
  confirmCommitment: NoPayload;
  /** R1.6: the (new) administrative lead re-confirms the commitment past COMMITMENT. */
  reconfirmCommitment: NoPayload;
  // C1 / C2 regional collectives (any phase until continuation)
  addCollectiveMember: { municipalityCode: string };
  removeCollectiveMember: { municipalityCode: string };
  confirmMemberCommitment: { municipalityCode: string };
  // P2 AGENDA
  recordBottleneck: { description: string; domain: PartnerDomain };
  selectTheme: { theme: Theme };
  deselectTheme: { theme: Theme };
  addAction: { title: string; theme: Theme; ownerOrganisation: string; aimedAtSchools?: boolean; practiceId?: string };
  confirmSupport: { organisation: string; level: SupportLevel };
  adoptAgenda: NoPayload;
  // P3 EXECUTION
  updateActionStatus: { actionId: string; status: ActionStatus; reason?: string };
  startSchoolBoardTalks: NoPayload;
  startSchoolTalks: NoPayload;
  fixTrainingCalendar: NoPayload;
  planTrainingSession: { date: string; title: string };
  recordTrainingDelivered: { sessionId: string; schoolsReached: number; staffTrained: number };
  completeExecution: NoPayload;
  // P4 EMBEDDING
  recordEmbedding: {
    actionId: string;
    instrument: PolicyInstrumentKind;
    instrumentName: string;
    takenOverBy: string;
    responsibleRole: string;
    /** R4.5: the instrument's period, when it has one. */
    period?: InstrumentPeriod;
    /** C3: the member municipality that embeds (default: the lead). */
    municipalityCode?: string;
  };
  nameEmbeddingOwner: { role: string; name?: string };
  recordLeadDeparture: NoPayload;
  completeEmbedding: NoPayload;
  // P5 CONTINUATION
  recordCheckIn: {
    year: number;
    repeatReports?: number;
    professionalsTrained?: number;
    schoolsReached?: number;
    note?: string;
    /** R4.5: per embedding (by action id), whether its instrument is still in force, or its successor. */
    embeddings?: readonly EmbeddingCheck[];
  };
  /** R4.5: the instrument that follows the one an action is embedded in. */
  recordSuccessorInstrument: SuccessorInstrument & { actionId: string };
  closeProgramme: { note?: string };
  // any phase
  reportIndicators: { period: string; repeatReports?: number; professionalsTrained?: number; schoolsReached?: number };
  acknowledgeEscalation: { escalationId: string; decision: AcknowledgeDecision; weeks?: number; note?: string };
  pauseProgramme: { reason: string };
  resumeProgramme: NoPayload;
  abortProgramme: { reason: string };
  changeSettings: SettingsOverride;
  /** The API checks that the mentor may mentor (a pioneer, or a programme past embedding). */
  recordMentorPairing: {
    kind: 'PIONEER' | 'PROGRAMME';
    municipalityCode: string;
    programmeId?: string;
    name: string;
    note?: string;
  };
}

export type CommandType = keyof CommandPayloads;

/** The argument of an update: the payload plus who takes the step. */
export type CommandInput<T extends CommandType> = CommandPayloads[T] & { actor: Actor };

export type Command = { [T in CommandType]: { type: T } & CommandInput<T> }[CommandType];

/** All command types, in lifecycle order (used to register one update per command). */
export const COMMAND_TYPES = [
  'designateAdministrativeLead',
  'commitPartner',
  'appointProjectLead',
  'recordRecommendation',
  'confirmCommitment',
  'addCollectiveMember',
  'removeCollectiveMember',
  'confirmMemberCommitment',
  'recordBottleneck',
  'selectTheme',
  'deselectTheme',
  'addAction',
  'confirmSupport',
  'adoptAgenda',
  'updateActionStatus',
  'startSchoolBoardTalks',
  'startSchoolTalks',
  'fixTrainingCalendar',
  'planTrainingSession',
  'recordTrainingDelivered',
  'completeExecution',
  'recordEmbedding',
  'nameEmbeddingOwner',
  'recordLeadDeparture',
  'completeEmbedding',
  'recordCheckIn',
  'recordSuccessorInstrument',
  'closeProgramme',
  'reportIndicators',
  'acknowledgeEscalation',
  'pauseProgramme',
  'resumeProgramme',
  'abortProgramme',
  'changeSettings',
  'recordMentorPairing',
  'reconfirmCommitment',
] as const satisfies readonly CommandType[];

// Compile-time check that the list names every command exactly.
type Missing = Exclude<CommandType, (typeof COMMAND_TYPES)[number]>;
const _allCommandsListed: Missing extends never ? true : Missing = true;
void _allCommandsListed;
