import { describe, expect, it } from 'vitest';
import { advanceTime } from '../lifecycle/time-engine';
import { given, inExecution, programme, readyToCommit, step, T0 } from '../lifecycle/steps/test-factories';
import type { ProgrammeState } from '../lifecycle/types';
import type { Grant } from '../people/roles';
import { isoWeekOf, mondayOf, weeklyDigest as sut, type DigestProgrammeInput } from './weekly-digest';

// The weekly digest (issue 16): exactly the person's items, by the roles they hold (P1, STEP_ROLES).
// T0 is Monday 2026-11-23, 11:00 in Amsterdam; COMMITMENT's level 1 falls 6 weeks later (P3).

const WEEK = 7 * 24 * 3600 * 1000;
const as = (role: Grant['role'], organisation?: string): Pick<Grant, 'role' | 'partner'> => ({
  role,
  ...(organisation ? { partner: { organisation, domain: 'CARE', level: 'PROFESSIONAL' } } : {}),
});
const input = (state: ProgrammeState, ...grants: Pick<Grant, 'role' | 'partner'>[]): DigestProgrammeInput => ({
  state,
  municipalityName: 'Amsterdam',
  grants,
});
const other = (state: ProgrammeState): ProgrammeState => ({
  ...state,
  programmeId: 'programme-GM0344-1',
  municipalityCode: 'GM0344',
});
const noNames = new Map<string, string>();

describe('weekly digest: what is due for the person', () => {
  it('a project lead gets the stall deadline within three weeks and the open items their role takes', () => {
    const d = sut({ weekStart: '2026-12-21', programmes: [input(programme(), as('PROJECT_LEAD'))], names: noNames });
    expect(d?.isoWeek).toBe('2026-W52');
    expect(d?.programmes).toHaveLength(1);
    expect(d!.programmes[0]!.due).toEqual([
      { kind: 'DEADLINE', deadline: 'STALL', at: '2027-01-04T10:00:00.000Z', step: 'COMMITMENT', level: 1 },
    ]);
    expect(d!.programmes[0]!.openItems.map((i) => i.ruleId)).toEqual(['R1.1', 'R1.2', 'R1.3', 'R1.4', 'R1.4', 'R1.5']);
    expect(d!.programmes[0]!.changes).toEqual([]);
  });

  it('R1.1: the alderman gets the commitment items that are theirs, not the partners’ or recommendations', () => {
    const d = sut({
      weekStart: '2026-12-21',
      programmes: [input(programme(), as('ADMINISTRATIVE_LEAD'))],
      names: noNames,
    });
    expect(d!.programmes[0]!.openItems.map((i) => i.ruleId)).toEqual(['R1.1', 'R1.3']);
  });

  it('a deadline beyond three weeks is not due yet; with nothing changed there is no digest', () => {
    expect(
      sut({ weekStart: '2026-12-07', programmes: [input(programme(), as('PROJECT_LEAD'))], names: noNames }),
    ).toBeUndefined();
  });

  it('an observer takes no step: nothing is due for them', () => {
    expect(
      sut({ weekStart: '2026-12-21', programmes: [input(programme(), as('OBSERVER'))], names: noNames }),
    ).toBeUndefined();
  });

  it('R3.2: an action’s deadline reaches the contact of the organisation that carries it, no other partner', () => {
    const state = inExecution();
    const forContact = (organisation: string) =>
      sut({ weekStart: '2027-01-04', programmes: [input(state, as('PARTNER_CONTACT', organisation))], names: noNames });
    expect(forContact('veilig thuis ')?.programmes[0]?.due).toEqual([
      {
        kind: 'DEADLINE',
        deadline: 'STALL',
        at: '2027-01-18T10:00:00.000Z',
        step: `ACTION:${state.agenda.actions[0]!.id}`,
        level: 1,
        actionTitle: 'Zorg-straf-overleg',
      },
    ]);
    expect(forContact('Stichting Onderwijs')).toBeUndefined();
  });

  it('P3: an open escalation is due for the role it is addressed to (level 1: the project lead), not to the alderman', () => {
    const stalled = advanceTime(programme(), T0 + 7 * WEEK);
    const digest = (role: Grant['role']) =>
      sut({ weekStart: '2027-01-18', programmes: [input(stalled, as(role))], names: noNames });
    expect(digest('PROJECT_LEAD')?.programmes[0]?.due[0]).toMatchObject({
      kind: 'ESCALATION',
      level: 1,
      step: 'COMMITMENT',
      dueAt: '2027-01-04T10:00:00.000Z',
    });
    // The alderman is not addressed at level 1; the level-2 deadline four weeks on is theirs (R1.1).
    expect(digest('ADMINISTRATIVE_LEAD')?.programmes[0]?.due).toEqual([
      { kind: 'DEADLINE', deadline: 'STALL', at: '2027-02-01T10:00:00.000Z', step: 'COMMITMENT', level: 2 },
    ]);
  });

  it('a paused programme has no deadlines coming', () => {
    const paused = given(readyToCommit(), [step('pauseProgramme', { reason: 'Verkiezingen' })]);
    expect(
      sut({ weekStart: '2026-12-21', programmes: [input(paused, as('PROJECT_LEAD'))], names: noNames }),
    ).toBeUndefined();
  });
});

describe('weekly digest: what changed last week', () => {
  const lead = { role: 'PROJECT_LEAD' as const, memberId: 'mbr_lead' };
  const state = given(programme(), [step('designateAdministrativeLead', {}, lead)], T0 + 3600_000);

  it('names who did what from the directory, for last week only', () => {
    const d = sut({
      weekStart: '2026-11-30',
      programmes: [input(state, as('OBSERVER'))],
      names: new Map([['mbr_lead', 'Fatima el Amrani']]),
    });
    const changes = d!.programmes[0]!.changes;
    expect(changes.map((c) => c.event)).toEqual(['programmeStarted', 'designateAdministrativeLead']);
    expect(changes[1]).toMatchObject({ byRole: 'PROJECT_LEAD', byName: 'Fatima el Amrani' });
    expect(d!.programmes[0]!.due).toEqual([]);
    // A week later those changes are old news.
    expect(
      sut({ weekStart: '2026-12-07', programmes: [input(state, as('OBSERVER'))], names: noNames }),
    ).toBeUndefined();
  });

  it('merges the directory’s changes of last week (who joined) into the timeline’s, in order', () => {
    const joined = {
      at: new Date(T0 + 2 * 3600_000).toISOString(),
      event: 'invitationAccepted',
      summary: 'Wendy Wethouder nam de uitnodiging aan en is lid als bestuurlijk trekker (wethouder).',
      byRole: 'PROJECT_LEAD' as const,
    };
    const old = { ...joined, at: new Date(T0 - WEEK).toISOString() };
    const d = sut({
      weekStart: '2026-11-30',
      programmes: [{ ...input(state, as('OBSERVER')), directoryChanges: [joined, old] }],
      names: noNames,
    });
    expect(d!.programmes[0]!.changes.map((c) => c.event)).toEqual([
      'programmeStarted',
      'designateAdministrativeLead',
      'invitationAccepted',
    ]);
  });

  it('shows only the programmes passed in (the person’s own), and only those with news', () => {
    const d = sut({
      weekStart: '2026-11-30',
      programmes: [input(state, as('PROJECT_LEAD')), input(other(programme({}, T0 - 3 * WEEK)), as('OBSERVER'))],
      names: noNames,
    });
    expect(d!.programmes.map((p) => p.programmeId)).toEqual(['programme-GM0363-1']);
  });
});

describe('ISO weeks in Europe/Amsterdam', () => {
  it('numbers weeks by ISO 8601 across the turn of the year', () => {
    expect(isoWeekOf('2026-11-30')).toBe('2026-W49');
    expect(isoWeekOf('2026-12-28')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
  });
  it('finds the Monday of a date', () => {
    expect(mondayOf('2026-12-03')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2027-01-03')).toBe('2026-12-28');
  });
});
