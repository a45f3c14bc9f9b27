import { err, ok, type Result } from '../result';
import type { SchoolHolidayRegion } from '../municipality';

// A new reference year of the municipal division (CBS "gebiedsindelingen"): municipalities merge
// (herindeling) on 1 January. DOMAIN.md is silent on mergers; what we chose is in docs/rules.md
// "Municipal mergers (herindeling)" and docs/operations.md "Loading a new reference year".

/** Everything a new municipality needs, as the CBS division gives it (columns of municipalities.csv). */
export interface ReferenceMunicipality {
  code: string;
  name: string;
  province: string;
  provinceCode: string;
  veiligThuisRegion: string;
  veiligThuisCode: string;
  jeugdregio: string;
  jeugdregioCode: string;
  ggdRegion: string;
  ggdRegionCode: string;
  schoolHolidayRegion: SchoolHolidayRegion;
  lat: number;
  lon: number;
  labelLat: number;
  labelLon: number;
}

/**
 * One merger: the codes that cease to exist on 1 January of the year, and the municipality they
 * go into. The successor is either an existing current municipality (only `code`: it absorbs the
 * others and keeps its code) or a new one (every field).
 */
export interface ReferenceMerger {
  merged: readonly string[];
  successor: { code: string } | ReferenceMunicipality;
}

/** A reference year as a migration loads it (`applyReferenceYear` in libs/persistence). */
export interface ReferenceYearData {
  /** The year of the division: the mergers take effect on 1 January of it. */
  year: number;
  mergers: readonly ReferenceMerger[];
  /** How many municipalities exist after the mergers (CBS publishes it): a check that counts add up. */
  expectedCount: number;
}

/** A municipality as the database holds it now. */
export interface LoadedMunicipality {
  code: string;
  validFrom: number;
  /** The last year it existed; null while it is current. */
  validUntil: number | null;
}

/** What applying a year changes: rows closed (the year before the mergers is their last) and rows added. */
export interface ReferenceYearPlan {
  year: number;
  closes: { code: string; validUntil: number; successorCode: string }[];
  adds: (ReferenceMunicipality & { validFrom: number })[];
}

export type ReferenceYearProblemKind =
  | 'YEAR_NOT_AFTER_LOADED'
  | 'NO_MERGERS'
  | 'MALFORMED_CODE'
  | 'MERGED_CODE_UNKNOWN'
  | 'MERGED_CODE_NOT_CURRENT'
  | 'MERGED_TWICE'
  | 'SUCCESSOR_UNKNOWN'
  | 'SUCCESSOR_NOT_CURRENT'
  | 'SUCCESSOR_ALSO_MERGED'
  | 'SUCCESSOR_CODE_REUSED'
  | 'SUCCESSOR_TWICE'
  | 'SUCCESSOR_INCOMPLETE'
  | 'COUNT_MISMATCH';

export interface ReferenceYearProblem {
  kind: ReferenceYearProblemKind;
  /** For the operator who loads the year (docs/operations.md). */
  message: string;
  code?: string;
}

const CODE = /^GM\d{4}$/;
const REGIONS: readonly string[] = ['noord', 'midden', 'zuid'];
const TEXT_FIELDS = [
  'name',
  'province',
  'provinceCode',
  'veiligThuisRegion',
  'veiligThuisCode',
  'jeugdregio',
  'jeugdregioCode',
  'ggdRegion',
  'ggdRegionCode',
] as const;
const NUMBER_FIELDS = ['lat', 'lon', 'labelLat', 'labelLon'] as const;

const isNew = (s: ReferenceMerger['successor']): s is ReferenceMunicipality => 'name' in s;

/** The fields of a new municipality that are missing or wrong, by name. */
function incompleteFields(m: ReferenceMunicipality): string[] {
  const wrong: string[] = TEXT_FIELDS.filter((f) => typeof m[f] !== 'string' || m[f].trim() === '');
  wrong.push(...NUMBER_FIELDS.filter((f) => typeof m[f] !== 'number' || !Number.isFinite(m[f])));
  if (!REGIONS.includes(m.schoolHolidayRegion)) wrong.push('schoolHolidayRegion');
  return wrong;
}

/**
 * Checks a reference year against the municipalities loaded now and answers what to change, or
 * every problem found (not just the first): every merged code exists and is current and is merged
 * once; a successor is an existing current municipality or a new code never used before, complete;
 * and the count after the mergers equals the year's published count.
 */
export function planReferenceYear(
  loaded: readonly LoadedMunicipality[],
  data: ReferenceYearData,
): Result<ReferenceYearPlan, ReferenceYearProblem[]> {
  const problems: ReferenceYearProblem[] = [];
  const problem = (kind: ReferenceYearProblemKind, message: string, code?: string) =>
    problems.push(code === undefined ? { kind, message } : { kind, message, code });
  const byCode = new Map(loaded.map((m) => [m.code, m]));
  const latestYear = Math.max(0, ...loaded.map((m) => m.validFrom));
  if (!Number.isInteger(data.year) || data.year <= latestYear) {
    problem('YEAR_NOT_AFTER_LOADED', `year ${data.year} is not after the latest year loaded (${latestYear})`);
  }
  if (data.mergers.length === 0) problem('NO_MERGERS', `year ${data.year} lists no mergers`);

  const merged = new Set<string>();
  const successors = new Set<string>();
  for (const m of data.mergers) {
    for (const code of m.merged) {
      if (!CODE.test(code)) problem('MALFORMED_CODE', `merged code '${code}' is not a CBS code like GM0363`, code);
      else if (!byCode.has(code)) problem('MERGED_CODE_UNKNOWN', `merged municipality ${code} does not exist`, code);
      else if (byCode.get(code)!.validUntil !== null)
        problem('MERGED_CODE_NOT_CURRENT', `merged municipality ${code} already ceased to exist`, code);
      if (merged.has(code)) problem('MERGED_TWICE', `municipality ${code} is merged more than once`, code);
      merged.add(code);
    }
    const code = m.successor.code;
    if (!CODE.test(code)) {
      problem('MALFORMED_CODE', `successor code '${code}' is not a CBS code like GM0363`, code);
      continue;
    }
    if (successors.has(code)) problem('SUCCESSOR_TWICE', `successor ${code} is named by two mergers`, code);
    successors.add(code);
    const existing = byCode.get(code);
    if (isNew(m.successor)) {
      if (existing) problem('SUCCESSOR_CODE_REUSED', `new municipality ${code} uses a code that exists already`, code);
      const wrong = incompleteFields(m.successor);
      if (wrong.length > 0)
        problem('SUCCESSOR_INCOMPLETE', `new municipality ${code} lacks or has wrong: ${wrong.join(', ')}`, code);
    } else if (!existing) {
      problem('SUCCESSOR_UNKNOWN', `successor ${code} does not exist and is not given as a new municipality`, code);
    } else if (existing.validUntil !== null) {
      problem('SUCCESSOR_NOT_CURRENT', `successor ${code} ceased to exist; name its own successor`, code);
    }
    if (m.merged.length === 0) {
      problem('NO_MERGERS', `the merger into ${code} merges no other municipality`, code);
    }
  }
  for (const code of successors) {
    if (merged.has(code))
      problem(
        'SUCCESSOR_ALSO_MERGED',
        `${code} is both merged and a successor: list under merged only the municipalities that cease to exist`,
        code,
      );
  }

  const current = loaded.filter((m) => m.validUntil === null).length;
  const added = data.mergers.filter((m) => isNew(m.successor)).length;
  const after = current - merged.size + added;
  if (after !== data.expectedCount) {
    problem(
      'COUNT_MISMATCH',
      `${current} current − ${merged.size} merged + ${added} new = ${after}, not the ${data.expectedCount} of ${data.year}`,
    );
  }
  if (problems.length > 0) return err(problems);

  const validUntil = data.year - 1;
  return ok({
    year: data.year,
    closes: data.mergers.flatMap((m) =>
      m.merged.map((code) => ({ code, validUntil, successorCode: m.successor.code })),
    ),
    adds: data.mergers
      .map((m) => m.successor)
      .filter(isNew)
      .map((s) => ({ ...s, validFrom: data.year })),
  });
}

/** The day a merger of a reference year takes effect: 1 January (`YYYY-01-01`). */
export const mergerEffectiveOn = (year: number): string => `${String(year).padStart(4, '0')}-01-01`;
