/** Phases of a programme, in order (DOMAIN.md "The programme lifecycle"). */
export const PROGRAMME_PHASES = [
  'COMMITMENT',
  'AGENDA',
  'EXECUTION',
  'EMBEDDING',
  'CONTINUATION',
  'CLOSED',
] as const;
export type ProgrammePhase = (typeof PROGRAMME_PHASES)[number];

/** The phases' Dutch names, as users read them (errors, timeline, dashboard). */
export const PHASE_NAMES_NL: Readonly<Record<ProgrammePhase, string>> = {
  COMMITMENT: 'Commitment',
  AGENDA: 'Verbeteragenda',
  EXECUTION: 'Uitvoering',
  EMBEDDING: 'Borging',
  CONTINUATION: 'Continuering',
  CLOSED: 'Gesloten',
};

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
