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

/**
 * Rewrites the programme's rows in the national view's tables from its state: its phase stays,
 * indicator reports and adopted practices (a handful each). Run in the transaction that wrote the programme
 * row, and only when that row holds this state's version.
 */
export async function writeProgrammeDetails(run: RunStatement, state: ProgrammeState): Promise<void> {
  const id = state.programmeId;
  await run(`DELETE FROM programme_phase_stay WHERE programme_id = :id`, { id });
  for (const row of phaseStayRows(id, phaseStays(state))) {
    await run(
      `INSERT INTO programme_phase_stay (programme_id, phase, entered_at, left_at, days) VALUES (:programmeId, :phase, :enteredAt, :leftAt, :days)`,
      { ...row },
    );
  }
  await run(`DELETE FROM indicator_report WHERE programme_id = :id`, { id });
  for (const row of indicatorRows(id, state.indicators ?? [])) {
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
