import { z } from 'zod';
import { parseProgrammeId } from '../../../../libs/domain/src';

export const AUTH_ROLES = ['MUNICIPALITY', 'PROGRAMME_MANAGER', 'KWARTIERMAKER'] as const;
export type AuthRole = (typeof AUTH_ROLES)[number];

/**
 * Who is calling, from a verified token. `municipalities` is only filled for MUNICIPALITY and
 * `programmes` only for PROGRAMME_MANAGER; the other list is always empty.
 */
export interface Principal {
  subject: string;
  role: AuthRole;
  municipalities: string[];
  programmes: string[];
}

export const MUNICIPALITY_CODE_PATTERN = /^GM\d{4}$/;

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/**
 * The token claims this API reads (`sub`, `role`, `municipalities`, `programmes`); other claims
 * are ignored. A list that does not belong to the role must be absent or empty, so a token can
 * never mean two things.
 */
export const principalClaimsSchema = z
  .object({
    sub: z.string().min(1).max(256),
    role: z.enum(AUTH_ROLES),
    municipalities: z.array(z.string().regex(MUNICIPALITY_CODE_PATTERN)).max(400).optional(),
    programmes: z
      .array(z.string().refine((id) => parseProgrammeId(id).ok, 'not a programme id like programme-GM0363-1'))
      .max(2000)
      .optional(),
  })
  .superRefine((claims, ctx) => {
    const municipalities = claims.municipalities ?? [];
    const programmes = claims.programmes ?? [];
    switch (claims.role) {
      case 'MUNICIPALITY':
        if (municipalities.length === 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['municipalities'],
            message: 'MUNICIPALITY needs at least one municipality code',
          });
        }
        if (programmes.length > 0) {
          ctx.addIssue({ code: 'custom', path: ['programmes'], message: 'MUNICIPALITY carries no programmes' });
        }
        break;
      case 'PROGRAMME_MANAGER':
        // No programmes is allowed: a manager who is not yet assigned sees nothing.
        if (municipalities.length > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['municipalities'],
            message: 'PROGRAMME_MANAGER carries no municipalities',
          });
        }
        break;
      case 'KWARTIERMAKER':
        if (municipalities.length > 0 || programmes.length > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['role'],
            message: 'KWARTIERMAKER carries no municipalities or programmes',
          });
        }
        break;
      default: {
        const unreachable: never = claims.role;
        throw new Error(`unknown role ${String(unreachable)}`);
      }
    }
  });

export type PrincipalClaims = z.input<typeof principalClaimsSchema>;

/** The principal the claims describe, or the list of problems (claim names only, never values). */
export function parsePrincipalClaims(
  claims: unknown,
): { ok: true; principal: Principal } | { ok: false; problems: string[] } {
  const parsed = principalClaimsSchema.safeParse(claims);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(claims)'}: ${i.message}`) };
  }
  const c = parsed.data;
  return {
    ok: true,
    principal: {
      subject: c.sub,
      role: c.role,
      municipalities: unique(c.municipalities ?? []),
      programmes: unique(c.programmes ?? []),
    },
  };
}
