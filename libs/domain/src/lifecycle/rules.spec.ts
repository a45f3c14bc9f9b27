import { describe, expect, it } from 'vitest';
import {
  checkActionsCoverThemes,
  checkAllEmbedded,
  checkBottlenecks,
  checkEmbeddingOwner,
  checkPartnerDomains,
  checkSupport,
  checkThemeCanBeAdded,
  checkThemeCount,
  hasFullSupport,
  normalise,
  organisationsNeedingSupport,
  tipFor,
} from './rules';
import type { Action, ProgrammeState } from './types';

// The rule functions themselves (docs/rules.md), on hand-made slices of state.

type Slice = Pick<ProgrammeState, 'commitment' | 'agenda' | 'embeddingOwner'>;
const AT = '2026-11-23T10:00:00.000Z';
const slice = (
  over: {
    commitment?: Partial<Slice['commitment']>;
    agenda?: Partial<Slice['agenda']>;
    embeddingOwner?: Slice['embeddingOwner'];
  } = {},
): Slice => ({
  commitment: { partners: [], pastProjectLeads: [], recommendations: {}, ...over.commitment },
  agenda: { bottlenecks: [], themes: [], actions: [], support: [], ...over.agenda },
  ...(over.embeddingOwner ? { embeddingOwner: over.embeddingOwner } : {}),
});
const action = (id: string, over: Partial<Action> = {}): Action => ({
  id,
  title: id,
  theme: 'COLLABORATION',
  ownerOrganisation: 'Politie',
  aimedAtSchools: false,
  status: 'PLANNED',
  addedAt: AT,
  addedDuringExecution: false,
  ...over,
});
const support = (organisation: string, level: 'PROFESSIONAL' | 'MANAGEMENT') => ({
  organisation,
  level,
  at: AT,
  by: { role: 'PARTNER' as const },
});
const bottleneck = (domain: 'CARE' | 'EDUCATION' | 'JUSTICE') => ({
  id: `b-${domain}`,
  description: 'x',
  domain,
  recordedAt: AT,
});
const ruleOf = (r: { ok: true } | { ok: false; violation: { ruleId: string } }) => (r.ok ? 'OK' : r.violation.ruleId);

describe('R1.2 checkPartnerDomains', () => {
  it('names each missing domain', () => {
    const s = slice({ commitment: { partners: [{ organisation: 'VT', domain: 'CARE', committedAt: AT }] } });
    const result = checkPartnerDomains(s);
    expect(!result.ok && result.violation.details).toEqual({ missingDomains: ['EDUCATION', 'JUSTICE'] });
  });
});

describe('R2.1 checkBottlenecks', () => {
  it('needs 3 bottlenecks and 2 domains', () => {
    expect(
      ruleOf(
        checkBottlenecks(
          slice({ agenda: { bottlenecks: [bottleneck('CARE'), bottleneck('CARE'), bottleneck('CARE')] } }),
        ),
      ),
    ).toBe('R2.1');
    expect(
      ruleOf(checkBottlenecks(slice({ agenda: { bottlenecks: [bottleneck('CARE'), bottleneck('JUSTICE')] } }))),
    ).toBe('R2.1');
    expect(
      ruleOf(
        checkBottlenecks(
          slice({ agenda: { bottlenecks: [bottleneck('CARE'), bottleneck('CARE'), bottleneck('JUSTICE')] } }),
        ),
      ),
    ).toBe('OK');
  });
});

describe('R2.2 checkThemeCanBeAdded and checkThemeCount', () => {
  it('refuses a fourth theme; a theme already chosen passes', () => {
    const three = slice({ agenda: { themes: ['SIGNALLING', 'EXPERTISE', 'COLLABORATION'] } });
    expect(ruleOf(checkThemeCanBeAdded(three, 'PREVENTION'))).toBe('R2.2');
    expect(ruleOf(checkThemeCanBeAdded(three, 'EXPERTISE'))).toBe('OK');
    expect(ruleOf(checkThemeCount(three))).toBe('OK');
    expect(ruleOf(checkThemeCount(slice()))).toBe('R2.2');
  });
});

describe('R2.3 checkActionsCoverThemes', () => {
  it('a dropped action does not cover its theme', () => {
    const s = slice({
      agenda: { themes: ['COLLABORATION'], actions: [action('a', { status: 'DROPPED', droppedReason: 'x' })] },
    });
    expect(ruleOf(checkActionsCoverThemes(s))).toBe('R2.3');
    expect(
      ruleOf(checkActionsCoverThemes(slice({ agenda: { themes: ['COLLABORATION'], actions: [action('a')] } }))),
    ).toBe('OK');
  });
});

describe('R2.4 hasFullSupport and checkSupport', () => {
  it('needs both levels of the same organisation (case and spaces aside)', () => {
    expect(hasFullSupport(slice({ agenda: { support: [support('Politie', 'PROFESSIONAL')] } }), 'Politie')).toBe(false);
    expect(hasFullSupport(slice({ agenda: { support: [support('Politie', 'MANAGEMENT')] } }), 'Politie')).toBe(false);
    expect(
      hasFullSupport(
        slice({ agenda: { support: [support('Politie', 'PROFESSIONAL'), support(' politie ', 'MANAGEMENT')] } }),
        'POLITIE',
      ),
    ).toBe(true);
    expect(
      hasFullSupport(
        slice({ agenda: { support: [support('Politie', 'PROFESSIONAL'), support('OM', 'MANAGEMENT')] } }),
        'Politie',
      ),
    ).toBe(false);
  });

  it('checks the owners of actions that are not dropped, once each', () => {
    const s = slice({
      agenda: { actions: [action('a'), action('b'), action('c', { ownerOrganisation: 'OM', status: 'DROPPED' })] },
    });
    expect(organisationsNeedingSupport(s, s.agenda.actions)).toEqual(['Politie', 'OM']);
    const result = checkSupport(s);
    expect(!result.ok && result.violation).toMatchObject({ ruleId: 'R2.4', details: { organisations: ['Politie'] } });
  });
});

describe('R4.3 checkEmbeddingOwner', () => {
  it('an external lead, present or past, needs an internal owner; an internal lead does not', () => {
    const external = slice({ commitment: { projectLead: { kind: 'EXTERNAL', appointedAt: AT } } });
    expect(ruleOf(checkEmbeddingOwner(external as ProgrammeState))).toBe('R4.3');
    const past = slice({
      commitment: {
        pastProjectLeads: [{ kind: 'EXTERNAL', appointedAt: AT, departedAt: AT }],
        projectLead: { kind: 'INTERNAL', appointedAt: AT },
      },
    });
    expect(ruleOf(checkEmbeddingOwner(past as ProgrammeState))).toBe('R4.3');
    expect(
      ruleOf(
        checkEmbeddingOwner({
          ...external,
          embeddingOwner: { role: 'beleidsambtenaar', namedAt: AT },
        } as ProgrammeState),
      ),
    ).toBe('OK');
    expect(
      ruleOf(
        checkEmbeddingOwner(
          slice({ commitment: { projectLead: { kind: 'INTERNAL', appointedAt: AT } } }) as ProgrammeState,
        ),
      ),
    ).toBe('OK');
  });
});

describe('R4.4 checkAllEmbedded', () => {
  it('DONE actions need an embedding, open ones block, dropped ones do not', () => {
    const embedding = {
      instrument: 'REGIONAL_APPROACH_PLAN' as const,
      instrumentName: 'R',
      takenOverBy: 'VT',
      responsibleRole: 'm',
      recordedAt: AT,
    };
    expect(ruleOf(checkAllEmbedded(slice({ agenda: { actions: [action('a', { status: 'DONE' })] } })))).toBe('R4.4');
    expect(ruleOf(checkAllEmbedded(slice({ agenda: { actions: [action('a', { status: 'IN_PROGRESS' })] } })))).toBe(
      'R4.4',
    );
    expect(
      ruleOf(
        checkAllEmbedded(
          slice({
            agenda: { actions: [action('a', { status: 'DONE', embedding }), action('b', { status: 'DROPPED' })] },
          }),
        ),
      ),
    ).toBe('OK');
  });
});

describe('normalise and tipFor', () => {
  it('compares organisation names without case or surrounding spaces; tips exist for the rules', () => {
    expect(normalise('  Veilig Thuis ')).toBe('veilig thuis');
    expect(tipFor('R1.4')).toContain('burgemeester');
  });
});
