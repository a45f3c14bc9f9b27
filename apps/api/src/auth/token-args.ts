import { parseArgs } from 'node:util';
import { parseMunicipalityCode, parseProgrammeId } from '../../../../libs/domain/src';
import { AUTH_ROLES, parsePrincipalClaims, type AuthRole, type Principal } from './principal';
import { parseDuration } from './token-signer';

export const TOKEN_USAGE = `Usage: npm run --silent token -- --role <role> [options]

Prints an access token for the local (HS256) mode, alone on stdout.

  --role <role>            MUNICIPALITY, PROGRAMME_MANAGER or KWARTIERMAKER
  --municipality <GMxxxx>  a municipality of a MUNICIPALITY token (repeatable, at least one)
  --programme <id>         a programme of a PROGRAMME_MANAGER token, e.g. programme-GM0363-1 (repeatable)
  --subject <name>         the token's subject (default: local-<role>)
  --expires-in <duration>  lifetime: 90s, 30m, 8h, 7d (default 8h, at most 30d)
`;

export const MAX_TOKEN_LIFETIME_SECONDS = 30 * 86400;

export type TokenArgs =
  | { kind: 'help' }
  | { kind: 'token'; principal: Principal; expiresInSeconds: number }
  | { kind: 'refused'; message: string };

const refuse = (nl: string, en: string): TokenArgs => ({ kind: 'refused', message: `${nl}\n${en}` });

/** The token CLI's arguments, checked with the same claim rules the API applies. */
export function parseTokenArgs(argv: string[]): TokenArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        role: { type: 'string' },
        municipality: { type: 'string', multiple: true },
        programme: { type: 'string', multiple: true },
        subject: { type: 'string' },
        'expires-in': { type: 'string', default: '8h' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    const problem = (error as Error).message;
    return refuse(`Onbekende of onvolledige optie: ${problem}`, `Unknown or incomplete option: ${problem}`);
  }
  if (values.help) return { kind: 'help' };

  const role = values.role?.trim().toUpperCase();
  if (!role || !(AUTH_ROLES as readonly string[]).includes(role)) {
    return refuse(
      `Kies een rol met --role: ${AUTH_ROLES.join(', ')}.`,
      `Choose a role with --role: ${AUTH_ROLES.join(', ')}.`,
    );
  }
  const municipalities: string[] = [];
  for (const input of values.municipality ?? []) {
    const code = parseMunicipalityCode(input);
    if (!code.ok) {
      return refuse(
        `"${input}" is geen gemeentecode (GM gevolgd door 4 cijfers).`,
        `"${input}" is not a municipality code (GM and 4 digits).`,
      );
    }
    municipalities.push(code.value);
  }
  const programmes = (values.programme ?? []).map((p) => p.trim());
  const badProgramme = programmes.find((p) => !parseProgrammeId(p).ok);
  if (badProgramme !== undefined) {
    return refuse(
      `"${badProgramme}" is geen programma-id (zoals programme-GM0363-1).`,
      `"${badProgramme}" is not a programme id (like programme-GM0363-1).`,
    );
  }
  if (role === 'MUNICIPALITY' && municipalities.length === 0) {
    return refuse(
      'Een MUNICIPALITY-token heeft minstens één --municipality nodig.',
      'A MUNICIPALITY token needs at least one --municipality.',
    );
  }
  if (role !== 'MUNICIPALITY' && municipalities.length > 0) {
    return refuse(
      '--municipality hoort alleen bij --role MUNICIPALITY.',
      '--municipality belongs to --role MUNICIPALITY only.',
    );
  }
  if (role !== 'PROGRAMME_MANAGER' && programmes.length > 0) {
    return refuse(
      '--programme hoort alleen bij --role PROGRAMME_MANAGER.',
      '--programme belongs to --role PROGRAMME_MANAGER only.',
    );
  }
  const expiresInSeconds = parseDuration(values['expires-in']);
  if (expiresInSeconds === undefined || expiresInSeconds > MAX_TOKEN_LIFETIME_SECONDS) {
    return refuse(
      '--expires-in: geef een duur als 90s, 30m, 8h of 7d (hoogstens 30d).',
      '--expires-in: give a duration like 90s, 30m, 8h or 7d (at most 30d).',
    );
  }

  const parsed = parsePrincipalClaims({
    sub: values.subject ?? `local-${role.toLowerCase().replace(/_/g, '-')}`,
    role: role as AuthRole,
    municipalities,
    programmes,
  });
  if (!parsed.ok) {
    return refuse(
      // zod's words are English: the Dutch line names the claims only, the English line says why.
      `De claims kloppen niet; controleer ${[...new Set(parsed.problems.map((p) => p.split(':')[0]))].join(', ')}.`,
      `The claims are invalid: ${parsed.problems.join('; ')}.`,
    );
  }
  return { kind: 'token', principal: parsed.principal, expiresInSeconds };
}
