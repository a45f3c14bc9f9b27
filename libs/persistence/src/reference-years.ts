import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { QueryRunner } from 'typeorm';
import {
  planReferenceYear,
  type LoadedMunicipality,
  type ReferenceYearData,
  type ReferenceYearPlan,
} from '../../domain/src';
import { referenceDataPath } from './reference-data';

// Loading a new reference year of the municipal division (docs/operations.md "Loading a new
// reference year"): a migration calls applyReferenceYear with the year's data. Old rows are never
// changed except that merged ones are closed (valid_until, successor_code); new ones are added.

/** Thrown when a reference year does not fit the municipalities loaded: every problem, one a line. */
export class ReferenceYearError extends Error {
  constructor(
    readonly year: number,
    readonly problems: readonly { kind: string; message: string; code?: string }[],
  ) {
    super(`reference year ${year} cannot be loaded:\n${problems.map((p) => `  - ${p.kind}: ${p.message}`).join('\n')}`);
    this.name = 'ReferenceYearError';
  }
}

const COLUMNS: Record<keyof ReferenceYearPlan['adds'][number], string> = {
  code: 'code',
  name: 'name',
  province: 'province',
  provinceCode: 'province_code',
  veiligThuisRegion: 'veilig_thuis_region',
  veiligThuisCode: 'veilig_thuis_code',
  jeugdregio: 'jeugdregio',
  jeugdregioCode: 'jeugdregio_code',
  ggdRegion: 'ggd_region',
  ggdRegionCode: 'ggd_region_code',
  schoolHolidayRegion: 'school_holiday_region',
  lat: 'lat',
  lon: 'lon',
  labelLat: 'label_lat',
  labelLon: 'label_lon',
  validFrom: 'valid_from',
};

async function run(q: QueryRunner, sql: string, params: Record<string, unknown>): Promise<unknown> {
  const [text, values] = q.connection.driver.escapeQueryWithParameters(sql, params);
  return q.query(text, values);
}

/**
 * Applies a reference year in the migration's transaction: checks it against the municipalities
 * loaded (planReferenceYear; a ReferenceYearError names every problem and nothing is written),
 * closes the merged municipalities at the end of the year before and adds the new ones. Raw SQL
 * with column names, not the entity: a migration must not change when entities do.
 */
export async function applyReferenceYear(q: QueryRunner, data: ReferenceYearData): Promise<ReferenceYearPlan> {
  const rows = (await q.query(`SELECT code, valid_from, valid_until FROM municipality`)) as {
    code: string;
    valid_from: number | string;
    valid_until: number | string | null;
  }[];
  const loaded: LoadedMunicipality[] = rows.map((r) => ({
    code: r.code,
    validFrom: Number(r.valid_from),
    validUntil: r.valid_until === null ? null : Number(r.valid_until),
  }));
  const plan = planReferenceYear(loaded, data);
  if (!plan.ok) throw new ReferenceYearError(data.year, plan.error);
  for (const close of plan.value.closes) {
    await run(
      q,
      `UPDATE municipality SET valid_until = :validUntil, successor_code = :successorCode WHERE code = :code AND valid_until IS NULL`,
      close,
    );
  }
  for (const add of plan.value.adds) {
    const names = Object.keys(COLUMNS) as (keyof typeof COLUMNS)[];
    await run(
      q,
      `INSERT INTO municipality (${names.map((n) => COLUMNS[n]).join(', ')}, reference_year)
       VALUES (${names.map((n) => `:${n}`).join(', ')}, :referenceYear)`,
      { ...add, referenceYear: data.year },
    );
  }
  return plan.value;
}

/** Undoes applyReferenceYear (a migration's `down`): removes the year's new rows and reopens the merged ones. */
export async function revertReferenceYear(q: QueryRunner, year: number): Promise<void> {
  await run(q, `UPDATE municipality SET valid_until = NULL, successor_code = NULL WHERE valid_until = :last`, {
    last: year - 1,
  });
  await run(q, `DELETE FROM municipality WHERE valid_from = :year`, { year });
}

/**
 * Reads a reference year's data file: JSON in the ReferenceYearData shape, a name in
 * `libs/reference-data/` (where a real year's file goes) or an absolute path.
 */
export function readReferenceYear(file: string): ReferenceYearData {
  return JSON.parse(readFileSync(isAbsolute(file) ? file : referenceDataPath(file), 'utf8')) as ReferenceYearData;
}
