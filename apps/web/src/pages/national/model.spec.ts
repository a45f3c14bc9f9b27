import { describe, expect, it } from 'vitest';
import {
  inFilter,
  latestByMunicipality,
  mapPhaseOf,
  overviewCsv,
  quarterSeries,
  regionOptions,
  type Overview,
  type ProgrammeRow,
} from './model';

const row = (overrides: Partial<ProgrammeRow>): ProgrammeRow => ({
  id: 'programme-GM0363-1',
  municipalityCode: 'GM0363',
  sequence: 1,
  phase: 'COMMITMENT',
  status: 'ACTIVE',
  openEscalationLevel: 0,
  startedAt: '2026-01-05T10:00:00.000Z',
  memberMunicipalityCodes: [],
  ...overrides,
});

describe('national map: a municipality with several programmes is coloured by its latest (highest sequence)', () => {
  it('takes the highest sequence whatever the order of the rows', () => {
    const sut = latestByMunicipality([
      row({ id: 'programme-GM0363-2', sequence: 2, phase: 'AGENDA' }),
      row({ id: 'programme-GM0363-1', sequence: 1, phase: 'CLOSED', status: 'CLOSED' }),
      row({ id: 'programme-GM0599-1', municipalityCode: 'GM0599', phase: 'EXECUTION' }),
    ]);
    expect(mapPhaseOf(sut.get('GM0363'))).toBe('AGENDA');
    expect(mapPhaseOf(sut.get('GM0599'))).toBe('EXECUTION');
    expect(mapPhaseOf(sut.get('GM0014'))).toBe('NONE');
  });
});

describe('C4 national map: every member of a collective shows the collective’s phase', () => {
  it('colours members that have not left with the collective’s phase; one that left keeps its own or none', () => {
    const sut = latestByMunicipality([
      row({
        phase: 'EXECUTION',
        // Diemen (GM0384) left the collective: the API lists only members taking part now.
        memberMunicipalityCodes: ['GM0362'],
      }),
      row({ id: 'programme-GM0384-1', municipalityCode: 'GM0384', phase: 'COMMITMENT' }),
    ]);
    expect(sut.get('GM0362')?.id).toBe('programme-GM0363-1');
    expect(mapPhaseOf(sut.get('GM0362'))).toBe('EXECUTION');
    expect(mapPhaseOf(sut.get('GM0384'))).toBe('COMMITMENT');
  });

  it('prefers a member’s running programme over an ended collective, and a running collective over its ended own', () => {
    const sut = latestByMunicipality([
      row({ phase: 'CLOSED', status: 'CLOSED', memberMunicipalityCodes: ['GM0362'] }),
      row({ id: 'programme-GM0362-1', municipalityCode: 'GM0362', phase: 'AGENDA' }),
      row({
        id: 'programme-GM0080-1',
        municipalityCode: 'GM0080',
        phase: 'EMBEDDING',
        memberMunicipalityCodes: ['GM0098'],
      }),
      row({ id: 'programme-GM0098-1', municipalityCode: 'GM0098', phase: 'CLOSED', status: 'ABORTED' }),
    ]);
    expect(mapPhaseOf(sut.get('GM0362'))).toBe('AGENDA');
    expect(mapPhaseOf(sut.get('GM0098'))).toBe('EMBEDDING');
  });
});

describe('national spread curve (nationalOverview.startedPerQuarter)', () => {
  it('fills quarters without starts with 0 and accumulates across years', () => {
    expect(
      quarterSeries([
        { key: '2027-Q1', count: 1 },
        { key: '2026-Q3', count: 2 },
      ]),
    ).toEqual([
      { quarter: '2026-Q3', count: 2, cumulative: 2 },
      { quarter: '2026-Q4', count: 0, cumulative: 2 },
      { quarter: '2027-Q1', count: 1, cumulative: 3 },
    ]);
  });

  it('is empty without programmes', () => {
    expect(quarterSeries([])).toEqual([]);
  });
});

describe('national filters by province and region', () => {
  const amsterdam = {
    code: 'GM0363',
    name: 'Amsterdam',
    province: 'Noord-Holland',
    veiligThuisRegion: 'Amsterdam-Amstelland',
    jeugdregio: 'Amsterdam-Amstelland',
  };
  it('applies every given filter together', () => {
    expect(inFilter(amsterdam, {})).toBe(true);
    expect(inFilter(amsterdam, { province: 'Noord-Holland' })).toBe(true);
    expect(inFilter(amsterdam, { province: 'Noord-Holland', jeugdregio: 'Zaanstreek-Waterland' })).toBe(false);
  });

  it('lists each region once, in Dutch alphabetical order', () => {
    const other = { ...amsterdam, code: 'GM0014', province: 'Groningen' };
    expect(regionOptions([amsterdam, other, amsterdam], 'province')).toEqual(['Groningen', 'Noord-Holland']);
  });
});

describe('the key figures as CSV', () => {
  const overview: Overview = {
    total: 3,
    stalled: 1,
    byPhase: [{ key: 'AGENDA', count: 3 }],
    startedPerQuarter: [{ key: '2026-Q1', count: 3 }],
    openEscalationsByLevel: [{ level: 3, count: 1 }],
    riskFlags: [{ flag: 'EXTERNAL_LEAD', count: 1 }],
    medianDaysInPhase: [{ phase: 'COMMITMENT', programmes: 3, medianDays: 12.5 }],
    schoolYearsMissed: 0,
    programmesMissingSchoolYear: 0,
    indicatorsPerQuarter: [
      { quarter: '2026-Q2', programmes: 1, repeatReports: 4, professionalsTrained: 20, schoolsReached: 2 },
    ],
    mentorPairings: 1,
    municipalitiesReached: 3,
    municipalitiesPerQuarter: [{ key: '2026-Q1', count: 3 }],
  };

  it('starts with a byte-order mark and a header, one line per figure with the API’s field names', () => {
    const sut = overviewCsv(overview);
    expect(sut.startsWith('\uFEFFfigure,key,value\n')).toBe(true);
    const lines = sut.slice(1).trim().split('\n');
    expect(lines).toContain('total,,3');
    expect(lines).toContain('openEscalationsByLevel,3,1');
    expect(lines).toContain('medianDaysInPhase,COMMITMENT,12.5');
    expect(lines).toContain('programmesLeftPhase,COMMITMENT,3');
    expect(lines).toContain('repeatReports,2026-Q2,4');
    expect(lines.at(-1)).toBe('mentorPairings,,1');
  });

  it('leaves a median nobody has yet empty and quotes a key with a comma', () => {
    const sut = overviewCsv({
      ...overview,
      medianDaysInPhase: [{ phase: 'AGENDA', programmes: 0, medianDays: null }],
      byPhase: [{ key: 'A, "B"', count: 1 }],
    });
    expect(sut).toContain('\nmedianDaysInPhase,AGENDA,\n');
    expect(sut).toContain('\nbyPhase,"A, ""B""",1\n');
  });
});
