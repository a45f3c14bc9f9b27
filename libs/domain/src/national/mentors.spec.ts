import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { distanceKm, suggestMentors, type MentorCandidate, type MentorTarget } from './mentors';
import { PIONEER_COLLECTIVES } from './practices';

interface MunicipalityRow {
  code: string;
  name: string;
  veilig_thuis_region: string;
  lat: string;
  lon: string;
}

const rows = new Map(
  (
    parse(readFileSync(join(__dirname, '../../../reference-data/municipalities.csv'), 'utf8'), {
      columns: true,
      skip_empty_lines: true,
    }) as MunicipalityRow[]
  ).map((row) => [row.code, row]),
);

function municipality(code: string) {
  const row = rows.get(code);
  if (!row) throw new Error(`${code} not in municipalities.csv`);
  return {
    municipalityCode: code,
    veiligThuisRegion: row.veilig_thuis_region,
    lat: Number(row.lat),
    lon: Number(row.lon),
    name: row.name,
  };
}

const target = (overrides: Partial<MentorTarget> = {}): MentorTarget => ({
  municipalityCode: 'GM9000',
  veiligThuisRegion: 'Regio A',
  lat: 52,
  lon: 5,
  ...overrides,
});

const candidate = (overrides: Partial<MentorCandidate> = {}): MentorCandidate => ({
  kind: 'PROGRAMME',
  municipalityCode: 'GM9001',
  programmeId: 'programme-GM9001-1',
  veiligThuisRegion: 'Regio A',
  lat: 52,
  lon: 5,
  name: 'Gemeente',
  ...overrides,
});

describe('National view: mentors', () => {
  it('puts a candidate in the same Veilig Thuis region before a nearer one elsewhere', () => {
    const sut = suggestMentors(target(), [
      candidate({ municipalityCode: 'GM9001', veiligThuisRegion: 'Regio B', lat: 52.01 }),
      candidate({ municipalityCode: 'GM9002', veiligThuisRegion: 'Regio A', lat: 53 }),
    ]);
    expect(sut.map((s) => [s.municipalityCode, s.sameRegion])).toEqual([
      ['GM9002', true],
      ['GM9001', false],
    ]);
  });

  it('orders by distance within the region, in km rounded to 0.1', () => {
    const sut = suggestMentors(target(), [
      candidate({ municipalityCode: 'GM9001', lat: 52.2 }),
      candidate({ municipalityCode: 'GM9002', lat: 52.1 }),
    ]);
    expect(sut.map((s) => s.municipalityCode)).toEqual(['GM9002', 'GM9001']);
    // 0.1 degree of latitude is about 11.1 km.
    expect(sut[0].distanceKm).toBe(11.1);
    expect(sut[1].distanceKm).toBe(22.2);
  });

  it('never suggests the target municipality itself', () => {
    const sut = suggestMentors(target(), [
      candidate({ municipalityCode: 'GM9000', kind: 'PIONEER', programmeId: undefined }),
      candidate({ municipalityCode: 'GM9001', lat: 52.5 }),
    ]);
    expect(sut.map((s) => s.municipalityCode)).toEqual(['GM9001']);
  });

  it('returns at most limit suggestions, five by default', () => {
    const many = Array.from({ length: 8 }, (_, i) => candidate({ municipalityCode: `GM910${i}`, lat: 52 + i / 100 }));
    expect(suggestMentors(target(), many)).toHaveLength(5);
    expect(suggestMentors(target(), many, 2).map((s) => s.municipalityCode)).toEqual(['GM9100', 'GM9101']);
    expect(suggestMentors(target(), many, 0)).toEqual([]);
    expect(() => suggestMentors(target(), many, -1)).toThrow();
  });

  it('breaks ties deterministically by municipality code, whatever the input order', () => {
    const a = candidate({ municipalityCode: 'GM9003', lat: 52.1 });
    const b = candidate({ municipalityCode: 'GM9001', lat: 51.9 });
    const c = candidate({ municipalityCode: 'GM9002', lat: 52.1 });
    const expected = ['GM9001', 'GM9002', 'GM9003'];
    expect(suggestMentors(target(), [a, b, c]).map((s) => s.municipalityCode)).toEqual(expected);
    expect(suggestMentors(target(), [c, a, b]).map((s) => s.municipalityCode)).toEqual(expected);
  });

  it('puts a pioneer before a programme in the same municipality', () => {
    const programme = candidate({ municipalityCode: 'GM9001', kind: 'PROGRAMME', programmeId: 'programme-GM9001-1' });
    const pioneer = candidate({ municipalityCode: 'GM9001', kind: 'PIONEER', programmeId: undefined });
    expect(suggestMentors(target(), [programme, pioneer]).map((s) => s.kind)).toEqual(['PIONEER', 'PROGRAMME']);
  });

  it('does not change the candidates it is given', () => {
    const input = [candidate({ municipalityCode: 'GM9002', lat: 53 }), candidate({ municipalityCode: 'GM9001' })];
    const copy = structuredClone(input);
    suggestMentors(target(), input);
    expect(input).toEqual(copy);
  });

  it('suggests the six pioneers to Utrecht (GM0344) nearest first, none in its own region', () => {
    const utrecht = municipality('GM0344');
    const pioneers: MentorCandidate[] = PIONEER_COLLECTIVES.map((c) => ({
      ...municipality(c.municipalityCodes[0]),
      kind: 'PIONEER',
      name: c.name,
    }));

    const sut = suggestMentors(utrecht, pioneers, 6);

    expect(sut.map((s) => [s.municipalityCode, s.distanceKm])).toEqual([
      ['GM0363', 32.5], // Amsterdam
      ['GM0505', 42.7], // Dordrecht
      ['GM0599', 55.9], // Rotterdam
      ['GM0202', 56.8], // Arnhem
      ['GM0080', 129.5], // Leeuwarden
      ['GM0917', 146.7], // Heerlen
    ]);
    expect(sut.every((s) => !s.sameRegion)).toBe(true);
    const distances = sut.map((s) => s.distanceKm);
    expect(distances).toEqual([...distances].sort((x, y) => x - y));
  });

  it('suggests the Friesland pioneers before Amsterdam to Heerenveen (GM0074), in the same region', () => {
    // Heerenveen (GM0074) lies in the Friesland region, as do Leeuwarden and Weststellingwerf.
    const heerenveen = municipality('GM0074');
    const sut = suggestMentors(
      heerenveen,
      ['GM0098', 'GM0080', 'GM0363'].map((code) => ({ ...municipality(code), kind: 'PIONEER' as const })),
    );
    expect(sut.map((s) => s.sameRegion)).toEqual([true, true, false]);
    expect(sut[0].distanceKm).toBeLessThanOrEqual(sut[1].distanceKm);
    expect(sut[2].municipalityCode).toBe('GM0363');
  });

  it('measures the great-circle distance symmetrically', () => {
    const ams = municipality('GM0363');
    const hrl = municipality('GM0917');
    expect(distanceKm(ams, hrl)).toBe(distanceKm(hrl, ams));
    expect(distanceKm(ams, ams)).toBe(0);
  });
});
