import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, Launcher } from './support/launcher';

// Stall settings within national bounds (docs/rules.md "Stalls and escalations"): over HTTP, a
// municipality may tighten its thresholds or move within the bounds; loosening beyond them is a
// kwartiermaker's step, refused as FORBIDDEN with nothing recorded in the programme.

let launcher: Launcher;
const OWN = 'programme-GM0344-1'; // Utrecht
let municipality: string;
let kwartiermaker: string;

const SETTINGS = 'settings { stallThresholdWeeks { COMMITMENT AGENDA } escalationIntervalWeeks calendarCutoff }';
const change = (token: string, input: string, headers?: Record<string, string>) =>
  graphql<{ changeSettings: { version: number; settings: Record<string, unknown> } }>(
    launcher.apiUrl,
    `mutation { changeSettings(programmeId: "${OWN}", input: ${input}) { version ${SETTINGS} } }`,
    undefined,
    { token, ...(headers ? { headers } : {}) },
  );
const settingsOf = async () =>
  (
    await graphql<{ programme: { version: number; settings: Record<string, unknown>; timeline: unknown[] } }>(
      launcher.apiUrl,
      `{ programme(id: "${OWN}") { version ${SETTINGS} timeline { event } } }`,
      undefined,
      { token: kwartiermaker },
    )
  ).data!.programme;

beforeAll(async () => {
  launcher = await Launcher.onFreePorts();
  await launcher.start();
  municipality = await launcher.token({ sub: 'gemeente-utrecht', role: 'MUNICIPALITY', municipalities: ['GM0344'] });
  kwartiermaker = await launcher.token();
  const res = await graphql(
    launcher.apiUrl,
    'mutation { startProgramme(municipalityCode: "GM0344") { id } }',
    {},
    {
      token: municipality,
    },
  );
  expect(res.errors).toBeUndefined();
}, 120_000);

afterAll(async () => {
  await launcher?.dispose();
});

describe('NOT_PERMITTED loosening stall settings beyond the national bounds', () => {
  it('a municipality tightens, and moves within the bounds', async () => {
    const tightened = await change(municipality, '{ stallThresholdWeeks: { COMMITMENT: 3 } }');
    expect(tightened.errors).toBeUndefined();
    expect(tightened.data!.changeSettings.settings).toMatchObject({ stallThresholdWeeks: { COMMITMENT: 3 } });
    const within = await change(municipality, '{ stallThresholdWeeks: { AGENDA: 16 }, escalationIntervalWeeks: 6 }');
    expect(within.errors).toBeUndefined();
    expect(within.data!.changeSettings.settings).toMatchObject({
      stallThresholdWeeks: { COMMITMENT: 3, AGENDA: 16 },
      escalationIntervalWeeks: 6,
    });
  });

  it('a municipality loosening beyond a bound is FORBIDDEN, in Dutch naming the bound, and nothing is recorded', async () => {
    const versionBefore = launcher.workflowVersion(OWN);
    // The read model catches up with the workflow first, so a later change would show.
    await expect.poll(async () => (await settingsOf()).version, { timeout: 20_000 }).toBe(versionBefore);
    const before = await settingsOf();
    const res = await change(municipality, '{ stallThresholdWeeks: { COMMITMENT: 104 } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toMatch(/ten hoogste 8 weken/);
    expect(res.data?.changeSettings ?? null).toBeNull();
    const english = await change(municipality, '{ escalationIntervalWeeks: 26 }', { 'accept-language': 'en' });
    expect(english.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(english.errors?.[0]?.message).not.toMatch(/weken/);
    const late = await change(municipality, '{ calendarCutoff: "06-30" }');
    expect(late.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(launcher.workflowVersion(OWN)).toBe(versionBefore);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await settingsOf()).toEqual(before);
  });

  it('a kwartiermaker loosens beyond the bounds', async () => {
    const res = await change(kwartiermaker, '{ stallThresholdWeeks: { COMMITMENT: 104 }, calendarCutoff: "06-30" }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.changeSettings.settings).toMatchObject({
      stallThresholdWeeks: { COMMITMENT: 104 },
      calendarCutoff: '06-30',
    });
  });
});
