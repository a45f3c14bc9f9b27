import type { Actor, ActorRole } from '../../../../libs/domain/src';
import type { Principal } from '../auth';
import { UserFacingError } from '../common/graphql-errors';

/**
 * Tenant isolation. KWARTIERMAKER sees every programme. MUNICIPALITY sees the programmes of its
 * own municipality codes. PROGRAMME_MANAGER sees the programmes assigned to it by id (and may
 * start an assigned programme that does not run yet).
 */
export type Scope = 'ALL' | { municipalityCodes: string[]; programmeIds: string[] };

export function scopeOf(p: Principal): Scope {
  switch (p.role) {
    case 'KWARTIERMAKER':
      return 'ALL';
    case 'MUNICIPALITY':
      return { municipalityCodes: p.municipalities, programmeIds: [] };
    case 'PROGRAMME_MANAGER':
      return { municipalityCodes: p.municipalities, programmeIds: p.programmes };
    default: {
      const unreachable: never = p.role;
      throw new Error(`unknown role ${String(unreachable)}`);
    }
  }
}

/** The municipality code inside a programme id (`programme-GM0363-1` → `GM0363`). */
export function municipalityOfProgramme(programmeId: string): string | undefined {
  return /^programme-(GM\d{4})-\d+$/.exec(programmeId)?.[1];
}

export function maySee(p: Principal, programmeId: string): boolean {
  const scope = scopeOf(p);
  if (scope === 'ALL') return true;
  const code = municipalityOfProgramme(programmeId);
  return scope.programmeIds.includes(programmeId) || (code !== undefined && scope.municipalityCodes.includes(code));
}

/** Whether the caller may start the municipality's programme, which will get `programmeId`. */
export function mayStart(p: Principal, municipalityCode: string, programmeId?: string): boolean {
  const scope = scopeOf(p);
  if (scope === 'ALL' || scope.municipalityCodes.includes(municipalityCode)) return true;
  return programmeId !== undefined && scope.programmeIds.includes(programmeId);
}

/** Whether the caller has anything to do with the municipality at all (for its error messages). */
export function mayKnowMunicipality(p: Principal, municipalityCode: string): boolean {
  const scope = scopeOf(p);
  return (
    scope === 'ALL' ||
    scope.municipalityCodes.includes(municipalityCode) ||
    scope.programmeIds.some((id) => municipalityOfProgramme(id) === municipalityCode)
  );
}

/** Roles a caller may take a step in, the first being the default. */
const ACTING_ROLES: Record<Principal['role'], ActorRole[]> = {
  MUNICIPALITY: ['PROJECT_LEAD', 'ADMINISTRATIVE_LEAD', 'PARTNER'],
  // A programme manager records the alderman's decisions on the municipality's behalf.
  PROGRAMME_MANAGER: ['PROGRAMME_MANAGER', 'PROJECT_LEAD', 'ADMINISTRATIVE_LEAD'],
  KWARTIERMAKER: ['KWARTIERMAKER'],
};

/** Who takes a step: the caller's token in one of the roles it may act in. */
export function actorFor(p: Principal, actingAs?: string): Actor {
  const allowed = ACTING_ROLES[p.role];
  const role = (actingAs ?? allowed[0]) as ActorRole;
  if (!allowed.includes(role)) {
    throw new UserFacingError(
      'FORBIDDEN',
      {
        nl: `Met uw toegang (${p.role}) kunt u niet handelen als ${role}; wel als ${allowed.join(', ')}.`,
        en: `With your access (${p.role}) you cannot act as ${role}; you can act as ${allowed.join(', ')}.`,
      },
      { details: { allowed } },
    );
  }
  return { role, name: p.subject };
}
