import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { placeProblems, problemSentence } from '../../../components/form/problems';
import { nl } from '../../../i18n/messages/steps';
import { initialValues, inputOf, inputsOf, missingFields, quarterOf, STEPS, type StepContext } from './catalogue';

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
