import { z } from 'zod';
import { parseProgrammeId } from '../../../../libs/domain/src';

/**
 * The role a token may claim. MEMBER (the claim absent) is a person whose rights come only from
 * their programme memberships in the directory (P1); MUNICIPALITY is municipal staff who may start
 * and follow their municipality's programmes; KWARTIERMAKER is national.
 */
export const AUTH_ROLES = ['MUNICIPALITY', 'PROGRAMME_MANAGER', 'KWARTIERMAKER', 'MEMBER'] as const;
export type AuthRole = (typeof AUTH_ROLES)[number];

/**
 * Who is calling, from a verified token. `municipalities` is only filled for MUNICIPALITY and
 * `programmes` only for PROGRAMME_MANAGER; the other list is always empty. `issuer` with
 * `subject` is the sign-in identity a membership is bound to (P2); `name` and `email` are what the
 * identity provider says of the person, used only to fill their directory entry.
 */
export interface Principal {
  subject: string;
  role: AuthRole;
  municipalities: string[];
  programmes: string[];
  issuer?: string;
  name?: string;
  email?: string;
  /** The provider's `email_verified`: only a verified address finds the invitations sent to it. */
  emailVerified?: boolean;
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
    role: z.enum(AUTH_ROLES).default('MEMBER'),
    iss: z.string().max(1024).optional(),
    name: z.string().max(200).optional().catch(undefined),
    preferred_username: z.string().max(200).optional().catch(undefined),
    email: z.string().max(320).optional().catch(undefined),
    email_verified: z.boolean().optional().catch(undefined),
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
      case 'MEMBER':
        if (municipalities.length > 0 || programmes.length > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['role'],
            message: `${claims.role} carries no municipalities or programmes`,
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
      ...(c.iss !== undefined ? { issuer: c.iss } : {}),
      ...((c.name ?? c.preferred_username) ? { name: c.name ?? c.preferred_username } : {}),
      ...(c.email !== undefined ? { email: c.email } : {}),
      ...(c.email_verified !== undefined ? { emailVerified: c.email_verified } : {}),
    },
  };
}
