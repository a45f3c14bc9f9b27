import type { RuleId } from '../rule-ids';
import type { ProgrammePhase, ProgrammeSnapshot } from '../programme';
import type { PastPhase } from './past-phases';

/** Partner domains (docs/rules.md "People and roles"). */
export const PARTNER_DOMAINS = ['CARE', 'EDUCATION', 'JUSTICE', 'MUNICIPALITY', 'OTHER'] as const;
export type PartnerDomain = (typeof PARTNER_DOMAINS)[number];

/** R2.2 theme catalogue. */
export const THEMES = ['SIGNALLING', 'EXPERTISE', 'COLLABORATION', 'INFORMATION_SHARING', 'PREVENTION'] as const;
export type Theme = (typeof THEMES)[number];

export const PROJECT_LEAD_KINDS = ['INTERNAL', 'EXTERNAL'] as const;
export type ProjectLeadKind = (typeof PROJECT_LEAD_KINDS)[number];

/** R3.2 action statuses. */
export const ACTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** R2.4: support is confirmed at both levels of an organisation. */
export const SUPPORT_LEVELS = ['PROFESSIONAL', 'MANAGEMENT'] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

/** R1.4 / R1.5 recommended (not blocking) commitment items. */
export const RECOMMENDATIONS = ['ALDERMEN_ALIGNED', 'MAYOR_CONSULTED', 'VEILIG_THUIS_COMMISSIONING'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** R4.1 existing policy instruments; a stand-alone project is listed only to be refused by name. */
export const POLICY_INSTRUMENT_KINDS = [
  'REGIONAL_APPROACH_PLAN',
  'SOCIAL_DEVELOPMENT_AGENDA',
  'DOMESTIC_VIOLENCE_ACTION_PLAN',
  'SCHOOL_BOARD_TRAINING_PROGRAMME',
  'OTHER_EXISTING_POLICY',
  'STAND_ALONE_PROJECT',
] as const;
export type PolicyInstrumentKind = (typeof POLICY_INSTRUMENT_KINDS)[number];

/** Who did something. Names of officials are optional: a role suffices (docs/rules.md "Data protection"). */
export const ACTOR_ROLES = [
  'PROJECT_LEAD',
  'ADMINISTRATIVE_LEAD',
  'PROGRAMME_MANAGER',
  'KWARTIERMAKER',
  'PARTNER',
  'SYSTEM',
] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];
export interface Actor {
  role: ActorRole;
  /**
   * A name, as steps recorded before the member directory carried it (a token subject, or what a
   * caller typed). New steps carry `memberId` instead: names live only in the directory (P4).
   */
  name?: string;
  /** The opaque directory id of the person who took the step (P1, P4). */
  memberId?: string;
  /** Set when a programme manager recorded the alderman's decision: the alderman's member id (P1). */
  onBehalfOf?: string;
}

export const ESCALATION_LEVEL_NAMES = { 1: 'REMINDER', 2: 'ADMINISTRATIVE', 3: 'NATIONAL' } as const;
export type EscalationLevel = 1 | 2 | 3;
export type EscalationLevelName = (typeof ESCALATION_LEVEL_NAMES)[EscalationLevel];

/** Who receives an escalation of a level (docs/rules.md "Stalls and escalations"). */
export const ESCALATION_RECIPIENTS = { 1: 'PROJECT_LEAD', 2: 'ADMINISTRATIVE_LEAD', 3: 'KWARTIERMAKER' } as const;

export const ESCALATION_KINDS = [
  'STALL',
  'TRAINING_WINDOW_OPEN',
  'TRAINING_NOT_STARTED',
  'SCHOOL_YEAR_MISSED',
  'CALENDAR_NOT_FIXED',
  'LEAD_DEPARTED',
] as const;
export type EscalationKind = (typeof ESCALATION_KINDS)[number];

/** A step with its own progress clock: a phase, one execution action, or the training track. */
export type StepKey =
  | 'COMMITMENT'
  | 'AGENDA'
  | 'EMBEDDING'
  | 'CONTINUATION'
  | 'TRAINING'
  | `ACTION:${string}`
  /** R1.6: the (new) administrative lead re-confirms the commitment. */
  | 'RECOMMITMENT'
  /** R4.5: record the successor of the instrument an action (by id) is embedded in. */
  | `SUCCESSOR:${string}`;

export const ACKNOWLEDGE_DECISIONS = ['EXTEND', 'PAUSE', 'NOTE'] as const;
export type AcknowledgeDecision = (typeof ACKNOWLEDGE_DECISIONS)[number];

// NO_CHANNEL: neither the programme nor the worker has a webhook; not a failure, nothing is retried
// until one is configured (programme-lifecycle.workflow.ts).
export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILING', 'NO_CHANNEL'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Outbox entry of one escalation: delivered at least once, retried until it is, never dropped. */
export interface EscalationDelivery {
  status: DeliveryStatus;
  attempts: number;
  lastAttemptAt?: string;
  lastError?: string;
  deliveredAt?: string;
  /** Where it went (the programme's webhook or the global one); absent until the first attempt. */
  target?: string;
}

export interface EscalationAcknowledgement {
  at: string;
  by: Actor;
  decision: AcknowledgeDecision;
  weeks?: number;
  note?: string;
}

export interface Escalation {
  /** Stable id and webhook idempotency key: `<programmeId>/escalation-<n>`. */
  id: string;
  level: EscalationLevel;
  levelName: EscalationLevelName;
  recipient: (typeof ESCALATION_RECIPIENTS)[EscalationLevel];
  kind: EscalationKind;
  step: StepKey;
  ruleId?: RuleId;
  /** Dutch sentence for the recipient. */
  message: string;
  /** The exact instant the deadline passed (ISO); `raisedAt` may be later if it fired on resume. */
  dueAt: string;
  raisedAt: string;
  status: 'OPEN' | 'ACKNOWLEDGED' | 'RESOLVED';
  resolvedAt?: string;
  resolution?: string;
  acknowledgements: EscalationAcknowledgement[];
  delivery: EscalationDelivery;
}

/** Progress clock of one step (elapsed time while not paused). */
export interface StallClock {
  step: StepKey;
  /** Elapsed milliseconds accrued before `runningSince`. */
  accruedMs: number;
  /** ISO instant the clock last (re)started; null while paused. */
  runningSince: string | null;
  /** Extra weeks granted by acknowledgements ("extend by N weeks"). */
  extensionWeeks: number;
  /** Highest ladder level already fired for the current stall (0 = none). */
  firedLevel: 0 | EscalationLevel;
}

export interface Partner {
  organisation: string;
  domain: PartnerDomain;
  committedAt: string;
}

export interface ProjectLead {
  kind: ProjectLeadKind;
  name?: string;
  appointedAt: string;
  departedAt?: string;
}

export interface Bottleneck {
  id: string;
  description: string;
  domain: PartnerDomain;
  recordedAt: string;
}

export interface SupportConfirmation {
  organisation: string;
  level: SupportLevel;
  at: string;
  by: Actor;
}

/** R4.5: the years a policy instrument runs, as policy documents name them ("2015–2020"); `to` absent: open-ended. */
export interface InstrumentPeriod {
  from: number;
  to?: number;
}

/** R4.5: an instrument an embedding was in before its successor was recorded. */
export interface PastInstrument {
  instrument: PolicyInstrumentKind;
  instrumentName: string;
  period?: InstrumentPeriod;
  endedAt?: string;
  succeededAt: string;
}

export interface Embedding {
  instrument: PolicyInstrumentKind;
  instrumentName: string;
  takenOverBy: string;
  responsibleRole: string;
  recordedAt: string;
  /** R4.5: the instrument's period, when it has one (absent on embeddings recorded before R4.5). */
  period?: InstrumentPeriod;
  /**
   * R4.5: when the instrument stopped being in force: 00:00 Amsterdam on 1 January after its
   * `to` year (PERIOD), or the check-in that said so (CHECK_IN). Cleared when a successor is recorded.
   */
  ended?: { at: string; by: 'PERIOD' | 'CHECK_IN' };
  /** R4.5: check-in years that confirmed the instrument still in force. */
  confirmedInForce?: number[];
  /** R4.5: the instruments it was in before, oldest first. */
  pastInstruments?: PastInstrument[];
}

/** C3: a member municipality's embedding of a shared action, in its own policy or a regional instrument it adopted. */
export interface MemberEmbedding extends Embedding {
  municipalityCode: string;
}

export interface Action {
  id: string;
  title: string;
  theme: Theme;
  ownerOrganisation: string;
  aimedAtSchools: boolean;
  practiceId?: string;
  status: ActionStatus;
  droppedReason?: string;
  addedAt: string;
  /** R3.2: added while executing, so it passes the support test before it may move. */
  addedDuringExecution: boolean;
  embedding?: Embedding;
  /** C3: the embeddings of member municipalities of a collective (the lead's is `embedding`). */
  memberEmbeddings?: MemberEmbedding[];
}

export const TRAINING_STAGES = ['WAITING_FOR_WINDOW', 'WINDOW_OPEN', 'BOARD_TALKS', 'CALENDAR_FIXED'] as const;
export type TrainingStage = (typeof TRAINING_STAGES)[number];

export interface TrainingSession {
  id: string;
  date: string;
  title: string;
  plannedAt: string;
  /** R3.3 planned on a school year whose holidays are not in the data yet: checked against the estimate. */
  provisional?: boolean;
  delivered?: { at: string; schoolsReached: number; staffTrained: number };
}

/** R3.1 training track, planned on the school-year calendar. */
export interface TrainingTrack {
  dueAt: string;
  /** School year Y/Y+1 the training should land in. */
  targetYear: number;
  stage: TrainingStage;
  /** Deadlines of the current target year that already fired (so none fires twice). */
  fired: { windowOpen: boolean; notStarted: boolean };
  /**
   * The target year's deadlines (ISO instants), computed once when the year is planned: timers
   * follow these stored values, so a later change of time-zone data never moves a running
   * programme's deadlines on replay. Recomputed when the year slips or the cut-off changes.
   */
  deadlines?: {
    windowOpensAt: string;
    notStartedEscalationAt: string;
    schoolYearMissedAt: string;
    calendarCutoffAt: string;
  };
  /** School year Y/Y+1 of the municipality's holiday region (sessions fall inside it). */
  schoolYear?: { firstDay: string; lastDay: string; provisional: boolean };
  boardTalksStartedAt?: string;
  schoolTalksStartedAt?: string;
  calendarFixedAt?: string;
  missedYears: number[];
  sessions: TrainingSession[];
}

export const RISK_FLAGS = ['EXTERNAL_LEAD', 'LEAD_DEPARTED', 'SCHOOL_YEAR_MISSED', 'RECOMMITMENT_DUE'] as const;
export type RiskFlag = (typeof RISK_FLAGS)[number];

export interface IndicatorReport {
  /** 'YYYY-Qn' for quarterly reports, 'YYYY' for a continuation check-in. */
  period: string;
  repeatReports?: number;
  professionalsTrained?: number;
  schoolsReached?: number;
  note?: string;
  at: string;
}

/** One stay in a phase; `leftAt` is set when the programme moved on to the next phase. */
export interface PhaseStay {
  phase: ProgrammePhase;
  enteredAt: string;
  leftAt?: string;
}

/** A mentor for this programme (docs/rules.md "National view": a pioneer collective or a programme past embedding). */
export interface MentorPairing {
  kind: 'PIONEER' | 'PROGRAMME';
  municipalityCode: string;
  /** Set when the mentor is a programme rather than a pioneer collective. */
  programmeId?: string;
  /** The mentor's name as shown: the collective or the municipality. */
  name: string;
  note?: string;
  pairedAt: string;
  by: Actor;
}

/** A merger (herindeling) the programme's municipality went through (docs/rules.md "Municipal mergers"). */
export interface MunicipalityMerger {
  formerCode: string;
  /** C1: the merged municipality was a member of the programme's collective, not its lead. */
  member?: true;
  formerName?: string;
  /** The programme's number under its former municipality (its id keeps it). */
  formerSequence: number;
  successorCode: string;
  successorName?: string;
  /** `YYYY-01-01`. */
  effectiveOn: string;
  recordedAt: string;
}

export interface TimelineEntry {
  at: string;
  by: Actor;
  /** The command or system event, e.g. `commitPartner`, `escalationRaised`. */
  event: string;
  /** Dutch summary. */
  summary: string;
}

/** Per-programme policy (docs/rules.md "Stalls and escalations"; R3.1 calendar cut-off). */
export interface ProgrammeSettings {
  stallThresholdWeeks: {
    COMMITMENT: number;
    AGENDA: number;
    EXECUTION: number;
    EMBEDDING: number;
    CONTINUATION: number;
  };
  /** Weeks between ladder levels. */
  escalationIntervalWeeks: number;
  /** 'MM-DD': school boards fix their calendar by this date (R3.1). */
  calendarCutoff: string;
  /** Escalations of this programme go here; else the worker's global webhook. */
  webhookUrl?: string;
}

/**
 * C1: a member municipality of a collective; the lead (penvoerder) is the programme's
 * `municipalityCode`. A member that left keeps its entry (and its embeddings, C4); one that joins
 * again gets a new entry.
 */
export interface CollectiveMember {
  municipalityCode: string;
  joinedAt: string;
  leftAt?: string;
  /** C2: the member's own alderman confirmed the commitment. */
  confirmedAt?: string;
  confirmedBy?: Actor;
}

/** R1.6: why the commitment must be re-confirmed: a new administrative lead, or an election day. */
export const RECOMMITMENT_REASONS = ['NEW_LEAD', 'ELECTION'] as const;
export type RecommitmentReason = (typeof RECOMMITMENT_REASONS)[number];
export interface Recommitment {
  reason: RecommitmentReason;
  /** When the 12 weeks began (designation, or election day + 16 weeks). */
  since: string;
  /** ELECTION: the polling day (YYYY-MM-DD). */
  electionDay?: string;
}

/** The whole programme as its workflow holds it; the query and the read model show this. */
export interface ProgrammeState extends ProgrammeSnapshot {
  province?: string;
  schoolHolidayRegion?: 'noord' | 'midden' | 'zuid';
  settings: ProgrammeSettings;
  phaseEnteredAt: string;
  /**
   * Every phase the programme has been in, oldest first (the last one is the current phase).
   * Absent in states recorded before it existed; `phaseStays(state)` fills it in.
   */
  phaseHistory?: PhaseStay[];
  /**
   * When the programme was registered in Olievlek, if it really began earlier (`startedAt` is
   * then the day it began, for the spread curve; its clocks run from registration).
   */
  registeredAt?: string;
  /**
   * The days past phases really ended, declared at registration (`past-phases.ts`): the step that
   * completes such a phase dates the move to the next one back to that day.
   */
  pastPhases?: PastPhase[];
  mentor?: MentorPairing;
  /** Mergers of its municipality, oldest first; absent when there were none. */
  mergers?: MunicipalityMerger[];
  /** R1.6: the provisional next election day configured when the programme started (else the default). */
  nextElectionDay?: string;
  /** C1: the member municipalities when a collective runs the programme; absent for one municipality. */
  collectiveMembers?: CollectiveMember[];
  /** Set while PAUSED. */
  pause?: { since: string; reason: string; by: Actor };
  abortReason?: string;
  commitment: {
    administrativeLead?: {
      name?: string;
      designatedAt: string;
      /** R1.6 / P1: the member holding ADMINISTRATIVE_LEAD when designated (set by the API, never by the request). */
      memberId?: string;
    };
    /** R1.6: open while the (new) administrative lead has not re-confirmed; absent in older states. */
    recommitment?: Recommitment;
    /** R1.6: the last re-confirmation by the administrative lead. */
    reconfirmedAt?: string;
    partners: Partner[];
    projectLead?: ProjectLead;
    pastProjectLeads: ProjectLead[];
    recommendations: Partial<Record<Recommendation, string>>;
    confirmedAt?: string;
  };
  agenda: {
    bottlenecks: Bottleneck[];
    themes: Theme[];
    actions: Action[];
    support: SupportConfirmation[];
    adoptedAt?: string;
  };
  training?: TrainingTrack;
  embeddingOwner?: { role: string; name?: string; namedAt: string };
  riskFlags: RiskFlag[];
  clocks: StallClock[];
  escalations: Escalation[];
  indicators: IndicatorReport[];
  timeline: TimelineEntry[];
  /** Counter behind ids (escalations, actions, bottlenecks, sessions); survives continue-as-new. */
  nextId: number;
}

export type { ProgrammePhase };
