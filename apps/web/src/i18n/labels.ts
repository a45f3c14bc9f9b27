// The words for every code of the API (each enum of apps/api/schema.graphql), per language, as
// react-intl messages keyed `<GraphQLEnumName>.<VALUE>` (issue 15: codes are never shown raw).
// Where the API's enum carries a domain code the words are the domain's own
// (libs/domain/src/labels.ts, the one place per language); a few enums exist only in the API and
// are worded here. labels.spec.ts fails when an enum value of the schema has no words.
import { capitalise, LABELS, LANGUAGES, type LabelKind, type Language } from '../../../../libs/domain/src/labels';

type Catalogue = Record<Language, Record<string, string>>;

/** GraphQL enum → the domain's label kind (values equal, or the domain's in lower case). */
const FROM_DOMAIN: Record<string, LabelKind> = {
  AcknowledgeDecision: 'acknowledgeDecision',
  ActionStatus: 'actionStatus',
  ActorRole: 'actorRole',
  CalendarFeedScope: 'calendarFeedScope',
  DeclarablePhase: 'phase',
  DeliveryStatus: 'deliveryStatus',
  EscalationKind: 'escalationKind',
  EscalationStatus: 'escalationStatus',
  Language: 'language',
  MailRecipientRole: 'mailRecipientRole',
  MemberRole: 'memberRole',
  MentorKind: 'mentorKind',
  NotificationMode: 'notificationMode',
  PartnerDomain: 'partnerDomain',
  PolicyInstrumentKind: 'policyInstrument',
  ProgrammePhase: 'phase',
  ProgrammeStatus: 'status',
  ProjectLeadKind: 'projectLeadKind',
  Recommendation: 'recommendation',
  RecommitmentReason: 'recommitmentReason',
  RiskFlag: 'riskFlag',
  SchoolHolidayKind: 'schoolHolidayKind',
  SchoolHolidayRegion: 'schoolHolidayRegion',
  StepName: 'command',
  SupportLevel: 'supportLevel',
  TaskKind: 'taskKind',
  TaskLabel: 'taskLabel',
  TaskUrgency: 'taskUrgency',
  Theme: 'theme',
  TrainingDeadlineKind: 'trainingDeadline',
  TrainingStage: 'trainingStage',
};

/** Enums of the API alone (sorting a list), worded here. */
const API_ONLY: Record<string, Record<string, Record<Language, string>>> = {
  // R4.5: why an embedding's instrument is no longer in force.
  InstrumentEndReason: {
    PERIOD: { nl: 'looptijd verstreken', en: 'period ended' },
    CHECK_IN: { nl: 'volgens de check-in niet meer van kracht', en: 'no longer in force according to the check-in' },
  },
  ProgrammeSortField: {
    MUNICIPALITY_NAME: { nl: 'Gemeentenaam', en: 'Municipality name' },
    OPEN_ESCALATION_LEVEL: { nl: 'Hoogste open escalatie', en: 'Highest open escalation' },
    STARTED_AT: { nl: 'Startdatum', en: 'Start date' },
    UPDATED_AT: { nl: 'Laatst gewijzigd', en: 'Last changed' },
  },
  SortDirection: {
    ASC: { nl: 'Oplopend', en: 'Ascending' },
    DESC: { nl: 'Aflopend', en: 'Descending' },
  },
};

/**
 * Codes the API answers as plain strings rather than enums: an escalation's `levelName`
 * (`EscalationLevelName.ADMINISTRATIVE`) and the step of a clock or escalation (`Step.TRAINING`;
 * an action's step `ACTION:<id>` is named by the action's title).
 */
const STRING_CODES: Record<string, LabelKind> = {
  EscalationLevelName: 'escalationLevel',
  Step: 'step',
};

function catalogue(): Catalogue {
  const out: Catalogue = { nl: {}, en: {} };
  for (const [enumName, kind] of Object.entries({ ...FROM_DOMAIN, ...STRING_CODES })) {
    for (const [code, words] of Object.entries(LABELS[kind] as Record<string, Record<Language, string>>)) {
      // The schema spells the region upper case (NOORD); the domain as the data does (noord).
      const value = kind === 'schoolHolidayRegion' ? code.toUpperCase() : code;
      // On its own in a cell or a badge: with a capital ("Zorg", "Afgerond").
      for (const language of LANGUAGES) out[language][`${enumName}.${value}`] = capitalise(words[language]);
    }
  }
  for (const [enumName, values] of Object.entries(API_ONLY)) {
    for (const [value, words] of Object.entries(values)) {
      for (const language of LANGUAGES) out[language][`${enumName}.${value}`] = words[language];
    }
  }
  return out;
}

export const codeMessages: { nl: Record<string, string>; en: Record<string, string> } = catalogue();
