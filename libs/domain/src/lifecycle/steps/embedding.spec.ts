import { describe, expect, it } from 'vitest';
import {
  EMBED_IN_REGIONAL_PLAN,
  given,
  inEmbedding,
  inExecution,
  refused,
  ruleOf,
  step,
  sut,
  T0,
} from './test-factories';

// P4 EMBEDDING (docs/rules.md R4.1–R4.4), pure: given a state, when a step, then the outcome.

const embed = (actionId: string, overrides: Partial<Record<keyof typeof EMBED_IN_REGIONAL_PLAN, string>> = {}) =>
  step('recordEmbedding', { actionId, ...EMBED_IN_REGIONAL_PLAN, ...overrides } as never);

describe('R4.1 every DONE action is embedded in an existing policy instrument', () => {
  it('refuses a stand-alone project: "not as a separate project"', () => {
    const state = inEmbedding();
    const refusal = refused(
      state,
      embed(state.agenda.actions[0]!.id, {
        instrument: 'STAND_ALONE_PROJECT',
        instrumentName: 'Project Veilig Opgroeien',
      }),
    );
    expect(refusal.ruleId).toBe('R4.1');
    expect(refusal.message).toContain('niet als een (losstaand) project');
  });

  it('accepts a regional approach plan', () => {
    const state = inEmbedding();
    const out = sut(
      state,
      embed(state.agenda.actions[0]!.id, {
        instrumentName: 'Regioaanpak huiselijk geweld en kindermishandeling 2025–2030',
      }),
      T0,
    );
    expect(out.ok && out.value.agenda.actions[0]!.embedding).toMatchObject({
      instrument: 'REGIONAL_APPROACH_PLAN',
      takenOverBy: 'Veilig Thuis',
    });
  });

  it('refuses an instrument without a name, and an action that is not DONE', () => {
    const state = inEmbedding();
    expect(refused(state, embed(state.agenda.actions[0]!.id, { instrumentName: ' ' })).ruleId).toBe('R4.1');
    const withDropped = (() => {
      const s = given(inExecution(), [
        step('addAction', { title: 'Extra', theme: 'COLLABORATION', ownerOrganisation: 'OM' }),
      ]);
      return given(s, [
        step('updateActionStatus', { actionId: s.agenda.actions[0]!.id, status: 'DONE' }),
        step('updateActionStatus', { actionId: s.agenda.actions[1]!.id, status: 'DROPPED', reason: 'Dubbel' }),
        step('completeExecution', {}),
      ]);
    })();
    expect(refused(withDropped, embed(withDropped.agenda.actions[1]!.id)).ruleId).toBe('R4.1');
  });

  it('refuses embedding the same action twice, and an unknown action', () => {
    const state = inEmbedding();
    const id = state.agenda.actions[0]!.id;
    expect(refused(given(state, [embed(id)]), embed(id)).ruleId).toBe('LIFECYCLE');
    expect(refused(state, embed('action-999')).ruleId).toBe('UNKNOWN_REFERENCE');
  });
});

describe('R4.2 every embedding names who takes it over and the responsible role', () => {
  it('refuses a missing organisation or role', () => {
    const state = inEmbedding();
    const id = state.agenda.actions[0]!.id;
    expect(refused(state, embed(id, { takenOverBy: '' })).ruleId).toBe('R4.2');
    expect(refused(state, embed(id, { responsibleRole: '' })).ruleId).toBe('R4.2');
  });

  it('accepts both named', () => {
    const state = inEmbedding();
    expect(
      ruleOf(
        sut(
          state,
          embed(state.agenda.actions[0]!.id, {
            instrument: 'SOCIAL_DEVELOPMENT_AGENDA',
            instrumentName: 'Sociale Ontwikkelagenda',
            takenOverBy: 'Gemeente',
            responsibleRole: 'beleidsadviseur',
          }),
          T0,
        ),
      ),
    ).toBe('ACCEPTED');
  });
});

describe('R4.3 an external project lead needs an internal embedding owner', () => {
  it('refuses completing embedding without the internal owner, and accepts it with one', () => {
    const state = inEmbedding('EXTERNAL');
    const embedded = given(state, [
      embed(state.agenda.actions[0]!.id, {
        instrument: 'DOMESTIC_VIOLENCE_ACTION_PLAN',
        instrumentName: 'Actieplan huiselijk geweld en kindermishandeling',
      }),
    ]);
    expect(refused(embedded, step('completeEmbedding', {})).ruleId).toBe('R4.3');
    const owned = given(embedded, [step('nameEmbeddingOwner', { role: 'beleidsambtenaar jeugd' })]);
    expect(sut(owned, step('completeEmbedding', {}), T0)).toMatchObject({ ok: true, value: { phase: 'CONTINUATION' } });
  });

  it('an external lead leaving with embedding open escalates at once at level 2', () => {
    const out = sut(inEmbedding('EXTERNAL'), step('recordLeadDeparture', {}), T0 + 1000);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const escalation = out.value.escalations.find((e) => e.kind === 'LEAD_DEPARTED');
    expect(escalation).toMatchObject({
      level: 2,
      levelName: 'ADMINISTRATIVE',
      recipient: 'ADMINISTRATIVE_LEAD',
      ruleId: 'R4.3',
      status: 'OPEN',
    });
    expect(escalation!.raisedAt).toBe(out.value.updatedAt);
    expect(out.value.riskFlags).toContain('LEAD_DEPARTED');
    expect(escalation!.delivery).toEqual({ status: 'PENDING', attempts: 0 });
  });

  it('an internal lead leaving does not escalate', () => {
    const out = sut(inEmbedding('INTERNAL'), step('recordLeadDeparture', {}), T0);
    expect(out.ok && out.value.escalations.filter((e) => e.kind === 'LEAD_DEPARTED')).toEqual([]);
  });

  it('refuses a departure when no lead is in office', () => {
    const departed = given(inEmbedding('INTERNAL'), [step('recordLeadDeparture', {})]);
    expect(refused(departed, step('recordLeadDeparture', {})).ruleId).toBe('UNKNOWN_REFERENCE');
  });
});

describe('R4.4 embedding completes when every action is embedded or dropped', () => {
  it('refuses while a DONE action is not embedded, and accepts once it is (the dropped one needs nothing)', () => {
    const s = given(inExecution(), [
      step('addAction', { title: 'Extra', theme: 'COLLABORATION', ownerOrganisation: 'Veilig Thuis' }),
    ]);
    const [first, second] = [s.agenda.actions[0]!, s.agenda.actions[1]!];
    const state = given(s, [
      step('updateActionStatus', { actionId: first.id, status: 'DONE' }),
      step('updateActionStatus', {
        actionId: second.id,
        status: 'DROPPED',
        reason: 'Opgegaan in het zorg-straf-overleg',
      }),
      step('completeExecution', {}),
    ]);
    const refusal = refused(state, step('completeEmbedding', {}));
    expect(refusal.ruleId).toBe('R4.4');
    expect(refusal.details).toEqual({ actionIds: [first.id] });
    const embedded = given(state, [embed(first.id, { instrumentName: 'Regioaanpak', responsibleRole: 'manager' })]);
    expect(sut(embedded, step('completeEmbedding', {}), T0)).toMatchObject({
      ok: true,
      value: { phase: 'CONTINUATION' },
    });
  });
});
