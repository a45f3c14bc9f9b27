import type { DataSource } from 'typeorm';
import {
  bySlowest,
  COMPARED_PHASES,
  COMPARED_STATUSES,
  daysBetween,
  fromCounts,
  PEER_COMPARISON_MIN_STAYS,
  PEER_COMPARISON_THRESHOLD,
  type PeerComparison,
  type ProgrammePhase,
  type ProgrammeStatus,
} from '../../domain/src';

/** A running programme in the national list "slower than 80 % of peers" (docs/rules.md "Peer comparison"). */
export interface SlowerThanPeersRow {
  programmeId: string;
  municipalityCode: string;
  phase: ProgrammePhase;
  status: ProgrammeStatus;
  /** When its current phase began (ISO 8601, UTC). */
  phaseEnteredAt: string;
  comparison: PeerComparison;
}

export interface SlowerThanPeersPage {
  /** Every flagged programme, not only this page. */
  total: number;
  rows: SlowerThanPeersRow[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

// The current stays of running programmes in a phase that began at `cutoff` or before: the
// partial index of migration 0016 on the current stays.
const CURRENT_STAYS_FROM = `
  SELECT s.programme_id AS "programmeId", p.municipality_code AS "municipalityCode", s.phase,
         p.status, s.entered_at AS "phaseEnteredAt"
    FROM programme_phase_stay s JOIN programme p ON p.id = s.programme_id
   WHERE s.left_at IS NULL AND s.phase = :phase AND s.entered_at <= :cutoff
     AND p.status IN (${inList(COMPARED_STATUSES)})`;

// A phase's completed stays, read off the index on (phase, days): how many, the one at a rank, and
// those from a length on, shortest first.
const COMPLETED_COUNT = `SELECT COUNT(*) AS n FROM programme_phase_stay s WHERE s.phase = :phase AND s.days IS NOT NULL`;
const COMPLETED_AT_RANK = `
  SELECT s.days FROM programme_phase_stay s WHERE s.phase = :phase AND s.days IS NOT NULL
   ORDER BY s.days LIMIT 1 OFFSET :rank`;
const COMPLETED_FROM = `
  SELECT s.days FROM programme_phase_stay s WHERE s.phase = :phase AND s.days >= :threshold ORDER BY s.days`;

/** How many of the ascending `sorted` are below `value` (`orEqual`: not above it). */
function countBelow(sorted: readonly number[], value: number, orEqual = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = sorted[mid]!;
    if (orEqual ? x <= value : x < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// One phase's completed stays counted against one time in phase: a range of the (phase, days) index.
const COUNTS = `
  SELECT COUNT(*) AS n,
         COALESCE(SUM(CASE WHEN s.days < :days THEN 1 ELSE 0 END), 0) AS shorter,
         COALESCE(SUM(CASE WHEN s.days = :days THEN 1 ELSE 0 END), 0) AS equal
    FROM programme_phase_stay s WHERE s.phase = :phase AND s.days IS NOT NULL`;

/** Peer comparison from the read model's phase stays: no programme's JSON state is read. */
export class PeerComparisonReadModel {
  constructor(private readonly dataSource: DataSource) {}

  /** A programme `phaseEnteredAt` in `phase` compared at `nowMs` with the completed stays in that phase. */
  async compare(phase: ProgrammePhase, phaseEnteredAt: string, nowMs: number): Promise<PeerComparison> {
    const days = daysBetween(phaseEnteredAt, nowMs);
    const [row] = await this.query<{ n: number | string; shorter: number | string; equal: number | string }>(COUNTS, {
      days,
      phase,
    });
    return fromCounts(days, Number(row?.n ?? 0), Number(row?.shorter ?? 0), Number(row?.equal ?? 0));
  }

  /**
   * Running programmes slower than 80 % of their peers at `nowMs`: highest percentile first, then
   * longest in phase, then id; `first` of them after `offset`. Per phase, only the slowest fifth of
   * the completed stays and the current stays at least that long are read (index ranges): a
   * programme in less time than the stay at the 80 % rank cannot be above 80 %.
   */
  async slowerThanPeers(nowMs: number, first: number, offset = 0): Promise<SlowerThanPeersPage> {
    // The phases side by side: on PostgreSQL each takes a connection of the pool, so the list costs
    // the round trips of one phase, not of four; SQLite's one connection takes them in turn.
    const flagged = (await Promise.all(COMPARED_PHASES.map((phase) => this.flaggedIn(phase, nowMs)))).flat();
    flagged.sort(bySlowest);
    return { total: flagged.length, rows: flagged.slice(offset, offset + first) };
  }

  /** One phase's running programmes slower than 80 % of its completed stays. */
  private async flaggedIn(phase: ProgrammePhase, nowMs: number): Promise<SlowerThanPeersRow[]> {
    const [count] = await this.query<{ n: number | string }>(COMPLETED_COUNT, { phase });
    const n = Number(count?.n ?? 0);
    if (n < PEER_COMPARISON_MIN_STAYS) return [];
    // The stay at rank floor(0.8 n) (0-based): below it, at most 80 % of the stays are shorter.
    const [rank] = await this.query<{ days: number | string }>(COMPLETED_AT_RANK, {
      phase,
      rank: Math.floor(n * (PEER_COMPARISON_THRESHOLD / 100)),
    });
    if (!rank) return [];
    const threshold = Number(rank.days);
    // ISO 8601 strings in UTC order as the instants do; a millisecond of slack for rounding.
    const cutoff = new Date(nowMs - threshold * DAY_MS + 1).toISOString();
    // The slowest fifth of the completed stays and the current stays at least that long, together.
    const [tailRows, current] = await Promise.all([
      this.query<{ days: number | string }>(COMPLETED_FROM, { phase, threshold }),
      this.query<Omit<SlowerThanPeersRow, 'comparison'>>(CURRENT_STAYS_FROM, { phase, cutoff }),
    ]);
    const tail = tailRows.map((r) => Number(r.days));
    const below = n - tail.length;
    const flagged: SlowerThanPeersRow[] = [];
    for (const row of current) {
      const days = daysBetween(row.phaseEnteredAt, nowMs);
      const shorterInTail = countBelow(tail, days);
      const comparison = fromCounts(days, n, below + shorterInTail, countBelow(tail, days, true) - shorterInTail);
      if (comparison.slowerThanPeers) flagged.push({ ...row, comparison });
    }
    return flagged;
  }

  private query<T>(sql: string, values: Record<string, unknown>): Promise<T[]> {
    const [query, params] = this.dataSource.driver.escapeQueryWithParameters(sql, values);
    return this.dataSource.query<T[]>(query, params);
  }
}
