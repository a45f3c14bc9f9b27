import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../lifecycle/types';
import { findPractice, isPracticeId, PIONEER_COLLECTIVES, PRACTICES } from './practices';

const municipalityCodes = new Set(
  (
    parse(readFileSync(join(__dirname, '../../../reference-data/municipalities.csv'), 'utf8'), {
      columns: true,
      skip_empty_lines: true,
    }) as { code: string }[]
  ).map((row) => row.code),
);

describe('National view: practice library', () => {
  it('holds every practice named in the seeds', () => {
    expect(PRACTICES).toHaveLength(15);
  });

  it('gives every practice a theme from the catalogue', () => {
    for (const practice of PRACTICES) expect(THEMES).toContain(practice.theme);
  });

  it('covers all five themes', () => {
    expect(new Set(PRACTICES.map((p) => p.theme))).toEqual(new Set(THEMES));
  });

  it('has unique kebab-case ids', () => {
    const ids = PRACTICES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('traces every origin to municipalities in municipalities.csv', () => {
    for (const practice of PRACTICES) {
      expect(practice.originMunicipalityCodes.length).toBeGreaterThan(0);
      for (const code of practice.originMunicipalityCodes) expect(municipalityCodes).toContain(code);
    }
  });

  it('comes only from the pioneer collectives', () => {
    const pioneerCodes = new Set(PIONEER_COLLECTIVES.flatMap((c) => c.municipalityCodes));
    for (const practice of PRACTICES) {
      for (const code of practice.originMunicipalityCodes) expect(pioneerCodes).toContain(code);
    }
  });

  it('cites the seeds as source and has a Dutch title and description', () => {
    for (const practice of PRACTICES) {
      expect(practice.source).toBe(
        'Collectieven tegen Kindermishandeling: opbrengsten en ervaringen (VNG, VWS, OCW, V&J, 2017)',
      );
      expect(practice.title.trim()).not.toBe('');
      expect(practice.description.trim()).not.toBe('');
    }
  });

  it('finds a practice by id and knows which ids exist', () => {
    expect(findPractice('amsterdam-algemeen-privacyconvenant')?.theme).toBe('INFORMATION_SHARING');
    expect(findPractice('no-such-practice')).toBeUndefined();
    expect(isPracticeId('dordrecht-ouder-kindcoaches-op-school')).toBe(true);
    expect(isPracticeId('no-such-practice')).toBe(false);
  });
});

describe('National view: pioneer collectives', () => {
  it('lists six collectives whose codes exist in municipalities.csv', () => {
    expect(PIONEER_COLLECTIVES).toHaveLength(6);
    for (const collective of PIONEER_COLLECTIVES) {
      for (const code of collective.municipalityCodes) expect(municipalityCodes).toContain(code);
    }
    expect(PIONEER_COLLECTIVES.find((c) => c.id === 'leeuwarden-weststellingwerf')?.municipalityCodes).toEqual([
      'GM0080',
      'GM0098',
    ]);
  });
});
