import type { IndicatorReport, PhaseStay, ProgrammeState } from '../../domain/src';
import { phaseStays } from '../../domain/src';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs one statement with `:named` parameters (the caller binds them for its driver). */
export type RunStatement = (sql: string, values: Record<string, unknown>) => Promise<unknown>;

/**
 * The quarter a programme started in, `YYYY-Qn`, read from the ISO string itself (UTC): a
 * programme started on 1 January before 01:00 Amsterdam time counts in the previous year's Q4.
 */
export function startedQuarter(startedAt: string): string {
  return `${startedAt.slice(0, 4)}-Q${Math.floor((Number(startedAt.slice(5, 7)) - 1) / 3) + 1}`;
}

/** School years the programme's training track missed (R3.1), over all its target years. */
export function missedSchoolYears(state: ProgrammeState): number {
  return state.training?.missedYears.length ?? 0;
}

export interface PhaseStayRow {
  programmeId: string;
  phase: string;
  enteredAt: string;
  leftAt: string | null;
  /** Days between entering and leaving the phase (fractional); null while the programme is in it. */
  days: number | null;
}

export function phaseStayRows(programmeId: string, stays: readonly PhaseStay[]): PhaseStayRow[] {
  return stays.map((s) => ({
    programmeId,
    phase: s.phase,
    enteredAt: s.enteredAt,
    leftAt: s.leftAt ?? null,
    days: s.leftAt ? (Date.parse(s.leftAt) - Date.parse(s.enteredAt)) / DAY_MS : null,
  }));
}

export interface IndicatorRow {
  programmeId: string;
  period: string;
  repeatReports: number | null;
  professionalsTrained: number | null;
  schoolsReached: number | null;
  reportedAt: string;
}

export function indicatorRows(programmeId: string, reports: readonly IndicatorReport[]): IndicatorRow[] {
  return reports.map((r) => ({
    programmeId,
    period: r.period,
    repeatReports: r.repeatReports ?? null,
    professionalsTrained: r.professionalsTrained ?? null,
    schoolsReached: r.schoolsReached ?? null,
    reportedAt: r.at,
  }));
}

export interface PracticeAdoptionRow {
  programmeId: string;
  actionId: string;
  practiceId: string;
  municipalityCode: string;
  adoptedAt: string;
}

/** The programme's actions that adopt a practice from the library. */
export function practiceAdoptionRows(state: ProgrammeState): PracticeAdoptionRow[] {
  return (state.agenda?.actions ?? []).flatMap((a) =>
    a.practiceId
      ? [
          {
            programmeId: state.programmeId,
            actionId: a.id,
            practiceId: a.practiceId,
            municipalityCode: state.municipalityCode,
            adoptedAt: a.addedAt,
          },
        ]
      : [],
  );
}

/** One running total of national_tally (migration 0019): completed stays of a phase, or a period's reports. */
interface Tally {
  dim: 'stays' | 'indicators';
  k: string;
  n: number;
  repeatReports: number;
  professionalsTrained: number;
  schoolsReached: number;
}

// The programme's share of the totals as stored, before its rows are rewritten.
const STORED_SHARE = `
  SELECT 'stays' AS dim, s.phase AS k, COUNT(*) AS n, 0 AS "repeatReports", 0 AS "professionalsTrained", 0 AS "schoolsReached"
    FROM programme_phase_stay s WHERE s.programme_id = :id AND s.days IS NOT NULL GROUP BY s.phase
  UNION ALL
  SELECT 'indicators' AS dim, i.period AS k, COUNT(*) AS n, COALESCE(SUM(i.repeat_reports), 0) AS "repeatReports",
         COALESCE(SUM(i.professionals_trained), 0) AS "professionalsTrained", COALESCE(SUM(i.schools_reached), 0) AS "schoolsReached"
    FROM indicator_report i WHERE i.programme_id = :id GROUP BY i.period`;

const ADD_TO_TALLY = `
  INSERT INTO national_tally (dim, k, n, repeat_reports, professionals_trained, schools_reached)
  VALUES (:dim, :k, :n, :repeatReports, :professionalsTrained, :schoolsReached)
  ON CONFLICT (dim, k) DO UPDATE SET
    n = national_tally.n + excluded.n,
    repeat_reports = national_tally.repeat_reports + excluded.repeat_reports,
    professionals_trained = national_tally.professionals_trained + excluded.professionals_trained,
    schools_reached = national_tally.schools_reached + excluded.schools_reached`;

const TALLY_FIGURES = ['n', 'repeatReports', 'professionalsTrained', 'schoolsReached'] as const;

/**
 * Issue 18.3: adds to national_tally what rewriting the programme's stays and reports changes
 * (new share minus stored share; most projections change neither). The totals are changed in
 * one order (dimension, key), so two projections never wait for each other's rows crosswise.
 */
async function updateTally(
  run: RunStatement,
  id: string,
  stays: readonly PhaseStayRow[],
  reports: readonly IndicatorRow[],
): Promise<void> {
  const delta = new Map<string, Tally>();
  const add = (
    dim: Tally['dim'],
    k: string,
    sign: 1 | -1,
    figures: Partial<Record<(typeof TALLY_FIGURES)[number], unknown>>,
  ) => {
    const key = `${dim} ${k}`;
    const t = delta.get(key) ?? { dim, k, n: 0, repeatReports: 0, professionalsTrained: 0, schoolsReached: 0 };
    for (const f of TALLY_FIGURES) t[f] += sign * Number(figures[f] ?? 0);
    delta.set(key, t);
  };
  // A read answers rows (the projection's run passes on the driver's answer).
  const stored = ((await run(STORED_SHARE, { id })) ?? []) as Array<Omit<Tally, 'dim'> & { dim: Tally['dim'] }>;
  for (const r of stored) add(r.dim, String(r.k), -1, r);
  for (const s of stays) if (s.days !== null) add('stays', s.phase, 1, { n: 1 });
  for (const r of reports) add('indicators', r.period, 1, { n: 1, ...r });
  const changes = [...delta.entries()]
    .filter(([, t]) => TALLY_FIGURES.some((f) => t[f] !== 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [, t] of changes) await run(ADD_TO_TALLY, { ...t });
}

/**
 * Rewrites the programme's rows in the national view's tables from its state: its phase stays,
 * indicator reports and adopted practices (a handful each), and the national totals they change.
 * Run in the transaction that wrote the programme row, and only when that row holds this state's
 * version. `run` must answer a read's rows. `tally: false` leaves the totals alone (migration
 * 0004's fill, before national_tally existed: migration 0019 fills it from these rows).
 */
export async function writeProgrammeDetails(
  run: RunStatement,
  state: ProgrammeState,
  { tally }: { tally: boolean } = { tally: true },
): Promise<void> {
  const id = state.programmeId;
  const stays = phaseStayRows(id, phaseStays(state));
  const reports = indicatorRows(id, state.indicators ?? []);
  if (tally) await updateTally(run, id, stays, reports);
  await run(`DELETE FROM programme_phase_stay WHERE programme_id = :id`, { id });
  for (const row of stays) {
    await run(
      `INSERT INTO programme_phase_stay (programme_id, phase, entered_at, left_at, days) VALUES (:programmeId, :phase, :enteredAt, :leftAt, :days)`,
      { ...row },
    );
  }
  await run(`DELETE FROM indicator_report WHERE programme_id = :id`, { id });
  for (const row of reports) {
    await run(
      `INSERT INTO indicator_report (programme_id, period, repeat_reports, professionals_trained, schools_reached, reported_at)
       VALUES (:programmeId, :period, :repeatReports, :professionalsTrained, :schoolsReached, :reportedAt)`,
      { ...row },
    );
  }
  await run(`DELETE FROM practice_adoption WHERE programme_id = :id`, { id });
  for (const row of practiceAdoptionRows(state)) {
    await run(
      `INSERT INTO practice_adoption (programme_id, action_id, practice_id, municipality_code, adopted_at)
       VALUES (:programmeId, :actionId, :practiceId, :municipalityCode, :adoptedAt)`,
      { ...row },
    );
  }
}

export interface ProgrammeMunicipalityRow {
  programmeId: string;
  entry: number;
  municipalityCode: string;
  role: 'LEAD' | 'MEMBER';
  joinedOn: string;
  leftOn: string | null;
  confirmedOn: string | null;
}

/**
 * C1/C4: the municipalities taking or having taken part in the programme: the lead (entry 0,
 * since the programme began) and each member entry of its collective, in the order they joined.
 */
export function programmeMunicipalityRows(state: ProgrammeState): ProgrammeMunicipalityRow[] {
  return [
    {
      programmeId: state.programmeId,
      entry: 0,
      municipalityCode: state.municipalityCode,
      role: 'LEAD',
      joinedOn: state.startedAt,
      leftOn: null,
      confirmedOn: state.commitment?.confirmedAt ?? null,
    },
    ...(state.collectiveMembers ?? []).map((m, i) => ({
      programmeId: state.programmeId,
      entry: i + 1,
      municipalityCode: m.municipalityCode,
      role: 'MEMBER' as const,
      joinedOn: m.joinedAt,
      leftOn: m.leftAt ?? null,
      confirmedOn: m.confirmedAt ?? null,
    })),
  ];
}

/** Rewrites the programme's rows of `programme_municipality` (migration 0015) from its state. */
export async function writeProgrammeMunicipalities(run: RunStatement, state: ProgrammeState): Promise<void> {
  await run(`DELETE FROM programme_municipality WHERE programme_id = :id`, { id: state.programmeId });
  for (const row of programmeMunicipalityRows(state)) {
    await run(
      `INSERT INTO programme_municipality (programme_id, entry, municipality_code, role, joined_on, left_on, confirmed_on)
       VALUES (:programmeId, :entry, :municipalityCode, :role, :joinedOn, :leftOn, :confirmedOn)`,
      { ...row },
    );
  }
}
