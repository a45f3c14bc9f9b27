import { LABELS } from './labels';
import type { MunicipalityCode } from './municipality';
import { err, ok, type Result } from './result';

/** Phases of a programme, in order (docs/rules.md "The programme lifecycle"). */
export const PROGRAMME_PHASES = ['COMMITMENT', 'AGENDA', 'EXECUTION', 'EMBEDDING', 'CONTINUATION', 'CLOSED'] as const;
export type ProgrammePhase = (typeof PROGRAMME_PHASES)[number];

/** The phases' Dutch names, as users read them (errors, timeline, dashboard); words in labels.ts. */
export const PHASE_NAMES_NL: Readonly<Record<ProgrammePhase, string>> = Object.fromEntries(
  PROGRAMME_PHASES.map((phase) => [phase, LABELS.phase[phase].nl]),
) as Record<ProgrammePhase, string>;

/** Whether the programme runs; independent of the phase it is in. */
export const PROGRAMME_STATUSES = ['ACTIVE', 'PAUSED', 'CLOSED', 'ABORTED'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** A programme that is not closed or aborted blocks a new one for the same municipality. */
export function isProgrammeRunning(status: ProgrammeStatus): boolean {
  switch (status) {
    case 'ACTIVE':
    case 'PAUSED':
      return true;
    case 'CLOSED':
    case 'ABORTED':
      return false;
    default: {
      const unreachable: never = status;
      throw new Error(`unknown programme status ${String(unreachable)}`);
    }
  }
}

/**
 * The programme as the workflow holds it and the read model mirrors it. `version` grows with
 * every change, so a projection that arrives late or twice never overwrites newer state.
 */
export interface ProgrammeSnapshot {
  programmeId: string;
  municipalityCode: string;
  sequence: number;
  phase: ProgrammePhase;
  status: ProgrammeStatus;
  /** ISO 8601 with offset. */
  startedAt: string;
  /** ISO 8601 with offset. */
  updatedAt: string;
  version: number;
}

/** The first state of a new programme (R1: every programme starts in COMMITMENT). */
export function newProgramme(input: {
  programmeId: string;
  municipalityCode: string;
  sequence: number;
  startedAt: string;
}): ProgrammeSnapshot {
  return {
    ...input,
    phase: 'COMMITMENT',
    status: 'ACTIVE',
    updatedAt: input.startedAt,
    version: 1,
  };
}

/** A programme id split into its business key: `programme-GM0363-1` → GM0363, 1. */
export interface ProgrammeIdParts {
  programmeId: string;
  municipalityCode: MunicipalityCode;
  sequence: number;
}

export interface ProgrammeIdError {
  code: 'MALFORMED_PROGRAMME_ID';
  input: string;
}

// The form programmeWorkflowId writes: a CBS code and a positive sequence without leading zeros.
const PROGRAMME_ID = /^programme-(GM\d{4})-([1-9]\d{0,5})$/;

/** The one check of the programme-id format; strict, as ids are keys, not user typing. */
export function parseProgrammeId(input: string): Result<ProgrammeIdParts, ProgrammeIdError> {
  const match = PROGRAMME_ID.exec(input);
  if (!match) return err({ code: 'MALFORMED_PROGRAMME_ID', input });
  return ok({ programmeId: input, municipalityCode: match[1] as MunicipalityCode, sequence: Number(match[2]) });
}
