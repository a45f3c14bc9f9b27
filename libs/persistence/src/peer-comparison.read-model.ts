import type { DataSource } from 'typeorm';
import {
  bySlowest,
  COMPARED_PHASES,
  COMPARED_STATUSES,
  comparePeers,
  daysBetween,
  fromCounts,
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

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

// The current stay of each running programme, read off the partial index of migration 0016.
const CURRENT_STAYS = `
  SELECT s.programme_id AS "programmeId", p.municipality_code AS "municipalityCode", s.phase,
         p.status, s.entered_at AS "phaseEnteredAt"
    FROM programme_phase_stay s JOIN programme p ON p.id = s.programme_id
   WHERE s.left_at IS NULL AND s.phase IN (${inList(COMPARED_PHASES)}) AND p.status IN (${inList(COMPARED_STATUSES)})`;

// Completed stays per phase, shortest first: the index on (phase, days) in its own order.
const COMPLETED_STAYS = `
  SELECT s.phase, s.days FROM programme_phase_stay s WHERE s.days IS NOT NULL ORDER BY s.phase, s.days`;

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
   * longest in phase, then id; `first` of them after `offset`. Two index reads whatever the page.
   */
  async slowerThanPeers(nowMs: number, first: number, offset = 0): Promise<SlowerThanPeersPage> {
    const [current, completed] = await Promise.all([
      this.query<Omit<SlowerThanPeersRow, 'comparison'>>(CURRENT_STAYS, {}),
      this.query<{ phase: string; days: number | string }>(COMPLETED_STAYS, {}),
    ]);
    const byPhase = new Map<string, number[]>();
    for (const { phase, days } of completed) {
      const list = byPhase.get(phase) ?? [];
      list.push(Number(days));
      byPhase.set(phase, list);
    }
    const flagged = current
      .map((row) => ({
        ...row,
        comparison: comparePeers(daysBetween(row.phaseEnteredAt, nowMs), byPhase.get(row.phase) ?? []),
      }))
      .filter((row) => row.comparison.slowerThanPeers)
      .sort(bySlowest);
    return { total: flagged.length, rows: flagged.slice(offset, offset + first) };
  }

  private query<T>(sql: string, values: Record<string, unknown>): Promise<T[]> {
    const [query, params] = this.dataSource.driver.escapeQueryWithParameters(sql, values);
    return this.dataSource.query<T[]>(query, params);
  }
}
