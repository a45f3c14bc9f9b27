import { describe, expect, it } from 'vitest';
import {
  mergerEffectiveOn,
  planReferenceYear,
  type LoadedMunicipality,
  type ReferenceMunicipality,
  type ReferenceYearData,
} from './reference-year';

// Four current municipalities of 2025 and one that merged before (GM0005 → GM0004 in 2026).
const loaded: LoadedMunicipality[] = [
  { code: 'GM0001', validFrom: 2025, validUntil: null },
  { code: 'GM0002', validFrom: 2025, validUntil: null },
  { code: 'GM0003', validFrom: 2025, validUntil: null },
  { code: 'GM0004', validFrom: 2025, validUntil: null },
  { code: 'GM0005', validFrom: 2025, validUntil: 2025 },
];

const newMunicipality = (over: Partial<ReferenceMunicipality> = {}): ReferenceMunicipality => ({
  code: 'GM9901',
  name: 'Eemsmonde',
  province: 'Groningen',
  provinceCode: 'PV20',
  veiligThuisRegion: 'Groningen',
  veiligThuisCode: 'VT01',
  jeugdregio: 'Groningen',
  jeugdregioCode: 'JZ01',
  ggdRegion: 'GGD Groningen',
  ggdRegionCode: 'GG3310',
  schoolHolidayRegion: 'noord',
  lat: 53.3,
  lon: 6.8,
  labelLat: 53.3,
  labelLon: 6.8,
  ...over,
});

const year = (over: Partial<ReferenceYearData> = {}): ReferenceYearData => ({
  year: 2099,
  mergers: [{ merged: ['GM0001', 'GM0002'], successor: newMunicipality() }],
  expectedCount: 3,
  ...over,
});

const kinds = (data: ReferenceYearData) => {
  const result = planReferenceYear(loaded, data);
  return result.ok ? [] : result.error.map((p) => `${p.kind}${p.code ? ` ${p.code}` : ''}`);
};

describe('herindeling: a reference year merges municipalities on 1 January', () => {
  it('closes the merged municipalities at the end of the year before and adds the new one', () => {
    const sut = planReferenceYear(loaded, year());
    expect(sut).toEqual({
      ok: true,
      value: {
        year: 2099,
        closes: [
          { code: 'GM0001', validUntil: 2098, successorCode: 'GM9901' },
          { code: 'GM0002', validUntil: 2098, successorCode: 'GM9901' },
        ],
        adds: [{ ...newMunicipality(), validFrom: 2099 }],
      },
    });
  });

  it('lets an existing current municipality absorb another and keep its code', () => {
    const sut = planReferenceYear(loaded, year({ mergers: [{ merged: ['GM0003'], successor: { code: 'GM0004' } }] }));
    expect(sut.ok && sut.value).toEqual({
      year: 2099,
      closes: [{ code: 'GM0003', validUntil: 2098, successorCode: 'GM0004' }],
      adds: [],
    });
  });

  it('takes effect on 1 January of the year', () => {
    expect(mergerEffectiveOn(2099)).toBe('2099-01-01');
  });
});

describe('herindeling: a reference year with errors is refused with every problem named', () => {
  it('refuses a merged code that does not exist', () => {
    expect(kinds(year({ mergers: [{ merged: ['GM0001', 'GM0777'], successor: newMunicipality() }] }))).toContain(
      'MERGED_CODE_UNKNOWN GM0777',
    );
  });

  it('refuses a merged code that already ceased to exist', () => {
    expect(kinds(year({ mergers: [{ merged: ['GM0001', 'GM0005'], successor: newMunicipality() }] }))).toContain(
      'MERGED_CODE_NOT_CURRENT GM0005',
    );
  });

  it('refuses a municipality merged twice', () => {
    const twice = year({
      mergers: [
        { merged: ['GM0001'], successor: { code: 'GM0004' } },
        { merged: ['GM0001', 'GM0002'], successor: newMunicipality() },
      ],
      expectedCount: 3,
    });
    expect(kinds(twice)).toContain('MERGED_TWICE GM0001');
  });

  it('refuses a malformed code', () => {
    expect(kinds(year({ mergers: [{ merged: ['0001'], successor: newMunicipality() }] }))).toContain(
      'MALFORMED_CODE 0001',
    );
  });

  it('refuses an existing successor that is unknown or no longer current', () => {
    expect(kinds(year({ mergers: [{ merged: ['GM0001'], successor: { code: 'GM0888' } }], expectedCount: 3 }))).toEqual(
      ['SUCCESSOR_UNKNOWN GM0888'],
    );
    expect(kinds(year({ mergers: [{ merged: ['GM0001'], successor: { code: 'GM0005' } }], expectedCount: 3 }))).toEqual(
      ['SUCCESSOR_NOT_CURRENT GM0005'],
    );
  });

  it('refuses a new municipality that reuses a code, even of one that ceased to exist', () => {
    expect(
      kinds(year({ mergers: [{ merged: ['GM0001', 'GM0002'], successor: newMunicipality({ code: 'GM0005' }) }] })),
    ).toEqual(['SUCCESSOR_CODE_REUSED GM0005']);
  });

  it('refuses a new municipality without its regions', () => {
    const sut = planReferenceYear(
      loaded,
      year({
        mergers: [
          {
            merged: ['GM0001', 'GM0002'],
            successor: newMunicipality({ veiligThuisCode: '', schoolHolidayRegion: 'oost' as never, lat: Number.NaN }),
          },
        ],
      }),
    );
    expect(sut.ok).toBe(false);
    if (!sut.ok) {
      expect(sut.error).toHaveLength(1);
      expect(sut.error[0]).toMatchObject({ kind: 'SUCCESSOR_INCOMPLETE', code: 'GM9901' });
      expect(sut.error[0]!.message).toContain('veiligThuisCode, lat, schoolHolidayRegion');
    }
  });

  it('refuses a successor that is itself merged', () => {
    expect(
      kinds(year({ mergers: [{ merged: ['GM0001', 'GM0002'], successor: { code: 'GM0002' } }], expectedCount: 2 })),
    ).toEqual(['SUCCESSOR_ALSO_MERGED GM0002']);
  });

  it('refuses counts that do not add up to the published count', () => {
    expect(kinds(year({ expectedCount: 342 }))).toEqual(['COUNT_MISMATCH']);
    const sut = planReferenceYear(loaded, year({ expectedCount: 342 }));
    expect(!sut.ok && sut.error[0]!.message).toBe('4 current − 2 merged + 1 new = 3, not the 342 of 2099');
  });

  it('refuses a year not after the latest loaded, and a year without mergers', () => {
    expect(kinds(year({ year: 2025 }))).toEqual(['YEAR_NOT_AFTER_LOADED']);
    expect(kinds(year({ mergers: [], expectedCount: 4 }))).toEqual(['NO_MERGERS']);
  });

  it('names every problem at once, not only the first', () => {
    const data = year({
      mergers: [{ merged: ['GM0777', 'GM0005'], successor: newMunicipality({ name: '' }) }],
      expectedCount: 9,
    });
    expect(kinds(data)).toEqual([
      'MERGED_CODE_UNKNOWN GM0777',
      'MERGED_CODE_NOT_CURRENT GM0005',
      'SUCCESSOR_INCOMPLETE GM9901',
      'COUNT_MISMATCH',
    ]);
  });
});
