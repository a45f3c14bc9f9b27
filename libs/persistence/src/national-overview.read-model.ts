import type { DataSource } from 'typeorm';
import {
  PROGRAMME_PHASES,
  RISK_FLAGS,
  type EscalationLevel,
  type ProgrammePhase,
  type RiskFlag,
} from '../../domain/src';

/** One group of a breakdown: its key (a phase, a province, a quarter `YYYY-Qn`, …) and its size. */
export interface CountByKey {
  key: string;
  count: number;
}

/** The national view's figures (docs/rules.md "National view"), over every programme in the read model. */
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
  /**
   * Per phase a programme can leave (COMMITMENT to CONTINUATION): how many stays in it ended
   * by moving on, and their median length in calendar days (pauses included); null when none.
   */
  medianDaysInPhase: Array<{ phase: ProgrammePhase; programmes: number; medianDays: number | null }>;
  /** School years missed by training tracks (R3.1), summed over programmes. */
  schoolYearsMissed: number;
  /** Programmes whose training track missed at least one school year. */
  programmesMissingSchoolYear: number;
  /** Quarterly indicator reports (docs/rules.md "Indicators"), summed per quarter `YYYY-Qn`, oldest first. */
  indicatorsPerQuarter: IndicatorQuarter[];
  /** Programmes paired with a mentor. */
  mentorPairings: number;
  /**
   * C4: municipalities reached: every municipality that leads a programme (running or ended) or
   * takes part in one as a member that has not left.
   */
  municipalitiesReached: number;
  /** C4: the spread curve in municipalities: per quarter `YYYY-Qn` (UTC), those first reached then. */
  municipalitiesPerQuarter: CountByKey[];
}

export interface IndicatorQuarter {
  quarter: string;
  /** Programmes that reported over this quarter. */
  programmes: number;
  repeatReports: number;
  professionalsTrained: number;
  schoolsReached: number;
}

// The indicator sums per quarter: one branch per figure (dimension, column of `indicators`).
const INDICATORS = [
  ['indProgrammes', 'programmes'],
  ['indRepeatReports', 'repeat_reports'],
  ['indProfessionalsTrained', 'professionals_trained'],
  ['indSchoolsReached', 'schools_reached'],
] as const;

type Breakdown =
  | 'phase'
  | 'status'
  | 'province'
  | 'veiligThuisRegion'
  | 'jeugdregio'
  | 'quarter'
  | 'indProgrammes'
  | 'municipalityQuarter';

const REGION_DIMS = {
  province: 'province',
  veilig_thuis_region: 'veiligThuisRegion',
  jeugdregio: 'jeugdregio',
} as const;

/** Phases a programme moves on from; CLOSED is where it ends. */
const LEFT_PHASES: ProgrammePhase[] = PROGRAMME_PHASES.filter((p) => p !== 'CLOSED');

// Risk flags are stored as `,FLAG,FLAG,`: the overview counts each distinct combination (a
// handful; an index scan) and adds them up per flag, rather than scanning once per flag.

// The median stay in a phase, read off the index on (phase, days): the middle row, or the mean of
// the two middle rows, of the completed stays in order. The phases are the domain's constants.
const completedStays = (phase: ProgrammePhase) =>
  `COALESCE((SELECT st.n FROM stays st WHERE st.phase = '${phase}'), 0)`;
const medianBranch = (phase: ProgrammePhase) =>
  `SELECT 'phaseMedian' AS dim, '${phase}' AS k, (SELECT AVG(t.days) FROM (
     SELECT s.days FROM programme_phase_stay s WHERE s.phase = '${phase}' AND s.days IS NOT NULL ORDER BY s.days
      LIMIT 2 - ${completedStays(phase)} % 2 OFFSET (${completedStays(phase)} - 1) / 2) t) AS n`;

// Completed stays per phase and reports per period are running totals (national_tally, migration
// 0019, kept by the projection): at 100,000 programmes they were the largest aggregates.
// Every figure in one statement, so they come from one snapshot on both databases (the total
// equals the sum per phase even while projections write). One row per (dimension, key).
// Tables read by several branches are aggregated once, in common table expressions.
// Issue 18.3 (100,000 programmes): the figures of the programme table itself come from one pass
// over it (an index-only scan of migration 0018's index, its first columns the groups), a few
// hundred groups that the branches below add up, instead of one pass per figure.
const SHARED = `WITH grid AS (
    SELECT p.phase, p.status, p.started_quarter, p.risk_flags, COUNT(*) AS n,
           SUM(CASE WHEN p.open_escalation_level > 0 THEN 1 ELSE 0 END) AS stalled,
           SUM(p.school_years_missed) AS missed_years,
           SUM(CASE WHEN p.school_years_missed > 0 THEN 1 ELSE 0 END) AS missed_programmes,
           SUM(CASE WHEN p.mentor_municipality_code IS NOT NULL THEN 1 ELSE 0 END) AS mentored
      FROM programme p GROUP BY p.phase, p.status, p.started_quarter, p.risk_flags
  ), by_municipality AS (
    SELECT p.municipality_code, COUNT(*) AS n FROM programme p GROUP BY p.municipality_code
  ), stays AS (
    SELECT t.k AS phase, t.n FROM national_tally t WHERE t.dim = 'stays' AND t.n > 0
  ), indicators AS (
    SELECT t.k AS period, t.n AS programmes, t.repeat_reports, t.professionals_trained, t.schools_reached
      FROM national_tally t WHERE t.dim = 'indicators' AND t.n > 0 AND t.k LIKE '____-Q_'
  ), reached AS (
    SELECT pm.municipality_code, MIN(pm.joined_on) AS first_on FROM programme_municipality pm
     WHERE pm.left_on IS NULL GROUP BY pm.municipality_code
  )
`;

export const OVERVIEW_SQL =
  SHARED +
  [
    `SELECT 'total' AS dim, '' AS k, COALESCE(SUM(g.n), 0) AS n FROM grid g`,
    `SELECT 'stalled' AS dim, '' AS k, COALESCE(SUM(g.stalled), 0) AS n FROM grid g`,
    `SELECT 'phase' AS dim, g.phase AS k, SUM(g.n) AS n FROM grid g GROUP BY g.phase`,
    `SELECT 'status' AS dim, g.status AS k, SUM(g.n) AS n FROM grid g GROUP BY g.status`,
    // Regions: counted per municipality first, then 342 groups joined to their region.
    ...(['province', 'veilig_thuis_region', 'jeugdregio'] as const).map(
      (column) => `SELECT '${REGION_DIMS[column]}' AS dim, m.${column} AS k, SUM(c.n) AS n
       FROM by_municipality c JOIN municipality m ON m.code = c.municipality_code GROUP BY m.${column}`,
    ),
    `SELECT 'quarter' AS dim, g.started_quarter AS k, SUM(g.n) AS n FROM grid g GROUP BY g.started_quarter`,
    // Ending a programme resolves its escalations, so unresolved ones belong to running programmes.
    `SELECT 'escalation' AS dim, CAST(e.level AS varchar(1)) AS k, COUNT(*) AS n
     FROM escalation_outbox e WHERE e.status IN ('OPEN', 'ACKNOWLEDGED') GROUP BY e.level`,
    `SELECT 'riskSet' AS dim, g.risk_flags AS k, SUM(g.n) AS n FROM grid g WHERE g.risk_flags <> '' GROUP BY g.risk_flags`,
    `SELECT 'missedYears' AS dim, '' AS k, COALESCE(SUM(g.missed_years), 0) AS n FROM grid g`,
    `SELECT 'missedProgrammes' AS dim, '' AS k, COALESCE(SUM(g.missed_programmes), 0) AS n FROM grid g`,
    `SELECT 'mentored' AS dim, '' AS k, COALESCE(SUM(g.mentored), 0) AS n FROM grid g`,
    `SELECT 'phaseStays' AS dim, st.phase AS k, st.n AS n FROM stays st`,
    // C4: municipalities reached (leads and members that have not left), and the quarter each was first reached.
    `SELECT 'municipalitiesReached' AS dim, '' AS k, COUNT(*) AS n FROM reached r`,
    `SELECT 'municipalityQuarter' AS dim, rq.q AS k, COUNT(*) AS n FROM (
       SELECT SUBSTR(r.first_on, 1, 4) || '-Q' || ((CAST(SUBSTR(r.first_on, 6, 2) AS integer) + 2) / 3) AS q FROM reached r
     ) rq GROUP BY rq.q`,
    ...LEFT_PHASES.map(medianBranch),
    ...INDICATORS.map(
      ([dim, column]) => `SELECT '${dim}' AS dim, ind.period AS k, ind.${column} AS n FROM indicators ind`,
    ),
  ].join('\nUNION ALL\n');

const LEVELS: EscalationLevel[] = [1, 2, 3];

/** An unresolved escalation of a running programme, as the kwartiermakers' queue shows it. */
export interface QueuedEscalationRow {
  id: string;
  programmeId: string;
  municipalityCode: string;
  level: EscalationLevel;
  levelName: string;
  kind: string;
  step: string;
  ruleId: string | null;
  message: string;
  raisedAt: string;
  status: string;
  deliveryStatus: string;
}

/** A programme past embedding (CONTINUATION, or CLOSED after it), with its municipality's place. */
export interface MentorProgrammeRow {
  programmeId: string;
  municipalityCode: string;
  name: string;
  veiligThuisRegion: string;
  lat: number;
  lon: number;
}

// Unresolved escalations of running programmes: the most severe first, then the oldest.
const QUEUE = `
  SELECT e.id, e.programme_id AS "programmeId", p.municipality_code AS "municipalityCode", e.level,
         e.level_name AS "levelName", e.kind, e.step, e.rule_id AS "ruleId", e.message,
         e.raised_at AS "raisedAt", e.status, e.delivery_status AS "deliveryStatus"
    FROM escalation_outbox e JOIN programme p ON p.id = e.programme_id
   WHERE e.status <> 'RESOLVED' AND p.status IN ('ACTIVE', 'PAUSED')
   ORDER BY e.level DESC, e.raised_at ASC, e.id ASC
   LIMIT :limit`;

// Stalled programmes: highest open level first, then the longest-standing unresolved escalation.
const STALLED = `
  SELECT p.id, p.open_escalation_level AS "level", MIN(e.raised_at) AS "since"
    FROM programme p JOIN escalation_outbox e ON e.programme_id = p.id AND e.status <> 'RESOLVED'
   WHERE p.open_escalation_level > 0
   GROUP BY p.id, p.open_escalation_level
   ORDER BY p.open_escalation_level DESC, MIN(e.raised_at) ASC, p.id ASC
   LIMIT :limit`;

const MENTOR_PROGRAMMES = `
  SELECT p.id AS "programmeId", m.code AS "municipalityCode", m.name, m.veilig_thuis_region AS "veiligThuisRegion", m.lat, m.lon
    FROM programme p JOIN municipality m ON m.code = p.municipality_code
   WHERE p.phase IN ('CONTINUATION', 'CLOSED')`;

/**
 * The national view, aggregated by the database from the read model's columns: no programme's
 * JSON state is read. One query however many programmes there are.
 */
export class NationalOverviewReadModel {
  constructor(private readonly dataSource: DataSource) {}

  async overview(): Promise<NationalOverview> {
    // PostgreSQL returns COUNT(*) as a bigint string, SQLite as a number.
    const rows = await this.dataSource.query<Array<{ dim: string; k: string; n: string | number }>>(OVERVIEW_SQL);
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
      riskFlags: RISK_FLAGS.map((flag) => ({
        flag,
        count: rows
          .filter((r) => r.dim === 'riskSet' && String(r.k).includes(`,${flag},`))
          .reduce((n, r) => n + Number(r.n), 0),
      })),
      stalled: single('stalled'),
      medianDaysInPhase: LEFT_PHASES.map((phase) => {
        const median = rows.find((r) => r.dim === 'phaseMedian' && String(r.k) === phase);
        return {
          phase,
          programmes: keyed('phaseStays', phase),
          // Rounded to 0.1 day: a figure for people, not for arithmetic.
          medianDays: median && median.n !== null ? Math.round(Number(median.n) * 10) / 10 : null,
        };
      }),
      schoolYearsMissed: single('missedYears'),
      programmesMissingSchoolYear: single('missedProgrammes'),
      indicatorsPerQuarter: breakdown('indProgrammes').map(({ key, count }) => ({
        quarter: key,
        programmes: count,
        repeatReports: keyed('indRepeatReports', key),
        professionalsTrained: keyed('indProfessionalsTrained', key),
        schoolsReached: keyed('indSchoolsReached', key),
      })),
      mentorPairings: single('mentored'),
      municipalitiesReached: single('municipalitiesReached'),
      municipalitiesPerQuarter: breakdown('municipalityQuarter'),
    };
  }

  /** Unresolved escalations of running programmes, most severe first, then oldest (at most `limit`). */
  async escalationQueue(limit: number): Promise<QueuedEscalationRow[]> {
    const rows = await this.query<QueuedEscalationRow>(QUEUE, { limit });
    return rows.map((r) => ({ ...r, level: Number(r.level) as EscalationLevel }));
  }

  /** Ids of stalled programmes: highest open level first, then stalled longest (at most `limit`). */
  async stalledProgrammeIds(limit: number): Promise<string[]> {
    return (await this.query<{ id: string }>(STALLED, { limit })).map((r) => r.id);
  }

  /** Programmes that may mentor: past embedding (CONTINUATION, or CLOSED after it). */
  async mentorProgrammes(): Promise<MentorProgrammeRow[]> {
    const rows = await this.query<MentorProgrammeRow>(MENTOR_PROGRAMMES, {});
    return rows.map((r) => ({ ...r, lat: Number(r.lat), lon: Number(r.lon) }));
  }

  /** Every adoption of a practice into an action, per practice, oldest first. */
  async practiceAdoptions(): Promise<Array<{ practiceId: string; municipalityCode: string; adoptedAt: string }>> {
    return this.query(
      `SELECT a.practice_id AS "practiceId", a.municipality_code AS "municipalityCode", a.adopted_at AS "adoptedAt"
         FROM practice_adoption a ORDER BY a.practice_id, a.adopted_at, a.programme_id, a.action_id`,
      {},
    );
  }

  private query<T>(sql: string, values: Record<string, unknown>): Promise<T[]> {
    const [query, params] = this.dataSource.driver.escapeQueryWithParameters(sql, values);
    return this.dataSource.query<T[]>(query, params);
  }
}
