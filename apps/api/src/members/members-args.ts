import { parseArgs } from 'node:util';
import {
  MEMBER_ROLES,
  PARTNER_DOMAINS,
  PARTNER_LEVELS,
  parseProgrammeId,
  type MemberRole,
  type PartnerDomain,
  type PartnerLevel,
} from '../../../../libs/domain/src';

export const MEMBERS_USAGE = `Usage: npm run --silent members -- grant --programme <id> --subject <sub> --role <ROLE> [options]

Gives the person of a local development token (issuer olievlek-local: npm run token) roles in one
programme, written straight into the member directory of the database npm start uses (DATABASE_URL,
else <OLIEVLEK_DATA_DIR or .data>/olievlek.sqlite). For scripts, tests and demos: people otherwise
join a programme by starting it or by invitation. Only while the local development issuer is on.

  --programme <id>       the programme, e.g. programme-GM0363-1
  --subject <sub>        the token's subject (npm run token -- --subject <sub>)
  --role <ROLE>          ${MEMBER_ROLES.join(', ')} (repeatable)
  --partner <o:D:L>      a partner contact's organisation, domain (${PARTNER_DOMAINS.join(', ')}) and level
                         (${PARTNER_LEVELS.join(', ')}), e.g. "Veilig Thuis:CARE:PROFESSIONAL" (repeatable;
                         implies --role PARTNER_CONTACT)
  --name <name>          the person's name when the directory does not know them yet (default: the subject)

Roles the person already holds are left as they are; each role is reported on its own line.
`;

const MAX_SUBJECT = 256;
const MAX_TEXT = 200;

/** One membership to grant; a partner contact names their organisation, domain and level (R2.4). */
export type RequestedGrant =
  | { role: Exclude<MemberRole, 'PARTNER_CONTACT'> }
  | { role: 'PARTNER_CONTACT'; partner: { organisation: string; domain: PartnerDomain; level: PartnerLevel } };

export type MembersArgs =
  | { kind: 'help' }
  | { kind: 'grant'; programmeId: string; subject: string; name?: string; grants: RequestedGrant[] }
  | { kind: 'refused'; message: string };

const refuse = (nl: string, en: string): MembersArgs => ({ kind: 'refused', message: `${nl}\n${en}` });

const oneOf = <T extends string>(value: string, allowed: readonly T[]): T | undefined =>
  (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

/** `Organisation:DOMAIN:LEVEL`, split from the right so an organisation's name may hold a colon. */
function parsePartner(input: string): RequestedGrant | string {
  const parts = input.split(':');
  if (parts.length < 3) return 'shape';
  const level = oneOf(parts.pop()!.trim().toUpperCase(), PARTNER_LEVELS);
  const domain = oneOf(parts.pop()!.trim().toUpperCase(), PARTNER_DOMAINS);
  const organisation = parts.join(':').trim().replace(/\s+/g, ' ');
  if (!organisation || organisation.length > MAX_TEXT) return 'organisation';
  if (!domain) return 'domain';
  if (!level) return 'level';
  return { role: 'PARTNER_CONTACT', partner: { organisation, domain, level } };
}

/** The members CLI's arguments: one `grant` command, checked before anything is opened. */
export function parseMembersArgs(argv: readonly string[]): MembersArgs {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        programme: { type: 'string' },
        subject: { type: 'string' },
        role: { type: 'string', multiple: true },
        partner: { type: 'string', multiple: true },
        name: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    const problem = (error as Error).message;
    return refuse(`Onbekende of onvolledige optie: ${problem}`, `Unknown or incomplete option: ${problem}`);
  }
  if (values.help) return { kind: 'help' };
  if (positionals.length !== 1 || positionals[0] !== 'grant') {
    return refuse('Geef een opdracht: grant.', 'Give a command: grant.');
  }

  const programmeId = values.programme?.trim() ?? '';
  if (!parseProgrammeId(programmeId).ok) {
    return refuse(
      `Geef met --programme een programma-id (zoals programme-GM0363-1)${programmeId ? `, niet "${programmeId}"` : ''}.`,
      `Give a programme id with --programme (like programme-GM0363-1)${programmeId ? `, not "${programmeId}"` : ''}.`,
    );
  }
  const subject = values.subject?.trim() ?? '';
  if (!subject || subject.length > MAX_SUBJECT) {
    return refuse(
      `Geef met --subject het subject van het token (1 tot ${MAX_SUBJECT} tekens).`,
      `Give the token's subject with --subject (1 to ${MAX_SUBJECT} characters).`,
    );
  }
  const name = values.name?.trim().replace(/\s+/g, ' ');
  if (name !== undefined && (!name || name.length > MAX_TEXT)) {
    return refuse(`--name: 1 tot ${MAX_TEXT} tekens.`, `--name: 1 to ${MAX_TEXT} characters.`);
  }

  const grants: RequestedGrant[] = [];
  let partnerRole = false;
  for (const input of values.role ?? []) {
    const role = oneOf(input.trim().toUpperCase(), MEMBER_ROLES);
    if (!role) {
      return refuse(
        `"${input}" is geen rol; kies uit ${MEMBER_ROLES.join(', ')}.`,
        `"${input}" is not a role; choose from ${MEMBER_ROLES.join(', ')}.`,
      );
    }
    if (role === 'PARTNER_CONTACT') partnerRole = true;
    else if (!grants.some((g) => g.role === role)) grants.push({ role });
  }
  const partners = values.partner ?? [];
  if (partnerRole && partners.length === 0) {
    return refuse(
      'Een PARTNER_CONTACT heeft minstens één --partner "Organisatie:DOMEIN:NIVEAU" nodig (R2.4).',
      'A PARTNER_CONTACT needs at least one --partner "Organisation:DOMAIN:LEVEL" (R2.4).',
    );
  }
  for (const input of partners) {
    const partner = parsePartner(input);
    if (typeof partner === 'string') {
      return refuse(
        `--partner "${input}": schrijf "Organisatie:DOMEIN:NIVEAU", met DOMEIN ${PARTNER_DOMAINS.join('/')} en NIVEAU ${PARTNER_LEVELS.join('/')}.`,
        `--partner "${input}": write "Organisation:DOMAIN:LEVEL", with DOMAIN ${PARTNER_DOMAINS.join('/')} and LEVEL ${PARTNER_LEVELS.join('/')}.`,
      );
    }
    grants.push(partner);
  }
  if (grants.length === 0) {
    return refuse(
      'Geef minstens één rol met --role (of een partner met --partner).',
      'Give at least one role with --role (or a partner with --partner).',
    );
  }
  return { kind: 'grant', programmeId, subject, ...(name ? { name } : {}), grants };
}
