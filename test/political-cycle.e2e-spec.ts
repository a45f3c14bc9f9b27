import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECOMMITMENT_WEEKS, WEEK_MS } from '../libs/domain/src';
import { graphql, Launcher } from './support/launcher';
import { grantRoles } from './support/members';

// R1.6 the political cycle over the API (P1): past COMMITMENT the project lead records a new
// alderman (the designation is bound to the member holding ADMINISTRATIVE_LEAD then); the programme
// shows RECOMMITMENT_DUE with its deadline; only that new alderman re-confirms (or a programme
// manager on their behalf); everyone else is refused and nothing is recorded.

const ID = 'programme-GM0193-1'; // Zwolle
let launcher: Launcher;
const tokens: Record<string, string> = {};
type Answer<T = unknown> = {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; rule?: string } }>;
};
const ask = <T>(who: string, query: string) =>
  graphql<T>(launcher.apiUrl, query, undefined, { token: tokens[who] }) as Promise<Answer<T>>;
async function step(who: string, mutation: string, args = ''): Promise<Answer> {
  const answer = await ask<Record<string, { version: number }>>(
    who,
    `mutation { ${mutation}(programmeId: "${ID}"${args ? `, ${args}` : ''}) { id version } }`,
  );
  const version = answer.data?.[mutation]?.version;
  if (version !== undefined) lastVersion = Math.max(lastVersion, version);
  return answer;
}
const code = (a: Answer) => a.errors?.[0]?.extensions?.code;

type Programme = {
  version: number;
  phase: string;
  riskFlags: string[];
  commitment: {
    administrativeLead: { designatedAt: string } | null;
    recommitment: { reason: string; since: string; electionDay: string | null; dueAt: string } | null;
    reconfirmedAt: string | null;
  };
  members: Array<{ membershipId: string; memberId: string; name: string; role: string }>;
  timeline: Array<{ event: string; summary: string; by: { role: string; memberId: string | null } }>;
};
const PROGRAMME = `{ programme(id: "${ID}") { version phase riskFlags
  commitment { administrativeLead { designatedAt } recommitment { reason since electionDay dueAt } reconfirmedAt }
  members { membershipId memberId name role } timeline { event summary by { role memberId } } } }`;
const read = async () => (await ask<{ programme: Programme }>('lead', PROGRAMME)).data!.programme;
/** The programme once the read model has caught up with the last accepted step. */
let lastVersion = 0;
async function programme(): Promise<Programme> {
  await expect.poll(async () => (await read()).version, { timeout: 15_000 }).toBeGreaterThanOrEqual(lastVersion);
  return read();
}

beforeAll(async () => {
  launcher = await Launcher.onFreePorts();
  await launcher.start();
  tokens.lead = await launcher.token({ sub: 'zwolle-projectleider', role: 'MUNICIPALITY', municipalities: ['GM0193'] });
  tokens.oldAlderman = await launcher.token({ sub: 'zwolle-wethouder-oud' });
  tokens.newAlderman = await launcher.token({ sub: 'zwolle-wethouder-nieuw' });
  tokens.manager = await launcher.token({ sub: 'zwolle-programmamanager' });
  const started = await ask('lead', `mutation { startProgramme(municipalityCode: "GM0193") { id } }`);
  expect(started.errors).toBeUndefined();
  const db = join(launcher.dataDir, 'olievlek.sqlite');
  await grantRoles(db, ID, 'zwolle-wethouder-oud', ['ADMINISTRATIVE_LEAD']);
  await grantRoles(db, ID, 'zwolle-programmamanager', ['PROGRAMME_MANAGER']);
  for (const [mutation, args] of [
    ['designateAdministrativeLead', 'input: { name: "Oude Wethouder" }'],
    ['commitPartner', 'input: { organisation: "Veilig Thuis IJsselland", domain: CARE }'],
    ['commitPartner', 'input: { organisation: "Stichting Openbaar Onderwijs", domain: EDUCATION }'],
    ['commitPartner', 'input: { organisation: "Politie Oost-Nederland", domain: JUSTICE }'],
    ['appointProjectLead', 'input: { kind: INTERNAL }'],
  ] as const)
    expect((await step('lead', mutation, args)).errors).toBeUndefined();
  expect((await step('oldAlderman', 'confirmCommitment')).errors).toBeUndefined();
}, 180_000);

afterAll(async () => {
  await launcher?.dispose();
});

describe('R1.6 a new alderman after the elections, over the API', () => {
  it('R1.6: in AGENDA nothing is due and re-confirming is refused with R1.6, recording nothing', async () => {
    const before = await programme();
    expect(before.phase).toBe('AGENDA');
    expect(before.riskFlags).not.toContain('RECOMMITMENT_DUE');
    const answer = await step('oldAlderman', 'reconfirmCommitment');
    expect(code(answer)).toBe('RULE_VIOLATION');
    expect(answer.errors![0]!.extensions!.rule).toBe('R1.6');
    expect((await programme()).version).toBe(before.version);
  });

  it('R1.6 / P1: the old alderman leaves, the new one joins and is designated; the phase stays, RECOMMITMENT_DUE with 12 weeks', async () => {
    const old = (await programme()).members.find((m) => m.role === 'ADMINISTRATIVE_LEAD')!;
    const removed = await ask(
      'lead',
      `mutation { removeMember(programmeId: "${ID}", membershipId: "${old.membershipId}") }`,
    );
    expect(removed.errors).toBeUndefined();
    await grantRoles(join(launcher.dataDir, 'olievlek.sqlite'), ID, 'zwolle-wethouder-nieuw', ['ADMINISTRATIVE_LEAD']);
    // The request cannot name the member: the input has no such field.
    const smuggled = await step('lead', 'designateAdministrativeLead', 'input: { memberId: "mbr_x" }');
    expect(code(smuggled)).toBe('VALIDATION_FAILED');
    expect(
      (await step('lead', 'designateAdministrativeLead', 'input: { name: "Nieuwe Wethouder" }')).errors,
    ).toBeUndefined();
    const after = await programme();
    expect(after.phase).toBe('AGENDA');
    expect(after.riskFlags).toContain('RECOMMITMENT_DUE');
    const open = after.commitment.recommitment!;
    expect(open.reason).toBe('NEW_LEAD');
    expect(Date.parse(open.dueAt) - Date.parse(open.since)).toBe(RECOMMITMENT_WEEKS * WEEK_MS);
    expect(after.timeline.at(-1)).toMatchObject({ event: 'designateAdministrativeLead', by: { role: 'PROJECT_LEAD' } });
    // Mijn taken of the new alderman: "Commitment opnieuw bevestigen".
    const tasks = await ask<{ me: { tasks: Array<{ labelKey: string; label: string; programme: { id: string } }> } }>(
      'newAlderman',
      `{ me { tasks { labelKey label programme { id } } } }`,
    );
    expect(tasks.data!.me.tasks.filter((t) => t.labelKey === 'RECONFIRM_COMMITMENT')).toEqual([
      { labelKey: 'RECONFIRM_COMMITMENT', label: 'Commitment opnieuw bevestigen', programme: { id: ID } },
    ]);
  });

  it('R1.6 / P1: only the new alderman re-confirms; the old one, the project lead and the manager without "namens" are refused', async () => {
    const before = (await programme()).version;
    expect(code(await step('oldAlderman', 'reconfirmCommitment'))).toBe('NOT_FOUND');
    expect(code(await step('lead', 'reconfirmCommitment'))).toBe('FORBIDDEN');
    expect(code(await step('manager', 'reconfirmCommitment'))).toBe('FORBIDDEN');
    expect((await programme()).version).toBe(before);

    const done = await step('newAlderman', 'reconfirmCommitment');
    expect(done.errors).toBeUndefined();
    const after = await programme();
    expect(after.riskFlags).not.toContain('RECOMMITMENT_DUE');
    expect(after.commitment.recommitment).toBeNull();
    expect(after.commitment.reconfirmedAt).not.toBeNull();
    expect(after.phase).toBe('AGENDA');
    const newMember = after.members.find((m) => m.role === 'ADMINISTRATIVE_LEAD')!;
    expect(after.timeline.at(-1)).toMatchObject({
      event: 'reconfirmCommitment',
      summary: 'Commitment opnieuw bevestigd door de bestuurlijk trekker (R1.6).',
      by: { role: 'ADMINISTRATIVE_LEAD', memberId: newMember.memberId },
    });
  });
});
