import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { placeProblems, problemSentence } from '../../../components/form/problems';
import { nl } from '../../../i18n/messages/steps';
import {
  embeddingChecksProblems,
  embeddingField,
  embeddingFieldNames,
  initialValues,
  inputOf,
  inputsOf,
  missingFields,
  quarterOf,
  STEPS,
  type StepContext,
} from './catalogue';

const ctx: StepContext = {
  label: (_enum, value) => value.toLowerCase(),
  themes: ['SIGNALLING'],
  recommendations: [
    { item: 'ALDERMEN_ALIGNED', done: false },
    { item: 'MAYOR_CONSULTED', done: true },
    { item: 'VEILIG_THUIS_COMMISSIONING', done: false },
  ],
  actions: [],
  sessions: [],
  partner: { organisation: 'Politie Amsterdam', level: 'MANAGEMENT' },
  today: '2027-05-14',
};

describe('a step form’s values become the mutation’s input', () => {
  it('R2.4: a partner contact’s form starts with their own organisation and level', () => {
    expect(initialValues(STEPS.confirmSupport!, ctx)).toEqual({
      organisation: 'Politie Amsterdam',
      level: 'MANAGEMENT',
    });
  });

  it('R2.3: the only chosen theme is preselected; optional fields left empty are not sent; numbers go as numbers', () => {
    const values = initialValues(STEPS.addAction!, ctx);
    expect(values['theme']).toBe('SIGNALLING');
    expect(inputOf(STEPS.addAction!, { ...values, title: 'Meldcode-training', ownerOrganisation: 'GGD' })).toEqual({
      theme: 'SIGNALLING',
      title: 'Meldcode-training',
      ownerOrganisation: 'GGD',
      aimedAtSchools: false,
    });
    expect(inputOf(STEPS.recordCheckIn!, { year: '2027', schoolsReached: '12', note: '' })).toEqual({
      year: 2027,
      schoolsReached: 12,
    });
  });

  it('P3: stall thresholds go inside stallThresholdWeeks, only those filled in', () => {
    expect(inputOf(STEPS.changeSettings!, { COMMITMENT: '8', AGENDA: '', escalationIntervalWeeks: '2' })).toEqual({
      stallThresholdWeeks: { COMMITMENT: 8 },
      escalationIntervalWeeks: 2,
    });
  });

  it('R1.4/R1.5: each ticked recommended item is one request; only the open items are offered', () => {
    const spec = STEPS.recordRecommendation!;
    expect(spec.fields[0]!.options!(ctx).map((o) => o.value)).toEqual([
      'ALDERMEN_ALIGNED',
      'VEILIG_THUIS_COMMISSIONING',
    ]);
    expect(inputsOf(spec, { item: ['ALDERMEN_ALIGNED', 'VEILIG_THUIS_COMMISSIONING'] })).toEqual([
      { item: 'ALDERMEN_ALIGNED' },
      { item: 'VEILIG_THUIS_COMMISSIONING' },
    ]);
    expect(missingFields(spec, { item: [] })).toEqual(['item']);
  });

  it('names the required choices left empty, not the optional ones', () => {
    expect(missingFields(STEPS.commitPartner!, { organisation: '', domain: '' })).toEqual(['domain']);
    expect(missingFields(STEPS.appointProjectLead!, initialValues(STEPS.appointProjectLead!, ctx))).toEqual([]);
  });

  it('writes the quarter as the API does', () => {
    expect(quarterOf('2027-05-14')).toBe('2027-Q2');
    expect(quarterOf('2027-12-31')).toBe('2027-Q4');
  });
});

describe('R3.3 a date that is not a school day', () => {
  it('is shown at the session form’s date field, with its rule id, and the field says “school days only”', () => {
    const spec = STEPS.planTrainingSession!;
    const refusal = new ApiError([
      {
        message: 'Zondag 3 oktober 2027 is geen schooldag: het is een zondag.',
        code: 'RULE_VIOLATION',
        rule: 'R3.3',
        details: { field: 'date', reason: 'SUNDAY', region: 'noord', provisional: false },
      },
    ]);
    const placed = placeProblems(
      refusal,
      spec.fields.map((f) => f.name),
      spec.ruleFields,
    );
    expect(placed.general).toEqual([]);
    expect(placed.byField['date']!.map(problemSentence)).toEqual([
      'R3.3: Zondag 3 oktober 2027 is geen schooldag: het is een zondag.',
    ]);
    const date = spec.fields.find((f) => f.name === 'date')!;
    expect(nl[`${date.labelId!}.description` as keyof typeof nl]).toContain('Alleen schooldagen');
  });
});

describe('R4.5 the yearly check-in confirms each embedding or names its successor', () => {
  const continuation: StepContext = {
    ...ctx,
    actions: [
      { id: 'action-1', title: 'Zorg-strafoverleg', status: 'DONE', embedded: true, instrumentName: 'Regioaanpak' },
      { id: 'action-2', title: 'Meldcode-training', status: 'DROPPED', embedded: false },
      {
        id: 'action-3',
        title: 'Vouwkaart',
        status: 'DONE',
        embedded: true,
        expired: true,
        instrumentName: 'Regionaal plan',
        period: { from: 2015, to: 2020 },
      },
    ],
  };
  const spec = STEPS.recordCheckIn!;

  it('R4.5: every embedding is sent as still in force by default (an instrument that already ended is not)', () => {
    const values = initialValues(spec, continuation);
    expect(inputOf(spec, { ...values, schoolsReached: '12' })).toEqual({
      year: 2027,
      schoolsReached: 12,
      embeddings: [
        { actionId: 'action-1', inForce: true },
        { actionId: 'action-3', inForce: false },
      ],
    });
  });

  it('R4.5: unticked, the line carries the successor typed (its period as years), or none when nothing is typed', () => {
    const values = {
      ...initialValues(spec, continuation),
      [embeddingField(0, 'inForce')]: false,
      [embeddingField(0, 'instrumentName')]: 'Regioaanpak 2026–2030',
      [embeddingField(0, 'from')]: '2026',
      [embeddingField(0, 'to')]: '2030',
    };
    expect(inputOf(spec, values)['embeddings']).toEqual([
      {
        actionId: 'action-1',
        inForce: false,
        successor: { instrumentName: 'Regioaanpak 2026–2030', period: { from: 2026, to: 2030 } },
      },
      { actionId: 'action-3', inForce: false },
    ]);
    // Ticked again: what was typed stays in the form, and is not sent.
    expect(inputOf(spec, { ...values, [embeddingField(0, 'inForce')]: true })['embeddings']).toEqual([
      { actionId: 'action-1', inForce: true },
      { actionId: 'action-3', inForce: false },
    ]);
    expect(values[embeddingField(0, 'instrumentName')]).toBe('Regioaanpak 2026–2030');
  });

  it('R4.5: a last year without a first one, or not a whole year, is said beside the field; the API’s refusal lands beside its embedding', () => {
    const values = {
      ...initialValues(spec, continuation),
      [embeddingField(1, 'to')]: '2030',
      [embeddingField(1, 'instrumentName')]: 'Regionaal plan 2021',
    };
    expect(embeddingChecksProblems(values)).toEqual([
      { field: 'embeddings.1.successor.period.from', labelId: 'field.period.from', kind: 'required' },
    ]);
    expect(embeddingChecksProblems({ ...values, [embeddingField(1, 'from')]: '20x1' })).toEqual([
      { field: 'embeddings.1.successor.period.from', labelId: 'field.period.from', kind: 'wholeNumber' },
    ]);
    const refusal = new ApiError([
      {
        message:
          "'Regionaal plan' (2015–2020) is verlopen; leg het opvolgende instrument vast in plaats van het te bevestigen.",
        code: 'RULE_VIOLATION',
        rule: 'R4.5',
        details: { actionId: 'action-3', field: 'embeddings.1.inForce' },
      },
      {
        message: 'De invoer klopt niet.',
        code: 'VALIDATION_FAILED',
        details: { fields: ['input'], problems: [{ path: 'input.embeddings.0.successor.instrumentName' }] },
      },
    ]);
    const fields = [...spec.fields.map((f) => f.name), ...embeddingFieldNames(values)];
    const placed = placeProblems(refusal, fields, spec.ruleFields);
    expect(placed.general).toEqual([]);
    expect(Object.keys(placed.byField).sort()).toEqual([
      'embeddings.0.successor.instrumentName',
      'embeddings.1.inForce',
    ]);
  });

  it('a check-in of a programme without embeddings sends no list (as before R4.5)', () => {
    expect(inputOf(spec, initialValues(spec, ctx))).toEqual({ year: 2027 });
  });
});
