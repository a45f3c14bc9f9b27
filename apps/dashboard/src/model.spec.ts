import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatCount,
  formatDays,
  inFilter,
  latestByMunicipality,
  mapPhaseOf,
  quarterSeries,
  regionOptions,
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
  ...overrides,
});

describe('dashboard map: a municipality with several programmes is coloured by its latest (highest sequence)', () => {
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

describe('dashboard spread curve (nationalOverview.startedPerQuarter)', () => {
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

describe('dashboard filters by province and region', () => {
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

describe('dashboard figures in Dutch notation', () => {
  it('groups thousands with a dot and writes decimals with a comma', () => {
    expect(formatCount(1234)).toBe('1.234');
    expect(formatDays(12.25)).toBe('12,3');
    expect(formatDays(null)).toBe('—');
  });

  it('tells the time of the last update as HH:MM:SS in Dutch time', () => {
    expect(formatClock(new Date('2026-11-23T13:03:27Z'))).toBe('14:03:27');
  });
});
