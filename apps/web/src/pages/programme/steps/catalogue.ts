import type { TypedDocumentString } from '../../../gql/graphql';
import type { Option } from '../../../components/form/form';
import * as M from './mutations';
import type { StepType } from './step-roles';

// Every lifecycle step the programme page offers as a form: its fields (named as the GraphQL input's
// fields, so the API's problems land beside them), what the choices are, which field a rule's
// violation concerns, and how the values become the mutation's input. Words come from
// i18n/messages/steps.ts (`step.<type>.*`, `field.<name>`).

export type FieldKind = 'text' | 'textarea' | 'date' | 'number' | 'select' | 'checkbox' | 'checkboxes';

/** What a step's form knows of the programme and the person (to list choices and fill in). */
export interface StepContext {
  label: (enumName: string, value: string) => string;
  themes: readonly string[];
  recommendations: ReadonlyArray<{ item: string; done: boolean }>;
  /**
   * `expired`: its embedding's instrument ended without a successor (R4.5); `instrumentName` and
   * `period`: the embedding's instrument now (the check-in's line per embedding names them).
   */
  actions: ReadonlyArray<{
    id: string;
    title: string;
    status: string;
    embedded: boolean;
    expired?: boolean;
    instrumentName?: string | undefined;
    period?: InstrumentPeriod | null | undefined;
  }>;
  sessions: ReadonlyArray<{ id: string; title: string; date: string; delivered: boolean }>;
  /** A partner contact's own organisation and level (P1, R2.4). */
  partner?: { organisation: string; level?: string | null | undefined } | undefined;
  today: string;
}

/** R4.5: an instrument's period in years; `to` absent: open-ended. */
export interface InstrumentPeriod {
  from: number;
  to?: number | null | undefined;
}

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  optional?: boolean;
  /** Message id of the label when not `field.<name>`. */
  labelId?: string;
  options?: (ctx: StepContext) => Option[];
  initial?: (ctx: StepContext) => string | boolean;
  width?: 'short' | 'medium';
  /** Sent inside a nested input object of this name (changeSettings' stallThresholdWeeks). */
  group?: string;
}

export interface StepSpec {
  type: StepType;
  document: TypedDocumentString<unknown, never>;
  fields: readonly FieldSpec[];
  /** Which field a RULE_VIOLATION of a rule concerns when the API names none. */
  ruleFields?: Readonly<Record<string, string>>;
  /** Steps without an `input` argument send none. */
  hasInput: boolean;
  /** Ends or stops the programme: a secondary button and a warning sentence. */
  weighty?: boolean;
  /** A `checkboxes` field whose every ticked value is sent as one request of its own (in order). */
  each?: string;
  /**
   * R4.5: besides its fields, one line per embedded action (`embeddings: [{ actionId, inForce,
   * successor? }]`), shown as a fieldset each (embedding-checks.tsx).
   */
  embeddingChecks?: boolean;
}

const enumOptions =
  (enumName: string, values: readonly string[]) =>
  (ctx: StepContext): Option[] =>
    values.map((value) => ({ value, label: ctx.label(enumName, value) }));

const DOMAINS = ['CARE', 'EDUCATION', 'JUSTICE', 'MUNICIPALITY', 'OTHER'] as const;
const THEMES = ['SIGNALLING', 'EXPERTISE', 'COLLABORATION', 'INFORMATION_SHARING', 'PREVENTION'] as const;
export const INSTRUMENTS = [
  'REGIONAL_APPROACH_PLAN',
  'SOCIAL_DEVELOPMENT_AGENDA',
  'DOMESTIC_VIOLENCE_ACTION_PLAN',
  'SCHOOL_BOARD_TRAINING_PROGRAMME',
  'OTHER_EXISTING_POLICY',
  'STAND_ALONE_PROJECT',
] as const;

/** R4.5: an instrument's period in years, sent as `period { from, to }`; both may stay empty. */
const PERIOD_FIELDS: readonly FieldSpec[] = (['from', 'to'] as const).map((name) => ({
  name,
  kind: 'number',
  optional: true,
  width: 'short',
  group: 'period',
  labelId: `field.period.${name}`,
}));

const selectedThemes = (ctx: StepContext) => ctx.themes.map((t) => ({ value: t, label: ctx.label('Theme', t) }));

const doc = (d: unknown) => d as TypedDocumentString<unknown, never>;

/** The current quarter, as the API writes it: 2027-Q2. */
export function quarterOf(isoDay: string): string {
  const [y, m] = isoDay.split('-').map(Number);
  return `${y}-Q${Math.floor(((m ?? 1) - 1) / 3) + 1}`;
}

export const STEPS: Partial<Record<StepType, StepSpec>> = {
  // R1.1: the project lead designates the alderman.
  designateAdministrativeLead: {
    type: 'designateAdministrativeLead',
    document: doc(M.DESIGNATE_ADMINISTRATIVE_LEAD),
    hasInput: true,
    fields: [{ name: 'name', kind: 'text', optional: true, labelId: 'field.aldermanName', width: 'medium' }],
  },
  // R1.2: a partner organisation commits (care, education, justice).
  commitPartner: {
    type: 'commitPartner',
    document: doc(M.COMMIT_PARTNER),
    hasInput: true,
    ruleFields: { 'R1.2': 'domain' },
    fields: [
      { name: 'organisation', kind: 'text', initial: (ctx) => ctx.partner?.organisation ?? '' },
      { name: 'domain', kind: 'select', options: enumOptions('PartnerDomain', DOMAINS) },
    ],
  },
  // R1.3: an experienced internal policy officer is preferred.
  appointProjectLead: {
    type: 'appointProjectLead',
    document: doc(M.APPOINT_PROJECT_LEAD),
    hasInput: true,
    ruleFields: { 'R1.3': 'kind' },
    fields: [
      {
        name: 'kind',
        kind: 'select',
        options: enumOptions('ProjectLeadKind', ['INTERNAL', 'EXTERNAL']),
        initial: () => 'INTERNAL',
      },
      { name: 'name', kind: 'text', optional: true, labelId: 'field.leadName', width: 'medium' },
    ],
  },
  // R1.4/R1.5: recommended, not blocking.
  recordRecommendation: {
    type: 'recordRecommendation',
    document: doc(M.RECORD_RECOMMENDATION),
    hasInput: true,
    each: 'item',
    fields: [
      {
        name: 'item',
        kind: 'checkboxes',
        options: (ctx) =>
          ctx.recommendations
            .filter((r) => !r.done)
            .map((r) => ({ value: r.item, label: ctx.label('Recommendation', r.item) })),
      },
    ],
  },
  // R1.1: the alderman confirms (R1.1–R1.3 must hold).
  confirmCommitment: { type: 'confirmCommitment', document: doc(M.CONFIRM_COMMITMENT), hasInput: false, fields: [] },
  // R1.6: the (new) alderman re-confirms the commitment past COMMITMENT.
  reconfirmCommitment: {
    type: 'reconfirmCommitment',
    document: doc(M.RECONFIRM_COMMITMENT),
    hasInput: false,
    fields: [],
  },
  // R2.1: bottlenecks from professionals, at least three from two domains.
  recordBottleneck: {
    type: 'recordBottleneck',
    document: doc(M.RECORD_BOTTLENECK),
    hasInput: true,
    ruleFields: { 'R2.1': 'domain' },
    fields: [
      { name: 'description', kind: 'textarea' },
      { name: 'domain', kind: 'select', options: enumOptions('PartnerDomain', DOMAINS) },
    ],
  },
  // R2.2: one to three themes, after three bottlenecks from two domains.
  selectTheme: {
    type: 'selectTheme',
    document: doc(M.SELECT_THEME),
    hasInput: true,
    ruleFields: { 'R2.2': 'theme', 'R2.1': 'theme' },
    fields: [
      {
        name: 'theme',
        kind: 'select',
        options: (ctx) =>
          enumOptions(
            'Theme',
            THEMES.filter((t) => !ctx.themes.includes(t)),
          )(ctx),
      },
    ],
  },
  deselectTheme: {
    type: 'deselectTheme',
    document: doc(M.DESELECT_THEME),
    hasInput: true,
    ruleFields: { 'R2.2': 'theme', 'R2.3': 'theme' },
    fields: [{ name: 'theme', kind: 'select', options: selectedThemes }],
  },
  // R2.3: each chosen theme gets an action with an owner organisation.
  addAction: {
    type: 'addAction',
    document: doc(M.ADD_ACTION),
    hasInput: true,
    ruleFields: { 'R2.3': 'theme', 'R2.2': 'theme', 'R3.2': 'ownerOrganisation' },
    fields: [
      { name: 'theme', kind: 'select', options: selectedThemes },
      { name: 'title', kind: 'text' },
      { name: 'ownerOrganisation', kind: 'text', width: 'medium' },
      { name: 'aimedAtSchools', kind: 'checkbox' },
    ],
  },
  // R2.4: support at the professional and the management level, by the organisation's own contact.
  confirmSupport: {
    type: 'confirmSupport',
    document: doc(M.CONFIRM_SUPPORT),
    hasInput: true,
    ruleFields: { 'R2.4': 'level' },
    fields: [
      { name: 'organisation', kind: 'text', initial: (ctx) => ctx.partner?.organisation ?? '' },
      {
        name: 'level',
        kind: 'select',
        options: enumOptions('SupportLevel', ['PROFESSIONAL', 'MANAGEMENT']),
        initial: (ctx) => ctx.partner?.level ?? '',
      },
    ],
  },
  // R2.5: the alderman adopts the agenda.
  adoptAgenda: { type: 'adoptAgenda', document: doc(M.ADOPT_AGENDA), hasInput: false, fields: [] },
  // R3.2: actions move on; dropping one needs a reason.
  updateActionStatus: {
    type: 'updateActionStatus',
    document: doc(M.UPDATE_ACTION_STATUS),
    hasInput: true,
    ruleFields: { 'R3.2': 'status', 'R2.4': 'actionId' },
    fields: [
      {
        name: 'actionId',
        kind: 'select',
        options: (ctx) =>
          ctx.actions
            .filter((a) => a.status === 'PLANNED' || a.status === 'IN_PROGRESS')
            .map((a) => ({ value: a.id, label: `${a.title} (${ctx.label('ActionStatus', a.status)})` })),
      },
      { name: 'status', kind: 'select', options: enumOptions('ActionStatus', ['IN_PROGRESS', 'DONE', 'DROPPED']) },
      { name: 'reason', kind: 'textarea', optional: true },
    ],
  },
  // R3.1: the school boards first, from January; on their activity calendar by the cut-off.
  startSchoolBoardTalks: {
    type: 'startSchoolBoardTalks',
    document: doc(M.START_SCHOOL_BOARD_TALKS),
    hasInput: false,
    fields: [],
  },
  startSchoolTalks: { type: 'startSchoolTalks', document: doc(M.START_SCHOOL_TALKS), hasInput: false, fields: [] },
  fixTrainingCalendar: {
    type: 'fixTrainingCalendar',
    document: doc(M.FIX_TRAINING_CALENDAR),
    hasInput: false,
    fields: [],
  },
  planTrainingSession: {
    type: 'planTrainingSession',
    document: doc(M.PLAN_TRAINING_SESSION),
    hasInput: true,
    // R3.1 and R3.3 refusals are about the date (R3.3's details.field says so too).
    ruleFields: { 'R3.1': 'date', 'R3.3': 'date' },
    fields: [
      { name: 'title', kind: 'text' },
      { name: 'date', kind: 'date', width: 'short', labelId: 'field.sessionDate' },
    ],
  },
  recordTrainingDelivered: {
    type: 'recordTrainingDelivered',
    document: doc(M.RECORD_TRAINING_DELIVERED),
    hasInput: true,
    fields: [
      {
        name: 'sessionId',
        kind: 'select',
        options: (ctx) =>
          ctx.sessions.filter((s) => !s.delivered).map((s) => ({ value: s.id, label: `${s.title} (${s.date})` })),
      },
      { name: 'schoolsReached', kind: 'number', width: 'short' },
      { name: 'staffTrained', kind: 'number', width: 'short' },
    ],
  },
  completeExecution: { type: 'completeExecution', document: doc(M.COMPLETE_EXECUTION), hasInput: false, fields: [] },
  // R4.1/R4.2: into existing policy (never a stand-alone project), taken over by a named organisation.
  recordEmbedding: {
    type: 'recordEmbedding',
    document: doc(M.RECORD_EMBEDDING),
    hasInput: true,
    ruleFields: { 'R4.1': 'instrument', 'R4.2': 'takenOverBy' },
    fields: [
      {
        name: 'actionId',
        kind: 'select',
        options: (ctx) =>
          ctx.actions.filter((a) => a.status === 'DONE' && !a.embedded).map((a) => ({ value: a.id, label: a.title })),
      },
      { name: 'instrument', kind: 'select', options: enumOptions('PolicyInstrumentKind', INSTRUMENTS) },
      { name: 'instrumentName', kind: 'text' },
      { name: 'takenOverBy', kind: 'text', width: 'medium' },
      { name: 'responsibleRole', kind: 'text', width: 'medium' },
      ...PERIOD_FIELDS,
    ],
  },
  // R4.5: the instrument that follows one that ended.
  recordSuccessorInstrument: {
    type: 'recordSuccessorInstrument',
    document: doc(M.RECORD_SUCCESSOR_INSTRUMENT),
    hasInput: true,
    ruleFields: { 'R4.5': 'instrumentName' },
    fields: [
      {
        name: 'actionId',
        kind: 'select',
        options: (ctx) => ctx.actions.filter((a) => a.expired).map((a) => ({ value: a.id, label: a.title })),
      },
      { name: 'instrumentName', kind: 'text' },
      ...PERIOD_FIELDS,
    ],
  },
  // R4.3: an internal owner of the embedding (needed with an external project lead).
  nameEmbeddingOwner: {
    type: 'nameEmbeddingOwner',
    document: doc(M.NAME_EMBEDDING_OWNER),
    hasInput: true,
    ruleFields: { 'R4.3': 'role' },
    fields: [
      { name: 'role', kind: 'text', width: 'medium', labelId: 'field.ownerRole' },
      { name: 'name', kind: 'text', optional: true, width: 'medium', labelId: 'field.ownerName' },
    ],
  },
  recordLeadDeparture: {
    type: 'recordLeadDeparture',
    document: doc(M.RECORD_LEAD_DEPARTURE),
    hasInput: false,
    fields: [],
  },
  // R4.4: everything embedded or dropped.
  completeEmbedding: { type: 'completeEmbedding', document: doc(M.COMPLETE_EMBEDDING), hasInput: false, fields: [] },
  // P5, R4.5: the yearly check-in, confirming each embedding's instrument or naming its successor.
  recordCheckIn: {
    type: 'recordCheckIn',
    document: doc(M.RECORD_CHECK_IN),
    hasInput: true,
    embeddingChecks: true,
    fields: [
      { name: 'year', kind: 'number', width: 'short', initial: (ctx) => ctx.today.slice(0, 4) },
      { name: 'professionalsTrained', kind: 'number', optional: true, width: 'short' },
      { name: 'schoolsReached', kind: 'number', optional: true, width: 'short' },
      { name: 'repeatReports', kind: 'number', optional: true, width: 'short' },
      { name: 'note', kind: 'textarea', optional: true },
    ],
  },
  reportIndicators: {
    type: 'reportIndicators',
    document: doc(M.REPORT_INDICATORS),
    hasInput: true,
    fields: [
      { name: 'period', kind: 'text', width: 'short', initial: (ctx) => quarterOf(ctx.today) },
      { name: 'professionalsTrained', kind: 'number', optional: true, width: 'short' },
      { name: 'schoolsReached', kind: 'number', optional: true, width: 'short' },
      { name: 'repeatReports', kind: 'number', optional: true, width: 'short' },
    ],
  },
  closeProgramme: {
    type: 'closeProgramme',
    document: doc(M.CLOSE_PROGRAMME),
    hasInput: true,
    weighty: true,
    fields: [{ name: 'note', kind: 'textarea', optional: true }],
  },
  pauseProgramme: {
    type: 'pauseProgramme',
    document: doc(M.PAUSE_PROGRAMME),
    hasInput: true,
    weighty: true,
    fields: [{ name: 'reason', kind: 'textarea' }],
  },
  resumeProgramme: { type: 'resumeProgramme', document: doc(M.RESUME_PROGRAMME), hasInput: false, fields: [] },
  abortProgramme: {
    type: 'abortProgramme',
    document: doc(M.ABORT_PROGRAMME),
    hasInput: true,
    weighty: true,
    fields: [{ name: 'reason', kind: 'textarea' }],
  },
  // P3: a municipality tightens its own policy within the national bounds.
  changeSettings: {
    type: 'changeSettings',
    document: doc(M.CHANGE_SETTINGS),
    hasInput: true,
    fields: [
      ...(['COMMITMENT', 'AGENDA', 'EXECUTION', 'EMBEDDING', 'CONTINUATION'] as const).map((phase): FieldSpec => ({
        name: phase,
        kind: 'number',
        optional: true,
        width: 'short',
        group: 'stallThresholdWeeks',
        labelId: `field.stallThresholdWeeks.${phase}`,
      })),
      { name: 'escalationIntervalWeeks', kind: 'number', optional: true, width: 'short' },
      { name: 'calendarCutoff', kind: 'text', optional: true, width: 'short' },
      { name: 'webhookUrl', kind: 'text', optional: true },
    ],
  },
};

export type Values = Record<string, string | boolean | string[]>;

/**
 * R4.5: the check-in's line per embedding. The form keeps the embedded actions' ids under
 * `embeddings` (as they were when the form opened, so what is shown is what is sent) and each
 * line's values under the API's own paths (`embeddings.<i>.inForce`, `embeddings.<i>.successor.…`),
 * so a refusal naming such a path lands beside that embedding's field.
 */
export const EMBEDDINGS = 'embeddings';

export type EmbeddingCheckField = 'inForce' | 'instrumentName' | 'instrument' | 'from' | 'to';

const EMBEDDING_CHECK_PATHS: Record<EmbeddingCheckField, string> = {
  inForce: 'inForce',
  instrumentName: 'successor.instrumentName',
  instrument: 'successor.instrument',
  from: 'successor.period.from',
  to: 'successor.period.to',
};

/** The name (and value key) of a field of the `i`th embedding's line: the API's path of it. */
export const embeddingField = (i: number, field: EmbeddingCheckField): string =>
  `${EMBEDDINGS}.${i}.${EMBEDDING_CHECK_PATHS[field]}`;

/** The embedded actions' ids the form lists (none when the step has no such lines). */
export function embeddingIds(values: Values): readonly string[] {
  const ids = values[EMBEDDINGS];
  return Array.isArray(ids) ? ids : [];
}

/** Every field name of the embeddings' lines, for placing the API's problems. */
export function embeddingFieldNames(values: Values): string[] {
  return embeddingIds(values).flatMap((_, i) =>
    (Object.keys(EMBEDDING_CHECK_PATHS) as EmbeddingCheckField[]).map((f) => embeddingField(i, f)),
  );
}

/**
 * The lines' first values: "still in force" ticked, except for an instrument that already ended
 * (R4.5 refuses confirming it: its successor is asked instead); the successor's fields empty.
 */
function initialEmbeddingValues(ctx: StepContext): Values {
  const embedded = ctx.actions.filter((a) => a.embedded);
  const values: Values = { [EMBEDDINGS]: embedded.map((a) => a.id) };
  embedded.forEach((a, i) => {
    values[embeddingField(i, 'inForce')] = !a.expired;
    for (const f of ['instrumentName', 'instrument', 'from', 'to'] as const) values[embeddingField(i, f)] = '';
  });
  return values;
}

const typed = (values: Values, name: string): string => {
  const v = values[name];
  return typeof v === 'string' ? v.trim() : '';
};

const yearOf = (text: string): number | string => {
  const n = Number(text);
  return Number.isInteger(n) ? n : text;
};

/**
 * R4.5: `embeddings` of the check-in's input. In force: `{ actionId, inForce: true }` (what was
 * typed for a successor stays in the form, unsent). Not in force: the successor when anything of
 * it was typed (an empty name goes as typed, so the API names the field), else none (the step
 * "Opvolgend instrument vastleggen" then opens).
 */
export function embeddingChecksOf(values: Values): Array<Record<string, unknown>> {
  return embeddingIds(values).map((actionId, i) => {
    if (values[embeddingField(i, 'inForce')] === true) return { actionId, inForce: true };
    const name = typed(values, embeddingField(i, 'instrumentName'));
    const instrument = typed(values, embeddingField(i, 'instrument'));
    const from = typed(values, embeddingField(i, 'from'));
    const to = typed(values, embeddingField(i, 'to'));
    if (!name && !instrument && !from && !to) return { actionId, inForce: false };
    const successor: Record<string, unknown> = { instrumentName: name };
    if (instrument) successor['instrument'] = instrument;
    if (from || to)
      successor['period'] = { ...(from ? { from: yearOf(from) } : {}), ...(to ? { to: yearOf(to) } : {}) };
    return { actionId, inForce: false, successor };
  });
}

/**
 * What the form says itself about the successors' periods, beside the field: a year that is not a
 * whole number, a last year without a first one (the API would only call the request malformed).
 */
export function embeddingChecksProblems(
  values: Values,
): Array<{ field: string; labelId: string; kind: 'required' | 'wholeNumber' }> {
  const problems: Array<{ field: string; labelId: string; kind: 'required' | 'wholeNumber' }> = [];
  embeddingIds(values).forEach((_, i) => {
    if (values[embeddingField(i, 'inForce')] === true) return;
    for (const f of ['from', 'to'] as const) {
      const text = typed(values, embeddingField(i, f));
      if (text !== '' && !/^\d+$/.test(text))
        problems.push({ field: embeddingField(i, f), labelId: `field.period.${f}`, kind: 'wholeNumber' });
    }
    if (typed(values, embeddingField(i, 'to')) !== '' && typed(values, embeddingField(i, 'from')) === '')
      problems.push({ field: embeddingField(i, 'from'), labelId: 'field.period.from', kind: 'required' });
  });
  return problems;
}

/** The form's first values: a field's own initial value, the only choice of a list, or empty. */
export function initialValues(spec: StepSpec, ctx: StepContext): Values {
  const values: Values = {};
  for (const f of spec.fields) {
    if (f.initial) values[f.name] = f.initial(ctx);
    else if (f.kind === 'checkbox') values[f.name] = false;
    else if (f.kind === 'checkboxes') values[f.name] = [];
    else if (f.kind === 'select') {
      const options = f.options?.(ctx) ?? [];
      values[f.name] = options.length === 1 ? options[0]!.value : '';
    } else values[f.name] = '';
  }
  return spec.embeddingChecks ? { ...values, ...initialEmbeddingValues(ctx) } : values;
}

/** The required choices and numbers left empty (the API would only say the request is malformed). */
export function missingFields(spec: StepSpec, values: Values): string[] {
  return spec.fields
    .filter((f) => !f.optional && ['select', 'number', 'date', 'checkboxes'].includes(f.kind))
    .filter((f) => {
      const v = values[f.name];
      return v === '' || v === undefined || (Array.isArray(v) && v.length === 0);
    })
    .map((f) => f.name);
}

/** The requests a submit sends: one, or one per ticked value of the step's `each` field. */
export function inputsOf(spec: StepSpec, values: Values): Array<Record<string, unknown>> {
  const input = inputOf(spec, values);
  if (!spec.each) return [input];
  const ticked = values[spec.each];
  return (Array.isArray(ticked) ? ticked : []).map((v) => ({ ...input, [spec.each!]: v }));
}

/**
 * The mutation's `input` from what was typed: empty optional fields are left out, numbers sent as
 * numbers (a number that is not whole goes as typed, so the API names it), the rest as typed.
 */
export function inputOf(spec: StepSpec, values: Values): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of spec.fields) {
    const v = values[f.name];
    if (f.kind === 'checkbox') {
      input[f.name] = v === true;
      continue;
    }
    if (Array.isArray(v)) {
      input[f.name] = v;
      continue;
    }
    const text = typeof v === 'string' ? v : '';
    if (f.optional && text.trim() === '') continue;
    const target = f.group ? ((input[f.group] ??= {}) as Record<string, unknown>) : input;
    if (f.kind === 'number') {
      const n = Number(text);
      target[f.name] = Number.isInteger(n) ? n : text;
    } else target[f.name] = text;
  }
  // R4.5: a check-in without embedded actions sends no list (as before R4.5).
  if (spec.embeddingChecks && embeddingIds(values).length > 0) input['embeddings'] = embeddingChecksOf(values);
  return input;
}
