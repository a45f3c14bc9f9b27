import type { DataSource } from 'typeorm';
import { RISK_FLAGS, type EscalationLevel, type RiskFlag } from '../../domain/src';

/** One group of a breakdown: its key (a phase, a province, a quarter `YYYY-Qn`, …) and its size. */
export interface CountByKey {
  key: string;
  count: number;
}

/** The national view's figures (DOMAIN "National view"), over every programme in the read model. */
export interface NationalOverview {
  /** Every programme, running or ended. */
  total: number;
  /** The breakdowns hold only keys that occur, sorted by key (code-point order, as in JavaScript). */
  byPhase: CountByKey[];
  byStatus: CountByKey[];
  byProvince: CountByKey[];
  byVeiligThuisRegion: CountByKey[];
  byJeugdregio: CountByKey[];
  /** Programmes started per quarter, `YYYY-Qn`, the quarter taken in UTC: the spread curve. */
  startedPerQuarter: CountByKey[];
  /** Unresolved escalations (open or acknowledged) of running (ACTIVE or PAUSED) programmes; levels 1 to 3, zeros included. */
  openEscalationsByLevel: Array<{ level: EscalationLevel; count: number }>;
  /** Programmes carrying each risk flag, in the domain's order, zeros included. */
  riskFlags: Array<{ flag: RiskFlag; count: number }>;
  /** Programmes with at least one unresolved escalation (ending a programme resolves its escalations). */
  stalled: number;
}

type Breakdown = 'phase' | 'status' | 'province' | 'veiligThuisRegion' | 'jeugdregio' | 'quarter';

// The quarter of `started_at`, read from the ISO string itself (`2027-04-01T…Z` → `2027-Q2`), so
// SQLite and PostgreSQL agree without date functions. The strings are UTC, so the quarter is UTC:
// a programme started on 1 January before 01:00 Amsterdam time counts in the previous year's Q4.
const QUARTER = `substr(p.started_at, 1, 4) || '-Q' || CASE
    WHEN substr(p.started_at, 6, 2) <= '03' THEN '1'
    WHEN substr(p.started_at, 6, 2) <= '06' THEN '2'
    WHEN substr(p.started_at, 6, 2) <= '09' THEN '3'
    ELSE '4' END`;

// Risk flags are stored as `,FLAG,FLAG,`. The flag names are the domain's constants, not input;
// their `_` is a LIKE wildcard, which can only match the flag itself between the commas.
const riskFlagBranch = (flag: RiskFlag) =>
  `SELECT 'risk' AS dim, '${flag}' AS k, COUNT(*) AS n FROM programme p WHERE p.risk_flags LIKE '%,${flag},%'`;

// Every figure in one statement, so they come from one snapshot on both databases (the total
// equals the sum per phase even while projections write). One row per (dimension, key).
const OVERVIEW = [
  `SELECT 'total' AS dim, '' AS k, COUNT(*) AS n FROM programme p`,
  `SELECT 'stalled' AS dim, '' AS k, COUNT(*) AS n FROM programme p WHERE p.open_escalation_level > 0`,
  `SELECT 'phase' AS dim, p.phase AS k, COUNT(*) AS n FROM programme p GROUP BY p.phase`,
  `SELECT 'status' AS dim, p.status AS k, COUNT(*) AS n FROM programme p GROUP BY p.status`,
  `SELECT 'province' AS dim, m.province AS k, COUNT(*) AS n
     FROM programme p JOIN municipality m ON m.code = p.municipality_code GROUP BY m.province`,
  `SELECT 'veiligThuisRegion' AS dim, m.veilig_thuis_region AS k, COUNT(*) AS n
     FROM programme p JOIN municipality m ON m.code = p.municipality_code GROUP BY m.veilig_thuis_region`,
  `SELECT 'jeugdregio' AS dim, m.jeugdregio AS k, COUNT(*) AS n
     FROM programme p JOIN municipality m ON m.code = p.municipality_code GROUP BY m.jeugdregio`,
  `SELECT 'quarter' AS dim, q.quarter AS k, COUNT(*) AS n
     FROM (SELECT ${QUARTER} AS quarter FROM programme p) q GROUP BY q.quarter`,
  `SELECT 'escalation' AS dim, CAST(e.level AS varchar(1)) AS k, COUNT(*) AS n
     FROM escalation_outbox e JOIN programme p ON p.id = e.programme_id
     WHERE e.status <> 'RESOLVED' AND p.status IN ('ACTIVE', 'PAUSED')
     GROUP BY e.level`,
  ...RISK_FLAGS.map(riskFlagBranch),
].join('\nUNION ALL\n');

const LEVELS: EscalationLevel[] = [1, 2, 3];

/**
 * The national view, aggregated by the database from the read model's columns: no programme's
 * JSON state is read. One query however many programmes there are.
 */
export class NationalOverviewReadModel {
  constructor(private readonly dataSource: DataSource) {}

  async overview(): Promise<NationalOverview> {
    // PostgreSQL returns COUNT(*) as a bigint string, SQLite as a number.
    const rows = await this.dataSource.query<Array<{ dim: string; k: string; n: string | number }>>(OVERVIEW);
    const single = (dim: string) => Number(rows.find((r) => r.dim === dim)?.n ?? 0);
    const breakdown = (dim: Breakdown): CountByKey[] =>
      rows
        .filter((r) => r.dim === dim)
        .map((r) => ({ key: String(r.k), count: Number(r.n) }))
        // Sorted here, not in SQL: PostgreSQL would sort by its locale's collation, SQLite by bytes.
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const keyed = (dim: string, key: string) => Number(rows.find((r) => r.dim === dim && String(r.k) === key)?.n ?? 0);
    return {
      total: single('total'),
      byPhase: breakdown('phase'),
      byStatus: breakdown('status'),
      byProvince: breakdown('province'),
      byVeiligThuisRegion: breakdown('veiligThuisRegion'),
      byJeugdregio: breakdown('jeugdregio'),
      startedPerQuarter: breakdown('quarter'),
      openEscalationsByLevel: LEVELS.map((level) => ({ level, count: keyed('escalation', String(level)) })),
      riskFlags: RISK_FLAGS.map((flag) => ({ flag, count: keyed('risk', flag) })),
      stalled: single('stalled'),
    };
  }
}
