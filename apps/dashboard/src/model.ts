// Pure functions behind the page: no DOM, no network, so they run under vitest as they are.
import type { DashboardOverviewQuery, DashboardProgrammeRowFragment } from './gql/graphql';
import type { MapPhase } from './phases';
import { isPhase } from './phases';

export interface Municipality {
  code: string;
  name: string;
  province: string;
  veiligThuisRegion: string;
  jeugdregio: string;
}

/** One row of `programmes`, as slim as the map needs (the DashboardProgrammeRow fragment). */
export type ProgrammeRow = DashboardProgrammeRowFragment;

/** A count per key (CountByKey in the schema), as `nationalOverview` answers it. */
export type CountByKey = DashboardOverviewQuery['nationalOverview']['startedPerQuarter'][number];

/** A municipality's latest programme: the highest `sequence` (an earlier one may have ended). */
export function latestByMunicipality(rows: readonly ProgrammeRow[]): Map<string, ProgrammeRow> {
  const latest = new Map<string, ProgrammeRow>();
  for (const row of rows) {
    const known = latest.get(row.municipalityCode);
    if (!known || row.sequence > known.sequence) latest.set(row.municipalityCode, row);
  }
  return latest;
}

export function mapPhaseOf(row: ProgrammeRow | undefined): MapPhase {
  return row && isPhase(row.phase) ? row.phase : 'NONE';
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
 * The spread curve: starts per quarter and the running total, every quarter from the first to
 * the last (quarters without starts count 0, so the time axis is even).
 */
export function quarterSeries(counts: readonly CountByKey[]): QuarterPoint[] {
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

const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** Figures as the page shows them (Dutch grouping: 1.234). */
export function formatCount(n: number | null | undefined): string {
  return n == null ? '—' : integer.format(n);
}

/** Days with at most one decimal (12,5); a dash when nothing is known yet. */
export function formatDays(n: number | null | undefined): string {
  return n == null ? '—' : oneDecimal.format(n);
}

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});
const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' });
const clock = new Intl.DateTimeFormat('nl-NL', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
  timeZone: 'Europe/Amsterdam',
});

export const formatDateTime = (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '—');
export const formatDate = (iso: string | null | undefined) => (iso ? date.format(new Date(iso)) : '—');
/** HH:MM:SS, Dutch time: "bijgewerkt om 14:03:27". */
export const formatClock = (at: Date) => clock.format(at);

/** Whole days between two instants, for "sinds" columns. */
export function daysBetween(fromIso: string, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - new Date(fromIso).getTime()) / 86_400_000));
}

/** Sum of one numeric field over rows whose value may be missing. */
export function total<T>(
  rows: readonly T[] | null | undefined,
  pick: (row: T) => number | null | undefined,
): number | null {
  if (!rows) return null;
  return rows.reduce((sum, row) => sum + (pick(row) ?? 0), 0);
}
