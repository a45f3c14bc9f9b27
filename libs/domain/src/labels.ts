import { IntlMessageFormat } from 'intl-messageformat';
import type { SCHOOL_HOLIDAY_KINDS } from './calendar/school-holidays.data';
import type { TRAINING_DEADLINE_KINDS } from './calendar/training-calendar';
import type { SchoolYearDeadline } from './deadlines/calendar-events';
import type { ReminderKind } from './deadlines/reminders';
import type { DigestDeadlineKind } from './digest/weekly-digest';
import type { CommandType } from './lifecycle/commands';
import type {
  AcknowledgeDecision,
  ActionStatus,
  ActorRole,
  DeliveryStatus,
  EscalationKind,
  EscalationLevelName,
  MentorPairing,
  PartnerDomain,
  PolicyInstrumentKind,
  ProgrammeState,
  ProjectLeadKind,
  Recommendation,
  RecommitmentReason,
  RiskFlag,
  StepKey,
  SupportLevel,
  Theme,
  TrainingStage,
  Escalation,
} from './lifecycle/types';
import type { MemberRole } from './people/roles';
import type { TaskKind, TaskLabel, TaskUrgency } from './people/tasks';
import type { ProgrammePhase, ProgrammeStatus } from './programme';

// Every code the domain exports, in the words a municipal policy officer reads (Dutch) and their
// English equivalents: the one place for both languages (issue 15, "Language and figures"). Labels
// are written as they stand inside a sentence ("Thema gekozen: signalering."); a screen that shows
// one on its own capitalises it (`capitalise`). Phase names are names and keep their capital.

export type Language = 'nl' | 'en';
export const LANGUAGES = ['nl', 'en'] as const satisfies readonly Language[];

type Words = Readonly<Record<Language, string>>;
type Table<K extends string> = Readonly<Record<K, Words>>;

const w = (nl: string, en: string): Words => ({ nl, en });

/** The whole label catalogue, by kind of code. */
export const LABELS = {
  phase: {
    COMMITMENT: w('Commitment', 'Commitment'),
    AGENDA: w('Verbeteragenda', 'Improvement agenda'),
    EXECUTION: w('Uitvoering', 'Execution'),
    EMBEDDING: w('Borging', 'Embedding'),
    CONTINUATION: w('Continuering', 'Continuation'),
    CLOSED: w('Gesloten', 'Closed'),
  } satisfies Table<ProgrammePhase>,
  status: {
    ACTIVE: w('actief', 'active'),
    PAUSED: w('gepauzeerd', 'paused'),
    CLOSED: w('gesloten', 'closed'),
    ABORTED: w('afgebroken', 'aborted'),
  } satisfies Table<ProgrammeStatus>,
  partnerDomain: {
    CARE: w('zorg', 'care'),
    EDUCATION: w('onderwijs', 'education'),
    JUSTICE: w('justitie', 'justice'),
    MUNICIPALITY: w('gemeente', 'municipality'),
    OTHER: w('overig', 'other'),
  } satisfies Table<PartnerDomain>,
  // R2.2 theme catalogue.
  theme: {
    SIGNALLING: w('signalering', 'signalling'),
    EXPERTISE: w('deskundigheidsbevordering', 'expertise and training'),
    COLLABORATION: w('samenwerking', 'collaboration'),
    INFORMATION_SHARING: w('informatie delen', 'information sharing'),
    PREVENTION: w('preventie', 'prevention'),
  } satisfies Table<Theme>,
  // R1.3: an internal project lead is preferred.
  projectLeadKind: {
    INTERNAL: w('intern', 'internal'),
    EXTERNAL: w('extern', 'external'),
  } satisfies Table<ProjectLeadKind>,
  // R3.2 action statuses.
  actionStatus: {
    PLANNED: w('gepland', 'planned'),
    IN_PROGRESS: w('in uitvoering', 'in progress'),
    DONE: w('afgerond', 'done'),
    DROPPED: w('geschrapt', 'dropped'),
  } satisfies Table<ActionStatus>,
  // R2.4: support on the work floor and at management/board level.
  supportLevel: {
    PROFESSIONAL: w('professionals (werkvloer)', 'professional level'),
    MANAGEMENT: w('management/bestuurlijk', 'management/board level'),
  } satisfies Table<SupportLevel>,
  // R1.4, R1.5 recommended items.
  recommendation: {
    ALDERMEN_ALIGNED: w(
      'wethouders jeugd, onderwijs en zorg afgestemd',
      'aldermen for youth, education and care aligned',
    ),
    MAYOR_CONSULTED: w('burgemeester geraadpleegd', 'mayor consulted'),
    VEILIG_THUIS_COMMISSIONING: w(
      'opdrachtgeversrol naar Veilig Thuis ingericht',
      'commissioning role towards Veilig Thuis set up',
    ),
  } satisfies Table<Recommendation>,
  // R4.1 existing policy instruments.
  policyInstrument: {
    REGIONAL_APPROACH_PLAN: w('regionaal plan van aanpak', 'regional approach plan'),
    SOCIAL_DEVELOPMENT_AGENDA: w('sociale ontwikkelagenda', 'social development agenda'),
    DOMESTIC_VIOLENCE_ACTION_PLAN: w(
      'actieplan huiselijk geweld en kindermishandeling',
      'action plan on domestic violence and child abuse',
    ),
    SCHOOL_BOARD_TRAINING_PROGRAMME: w(
      'scholingsprogramma van de schoolbesturen',
      'the school boards’ training programme',
    ),
    OTHER_EXISTING_POLICY: w('ander bestaand beleid', 'other existing policy'),
    STAND_ALONE_PROJECT: w('losstaand project', 'stand-alone project'),
  } satisfies Table<PolicyInstrumentKind>,
  actorRole: {
    PROJECT_LEAD: w('projectleider', 'project lead'),
    ADMINISTRATIVE_LEAD: w('bestuurlijk trekker (wethouder)', 'administrative lead (alderman)'),
    PROGRAMME_MANAGER: w('programmamanager', 'programme manager'),
    KWARTIERMAKER: w('kwartiermaker', 'kwartiermaker'),
    PARTNER: w('partnerorganisatie', 'partner organisation'),
    SYSTEM: w('Olievlek (automatisch)', 'Olievlek (automatic)'),
  } satisfies Table<ActorRole>,
  // DOMAIN Part 2, "People and who may take a step"; kwartiermakers are national.
  memberRole: {
    PROJECT_LEAD: w('projectleider', 'project lead'),
    ADMINISTRATIVE_LEAD: w('bestuurlijk trekker (wethouder)', 'administrative lead (alderman)'),
    PARTNER_CONTACT: w('contactpersoon van een partnerorganisatie', 'partner organisation contact'),
    PROGRAMME_MANAGER: w('programmamanager', 'programme manager'),
    OBSERVER: w('meelezer', 'observer'),
    KWARTIERMAKER: w('kwartiermaker', 'kwartiermaker'),
  } satisfies Table<MemberRole | 'KWARTIERMAKER'>,
  // The ladder: level 1 to the project lead, 2 to the alderman, 3 to the kwartiermakers (P3).
  escalationLevel: {
    REMINDER: w('herinnering', 'reminder'),
    ADMINISTRATIVE: w('bestuurlijke escalatie', 'administrative escalation'),
    NATIONAL: w('landelijke escalatie', 'national escalation'),
  } satisfies Table<EscalationLevelName>,
  escalationKind: {
    STALL: w('geen voortgang', 'no progress'),
    TRAINING_WINDOW_OPEN: w('start het gesprek met de schoolbesturen', 'start the talks with the school boards'),
    TRAINING_NOT_STARTED: w('gesprek met de schoolbesturen niet gestart', 'talks with the school boards not started'),
    SCHOOL_YEAR_MISSED: w('schooljaar gemist', 'school year missed'),
    CALENDAR_NOT_FIXED: w('scholing niet op de activiteitenkalender', 'training not on the activity calendar'),
    LEAD_DEPARTED: w('projectleider vertrokken, borging open', 'project lead left, embedding open'),
  } satisfies Table<EscalationKind>,
  escalationStatus: {
    OPEN: w('open', 'open'),
    ACKNOWLEDGED: w('besluit genomen', 'acknowledged'),
    RESOLVED: w('opgelost', 'resolved'),
  } satisfies Table<Escalation['status']>,
  acknowledgeDecision: {
    EXTEND: w('termijn verlengd', 'deadline extended'),
    PAUSE: w('programma gepauzeerd', 'programme paused'),
    NOTE: w('alleen genoteerd', 'noted only'),
  } satisfies Table<AcknowledgeDecision>,
  deliveryStatus: {
    PENDING: w('wacht op bezorging', 'waiting to be delivered'),
    DELIVERED: w('bezorgd', 'delivered'),
    FAILING: w('bezorging mislukt, wordt opnieuw geprobeerd', 'delivery failing, being retried'),
    NO_CHANNEL: w('geen webhook ingesteld', 'no webhook configured'),
  } satisfies Table<DeliveryStatus>,
  // R3.1 training track.
  trainingStage: {
    WAITING_FOR_WINDOW: w('wacht tot januari van het doeljaar', 'waiting for January of the target year'),
    WINDOW_OPEN: w('gesprek met de schoolbesturen kan beginnen', 'talks with the school boards can begin'),
    BOARD_TALKS: w('in gesprek met de schoolbesturen', 'in talks with the school boards'),
    CALENDAR_FIXED: w('op de activiteitenkalender', 'on the activity calendar'),
  } satisfies Table<TrainingStage>,
  // R1.3 (external lead), R4.3 (lead departed), R3.1 (school year missed).
  riskFlag: {
    EXTERNAL_LEAD: w('externe projectleider', 'external project lead'),
    LEAD_DEPARTED: w('projectleider vertrokken', 'project lead departed'),
    SCHOOL_YEAR_MISSED: w('schooljaar gemist', 'school year missed'),
    // R1.6
    RECOMMITMENT_DUE: w('commitment opnieuw te bevestigen', 'commitment to be re-confirmed'),
  } satisfies Table<RiskFlag>,
  // R1.6: why the commitment is to be re-confirmed.
  recommitmentReason: {
    NEW_LEAD: w('nieuwe bestuurlijk trekker', 'new administrative lead'),
    ELECTION: w('na de gemeenteraadsverkiezingen', 'after the municipal elections'),
  } satisfies Table<RecommitmentReason>,
  /** Steps with a progress clock (an action's own clock is named by its title: `stepName`). */
  step: {
    COMMITMENT: w('commitment (bestuurlijk draagvlak)', 'commitment (administrative support)'),
    AGENDA: w('verbeteragenda', 'improvement agenda'),
    EMBEDDING: w('borging in beleid', 'embedding in policy'),
    CONTINUATION: w('jaarlijkse check-in', 'yearly check-in'),
    TRAINING: w('scholingstraject', 'training track'),
    RECOMMITMENT: w('opnieuw bevestigen van het commitment', 're-confirming the commitment'),
  } satisfies Table<Exclude<StepKey, `ACTION:${string}`>>,
  /** Every human step (lifecycle/commands.ts), as a task. */
  command: {
    designateAdministrativeLead: w(
      'wethouder aanwijzen als bestuurlijk trekker',
      'designate the alderman as administrative lead',
    ),
    commitPartner: w('partnerorganisatie laten committeren', 'commit a partner organisation'),
    appointProjectLead: w('projectleider aanstellen', 'appoint a project lead'),
    recordRecommendation: w('aanbeveling opvolgen', 'follow up a recommendation'),
    confirmCommitment: w('commitment bevestigen', 'confirm commitment'),
    reconfirmCommitment: w('commitment opnieuw bevestigen', 're-confirm commitment'),
    addCollectiveMember: w('gemeente laten aansluiten bij het collectief', 'add a municipality to the collective'),
    removeCollectiveMember: w(
      'gemeente uit het collectief laten vertrekken',
      'let a municipality leave the collective',
    ),
    confirmMemberCommitment: w(
      'commitment van de eigen gemeente bevestigen',
      'confirm commitment for your own municipality',
    ),
    recordBottleneck: w('knelpunt vastleggen', 'record a bottleneck'),
    selectTheme: w('thema kiezen', 'select a theme'),
    deselectTheme: w('thema schrappen', 'deselect a theme'),
    addAction: w('actie toevoegen', 'add an action'),
    confirmSupport: w('draagvlak bevestigen', 'confirm support'),
    adoptAgenda: w('verbeteragenda vaststellen', 'adopt the improvement agenda'),
    updateActionStatus: w('status van een actie bijwerken', 'update an action’s status'),
    startSchoolBoardTalks: w('gesprek met de schoolbesturen starten', 'start talks with the school boards'),
    startSchoolTalks: w('gesprek met de scholen starten', 'start talks with the schools'),
    fixTrainingCalendar: w('scholing op de activiteitenkalender zetten', 'put the training on the activity calendar'),
    planTrainingSession: w('scholingsbijeenkomst plannen', 'plan a training session'),
    recordTrainingDelivered: w('gegeven scholing vastleggen', 'record a delivered training session'),
    completeExecution: w('uitvoering afronden', 'complete execution'),
    recordEmbedding: w('borging vastleggen', 'record an embedding'),
    nameEmbeddingOwner: w('interne eigenaar van de borging noemen', 'name the internal embedding owner'),
    recordLeadDeparture: w('vertrek van de projectleider vastleggen', 'record the project lead’s departure'),
    completeEmbedding: w('borging afronden', 'complete embedding'),
    recordCheckIn: w('jaarlijkse check-in vastleggen', 'record the yearly check-in'),
    recordSuccessorInstrument: w('opvolgend instrument vastleggen', 'record the successor instrument'),
    closeProgramme: w('programma sluiten', 'close the programme'),
    reportIndicators: w('indicatoren rapporteren', 'report indicators'),
    acknowledgeEscalation: w('escalatie afhandelen', 'acknowledge an escalation'),
    pauseProgramme: w('programma pauzeren', 'pause the programme'),
    resumeProgramme: w('programma hervatten', 'resume the programme'),
    abortProgramme: w('programma afbreken', 'abort the programme'),
    changeSettings: w('instellingen wijzigen', 'change the settings'),
    recordMentorPairing: w('mentor koppelen', 'pair a mentor'),
  } satisfies Table<CommandType>,
  mentorKind: {
    PIONEER: w('pioniercollectief', 'pioneer collective'),
    PROGRAMME: w('programma dat de borging heeft afgerond', 'programme that completed embedding'),
  } satisfies Table<MentorPairing['kind']>,
  schoolHolidayRegion: {
    noord: w('regio noord', 'north region'),
    midden: w('regio midden', 'middle region'),
    zuid: w('regio zuid', 'south region'),
  } satisfies Table<NonNullable<ProgrammeState['schoolHolidayRegion']>>,
  // R3.1 school-year dates (calendar feed, reminders, digest).
  schoolYearDeadline: {
    WINDOW_OPENS: w('gesprek met de schoolbesturen kan beginnen', 'talks with the school boards can begin'),
    NOT_STARTED: w(
      'gesprek met de schoolbesturen gestart vóór 1 februari',
      'talks with the school boards started before 1 February',
    ),
    LAST_DAY_TO_START: w(
      'laatste dag om het gesprek met de schoolbesturen te starten',
      'last day to start the talks with the school boards',
    ),
    CALENDAR_CUTOFF: w(
      'schoolbesturen leggen hun activiteitenkalender vast',
      'school boards fix their activity calendar',
    ),
  } satisfies Table<SchoolYearDeadline>,
  reminderKind: {
    STALL_LEVEL_1: w('herinnering bij geen voortgang', 'reminder when nothing moves'),
    TRAINING_WINDOW_OPENS: w('gesprek met de schoolbesturen kan beginnen', 'talks with the school boards can begin'),
    TRAINING_NOT_STARTED: w(
      'gesprek met de schoolbesturen nog niet gestart',
      'talks with the school boards not yet started',
    ),
    TRAINING_LAST_DAY_TO_START: w(
      'laatste dag om het gesprek met de schoolbesturen te starten',
      'last day to start the talks with the school boards',
    ),
    TRAINING_CALENDAR_CUTOFF: w(
      'schoolbesturen leggen hun activiteitenkalender vast',
      'school boards fix their activity calendar',
    ),
  } satisfies Table<ReminderKind>,
  digestDeadline: {
    STALL: w('volgende stap van de escalatieladder', 'next level of the escalation ladder'),
    TRAINING_WINDOW_OPENS: w('gesprek met de schoolbesturen kan beginnen', 'talks with the school boards can begin'),
    TRAINING_NOT_STARTED: w(
      'uiterste datum om het gesprek met de schoolbesturen te starten',
      'last day to start the talks with the school boards',
    ),
    CALENDAR_CUTOFF: w(
      'schoolbesturen leggen hun activiteitenkalender vast',
      'school boards fix their activity calendar',
    ),
    SCHOOL_YEAR_MISSED: w('schooljaar gemist', 'school year missed'),
  } satisfies Table<DigestDeadlineKind>,
  // R3.1 fixed dates of the training calendar.
  trainingDeadline: {
    WINDOW_OPENS: w(
      '1 januari: gesprek met de schoolbesturen kan beginnen',
      '1 January: talks with the school boards can begin',
    ),
    NOT_STARTED: w(
      '1 februari: gesprek met de schoolbesturen gestart',
      '1 February: talks with the school boards started',
    ),
    END_OF_FEBRUARY: w(
      'eind februari: anders is het schooljaar gemist',
      'end of February: otherwise the school year is missed',
    ),
    CALENDAR_CUTOFF: w(
      'scholing op de activiteitenkalender (standaard 31 mei)',
      'training on the activity calendar (31 May by default)',
    ),
  } satisfies Table<(typeof TRAINING_DEADLINE_KINDS)[number]>,
  // R3.3 school holidays.
  schoolHolidayKind: {
    AUTUMN: w('herfstvakantie', 'autumn holiday'),
    CHRISTMAS: w('kerstvakantie', 'Christmas holiday'),
    SPRING: w('voorjaarsvakantie', 'spring holiday'),
    MAY: w('meivakantie', 'May holiday'),
    SUMMER: w('zomervakantie', 'summer holiday'),
  } satisfies Table<(typeof SCHOOL_HOLIDAY_KINDS)[number]>,
  // Mijn taken (issue 15).
  taskKind: {
    STEP: w('stap', 'step'),
    DECISION: w('besluit', 'decision'),
    ESCALATION: w('escalatie', 'escalation'),
  } satisfies Table<TaskKind>,
  taskUrgency: {
    ESCALATED: w('geëscaleerd', 'escalated'),
    OVERDUE: w('termijn verstreken', 'overdue'),
    DUE_SOON: w('binnen twee weken', 'due within two weeks'),
    OPEN: w('open', 'open'),
  } satisfies Table<TaskUrgency>,
  taskLabel: {
    DESIGNATE_ADMINISTRATIVE_LEAD: w(
      'wethouder aanwijzen als bestuurlijk trekker',
      'designate the alderman as administrative lead',
    ),
    COMMIT_PARTNERS: w(
      'partners uit zorg, onderwijs en justitie laten committeren',
      'have partners from care, education and justice commit',
    ),
    APPOINT_PROJECT_LEAD: w('projectleider aanstellen', 'appoint a project lead'),
    CONFIRM_COMMITMENT: w('commitment bevestigen', 'confirm commitment'),
    RECONFIRM_COMMITMENT: w('commitment opnieuw bevestigen', 're-confirm commitment'),
    RECORD_BOTTLENECKS: w('knelpunten van professionals vastleggen', 'record bottlenecks from professionals'),
    SELECT_THEMES: w('thema’s kiezen', 'select themes'),
    ADD_ACTIONS: w('acties toevoegen', 'add actions'),
    CONFIRM_SUPPORT: w('draagvlak bevestigen', 'confirm support'),
    ADOPT_AGENDA: w('verbeteragenda vaststellen', 'adopt the improvement agenda'),
    START_SCHOOL_BOARD_TALKS: w('gesprek met de schoolbesturen starten', 'start talks with the school boards'),
    FIX_TRAINING_CALENDAR: w('scholing op de activiteitenkalender zetten', 'put the training on the activity calendar'),
    UPDATE_ACTION: w('voortgang van een actie bijwerken', 'update an action’s progress'),
    COMPLETE_EXECUTION: w('uitvoering afronden', 'complete execution'),
    RECORD_EMBEDDING: w('borging in beleid vastleggen', 'record embedding in policy'),
    NAME_EMBEDDING_OWNER: w('interne eigenaar van de borging noemen', 'name the internal embedding owner'),
    COMPLETE_EMBEDDING: w('borging afronden', 'complete embedding'),
    RECORD_CHECK_IN: w('jaarlijkse check-in vastleggen', 'record the yearly check-in'),
    RECORD_SUCCESSOR_INSTRUMENT: w('opvolgend instrument vastleggen', 'record the successor instrument'),
    REPORT_INDICATORS: w('indicatoren van het kwartaal rapporteren', 'report the quarter’s indicators'),
    ACKNOWLEDGE_ESCALATION: w('besluiten over een escalatie', 'decide on an escalation'),
    FOLLOW_UP_ESCALATION: w('een escalatie opvolgen', 'follow up an escalation'),
    PAIR_MENTOR: w('mentor koppelen', 'pair a mentor'),
  } satisfies Table<TaskLabel>,
  // Mail preferences (issue 16); the values are persistence's NOTIFICATION_MODES.
  notificationMode: {
    IMMEDIATE: w('direct per bericht', 'immediately, message by message'),
    DIGEST: w('alleen het wekelijkse overzicht', 'the weekly digest only'),
    BOTH: w('direct én het wekelijkse overzicht', 'immediately and the weekly digest'),
  },
  // Who a mail went to, by role (issue 16 delivery).
  mailRecipientRole: {
    PROJECT_LEAD: w('projectleider', 'project lead'),
    ADMINISTRATIVE_LEAD: w('wethouder', 'alderman'),
    PARTNER_CONTACT: w('contactpersoon van een partnerorganisatie', 'partner contact'),
    PROGRAMME_MANAGER: w('programmamanager', 'programme manager'),
    OBSERVER: w('meelezer', 'observer'),
    NATIONAL: w('kwartiermakers', 'kwartiermakers'),
    INVITEE: w('genodigde', 'invitee'),
  },
  calendarFeedScope: {
    PERSON: w('mijn deadlines in al mijn programma’s', 'my deadlines across my programmes'),
    PROGRAMME: w('alle deadlines van één programma', 'all deadlines of one programme'),
  },
  language: {
    nl: w('Nederlands', 'Dutch'),
    en: w('Engels', 'English'),
  } satisfies Table<Language>,
} as const;

export type LabelKind = keyof typeof LABELS;
export type LabelCode<K extends LabelKind> = keyof (typeof LABELS)[K] & string;

/** The word for a code: `labelOf('phase', 'COMMITMENT', 'nl')` → "Commitment". */
export function labelOf<K extends LabelKind>(kind: K, code: LabelCode<K>, language: Language): string {
  return (LABELS[kind] as Readonly<Record<string, Words>>)[code]![language];
}

/**
 * The word for a code read from stored data or a request, where an unknown value may turn up (an
 * older state, a newer client); `undefined` when there is none, so the caller decides.
 */
export function maybeLabelOf(kind: LabelKind, code: string, language: Language): string | undefined {
  const table = LABELS[kind] as Readonly<Record<string, Words>>;
  return Object.hasOwn(table, code) ? table[code]![language] : undefined;
}

/** First letter upper case, for a label that stands on its own (a table cell, a heading). */
export const capitalise = (s: string): string => (s ? s[0]!.toLocaleUpperCase('nl-NL') + s.slice(1) : s);

/** An escalation level in words: 2 → "bestuurlijke escalatie". */
export function levelLabel(level: 1 | 2 | 3, language: Language): string {
  const names = { 1: 'REMINDER', 2: 'ADMINISTRATIVE', 3: 'NATIONAL' } as const;
  return labelOf('escalationLevel', names[level], language);
}

// The article each step takes inside a sentence ("geen voortgang op de verbeteragenda").
const STEP_ARTICLE: Record<Exclude<StepKey, `ACTION:${string}`>, Words> = {
  COMMITMENT: w('de', 'the'),
  AGENDA: w('de', 'the'),
  EMBEDDING: w('de', ''),
  CONTINUATION: w('de', 'the'),
  TRAINING: w('het', 'the'),
  RECOMMITMENT: w('het', ''),
};

/**
 * The step a clock belongs to, as it stands in a sentence, with its article: "de verbeteragenda",
 * "the training track"; an action is named by its title ("de actie ‘Kindcheck’").
 */
export function stepName(step: string, language: Language, actionTitle?: string): string {
  if (step.startsWith('ACTION:')) {
    const title = actionTitle ?? (language === 'nl' ? 'zonder titel' : 'untitled');
    return language === 'nl' ? `de actie ‘${title}’` : `the action ‘${title}’`;
  }
  // R4.5: "record the successor instrument" of an action's embedding.
  if (step.startsWith('SUCCESSOR:')) {
    const title = actionTitle ?? (language === 'nl' ? 'zonder titel' : 'untitled');
    return language === 'nl'
      ? `het opvolgende instrument voor de actie ‘${title}’`
      : `the successor instrument for the action ‘${title}’`;
  }
  const label = maybeLabelOf('step', step, language);
  if (label === undefined) return language === 'nl' ? 'een stap' : 'a step';
  const article = STEP_ARTICLE[step as keyof typeof STEP_ARTICLE][language];
  return article ? `${article} ${label}` : label;
}

// ---------------------------------------------------------------------------------------------
// Sentences with numbers: ICU messages, so plurals follow each language's rules ("1 actie", "2
// acties"), never "actie(s)".

/** ICU messages by id, Dutch and English. */
export const MESSAGES = {
  actions: w('{count, plural, one {# actie} other {# acties}}', '{count, plural, one {# action} other {# actions}}'),
  weeks: w('{count, plural, one {# week} other {# weken}}', '{count, plural, one {# week} other {# weeks}}'),
  days: w('{count, plural, one {# dag} other {# dagen}}', '{count, plural, one {# day} other {# days}}'),
  schools: w('{count, plural, one {# school} other {# scholen}}', '{count, plural, one {# school} other {# schools}}'),
  staff: w(
    '{count, plural, one {# medewerker} other {# medewerkers}}',
    '{count, plural, one {# staff member} other {# staff members}}',
  ),
  programmes: w(
    '{count, plural, one {# programma} other {# programma’s}}',
    '{count, plural, one {# programme} other {# programmes}}',
  ),
  municipalities: w(
    '{count, plural, one {# gemeente} other {# gemeenten}}',
    '{count, plural, one {# municipality} other {# municipalities}}',
  ),
  characters: w(
    '{count, plural, one {# teken} other {# tekens}}',
    '{count, plural, one {# character} other {# characters}}',
  ),
  values: w('{count, plural, one {# waarde} other {# waarden}}', '{count, plural, one {# value} other {# values}}'),
  messages: w(
    '{count, plural, one {# bericht} other {# berichten}}',
    '{count, plural, one {# message} other {# messages}}',
  ),
  leadDepartedOpen: w(
    'De externe projectleider is vertrokken terwijl de borging nog openstaat ({open, plural, one {# actie} other {# acties}} niet geborgd{noOwner, select, yes {, geen interne eigenaar} other {}}).',
    'The external project lead has left while embedding in policy is still open ({open, plural, one {# action} other {# actions}} not embedded{noOwner, select, yes {, no internal owner} other {}}).',
  ),
  trainingDelivered: w(
    'Scholingsbijeenkomst gegeven: {schools, plural, one {# school} other {# scholen}}, {staff, plural, one {# medewerker} other {# medewerkers}}.',
    'Training session delivered: {schools, plural, one {# school} other {# schools}}, {staff, plural, one {# staff member} other {# staff members}}.',
  ),
} as const;
export type MessageId = keyof typeof MESSAGES;

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const compiled = new Map<string, IntlMessageFormat>();

/** One ICU message in one language: `formatMessage('actions', 'nl', { count: 1 })` → "1 actie". */
export function formatMessage(id: MessageId, language: Language, values: Record<string, string | number> = {}): string {
  const key = `${language}:${id}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(MESSAGES[id][language], LOCALES[language]);
    compiled.set(key, format);
  }
  return String(format.format(values));
}

/** A count with its noun: `countOf('actions', 2, 'nl')` → "2 acties". */
export const countOf = (
  id: 'actions' | 'weeks' | 'days' | 'schools' | 'staff' | 'programmes' | 'municipalities' | 'messages',
  count: number,
  language: Language,
): string => formatMessage(id, language, { count });
