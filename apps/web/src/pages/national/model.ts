// Pure functions behind the national view: no DOM, no network (unit specs run them as they are).
import type { NationalOverviewQuery, NationalProgrammesQuery } from '../../gql/graphql';

export interface Municipality {
  code: string;
  name: string;
  province: string;
  veiligThuisRegion: string;
  jeugdregio: string;
}

export type ProgrammeRow = NationalProgrammesQuery['programmes']['edges'][number]['node'];
export type Overview = NationalOverviewQuery['nationalOverview'];

export const PHASES = ['COMMITMENT', 'AGENDA', 'EXECUTION', 'EMBEDDING', 'CONTINUATION', 'CLOSED'] as const;
export type Phase = (typeof PHASES)[number];
/** A municipality on the map: the phase of its latest programme, or NONE without a programme. */
export type MapPhase = Phase | 'NONE';
export const MAP_PHASES: readonly MapPhase[] = [...PHASES, 'NONE'];

const running = (row: ProgrammeRow) => row.status === 'ACTIVE' || row.status === 'PAUSED';

/**
 * A municipality's latest programme: the highest `sequence` (an earlier one may have ended). C4: a
 * member of a collective that has not left shows the collective's programme, unless its own
 * programme runs while the collective's has ended.
 */
export function latestByMunicipality(rows: readonly ProgrammeRow[]): Map<string, ProgrammeRow> {
  const latest = new Map<string, ProgrammeRow>();
  for (const row of rows) {
    const known = latest.get(row.municipalityCode);
    if (!known || row.sequence > known.sequence) latest.set(row.municipalityCode, row);
  }
  for (const row of rows) {
    for (const code of row.memberMunicipalityCodes) {
      const known = latest.get(code);
      if (!known || (running(row) && !running(known))) latest.set(code, row);
    }
  }
  return latest;
}

export function mapPhaseOf(row: ProgrammeRow | undefined): MapPhase {
  return row && (PHASES as readonly string[]).includes(row.phase) ? (row.phase as Phase) : 'NONE';
}

/** The filters above the map; every given one applies. */
export interface RegionFilter {
  province?: string;
  veiligThuisRegion?: string;
  jeugdregio?: string;
}

export function isFiltering(filter: RegionFilter): boolean {
  return Boolean(filter.province || filter.veiligThuisRegion || filter.jeugdregio);
}

export function inFilter(m: Municipality | undefined, filter: RegionFilter): boolean {
  if (!isFiltering(filter)) return true;
  if (!m) return false;
  return (
    (!filter.province || m.province === filter.province) &&
    (!filter.veiligThuisRegion || m.veiligThuisRegion === filter.veiligThuisRegion) &&
    (!filter.jeugdregio || m.jeugdregio === filter.jeugdregio)
  );
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', ignorePunctuation: true });
export const byDutchName = (a: string, b: string) => collator.compare(a, b);

/** The distinct values of one region column, in Dutch alphabetical order. */
export function regionOptions(municipalities: readonly Municipality[], key: keyof RegionFilter): string[] {
  return [...new Set(municipalities.map((m) => m[key]))].sort(byDutchName);
}

export interface QuarterPoint {
  quarter: string;
  count: number;
  cumulative: number;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/**
 * The spread curve: starts per quarter and the running total, every quarter from the first to the
 * last (a quarter without starts counts 0, so the time axis is even).
 */
export function quarterSeries(counts: ReadonlyArray<{ key: string; count: number }>): QuarterPoint[] {
  const known = new Map<number, number>();
  for (const { key, count } of counts) {
    const m = QUARTER.exec(key);
    if (m) known.set(Number(m[1]) * 4 + Number(m[2]) - 1, count);
  }
  if (known.size === 0) return [];
  const first = Math.min(...known.keys());
  const last = Math.max(...known.keys());
  const points: QuarterPoint[] = [];
  let cumulative = 0;
  for (let q = first; q <= last; q++) {
    const count = known.get(q) ?? 0;
    cumulative += count;
    points.push({ quarter: `${Math.floor(q / 4)}-Q${(q % 4) + 1}`, count, cumulative });
  }
  return points;
}

/** Sum of one numeric field over rows whose value may be missing. */
export function total<T>(rows: readonly T[], pick: (row: T) => number | null | undefined): number {
  return rows.reduce((sum, row) => sum + (pick(row) ?? 0), 0);
}

/** Whole days between two instants, for "since" columns. */
export function daysBetween(fromIso: string, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - new Date(fromIso).getTime()) / 86_400_000));
}

/** One CSV line (RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled). */
function csvLine(fields: ReadonlyArray<string | number>): string {
  return fields
    .map((f) => {
      const s = String(f);
      return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
    })
    .join(',');
}

/**
 * The overview as a spreadsheet: one line per figure (`figure,key,value`, the API's field names),
 * as the page shows it; UTF-8 with a byte-order mark so Excel reads the accents.
 */
export function overviewCsv(o: Overview): string {
  const rows: Array<[string, string, string | number]> = [
    ['total', '', o.total],
    ['stalled', '', o.stalled],
  ];
  for (const { key, count } of o.byPhase) rows.push(['byPhase', key, count]);
  for (const { key, count } of o.startedPerQuarter) rows.push(['startedPerQuarter', key, count]);
  for (const { level, count } of o.openEscalationsByLevel) rows.push(['openEscalationsByLevel', String(level), count]);
  for (const { flag, count } of o.riskFlags) rows.push(['riskFlags', flag, count]);
  for (const { phase, medianDays, programmes } of o.medianDaysInPhase) {
    rows.push(['medianDaysInPhase', phase, medianDays ?? '']);
    rows.push(['programmesLeftPhase', phase, programmes]);
  }
  rows.push(
    ['schoolYearsMissed', '', o.schoolYearsMissed],
    ['programmesMissingSchoolYear', '', o.programmesMissingSchoolYear],
  );
  for (const q of o.indicatorsPerQuarter) {
    rows.push(
      ['indicatorProgrammes', q.quarter, q.programmes],
      ['repeatReports', q.quarter, q.repeatReports],
      ['professionalsTrained', q.quarter, q.professionalsTrained],
      ['schoolsReached', q.quarter, q.schoolsReached],
    );
  }
  rows.push(['mentorPairings', '', o.mentorPairings]);
  return '\uFEFF' + [csvLine(['figure', 'key', 'value']), ...rows.map(csvLine)].join('\n') + '\n';
}
