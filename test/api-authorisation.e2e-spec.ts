import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_TYPES } from '../libs/domain/src';
import { graphql, Launcher } from './support/launcher';
import { STEP_ARGS } from './support/step-args';
import { launcherSecret, mintToken } from './support/tokens';

// The authorisation matrix: every operation, for every role, against the caller's own programme
// and another tenant's. Another tenant's programme must be indistinguishable from a missing one
// (same code, no names), and must not change at all.

let launcher: Launcher;
const OWN = 'programme-GM0344-1'; // Utrecht
const OTHER = 'programme-GM0014-1'; // Groningen
const tokens: Record<string, string> = {};

const ARGS = STEP_ARGS;
// Steps that end a programme go last, so the others still reach a running one. Pairing a mentor
// is a national action: only kwartiermakers take it (tested below).
const STEPS = [
  ...COMMAND_TYPES.filter((t) => t !== 'abortProgramme' && t !== 'recordMentorPairing'),
  'abortProgramme' as const,
];

beforeAll(async () => {
  launcher = await Launcher.onFreePorts();
  await launcher.start();
  const secret = launcherSecret(launcher.dataDir);
  tokens.MUNICIPALITY = await mintToken(secret, {
    sub: 'gemeente-utrecht',
    role: 'MUNICIPALITY',
    municipalities: ['GM0344'],
  });
  tokens.PROGRAMME_MANAGER = await mintToken(secret, {
    sub: 'pm-utrecht',
    role: 'PROGRAMME_MANAGER',
    programmes: [OWN],
  });
  tokens.KWARTIERMAKER = await mintToken(secret, { sub: 'kwartiermaker', role: 'KWARTIERMAKER' });
  const groningen = await mintToken(secret, {
    sub: 'gemeente-groningen',
    role: 'MUNICIPALITY',
    municipalities: ['GM0014'],
  });
  for (const [code, t] of [
    ['GM0344', tokens.MUNICIPALITY],
    ['GM0014', groningen],
  ] as const) {
    const res = await graphql(
      launcher.apiUrl,
      `mutation { startProgramme(municipalityCode: "${code}") { id } }`,
      undefined,
      { token: t },
    );
    expect(res.errors).toBeUndefined();
  }
}, 120_000);

afterAll(async () => {
  await launcher?.dispose();
});

const call = (role: string, programmeId: string, step: string) => {
  const args = [`programmeId: "${programmeId}"`, ARGS[step as keyof typeof ARGS]].filter(Boolean).join(', ');
  return graphql(launcher.apiUrl, `mutation { ${step}(${args}) { id version } }`, undefined, { token: tokens[role] });
};
const crossedBoundary = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  res.errors?.[0]?.extensions?.code === 'NOT_FOUND' &&
  (res.errors[0].extensions?.details as { programmeId?: string } | undefined)?.programmeId !== undefined;

describe.each(['MUNICIPALITY', 'PROGRAMME_MANAGER'])('%s', (role) => {
  it("every step on another tenant's programme is NOT_FOUND, like a missing programme, and changes nothing", async () => {
    const before = launcher.workflowVersion(OTHER);
    for (const step of STEPS) {
      const res = await call(role, OTHER, step);
      const missing = await call(role, 'programme-GM0003-1', step);
      expect(crossedBoundary(res), `${role} ${step}`).toBe(true);
      expect(res.errors![0]!.message.replace(OTHER, 'X')).toBe(
        missing.errors![0]!.message.replace('programme-GM0003-1', 'X'),
      );
      expect(JSON.stringify(res)).not.toMatch(/Groningen/);
    }
    expect(launcher.workflowVersion(OTHER)).toBe(before);
  }, 60_000);

  it('every step on its own programme reaches the programme (accepted, or refused by a rule — never NOT_FOUND for the programme)', async () => {
    for (const step of STEPS.filter((s) => s !== 'abortProgramme')) {
      const res = await call(role, OWN, step);
      expect(crossedBoundary(res), `${role} ${step}: ${JSON.stringify(res.errors)}`).toBe(false);
      expect(['RULE_VIOLATION', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED', undefined]).toContain(
        res.errors?.[0]?.extensions?.code,
      );
    }
  }, 60_000);

  it('queries, lists, counts and starts never show another tenant', async () => {
    const t = { token: tokens[role] };
    const byId = await graphql<{ programme: unknown }>(
      launcher.apiUrl,
      `{ programme(id: "${OTHER}") { id } }`,
      undefined,
      t,
    );
    expect(byId.data?.programme).toBeNull();
    const list = await graphql<{ programmes: { totalCount: number; edges: { node: { id: string } }[] } }>(
      launcher.apiUrl,
      '{ programmes(first: 100) { totalCount edges { node { id } } } }',
      undefined,
      t,
    );
    expect(list.data?.programmes.edges.map((e) => e.node.id)).toEqual([OWN]);
    expect(list.data?.programmes.totalCount).toBe(1);
    const filtered = await graphql<{ programmes: { totalCount: number } }>(
      launcher.apiUrl,
      '{ programmes(first: 5, filter: { province: "Groningen" }) { totalCount } }',
      undefined,
      t,
    );
    expect(filtered.data?.programmes.totalCount).toBe(0);
    const start = await graphql(
      launcher.apiUrl,
      'mutation { startProgramme(municipalityCode: "GM0014") { id } }',
      undefined,
      t,
    );
    expect(start.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(start)).not.toMatch(/Groningen/);
  });
});

describe('national actions', () => {
  it.each(['MUNICIPALITY', 'PROGRAMME_MANAGER'])(
    '%s may not pair mentors or read the escalation queue: the same FORBIDDEN for its own, another and a missing programme',
    async (role) => {
      const before = launcher.workflowVersion(OTHER);
      const answers = await Promise.all(
        [OWN, OTHER, 'programme-GM0003-1'].map((id) => call(role, id, 'recordMentorPairing')),
      );
      for (const res of answers) expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(new Set(answers.map((r) => r.errors![0]!.message)).size).toBe(1);
      for (const query of [
        '{ escalationQueue { id } }',
        '{ stalledProgrammes { id } }',
        `{ mentorSuggestions(programmeId: "${OWN}") { name } }`,
      ]) {
        const res = await graphql(launcher.apiUrl, query, undefined, { token: tokens[role] });
        expect(res.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      }
      expect(launcher.workflowVersion(OTHER)).toBe(before);
    },
  );
});

describe('KWARTIERMAKER', () => {
  it('reaches every programme and sees them all', async () => {
    for (const programmeId of [OWN, OTHER]) {
      const res = await call('KWARTIERMAKER', programmeId, 'changeSettings');
      expect(res.errors).toBeUndefined();
    }
    const list = await graphql<{ programmes: { totalCount: number } }>(
      launcher.apiUrl,
      '{ programmes(first: 100) { totalCount } }',
      undefined,
      {
        token: tokens.KWARTIERMAKER,
      },
    );
    expect(list.data?.programmes.totalCount).toBe(2);
  });
});

describe('nationalOverview', () => {
  const OVERVIEW =
    '{ nationalOverview { total stalled byPhase { key count } byStatus { key count } byProvince { key count } startedPerQuarter { key count } openEscalationsByLevel { level count } riskFlags { flag count } } }';

  it('gives every role the same anonymous national figures, matching the read model', async () => {
    const answers = await Promise.all(
      ['MUNICIPALITY', 'PROGRAMME_MANAGER', 'KWARTIERMAKER'].map((role) =>
        graphql<{ nationalOverview: Record<string, unknown> }>(launcher.apiUrl, OVERVIEW, undefined, {
          token: tokens[role],
        }),
      ),
    );
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(answers[0]!.data).toEqual(answers[2]!.data);
    expect(answers[1]!.data).toEqual(answers[2]!.data);
    const overview = answers[2]!.data!.nationalOverview as {
      total: number;
      byProvince: { key: string; count: number }[];
      byPhase: { key: string; count: number }[];
    };
    // The read model, read directly.
    const db = new Database(join(launcher.dataDir, 'olievlek.sqlite'), { readonly: true });
    try {
      const rows = db
        .prepare(
          'SELECT p.phase AS phase, m.province AS province FROM programme p JOIN municipality m ON m.code = p.municipality_code',
        )
        .all() as { phase: string; province: string }[];
      expect(overview.total).toBe(rows.length);
      const count = (key: (r: { phase: string; province: string }) => string) =>
        [...rows.reduce((m, r) => m.set(key(r), (m.get(key(r)) ?? 0) + 1), new Map<string, number>())]
          .map(([k, n]) => ({ key: k, count: n }))
          .sort((a, b) => (a.key < b.key ? -1 : 1));
      expect(overview.byProvince).toEqual(count((r) => r.province));
      expect(overview.byPhase).toEqual(count((r) => r.phase));
    } finally {
      db.close();
    }
    expect(JSON.stringify(overview)).not.toMatch(/programme-GM/);
  });

  it('needs a token', async () => {
    const res = await graphql(launcher.apiUrl, OVERVIEW);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
