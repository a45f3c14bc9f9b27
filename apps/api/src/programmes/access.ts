import { parseProgrammeId } from '../../../../libs/domain/src';
import type { Principal } from '../auth';

/**
 * Tenant isolation, as pure decisions on the verified principal. KWARTIERMAKER sees every
 * programme. MUNICIPALITY sees the programmes of its own municipality codes. PROGRAMME_MANAGER
 * sees the programmes assigned to it by id (and may start an assigned programme that does not
 * run yet).
 */
export type Scope = 'ALL' | { municipalityCodes: string[]; programmeIds: string[] };

export function scopeOf(p: Principal): Scope {
  switch (p.role) {
    case 'KWARTIERMAKER':
      return 'ALL';
    // programmeIds: those named by the token, and those the person's memberships open (P1).
    case 'MUNICIPALITY':
    case 'PROGRAMME_MANAGER':
    case 'MEMBER':
      return { municipalityCodes: p.municipalities, programmeIds: p.programmes };
    default: {
      const unreachable: never = p.role;
      throw new Error(`unknown role ${String(unreachable)}`);
    }
  }
}

const municipalityOf = (programmeId: string): string | undefined => {
  const parsed = parseProgrammeId(programmeId);
  return parsed.ok ? parsed.value.municipalityCode : undefined;
};

export function maySee(p: Principal, programmeId: string): boolean {
  const scope = scopeOf(p);
  if (scope === 'ALL') return true;
  const code = municipalityOf(programmeId);
  return scope.programmeIds.includes(programmeId) || (code !== undefined && scope.municipalityCodes.includes(code));
}

/** Whether the caller may start the municipality's programme, which will get `programmeId`. */
export function mayStart(p: Principal, municipalityCode: string, programmeId?: string): boolean {
  const scope = scopeOf(p);
  if (scope === 'ALL' || scope.municipalityCodes.includes(municipalityCode)) return true;
  return (
    programmeId !== undefined &&
    municipalityOf(programmeId) === municipalityCode &&
    scope.programmeIds.includes(programmeId)
  );
}

/** Whether the caller has anything to do with the municipality at all (for its error messages). */
export function mayKnowMunicipality(p: Principal, municipalityCode: string): boolean {
  const scope = scopeOf(p);
  return (
    scope === 'ALL' ||
    scope.municipalityCodes.includes(municipalityCode) ||
    scope.programmeIds.some((id) => municipalityOf(id) === municipalityCode)
  );
}

/** The national operation (stalled programmes, escalation queue, mentors) is the kwartiermakers'. */
export const mayActNationally = (p: Principal): boolean => p.role === 'KWARTIERMAKER';
