import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, Launcher } from './support/launcher';
import { grantRoles } from './support/members';

// Regional collectives through the API (docs/rules.md C1–C4, issue 17.1): Amsterdam leads a
// collective with Amstelveen and Diemen. C1 is checked against the read model before anything
// starts or joins (stable code PROGRAMME_ALREADY_RUNNING with rule C1, nothing recorded); C2 only
// the member municipality's own alderman confirms for it, decided from memberships (P1).

const AMSTERDAM = 'programme-GM0363-1';
const AMSTELVEEN = 'GM0362';
const DIEMEN = 'GM0384';
const UTRECHT = 'GM0344';

let launcher: Launcher;
let db: string;
const tokens: Record<string, string> = {};

type Errors = Array<{
  message: string;
  extensions?: { code?: string; rule?: string; details?: Record<string, unknown> };
}>;
type Collective = {
  lead: { code: string; name: string };
  members: Array<{
    municipality: { code: string; name: string };
    joinedOn: string;
    confirmedOn: string | null;
    leftOn: string | null;
  }>;
} | null;

const COLLECTIVE = `collective { lead { code name } members { municipality { code name } joinedOn confirmedOn leftOn } }`;

async function ask<T>(token: string, query: string): Promise<{ data?: T; errors?: Errors }> {
  return (await graphql<T>(launcher.apiUrl, query, undefined, { token })) as { data?: T; errors?: Errors };
}

async function programmeOf(code: string): Promise<{ id: string; version: number; collective: Collective } | null> {
  const res = await ask<{ programme: { id: string; version: number; collective: Collective } | null }>(
    tokens.kwartiermaker!,
    `{ programme(municipalityCode: "${code}") { id version ${COLLECTIVE} } }`,
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.programme;
}

/** Waits until the read model holds the programme at this version (the API's C1 check reads it). */
async function projected(id: string, version: number): Promise<void> {
  const code = id.split('-')[1]!;
  await expect
    .poll(async () => (await programmeOf(code))?.version ?? 0, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(version);
}

const step = (token: string, name: string, code: string) =>
  ask<
    Record<
      string,
      {
        version: number;
        collective: Collective;
        checklist: Array<{ ruleId: string; municipalityCode: string | null; done: boolean }>;
      }
    >
  >(
    token,
    `mutation { ${name}(programmeId: "${AMSTERDAM}", input: { municipalityCode: "${code}" }) { version ${COLLECTIVE} checklist { ruleId municipalityCode done } } }`,
  );

beforeAll(async () => {
  launcher = await Launcher.onFreePorts();
  await launcher.start();
  db = join(launcher.dataDir, 'olievlek.sqlite');
  tokens.kwartiermaker = await launcher.token({ sub: 'kwartiermaker', role: 'KWARTIERMAKER' });
  tokens.amsterdam = await launcher.token({ sub: 'wethouder-amsterdam' });
  tokens.amstelveen = await launcher.token({ sub: 'wethouder-amstelveen' });
}, 180_000);

afterAll(async () => {
  await launcher?.dispose();
});

describe('C1 a collective starts with its members; a municipality takes part in one running programme', () => {
  it('starts Amsterdam as penvoerder with Amstelveen and Diemen, named in the collective', async () => {
    const res = await ask<{ startProgramme: { id: string; version: number; collective: Collective } }>(
      tokens.kwartiermaker!,
      `mutation { startProgramme(municipalityCode: "GM0363", members: ["${AMSTELVEEN}", "gm0384"]) { id version ${COLLECTIVE} } }`,
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const started = res.data!.startProgramme;
    expect(started.id).toBe(AMSTERDAM);
    expect(started.collective!.lead).toEqual({ code: 'GM0363', name: 'Amsterdam' });
    expect(started.collective!.members.map((m) => [m.municipality.name, m.confirmedOn, m.leftOn])).toEqual([
      ['Amstelveen', null, null],
      ['Diemen', null, null],
    ]);
    await projected(AMSTERDAM, started.version);
  });

  it('refuses a member starting its own programme, and a collective naming a member of another (C1), starting nothing', async () => {
    const own = await ask(
      tokens.kwartiermaker!,
      `mutation { startProgramme(municipalityCode: "${AMSTELVEEN}") { id } }`,
    );
    expect(own.errors?.[0]?.extensions).toMatchObject({
      code: 'PROGRAMME_ALREADY_RUNNING',
      rule: 'C1',
      details: { municipalityCode: AMSTELVEEN, programmeId: AMSTERDAM, role: 'MEMBER' },
    });
    expect(own.errors?.[0]?.message).toContain('Amstelveen doet al mee aan een lopend programma');
    const other = await ask(
      tokens.kwartiermaker!,
      `mutation { startProgramme(municipalityCode: "${UTRECHT}", members: ["${DIEMEN}"]) { id } }`,
    );
    expect(other.errors?.[0]?.extensions).toMatchObject({ rule: 'C1', details: { municipalityCode: DIEMEN } });
    const lead = await ask(
      tokens.kwartiermaker!,
      `mutation { startProgramme(municipalityCode: "${UTRECHT}", members: ["GM0363"]) { id } }`,
    );
    expect(lead.errors?.[0]?.extensions).toMatchObject({
      rule: 'C1',
      details: { municipalityCode: 'GM0363', role: 'LEAD' },
    });
    const itself = await ask(
      tokens.kwartiermaker!,
      `mutation { startProgramme(municipalityCode: "${UTRECHT}", members: ["${UTRECHT}"]) { id } }`,
    );
    expect(itself.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'C1' });
    expect(await programmeOf(AMSTELVEEN)).toBeNull();
    expect(await programmeOf(UTRECHT)).toBeNull();
  });

  it('refuses a municipality joining while it runs its own programme (C1), recording nothing', async () => {
    const utrecht = await ask<{ startProgramme: { id: string; version: number } }>(
      tokens.kwartiermaker!,
      `mutation { startProgramme(municipalityCode: "${UTRECHT}") { id version } }`,
    );
    expect(utrecht.errors).toBeUndefined();
    await projected(utrecht.data!.startProgramme.id, utrecht.data!.startProgramme.version);
    const before = (await programmeOf('GM0363'))!;
    const join = await step(tokens.kwartiermaker!, 'addCollectiveMember', UTRECHT);
    expect(join.errors?.[0]?.extensions).toMatchObject({
      code: 'PROGRAMME_ALREADY_RUNNING',
      rule: 'C1',
      details: { municipalityCode: UTRECHT, role: 'LEAD' },
    });
    expect((await programmeOf('GM0363'))!.version).toBe(before.version);
  });
});

describe('C2 only a member municipality’s own alderman confirms its commitment (P1)', () => {
  beforeAll(async () => {
    await grantRoles(db, AMSTERDAM, 'wethouder-amsterdam', ['ADMINISTRATIVE_LEAD']);
    await grantRoles(db, AMSTERDAM, 'wethouder-amstelveen', [
      { role: 'ADMINISTRATIVE_LEAD', municipalityCode: AMSTELVEEN },
    ]);
  });

  it('refuses Amsterdam’s alderman and Amstelveen’s alderman for Diemen, recording nothing', async () => {
    const before = (await programmeOf('GM0363'))!;
    const lead = await step(tokens.amsterdam!, 'confirmMemberCommitment', AMSTELVEEN);
    expect(lead.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'C2' });
    const other = await step(tokens.amstelveen!, 'confirmMemberCommitment', DIEMEN);
    expect(other.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'C2',
      details: { municipalityCode: DIEMEN },
    });
    expect(other.errors?.[0]?.message).toContain('Alleen de eigen wethouder');
    // A member's alderman takes none of the lead's steps.
    const theirs = await ask(tokens.amstelveen!, `mutation { confirmCommitment(programmeId: "${AMSTERDAM}") { id } }`);
    expect(theirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await programmeOf('GM0363'))!.version).toBe(before.version);
  });

  it('records Amstelveen’s own alderman’s confirmation; the checklist shows it per member', async () => {
    const res = await step(tokens.amstelveen!, 'confirmMemberCommitment', AMSTELVEEN);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const after = res.data!.confirmMemberCommitment!;
    expect(after.collective!.members.map((m) => [m.municipality.code, m.confirmedOn !== null])).toEqual([
      [AMSTELVEEN, true],
      [DIEMEN, false],
    ]);
    expect(after.checklist.filter((i) => i.ruleId === 'C2').map((i) => [i.municipalityCode, i.done])).toEqual([
      [AMSTELVEEN, true],
      [DIEMEN, false],
    ]);
  });
});

describe('C2 the project lead invites a member municipality’s own alderman (P2)', () => {
  const invite = (municipalityCode?: string) =>
    ask<{ inviteMember: { id: string } }>(
      tokens.kwartiermaker!,
      `mutation { inviteMember(programmeId: "${AMSTERDAM}", input: { name: "Wethouder", email: "wethouder-${municipalityCode ?? 'lead'}@example.org", role: ADMINISTRATIVE_LEAD${municipalityCode ? `, municipalityCode: "${municipalityCode}"` : ''} }) { id } }`,
    );

  it('invites Diemen’s alderman beside Amsterdam’s, refuses a municipality outside the collective and a second lead alderman', async () => {
    const outside = await invite(UTRECHT);
    expect(outside.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'municipalityCode' },
    });
    expect(outside.errors?.[0]?.message).toContain('doet niet (meer) mee aan het collectief');
    const diemen = await invite(DIEMEN);
    expect(diemen.errors, JSON.stringify(diemen.errors)).toBeUndefined();
    // Amsterdam already has its alderman: a second one for the lead is still refused.
    const second = await invite();
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'role' } });
  });
});

describe('C1/C4 a member leaves and may then run its own programme', () => {
  it('keeps Diemen in the collective with the day it left; Diemen can start its own programme', async () => {
    const res = await step(tokens.kwartiermaker!, 'removeCollectiveMember', DIEMEN);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const left = res.data!.removeCollectiveMember!;
    expect(left.collective!.members.find((m) => m.municipality.code === DIEMEN)?.leftOn).not.toBeNull();
    await projected(AMSTERDAM, left.version);
    const own = await ask<{ startProgramme: { id: string } }>(
      tokens.kwartiermaker!,
      `mutation { startProgramme(municipalityCode: "${DIEMEN}") { id } }`,
    );
    expect(own.errors, JSON.stringify(own.errors)).toBeUndefined();
    expect(own.data!.startProgramme.id).toBe(`programme-${DIEMEN}-1`);
  });
});
