import { describe, expect, it } from 'vitest';
import type { Command } from '../commands';
import {
  ALDERMAN,
  BOTTLENECKS,
  given,
  inAgenda,
  readyToAdopt,
  refused,
  ruleOf,
  step,
  supportOf,
  sut,
  T0,
} from './test-factories';

// P2 AGENDA (docs/rules.md R2.1–R2.5), pure: given a state, when a step, then the outcome.

const bottleneck = (description: string, domain: 'CARE' | 'EDUCATION' | 'JUSTICE'): Command =>
  step('recordBottleneck', { description, domain });
const theme = (t: 'SIGNALLING' | 'EXPERTISE' | 'COLLABORATION' | 'INFORMATION_SHARING' | 'PREVENTION'): Command =>
  step('selectTheme', { theme: t });

describe('R2.1 themes need at least 3 bottlenecks from at least 2 domains', () => {
  it('refuses a theme with three bottlenecks from one domain', () => {
    const state = given(inAgenda(), [
      bottleneck('Een', 'CARE'),
      bottleneck('Twee', 'CARE'),
      bottleneck('Drie', 'CARE'),
    ]);
    const refusal = refused(state, theme('SIGNALLING'));
    expect(refusal.ruleId).toBe('R2.1');
    expect(refusal.details).toEqual({ bottlenecks: 3, domains: 1 });
  });

  it('refuses a theme with two bottlenecks from two domains', () => {
    expect(
      refused(given(inAgenda(), [bottleneck('Een', 'CARE'), bottleneck('Twee', 'EDUCATION')]), theme('SIGNALLING'))
        .ruleId,
    ).toBe('R2.1');
  });

  it('accepts the theme once a second domain is heard', () => {
    const state = given(inAgenda(), [
      bottleneck('Een', 'CARE'),
      bottleneck('Twee', 'CARE'),
      bottleneck('Drie', 'CARE'),
      bottleneck('Vier', 'EDUCATION'),
    ]);
    const out = sut(state, theme('SIGNALLING'), T0);
    expect(out.ok && out.value.agenda.themes).toEqual(['SIGNALLING']);
  });

  it('refuses a bottleneck without a description', () => {
    expect(refused(inAgenda(), step('recordBottleneck', { description: ' ', domain: 'CARE' })).ruleId).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('R2.2 focus on 1 to 3 themes', () => {
  const drafting = () => given(inAgenda(), BOTTLENECKS);

  it('accepts up to three themes', () => {
    const state = given(drafting(), [theme('SIGNALLING'), theme('EXPERTISE'), theme('COLLABORATION')]);
    expect(state.agenda.themes).toEqual(['SIGNALLING', 'EXPERTISE', 'COLLABORATION']);
  });

  it('refuses a fourth theme with an explanation', () => {
    const state = given(drafting(), [theme('SIGNALLING'), theme('EXPERTISE'), theme('COLLABORATION')]);
    const refusal = refused(state, theme('PREVENTION'));
    expect(refusal.ruleId).toBe('R2.2');
    expect(refusal.message).toContain('1 tot 3');
  });

  it('refuses adopting an agenda without a theme', () => {
    expect(refused(drafting(), step('adoptAgenda', {}, ALDERMAN)).ruleId).toBe('R2.2');
  });

  it('accepts a new theme after one was dropped', () => {
    const state = given(drafting(), [
      theme('SIGNALLING'),
      theme('EXPERTISE'),
      theme('COLLABORATION'),
      step('deselectTheme', { theme: 'EXPERTISE' }),
    ]);
    expect(ruleOf(sut(state, theme('PREVENTION'), T0))).toBe('ACCEPTED');
  });

  it('refuses a theme chosen twice, and one outside the catalogue', () => {
    const state = given(drafting(), [theme('SIGNALLING')]);
    expect(refused(state, theme('SIGNALLING')).ruleId).toBe('LIFECYCLE');
    expect(refused(state, step('selectTheme', { theme: 'SPORT' as never })).ruleId).toBe('INVALID_INPUT');
  });
});

describe('R2.3 every theme has an action, every action an owner organisation', () => {
  const twoThemes = () => given(inAgenda(), [...BOTTLENECKS, theme('SIGNALLING'), theme('PREVENTION')]);

  it('refuses an action on a theme that is not selected', () => {
    expect(
      refused(twoThemes(), step('addAction', { title: 'X', theme: 'COLLABORATION', ownerOrganisation: 'GGD' })).ruleId,
    ).toBe('R2.3');
  });

  it('refuses an action without an owner', () => {
    expect(
      refused(twoThemes(), step('addAction', { title: 'X', theme: 'SIGNALLING', ownerOrganisation: ' ' })).ruleId,
    ).toBe('R2.3');
  });

  it('refuses adoption while a theme lacks an action, and accepts it once each has one', () => {
    const state = given(twoThemes(), [
      step('addAction', { title: 'Oudersignalen-kaart', theme: 'SIGNALLING', ownerOrganisation: 'GGD' }),
      ...supportOf('GGD'),
    ]);
    const refusal = refused(state, step('adoptAgenda', {}, ALDERMAN));
    expect(refusal.ruleId).toBe('R2.3');
    expect(refusal.details).toEqual({ themesWithoutAction: ['PREVENTION'] });
    const covered = given(state, [
      step('addAction', { title: 'Ouder-kindcoaches', theme: 'PREVENTION', ownerOrganisation: 'GGD' }),
    ]);
    expect(sut(covered, step('adoptAgenda', {}, ALDERMAN), T0)).toMatchObject({
      ok: true,
      value: { phase: 'EXECUTION' },
    });
  });

  it('refuses dropping a theme that has actions; accepts dropping one without', () => {
    const state = given(twoThemes(), [
      step('addAction', { title: 'Kaart', theme: 'SIGNALLING', ownerOrganisation: 'GGD' }),
    ]);
    expect(refused(state, step('deselectTheme', { theme: 'SIGNALLING' })).ruleId).toBe('R2.3');
    expect(given(state, [step('deselectTheme', { theme: 'PREVENTION' })]).agenda.themes).toEqual(['SIGNALLING']);
  });
});

describe('R2.4 support test: professional and management level both confirm', () => {
  const twoOwners = () =>
    given(inAgenda(), [
      ...BOTTLENECKS,
      theme('COLLABORATION'),
      step('addAction', { title: 'Ketenoverleg', theme: 'COLLABORATION', ownerOrganisation: 'Politie' }),
      step('addAction', { title: 'Buddy-systeem', theme: 'COLLABORATION', ownerOrganisation: 'Wijkteam' }),
    ]);

  it('work-floor agreement alone, or the top alone, does not count', () => {
    const state = given(twoOwners(), [
      step('confirmSupport', { organisation: 'Politie', level: 'PROFESSIONAL' }),
      step('confirmSupport', { organisation: 'Wijkteam', level: 'MANAGEMENT' }),
    ]);
    const refusal = refused(state, step('adoptAgenda', {}, ALDERMAN));
    expect(refusal.ruleId).toBe('R2.4');
    expect(refusal.message).toContain('Politie');
    expect(refusal.message).toContain('Wijkteam');
  });

  it('refuses the professional level alone', () => {
    const state = given(twoOwners(), [
      ...supportOf('Wijkteam'),
      step('confirmSupport', { organisation: 'Politie', level: 'PROFESSIONAL' }),
    ]);
    expect(refused(state, step('adoptAgenda', {}, ALDERMAN)).details).toEqual({ organisations: ['Politie'] });
  });

  it('refuses the management level alone', () => {
    const state = given(twoOwners(), [
      ...supportOf('Wijkteam'),
      step('confirmSupport', { organisation: 'Politie', level: 'MANAGEMENT' }),
    ]);
    expect(refused(state, step('adoptAgenda', {}, ALDERMAN)).ruleId).toBe('R2.4');
  });

  it('accepts both levels of every owner (names compared without case)', () => {
    const state = given(twoOwners(), [
      step('confirmSupport', { organisation: 'Politie', level: 'PROFESSIONAL' }),
      step('confirmSupport', { organisation: 'Wijkteam', level: 'MANAGEMENT' }),
      step('confirmSupport', { organisation: 'politie', level: 'MANAGEMENT' }),
      step('confirmSupport', { organisation: 'Wijkteam', level: 'PROFESSIONAL' }),
    ]);
    expect(sut(state, step('adoptAgenda', {}, ALDERMAN), T0)).toMatchObject({
      ok: true,
      value: { phase: 'EXECUTION' },
    });
  });

  it('refuses the same level confirmed twice', () => {
    const state = given(twoOwners(), [step('confirmSupport', { organisation: 'Politie', level: 'PROFESSIONAL' })]);
    expect(refused(state, step('confirmSupport', { organisation: 'Politie', level: 'PROFESSIONAL' })).ruleId).toBe(
      'LIFECYCLE',
    );
  });
});

describe('R2.5 only the administrative lead adopts the agenda, once R2.1–R2.4 hold', () => {
  it('refuses in rule order: R2.1, then R2.2, then the role', () => {
    expect(refused(inAgenda(), step('adoptAgenda', {}, ALDERMAN)).ruleId).toBe('R2.1');
    expect(refused(given(inAgenda(), BOTTLENECKS), step('adoptAgenda', {}, ALDERMAN)).ruleId).toBe('R2.2');
    expect(refused(readyToAdopt(), step('adoptAgenda', {})).ruleId).toBe('NOT_PERMITTED');
  });

  it('accepts the alderman: EXECUTION, adopted, a clock per action, no training track without EXPERTISE', () => {
    const state = given(inAgenda(), [
      ...BOTTLENECKS,
      theme('INFORMATION_SHARING'),
      step('addAction', { title: 'Privacyconvenant', theme: 'INFORMATION_SHARING', ownerOrganisation: 'Gemeente' }),
      ...supportOf('Gemeente'),
    ]);
    const out = sut(state, step('adoptAgenda', {}, ALDERMAN), T0);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.phase).toBe('EXECUTION');
    expect(out.value.agenda.adoptedAt).toBeTruthy();
    expect(out.value.training).toBeUndefined();
    expect(out.value.clocks.map((c) => c.step)).toEqual([`ACTION:${out.value.agenda.actions[0]!.id}`]);
  });
});

describe('UNKNOWN_REFERENCE references to what the agenda does not hold', () => {
  it('accepts an action that adopts a practice from the library, and refuses an unknown practice', () => {
    const state = given(inAgenda(), [...BOTTLENECKS, theme('SIGNALLING')]);
    const adopted = given(state, [
      step('addAction', {
        title: 'Vouwkaart',
        theme: 'SIGNALLING',
        ownerOrganisation: 'GGD',
        practiceId: 'amsterdam-vouwkaart-kind-veilig',
      }),
    ]);
    expect(adopted.agenda.actions[0]).toMatchObject({ practiceId: 'amsterdam-vouwkaart-kind-veilig' });
    const unknown = refused(
      state,
      step('addAction', { title: 'X', theme: 'SIGNALLING', ownerOrganisation: 'GGD', practiceId: 'bestaat-niet' }),
    );
    expect(unknown).toMatchObject({ ruleId: 'UNKNOWN_REFERENCE', details: { practiceId: 'bestaat-niet' } });
  });

  it('refuses dropping a theme that was never chosen', () => {
    expect(refused(given(inAgenda(), BOTTLENECKS), step('deselectTheme', { theme: 'PREVENTION' })).ruleId).toBe(
      'UNKNOWN_REFERENCE',
    );
  });
});
