import { describe, expect, it } from 'vitest';
import { timelineSummary } from '../labels-timeline';
import { ALREADY_MERGED, recordMunicipalityMerger, type MunicipalityMergerInput } from './merger';
import { accepted, inAgenda, programme, step, sut as decide } from './steps/test-factories';
import type { Action } from './types';
import type { ProgrammeState } from './types';

const AFTER_NEW_YEAR = Date.parse('2099-01-04T09:00:00.000Z');
const MERGER: MunicipalityMergerInput = {
  successorCode: 'GM9901',
  effectiveOn: '2099-01-01',
  formerName: 'Appingedam',
  successorName: 'Eemsmonde',
};

const appingedam = (): ProgrammeState => inAgenda('INTERNAL', Date.parse('2098-10-05T09:00:00.000Z'));

describe('herindeling: a running programme continues under the successor of its municipality', () => {
  it('keeps its id and phase, takes the successor as its municipality and says so on its timeline', () => {
    const before = { ...appingedam(), municipalityCode: 'GM0003', programmeId: 'programme-GM0003-1' };
    const sut = recordMunicipalityMerger(before, { ...MERGER, sequence: 1 }, AFTER_NEW_YEAR);
    const after = accepted(sut);
    expect(after).toMatchObject({
      programmeId: 'programme-GM0003-1',
      municipalityCode: 'GM9901',
      sequence: 1,
      phase: 'AGENDA',
      version: before.version + 1,
      mergers: [
        {
          formerCode: 'GM0003',
          formerName: 'Appingedam',
          formerSequence: 1,
          successorCode: 'GM9901',
          successorName: 'Eemsmonde',
          effectiveOn: '2099-01-01',
        },
      ],
    });
    const line = after.timeline.at(-1)!;
    expect(line).toMatchObject({
      event: 'municipalityMerged',
      by: { role: 'SYSTEM' },
      summary: 'Gemeente Appingedam is per 1 januari 2099 opgegaan in Eemsmonde.',
    });
    expect(timelineSummary(line, 'en')).toBe('Municipality Appingedam merged into Eemsmonde on 1 January 2099.');
    // Everything else carries on: the agenda it was drafting is still there.
    expect(after.agenda).toEqual(before.agenda);
  });

  it('takes the number under its successor it is given, and the successor province and holiday region', () => {
    const after = accepted(
      recordMunicipalityMerger(
        programme({ municipalityCode: 'GM0003', sequence: 2, schoolHolidayRegion: 'noord', province: 'Groningen' }),
        { ...MERGER, sequence: 4, province: 'Drenthe', schoolHolidayRegion: 'midden' },
        AFTER_NEW_YEAR,
      ),
    );
    expect(after).toMatchObject({ sequence: 4, province: 'Drenthe', schoolHolidayRegion: 'midden' });
    expect(after.mergers?.[0]?.formerSequence).toBe(2);
  });

  it('names the codes when the names are not given', () => {
    const after = accepted(
      recordMunicipalityMerger(
        programme({ municipalityCode: 'GM0003' }),
        { successorCode: 'GM9901', effectiveOn: '2099-01-01' },
        AFTER_NEW_YEAR,
      ),
    );
    expect(after.timeline.at(-1)!.summary).toBe('Gemeente GM0003 is per 1 januari 2099 opgegaan in GM9901.');
  });

  it('keeps working: steps after the merger are taken under the successor', () => {
    const merged = accepted(recordMunicipalityMerger(appingedam(), MERGER, AFTER_NEW_YEAR));
    const next = accepted(
      decide(
        merged,
        step('recordBottleneck', { description: 'Signalen bereiken Veilig Thuis laat', domain: 'CARE' }),
        AFTER_NEW_YEAR + 1000,
      ),
    );
    expect(next.municipalityCode).toBe('GM9901');
    expect(next.agenda.bottlenecks.map((b) => b.description)).toContain('Signalen bereiken Veilig Thuis laat');
  });
});

describe('herindeling: what cannot be recorded changes nothing', () => {
  const cases: [string, ProgrammeState, Partial<MunicipalityMergerInput>, number, string][] = [
    ['a merger before it takes effect', programme(), {}, Date.parse('2098-12-31T12:00:00.000Z'), 'LIFECYCLE'],
    ['a date other than 1 January', programme(), { effectiveOn: '2099-03-01' }, AFTER_NEW_YEAR, 'INVALID_INPUT'],
    ['a malformed successor code', programme(), { successorCode: '9901' }, AFTER_NEW_YEAR, 'INVALID_INPUT'],
    ['a number below 1', programme(), { sequence: 0 }, AFTER_NEW_YEAR, 'INVALID_INPUT'],
    [
      'a holiday region that does not exist',
      programme(),
      { schoolHolidayRegion: 'oost' as never },
      AFTER_NEW_YEAR,
      'INVALID_INPUT',
    ],
    [
      'a programme already under the successor',
      { ...programme(), municipalityCode: 'GM9901' },
      {},
      AFTER_NEW_YEAR,
      'LIFECYCLE',
    ],
    ['a programme that ended', { ...programme(), status: 'CLOSED' }, {}, AFTER_NEW_YEAR, 'LIFECYCLE'],
  ];
  it.each(cases)('refuses %s', (_what, state, over, at, ruleId) => {
    const before = JSON.stringify(state);
    const sut = recordMunicipalityMerger(state, { ...MERGER, ...over }, at);
    expect(sut.ok ? 'ACCEPTED' : sut.error.ruleId).toBe(ruleId);
    expect(JSON.stringify(state)).toBe(before);
  });

  it('says a programme already under the successor is merged already, so a repeated send counts as done', () => {
    const sut = recordMunicipalityMerger({ ...programme(), municipalityCode: 'GM9901' }, MERGER, AFTER_NEW_YEAR);
    expect(!sut.ok && sut.error.details?.['reason']).toBe(ALREADY_MERGED);
  });

  it('records a paused programme too: it continues under the successor when resumed', () => {
    const paused = accepted(
      decide(programme(), step('pauseProgramme', { reason: 'Herindeling' }), AFTER_NEW_YEAR - 1000),
    );
    expect(accepted(recordMunicipalityMerger(paused, MERGER, AFTER_NEW_YEAR))).toMatchObject({
      status: 'PAUSED',
      municipalityCode: 'GM9901',
    });
  });
});

describe('C1 herindeling of a member municipality: the successor takes its place in the collective', () => {
  // Amsterdam (GM0363) leads; Amstelveen (GM0362) and Diemen (GM0384) take part; Diemen merges.
  const DIEMEN_MERGES: MunicipalityMergerInput = {
    formerCode: 'GM0384',
    formerName: 'Diemen',
    successorCode: 'GM9902',
    successorName: 'Diemen-Amstel',
    effectiveOn: '2099-01-01',
  };
  const embedded = (codes: string[]) =>
    ({
      id: 'action-1',
      memberEmbeddings: codes.map((municipalityCode) => ({ municipalityCode })),
    }) as unknown as Action;
  const collective = (): ProgrammeState => {
    const s = programme({ members: ['GM0362', 'GM0384'] }, Date.parse('2098-10-05T09:00:00.000Z'));
    return {
      ...s,
      collectiveMembers: s.collectiveMembers!.map((m) =>
        m.municipalityCode === 'GM0384' ? { ...m, confirmedAt: '2098-10-20T09:00:00.000Z' } : m,
      ),
      agenda: { ...s.agenda, actions: [embedded(['GM0362', 'GM0384'])] },
    };
  };

  it('C1: the successor takes the member’s place with its confirmation (C2) and embeddings (C3); the lead, number and region stay', () => {
    const before = collective();
    const after = accepted(recordMunicipalityMerger(before, DIEMEN_MERGES, AFTER_NEW_YEAR));
    expect(after.municipalityCode).toBe('GM0363');
    expect(after.sequence).toBe(before.sequence);
    expect(after.collectiveMembers).toEqual([
      before.collectiveMembers![0],
      { ...before.collectiveMembers![1], municipalityCode: 'GM9902', confirmedAt: '2098-10-20T09:00:00.000Z' },
    ]);
    expect(after.agenda.actions[0]!.memberEmbeddings!.map((e) => e.municipalityCode)).toEqual(['GM0362', 'GM9902']);
    expect(after.mergers).toEqual([
      expect.objectContaining({
        formerCode: 'GM0384',
        member: true,
        successorCode: 'GM9902',
        effectiveOn: '2099-01-01',
      }),
    ]);
    expect(after.timeline.at(-1)).toMatchObject({
      event: 'municipalityMerged',
      summary: 'Gemeente Diemen is per 1 januari 2099 opgegaan in Diemen-Amstel.',
    });
  });

  it('C1: where the successor takes part already (a member, or the lead), the merged member leaves; nobody takes part twice', () => {
    for (const successorCode of ['GM0362', 'GM0363']) {
      const after = accepted(
        recordMunicipalityMerger(collective(), { ...DIEMEN_MERGES, successorCode }, AFTER_NEW_YEAR),
      );
      const diemen = after.collectiveMembers!.find((m) => m.municipalityCode === 'GM0384')!;
      expect(diemen.leftAt, successorCode).toBe(new Date(AFTER_NEW_YEAR).toISOString());
      const taking = [
        after.municipalityCode,
        ...after.collectiveMembers!.filter((m) => !m.leftAt).map((m) => m.municipalityCode),
      ];
      expect(new Set(taking).size, successorCode).toBe(taking.length);
    }
  });

  it('sent again it is refused as done (ALREADY_MERGED); a municipality that does not take part is refused; neither records anything', () => {
    const once = accepted(recordMunicipalityMerger(collective(), DIEMEN_MERGES, AFTER_NEW_YEAR));
    const again = recordMunicipalityMerger(once, DIEMEN_MERGES, AFTER_NEW_YEAR + 1000);
    expect(again).toMatchObject({ ok: false, error: { ruleId: 'LIFECYCLE', details: { reason: ALREADY_MERGED } } });
    const stranger = recordMunicipalityMerger(collective(), { ...DIEMEN_MERGES, formerCode: 'GM0358' }, AFTER_NEW_YEAR);
    expect(stranger).toMatchObject({ ok: false, error: { ruleId: 'LIFECYCLE' } });
    expect(stranger.ok ? undefined : stranger.error.message).toContain('neemt niet (meer) deel');
    const malformed = recordMunicipalityMerger(
      collective(),
      { ...DIEMEN_MERGES, formerCode: 'Diemen' },
      AFTER_NEW_YEAR,
    );
    expect(malformed).toMatchObject({ ok: false, error: { ruleId: 'INVALID_INPUT' } });
  });
});
