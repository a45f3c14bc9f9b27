import { describe, expect, it } from 'vitest';
import { inputOf, STEPS, initialValues, type StepContext } from './catalogue';
import { planSteps, type PlanInput } from './plan';

// R4.5 in the workspace: the embedding form sends the instrument's period, and an instrument that
// ran out is guided to "Opvolgend instrument vastleggen" (only the expired embeddings to choose).

const continuation = (over: Partial<PlanInput> = {}): PlanInput => ({
  phase: 'CONTINUATION',
  status: 'ACTIVE',
  checklist: [],
  hasAdministrativeLead: true,
  hasProjectLead: true,
  openRecommendations: 0,
  themes: 1,
  openSessions: 0,
  plannedSessions: 0,
  openActions: 0,
  doneActionsToEmbed: 0,
  ...over,
});

const context: StepContext = {
  label: (_e, v) => v,
  themes: [],
  recommendations: [],
  actions: [
    { id: 'action-1', title: 'Vouwkaart', status: 'DONE', embedded: true, expired: true },
    { id: 'action-2', title: 'Overleg', status: 'DONE', embedded: true, expired: false },
  ],
  sessions: [],
  today: '2026-12-03',
};

describe('R4.5 the instrument’s period and its successor in the step forms', () => {
  it('recordEmbedding sends period { from, to } when typed, and nothing of it when left empty', () => {
    const spec = STEPS.recordEmbedding!;
    const base = {
      actionId: 'action-1',
      instrument: 'REGIONAL_APPROACH_PLAN',
      instrumentName: 'Regioaanpak',
      takenOverBy: 'Veilig Thuis',
      responsibleRole: 'manager',
    };
    expect(inputOf(spec, { ...base, from: '2015', to: '2020' })).toEqual({ ...base, period: { from: 2015, to: 2020 } });
    expect(inputOf(spec, { ...base, from: '', to: '' })).toEqual(base);
  });

  it('recordSuccessorInstrument offers only the expired embeddings and sends the successor with its period', () => {
    const spec = STEPS.recordSuccessorInstrument!;
    const actionField = spec.fields.find((f) => f.name === 'actionId')!;
    expect(actionField.options!(context)).toEqual([{ value: 'action-1', label: 'Vouwkaart' }]);
    expect(initialValues(spec, context)['actionId']).toBe('action-1');
    expect(
      inputOf(spec, { actionId: 'action-1', instrumentName: 'Regioaanpak 2021–2028', from: '2021', to: '' }),
    ).toEqual({ actionId: 'action-1', instrumentName: 'Regioaanpak 2021–2028', period: { from: 2021 } });
  });

  it('the checklist’s R4.5 line guides the project lead to it; without an expired instrument it is not offered', () => {
    const flagged = planSteps(
      continuation({ checklist: [{ ruleId: 'R4.5', done: false, blocking: true }], expiredInstruments: 1 }),
      new Set(['PROJECT_LEAD']),
    );
    expect(flagged.guided).toEqual([{ index: 0, ruleId: 'R4.5', steps: ['recordSuccessorInstrument'] }]);
    const none = planSteps(continuation(), new Set(['PROJECT_LEAD']));
    expect([...none.next, ...none.more, ...none.guided.flatMap((g) => g.steps)]).not.toContain(
      'recordSuccessorInstrument',
    );
    const alderman = planSteps(
      continuation({ checklist: [{ ruleId: 'R4.5', done: false, blocking: true }], expiredInstruments: 1 }),
      new Set(['ADMINISTRATIVE_LEAD']),
    );
    expect(alderman.guided.flatMap((g) => g.steps)).not.toContain('recordSuccessorInstrument');
  });
});
