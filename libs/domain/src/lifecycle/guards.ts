import { PHASE_NAMES_NL, type ProgrammePhase } from '../programme';
import type { CommandType } from './commands';
import { refuse } from './refusal';
import type { Actor, ProgrammeState } from './types';

/**
 * Where a step may be taken (LIFECYCLE otherwise): in one of `phases` of an active programme; in
 * any phase while active; while active or paused (`ended` says why not); or only while paused.
 */
export type Guard =
  | { phases: readonly ProgrammePhase[] }
  | { status: 'ACTIVE' }
  | { status: 'ACTIVE_OR_PAUSED'; ended: string }
  | { status: 'PAUSED'; otherwise: string };

export function checkGuard(d: ProgrammeState, command: CommandType, guard: Guard): void {
  if ('phases' in guard) return requirePhase(d, command, guard.phases);
  switch (guard.status) {
    case 'ACTIVE':
      return requireActive(d);
    case 'ACTIVE_OR_PAUSED':
      if (d.status !== 'ACTIVE' && d.status !== 'PAUSED') refuse('LIFECYCLE', guard.ended);
      return;
    case 'PAUSED':
      if (d.status !== 'PAUSED') refuse('LIFECYCLE', guard.otherwise);
      return;
    default: {
      const unreachable: never = guard;
      throw new Error(`unknown guard ${JSON.stringify(unreachable)}`);
    }
  }
}

function requireActive(d: ProgrammeState): void {
  if (d.status === 'PAUSED') refuse('LIFECYCLE', 'Het programma is gepauzeerd; hervat het eerst.');
  if (d.status !== 'ACTIVE') refuse('LIFECYCLE', 'Het programma is beëindigd; er kan niets meer worden vastgelegd.');
}

function requirePhase(d: ProgrammeState, command: CommandType, phases: readonly ProgrammePhase[]): void {
  requireActive(d);
  if (!phases.includes(d.phase)) {
    refuse(
      'LIFECYCLE',
      `Deze stap hoort bij de fase ${phases.map((p) => PHASE_NAMES_NL[p]).join(' of ')}; het programma is in de fase ${PHASE_NAMES_NL[d.phase]}.`,
      { command, phase: d.phase, allowedPhases: [...phases] },
    );
  }
}

export function requireRole(actor: Actor, roles: readonly Actor['role'][], what: string): void {
  if (!roles.includes(actor.role)) {
    refuse('NOT_PERMITTED', `Alleen ${roles.map(roleNl).join(' of ')} kan ${what}.`, { role: actor.role });
  }
}

function roleNl(role: Actor['role']): string {
  const names: Record<Actor['role'], string> = {
    PROJECT_LEAD: 'de projectleider',
    ADMINISTRATIVE_LEAD: 'de bestuurlijk trekker (wethouder)',
    PROGRAMME_MANAGER: 'de programmamanager',
    KWARTIERMAKER: 'een kwartiermaker',
    PARTNER: 'een partnerorganisatie',
    SYSTEM: 'het systeem',
  };
  return names[role];
}
