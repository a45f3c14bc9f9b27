import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOfAmsterdamDay, WEEK_MS } from '../libs/domain/src';
import { graphql, Launcher } from './support/launcher';
import { grantRoles } from './support/members';

// R4.5 Borging that lasts over the API (docs/rules.md): recordEmbedding with the instrument's period,
// an instrument that ran out raising 'Opvolgend instrument vastleggen' at once (as far up the ladder
// as its dates say), the project lead's mutation recordSuccessorInstrument, and its refusals —
// RULE_VIOLATION R4.5, VALIDATION_FAILED, FORBIDDEN for another role — which record nothing.

const ID = 'programme-GM0307-1'; // Amersfoort
let launcher: Launcher;
const tokens: Record<string, string> = {};
type Answer<T = unknown> = {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; rule?: string; details?: { field?: string } } }>;
};
const ask = <T>(who: string, query: string) =>
  graphql<T>(launcher.apiUrl, query, undefined, { token: tokens[who] }) as Promise<Answer<T>>;
let lastVersion = 0;
async function step(who: string, mutation: string, args = ''): Promise<Answer> {
  const answer = await ask<Record<string, { version: number }>>(
    who,
    `mutation { ${mutation}(programmeId: "${ID}"${args ? `, ${args}` : ''}) { id version } }`,
  );
  const version = answer.data?.[mutation]?.version;
  if (version !== undefined) lastVersion = Math.max(lastVersion, version);
  return answer;
}
const ok = async (who: string, mutation: string, args = '') =>
  expect((await step(who, mutation, args)).errors).toBeUndefined();

type Programme = {
  version: number;
  phase: string;
  checklist: Array<{ ruleId: string; done: boolean; label: string }>;
  escalations: Array<{ level: number; ruleId: string | null; status: string; dueAt: string }>;
  timeline: Array<{ event: string }>;
  agenda: {
    actions: Array<{
      id: string;
      title: string;
      embedding: {
        instrumentName: string;
        period: { from: number; to: number | null } | null;
        ended: { at: string; by: string } | null;
        pastInstruments: Array<{ instrumentName: string; period: { from: number; to: number | null } | null }> | null;
      } | null;
    }>;
  };
};
const PROGRAMME = `{ programme(id: "${ID}") { version phase checklist { ruleId done label }
  escalations { level ruleId status dueAt } timeline { event }
  agenda { actions { id title embedding { instrumentName period { from to } ended { at by }
    pastInstruments { instrumentName period { from to } } } } } } }`;
const read = async () => (await ask<{ programme: Programme }>('lead', PROGRAMME)).data!.programme;
async function programme(): Promise<Programme> {
  await expect.poll(async () => (await read()).version, { timeout: 15_000 }).toBeGreaterThanOrEqual(lastVersion);
  return read();
}
let actionId = '';

beforeAll(async () => {
  launcher = await Launcher.onFreePorts();
  await launcher.start();
  tokens.lead = await launcher.token({
    sub: 'amersfoort-projectleider',
    role: 'MUNICIPALITY',
    municipalities: ['GM0307'],
  });
  tokens.alderman = await launcher.token({ sub: 'amersfoort-wethouder' });
  tokens.vtProfessional = await launcher.token({ sub: 'amersfoort-vt-professional' });
  tokens.vtManagement = await launcher.token({ sub: 'amersfoort-vt-manager' });
  const started = await ask('lead', `mutation { startProgramme(municipalityCode: "GM0307") { id } }`);
  expect(started.errors).toBeUndefined();
  const db = join(launcher.dataDir, 'olievlek.sqlite');
  await grantRoles(db, ID, 'amersfoort-wethouder', ['ADMINISTRATIVE_LEAD']);
  await grantRoles(db, ID, 'amersfoort-vt-professional', [
    { role: 'PARTNER_CONTACT', organisation: 'Veilig Thuis', domain: 'CARE', level: 'PROFESSIONAL' },
  ]);
  await grantRoles(db, ID, 'amersfoort-vt-manager', [
    { role: 'PARTNER_CONTACT', organisation: 'Veilig Thuis', domain: 'CARE', level: 'MANAGEMENT' },
  ]);
  await ok('lead', 'designateAdministrativeLead', 'input: { name: "Wethouder Jeugd" }');
  await ok('lead', 'commitPartner', 'input: { organisation: "Veilig Thuis", domain: CARE }');
  await ok('lead', 'commitPartner', 'input: { organisation: "Stichting Onderwijs", domain: EDUCATION }');
  await ok('lead', 'commitPartner', 'input: { organisation: "Politie", domain: JUSTICE }');
  await ok('lead', 'appointProjectLead', 'input: { kind: INTERNAL }');
  await ok('alderman', 'confirmCommitment');
  for (const [description, domain] of [
    ['Signalen worden niet gedeeld', 'CARE'],
    ['Leerkrachten herkennen signalen niet', 'EDUCATION'],
    ['Zorg en straf werken langs elkaar', 'JUSTICE'],
  ])
    await ok('lead', 'recordBottleneck', `input: { description: "${description}", domain: ${domain} }`);
  await ok('lead', 'selectTheme', 'input: { theme: COLLABORATION }');
  await ok(
    'lead',
    'addAction',
    'input: { title: "Zorg-straf-overleg", theme: COLLABORATION, ownerOrganisation: "Veilig Thuis" }',
  );
  await ok('vtProfessional', 'confirmSupport', 'input: { organisation: "Veilig Thuis", level: PROFESSIONAL }');
  await ok('vtManagement', 'confirmSupport', 'input: { organisation: "Veilig Thuis", level: MANAGEMENT }');
  await ok('alderman', 'adoptAgenda');
  // expect.poll is for tests only: wait for the read model here by hand.
  for (let i = 0; i < 150 && (await read()).version < lastVersion; i++) await new Promise((r) => setTimeout(r, 100));
  actionId = (await read()).agenda.actions[0]!.id;
  await ok('lead', 'updateActionStatus', `input: { actionId: "${actionId}", status: DONE }`);
  await ok('lead', 'completeExecution');
}, 240_000);

afterAll(async () => {
  await launcher?.dispose();
});

describe('R4.5 the instrument’s period and its successor, over the API', () => {
  it('VALIDATION_FAILED: a last year before the first, naming the field; nothing recorded', async () => {
    const before = (await programme()).version;
    const answer = await step(
      'lead',
      'recordEmbedding',
      `input: { actionId: "${actionId}", instrument: REGIONAL_APPROACH_PLAN, instrumentName: "Regioaanpak", takenOverBy: "Veilig Thuis", responsibleRole: "manager", period: { from: 2020, to: 2015 } }`,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect((await programme()).version).toBe(before);
  });

  it('R4.5: an embedding in an instrument that ran out (2015–2020) is flagged at once, levels 1–3 by its dates', async () => {
    await ok(
      'lead',
      'recordEmbedding',
      `input: { actionId: "${actionId}", instrument: REGIONAL_APPROACH_PLAN, instrumentName: "Regioaanpak Eemland 2015–2020", takenOverBy: "Veilig Thuis", responsibleRole: "manager", period: { from: 2015, to: 2020 } }`,
    );
    const p = await programme();
    const endsAt = startOfAmsterdamDay('2021-01-01');
    const embedding = p.agenda.actions[0]!.embedding!;
    expect(embedding.period).toEqual({ from: 2015, to: 2020 });
    expect(embedding.ended).toEqual({ at: new Date(endsAt).toISOString(), by: 'PERIOD' });
    const r45 = p.escalations.filter((e) => e.ruleId === 'R4.5');
    expect(r45.map((e) => [e.level, e.status, (Date.parse(e.dueAt) - endsAt) / WEEK_MS])).toEqual([
      [1, 'OPEN', 8],
      [2, 'OPEN', 12],
      [3, 'OPEN', 16],
    ]);
    expect(p.checklist.find((i) => i.ruleId === 'R4.5')).toMatchObject({ done: false });
    const tasks = await ask<{ me: { tasks: Array<{ labelKey: string; programme: { id: string } }> } }>(
      'lead',
      `{ me { tasks { labelKey programme { id } } } }`,
    );
    expect(
      tasks.data!.me.tasks.some((t) => t.labelKey === 'RECORD_SUCCESSOR_INSTRUMENT' && t.programme.id === ID),
    ).toBe(true);
  });

  it('refusals record nothing: another role FORBIDDEN, a successor that itself ran out RULE_VIOLATION R4.5', async () => {
    // The outbox's deliveries move the version on by themselves: what must not change is the embedding.
    const before = await programme();
    const forbidden = await step(
      'vtManagement',
      'recordSuccessorInstrument',
      `input: { actionId: "${actionId}", instrumentName: "Regioaanpak Eemland 2021–2028" }`,
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ranOut = await step(
      'lead',
      'recordSuccessorInstrument',
      `input: { actionId: "${actionId}", instrumentName: "Oud plan", period: { from: 2016, to: 2019 } }`,
    );
    expect(ranOut.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'R4.5' });
    const after = await programme();
    expect(after.agenda.actions[0]!.embedding).toEqual(before.agenda.actions[0]!.embedding);
    expect(after.timeline.filter((t) => t.event === 'recordSuccessorInstrument')).toEqual([]);
    expect(after.escalations.filter((e) => e.ruleId === 'R4.5').map((e) => e.status)).toEqual(['OPEN', 'OPEN', 'OPEN']);
  });

  it('recordSuccessorInstrument by the project lead resolves the step; the old instrument stays on record', async () => {
    await ok(
      'lead',
      'recordSuccessorInstrument',
      `input: { actionId: "${actionId}", instrumentName: "Regioaanpak Eemland 2021–2028", period: { from: 2021, to: 2028 } }`,
    );
    const p = await programme();
    const embedding = p.agenda.actions[0]!.embedding!;
    expect(embedding).toMatchObject({
      instrumentName: 'Regioaanpak Eemland 2021–2028',
      period: { from: 2021, to: 2028 },
      ended: null,
      pastInstruments: [{ instrumentName: 'Regioaanpak Eemland 2015–2020', period: { from: 2015, to: 2020 } }],
    });
    expect(p.escalations.filter((e) => e.ruleId === 'R4.5').map((e) => e.status)).toEqual([
      'RESOLVED',
      'RESOLVED',
      'RESOLVED',
    ]);
    expect(p.checklist.some((i) => i.ruleId === 'R4.5')).toBe(false);
  });
});
