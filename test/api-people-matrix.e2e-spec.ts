import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_TYPES, STEP_ROLES, type CommandType, type StepRole } from '../libs/domain/src';
import { graphql, Launcher } from './support/launcher';
import { grantRoles } from './support/members';
import { STEP_ARGS } from './support/step-args';

// The people matrix (issue 14, DOMAIN Part 2 P1): for every step, every person of the programme's
// own municipality, in each role, and a person of another municipality. The person who holds the
// step's role gets through to the programme's rules; everyone else of the same municipality is
// refused with FORBIDDEN and nothing is recorded; the other municipality's person sees NOT_FOUND.

const OWN = 'programme-GM0344-1'; // Utrecht
const GGD = {
  role: 'PARTNER_CONTACT' as const,
  organisation: 'GGD',
  domain: 'CARE' as const,
  level: 'PROFESSIONAL' as const,
};

const ARGS = STEP_ARGS;

/** The people of Utrecht's programme, each with the one role the matrix gives them. */
const PEOPLE: Record<Exclude<StepRole, 'KWARTIERMAKER'>, { sub: string; claims: Record<string, unknown> }> = {
  // Municipal staff: starts the programme, and so is its first project lead.
  PROJECT_LEAD: { sub: 'utrecht-projectleider', claims: { role: 'MUNICIPALITY', municipalities: ['GM0344'] } },
  ADMINISTRATIVE_LEAD: { sub: 'utrecht-wethouder', claims: {} },
  PARTNER_CONTACT: { sub: 'ggd-utrecht', claims: {} },
  PROGRAMME_MANAGER: { sub: 'utrecht-programmamanager', claims: {} },
  // Staff of the same municipality too: the token's municipality claim gives sight, not steps.
  OBSERVER: { sub: 'utrecht-meelezer', claims: { role: 'MUNICIPALITY', municipalities: ['GM0344'] } },
};
type Person = keyof typeof PEOPLE;
const PERSONS = Object.keys(PEOPLE) as Person[];

// Ending the programme goes last; the mentor pairing is national (the kwartiermaker's only).
const STEPS: CommandType[] = [...COMMAND_TYPES.filter((t) => t !== 'abortProgramme'), 'abortProgramme'];

let launcher: Launcher;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  launcher = await Launcher.onFreePorts();
  await launcher.start();
  for (const [person, { sub, claims }] of Object.entries(PEOPLE))
    tokens[person] = await launcher.token({ sub, ...claims });
  tokens.KWARTIERMAKER = await launcher.token({ sub: 'kwartiermaker', role: 'KWARTIERMAKER' });
  tokens.GRONINGEN = await launcher.token({
    sub: 'groningen-projectleider',
    role: 'MUNICIPALITY',
    municipalities: ['GM0014'],
  });
  for (const [code, token] of [
    ['GM0344', tokens.PROJECT_LEAD],
    ['GM0014', tokens.GRONINGEN],
  ] as const) {
    const res = await graphql(
      launcher.apiUrl,
      `mutation { startProgramme(municipalityCode: "${code}") { id } }`,
      undefined,
      {
        token,
      },
    );
    expect(res.errors).toBeUndefined();
  }
  const db = join(launcher.dataDir, 'olievlek.sqlite');
  await grantRoles(db, OWN, PEOPLE.ADMINISTRATIVE_LEAD.sub, ['ADMINISTRATIVE_LEAD']);
  await grantRoles(db, OWN, PEOPLE.PARTNER_CONTACT.sub, [GGD]);
  await grantRoles(db, OWN, PEOPLE.PROGRAMME_MANAGER.sub, ['PROGRAMME_MANAGER']);
  await grantRoles(db, OWN, PEOPLE.OBSERVER.sub, ['OBSERVER']);
}, 180_000);

afterAll(async () => {
  await launcher?.dispose();
});

type Answer = {
  errors?: Array<{ message: string; extensions?: { code?: string; rule?: string; details?: Record<string, unknown> } }>;
};
const call = (who: string, programmeId: string, step: CommandType, extra = ''): Promise<Answer> => {
  const args = [`programmeId: "${programmeId}"`, ARGS[step], extra].filter(Boolean).join(', ');
  return graphql(launcher.apiUrl, `mutation { ${step}(${args}) { id version } }`, undefined, { token: tokens[who] });
};
const code = (a: Answer) => a.errors?.[0]?.extensions?.code;

describe('P1: every step, every person of the municipality', () => {
  it.each(STEPS)(
    '%s: the role holder reaches the rules; every other role is FORBIDDEN and nothing is recorded',
    async (step) => {
      const allowed = STEP_ROLES[step];
      for (const person of PERSONS) {
        const before = launcher.workflowVersion(OWN);
        const answer = await call(person, OWN, step);
        if (allowed.includes(person) && step === 'confirmMemberCommitment' && person === 'ADMINISTRATIVE_LEAD') {
          // C2: the role is the alderman's, but a member municipality's commitment is confirmed by
          // that member's own alderman only; the lead's alderman is refused and nothing is recorded.
          expect(code(answer), `${person} ${step}: ${JSON.stringify(answer)}`).toBe('FORBIDDEN');
          expect(answer.errors![0]!.extensions!.rule).toBe('C2');
          expect(launcher.workflowVersion(OWN), `${person} ${step} recorded something`).toBe(before);
        } else if (allowed.includes(person)) {
          // Through: accepted, or refused by the programme's own rules (phase, R-rules, C1's one
          // running programme per municipality, input, an unknown escalation) — never FORBIDDEN,
          // never the programme's NOT_FOUND.
          expect(
            ['RULE_VIOLATION', 'VALIDATION_FAILED', 'NOT_FOUND', 'PROGRAMME_ALREADY_RUNNING', undefined],
            `${person} ${step}: ${JSON.stringify(answer)}`,
          ).toContain(code(answer));
          // (C1's refusal names the programme the municipality already takes part in, not this one.)
          if (code(answer) !== 'PROGRAMME_ALREADY_RUNNING')
            expect(answer.errors?.[0]?.extensions?.details?.programmeId, `${person} ${step}`).toBeUndefined();
        } else {
          expect(code(answer), `${person} ${step}: ${JSON.stringify(answer)}`).toBe('FORBIDDEN');
          expect(answer.errors![0]!.message).toMatch(/niets vastgelegd|projectleider|kwartiermaker/);
          expect(launcher.workflowVersion(OWN), `${person} ${step} recorded something`).toBe(before);
        }
      }
      const kwartiermaker = await call('KWARTIERMAKER', OWN, step);
      if (allowed.includes('KWARTIERMAKER')) expect(code(kwartiermaker)).not.toBe('FORBIDDEN');
      else expect(code(kwartiermaker), `KWARTIERMAKER ${step}`).toBe('FORBIDDEN');
    },
    120_000,
  );

  it.each(STEPS)(
    "%s: another municipality's person sees NOT_FOUND, exactly as for a missing programme",
    async (step) => {
      const before = launcher.workflowVersion(OWN);
      const answer = await call('GRONINGEN', OWN, step);
      const missing = await call('GRONINGEN', 'programme-GM0003-1', step);
      if (step === 'recordMentorPairing') {
        // National: refused alike for every programme, before any programme is looked at.
        expect(code(answer)).toBe('FORBIDDEN');
        expect(answer.errors![0]!.message).toBe(missing.errors![0]!.message);
      } else {
        expect(code(answer)).toBe('NOT_FOUND');
        expect(answer.errors![0]!.message.replace(OWN, 'X')).toBe(
          missing.errors![0]!.message.replace('programme-GM0003-1', 'X'),
        );
        expect(JSON.stringify(answer)).not.toMatch(/Utrecht/);
      }
      expect(launcher.workflowVersion(OWN)).toBe(before);
    },
  );
});

describe('P1 in particular', () => {
  it('a municipality can no longer act as alderman: actingAs chooses only among the roles a person holds', async () => {
    const answer = await call('PROJECT_LEAD', OWN, 'confirmCommitment', 'actingAs: ADMINISTRATIVE_LEAD');
    expect(code(answer)).toBe('FORBIDDEN');
    expect(answer.errors![0]!.extensions!.details).toMatchObject({ reason: 'ROLE_NOT_HELD', holds: ['PROJECT_LEAD'] });
  });

  it('R2.4: a partner contact confirms support only for their own organisation at their own level', async () => {
    const other = await graphql(
      launcher.apiUrl,
      `mutation { confirmSupport(programmeId: "${OWN}", input: { organisation: "Politie", level: PROFESSIONAL }) { id } }`,
      undefined,
      { token: tokens.PARTNER_CONTACT },
    );
    expect(code(other as Answer)).toBe('FORBIDDEN');
    expect((other as Answer).errors![0]!.extensions).toMatchObject({ rule: 'R2.4' });
    const level = await graphql(
      launcher.apiUrl,
      `mutation { confirmSupport(programmeId: "${OWN}", input: { organisation: "GGD", level: MANAGEMENT }) { id } }`,
      undefined,
      { token: tokens.PARTNER_CONTACT },
    );
    expect(code(level as Answer)).toBe('FORBIDDEN');
  });

  it('a programme manager records the alderman’s decision only explicitly "on behalf of" the designated alderman, and only the alderman’s decisions', async () => {
    const plain = await call('PROGRAMME_MANAGER', OWN, 'acknowledgeEscalation');
    expect(code(plain)).toBe('FORBIDDEN');
    // Reaches the rules (there is no escalation "x"), so the on-behalf actor was accepted.
    const onBehalf = await call(
      'PROGRAMME_MANAGER',
      OWN,
      'acknowledgeEscalation',
      'onBehalfOfAdministrativeLead: true',
    );
    expect(code(onBehalf)).toBe('RULE_VIOLATION');
    const pause = await call('PROGRAMME_MANAGER', OWN, 'pauseProgramme', 'onBehalfOfAdministrativeLead: true');
    expect(pause.errors![0]!.extensions!.details).toMatchObject({ reason: 'NOT_ON_BEHALF' });
  });

  it('the timeline names people from the directory, and shows who added whom', async () => {
    const res = await graphql<{
      programme: {
        timeline: Array<{
          event: string;
          summary: string;
          by: { role: string; memberId: string | null; name: string | null };
        }>;
      };
    }>(
      launcher.apiUrl,
      `{ programme(id: "${OWN}") { timeline { event summary by { role memberId name } } } }`,
      undefined,
      {
        token: tokens.OBSERVER,
      },
    );
    expect(res.errors).toBeUndefined();
    const timeline = res.data!.programme.timeline;
    const added = timeline.filter((e) => e.event === 'memberAdded');
    expect(added.map((e) => e.summary)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('utrecht-wethouder is lid als bestuurlijk trekker'),
        expect.stringContaining('ggd-utrecht is lid als contactpersoon van een partnerorganisatie (GGD)'),
      ]),
    );
    // Steps carry the member id; the name comes from the directory, not from history.
    const step = timeline.find((e) => e.event === 'changeSettings' && e.by.role === 'PROJECT_LEAD');
    expect(step?.by.memberId).toMatch(/^mbr_/);
    expect(step?.by.name).toBe('utrecht-projectleider');
  });
});

describe('P4: a person erased on request (AVG) is pseudonymised everywhere, without rewriting history', () => {
  it('only a kwartiermaker erases; the person then shows as a pseudonym and has no access left', async () => {
    type Members = { programme: { members: Array<{ memberId: string; name: string; role: string }> } };
    const before = await graphql<Members>(
      launcher.apiUrl,
      `{ programme(id: "${OWN}") { members { memberId name role } } }`,
      undefined,
      { token: tokens.PROJECT_LEAD },
    );
    const alderman = before.data!.programme.members.find((m) => m.role === 'ADMINISTRATIVE_LEAD')!;
    expect(alderman.name).toBe('utrecht-wethouder');
    const erase = `mutation { erasePerson(memberId: "${alderman.memberId}") }`;
    const byLead = await graphql(launcher.apiUrl, erase, undefined, { token: tokens.PROJECT_LEAD });
    expect(code(byLead as Answer)).toBe('FORBIDDEN');
    const byKwartiermaker = await graphql(launcher.apiUrl, erase, undefined, { token: tokens.KWARTIERMAKER });
    expect((byKwartiermaker as Answer).errors).toBeUndefined();

    const after = await graphql<Members & { programme: { timeline: Array<{ event: string; summary: string }> } }>(
      launcher.apiUrl,
      `{ programme(id: "${OWN}") { members { memberId name role } timeline { event summary } } }`,
      undefined,
      { token: tokens.PROJECT_LEAD },
    );
    expect(after.data!.programme.members.map((m) => m.memberId)).not.toContain(alderman.memberId);
    const shown = JSON.stringify(after.data);
    expect(shown).not.toContain('utrecht-wethouder');
    expect(after.data!.programme.timeline.map((e) => e.summary)).toContain(
      'Verwijderde persoon is lid als bestuurlijk trekker (wethouder).',
    );
    // Their sign-in no longer opens anything.
    const own = await graphql<{ programme: unknown }>(
      launcher.apiUrl,
      `{ programme(id: "${OWN}") { id } }`,
      undefined,
      {
        token: tokens.ADMINISTRATIVE_LEAD,
      },
    );
    expect(own.data?.programme).toBeNull();
    expect(code(await call('ADMINISTRATIVE_LEAD', OWN, 'confirmCommitment'))).toBe('NOT_FOUND');
  });
});

describe('P1: recorded on behalf of the alderman, end to end', () => {
  it('a programme manager confirms the commitment for the designated alderman; the timeline names both', async () => {
    const lead = await launcher.token({
      sub: 'rotterdam-projectleider',
      role: 'MUNICIPALITY',
      municipalities: ['GM0599'],
    });
    const manager = await launcher.token({ sub: 'rotterdam-programmamanager' });
    const ask = (token: string, query: string) =>
      graphql<Record<string, any>>(launcher.apiUrl, query, undefined, { token });
    const started = await ask(lead, 'mutation { startProgramme(municipalityCode: "GM0599") { id } }');
    const id = started.data!.startProgramme.id as string;
    const db = join(launcher.dataDir, 'olievlek.sqlite');
    await grantRoles(db, id, 'rotterdam-wethouder', ['ADMINISTRATIVE_LEAD']);
    await grantRoles(db, id, 'rotterdam-programmamanager', ['PROGRAMME_MANAGER']);
    for (const step of [
      'designateAdministrativeLead(programmeId: $id, input: {})',
      'commitPartner(programmeId: $id, input: { organisation: "GGD Rotterdam", domain: CARE })',
      'commitPartner(programmeId: $id, input: { organisation: "Stichting BOOR", domain: EDUCATION })',
      'commitPartner(programmeId: $id, input: { organisation: "Politie Rotterdam", domain: JUSTICE })',
      'appointProjectLead(programmeId: $id, input: { kind: INTERNAL })',
    ]) {
      const answer = await graphql(
        launcher.apiUrl,
        `mutation($id: ID!) { ${step} { version } }`,
        { id },
        { token: lead },
      );
      expect(answer.errors, step).toBeUndefined();
    }
    const confirmed = await ask(
      manager,
      `mutation { confirmCommitment(programmeId: "${id}", onBehalfOfAdministrativeLead: true) { phase timeline { event by { role name onBehalfOf { name } } } } }`,
    );
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmCommitment.phase).toBe('AGENDA');
    const entry = (confirmed.data!.confirmCommitment.timeline as Array<{ event: string; by: unknown }>).find(
      (e) => e.event === 'confirmCommitment',
    );
    expect(entry?.by).toEqual({
      role: 'ADMINISTRATIVE_LEAD',
      name: 'rotterdam-programmamanager',
      onBehalfOf: { name: 'rotterdam-wethouder' },
    });
  }, 60_000);
});
