import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, Launcher } from './support/launcher';
import { grantRoles } from './support/members';

// Issue 15, the programme manager's portfolio: Query.programmes(filter: { myRole }) lists only the
// programmes in which the signed-in person holds that role (P1) — for PROGRAMME_MANAGER also those
// their sign-in assigns them — with the other filters, the sort and the pages as usual. Seeing a
// programme (another role, the municipality's staff, a kwartiermaker) does not put it in a portfolio.

const UTRECHT = 'programme-GM0344-1';
const GRONINGEN = 'programme-GM0014-1';
const AMSTERDAM = 'programme-GM0363-1';

let launcher: Launcher;
const tokens: Record<string, string> = {};

type Page = {
  programmes: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { id: string; municipality: { name: string } } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

async function list(token: string, args: string): Promise<Page['programmes']> {
  const res = await graphql<Page>(
    launcher.apiUrl,
    `{ programmes(${args}) { totalCount edges { cursor node { id municipality { name } } } pageInfo { hasNextPage endCursor } } }`,
    undefined,
    { token },
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.programmes;
}

const ids = (page: Page['programmes']) => page.edges.map((e) => e.node.id);

beforeAll(async () => {
  launcher = await Launcher.onFreePorts();
  await launcher.start();
  tokens.kwartiermaker = await launcher.token({ sub: 'kwartiermaker', role: 'KWARTIERMAKER' });
  // A person whose rights come only from the directory: manager of two programmes, alderman of a third.
  tokens.manager = await launcher.token({ sub: 'portefeuille-manager' });
  // A programme manager assigned by their sign-in (the demo's programmamanager), with no membership.
  tokens.assigned = await launcher.token({ sub: 'toegewezen', role: 'PROGRAMME_MANAGER', programmes: [AMSTERDAM] });
  for (const code of ['GM0344', 'GM0014', 'GM0363']) {
    const res = await graphql(
      launcher.apiUrl,
      `mutation { startProgramme(municipalityCode: "${code}") { id } }`,
      undefined,
      {
        token: tokens.kwartiermaker,
      },
    );
    expect(res.errors).toBeUndefined();
  }
  const db = join(launcher.dataDir, 'olievlek.sqlite');
  await grantRoles(db, UTRECHT, 'portefeuille-manager', ['PROGRAMME_MANAGER']);
  await grantRoles(db, GRONINGEN, 'portefeuille-manager', ['PROGRAMME_MANAGER']);
  await grantRoles(db, AMSTERDAM, 'portefeuille-manager', ['ADMINISTRATIVE_LEAD']);
  // Let the read model catch up with the three starts.
  for (let i = 0; (await list(tokens.kwartiermaker!, 'first: 10')).totalCount < 3; i++) {
    if (i > 60) throw new Error('the read model did not list the three programmes');
    await new Promise((r) => setTimeout(r, 500));
  }
}, 180_000);

afterAll(async () => {
  await launcher?.dispose();
});

describe('the programmes filter myRole (issue 15, P1)', () => {
  it('lists only the programmes where the person is programme manager, not every one they may see', async () => {
    const all = await list(tokens.manager!, 'first: 10');
    expect(ids(all).sort()).toEqual([AMSTERDAM, GRONINGEN, UTRECHT].sort());
    const portfolio = await list(tokens.manager!, 'first: 10, filter: { myRole: PROGRAMME_MANAGER }');
    expect(portfolio.totalCount).toBe(2);
    expect(ids(portfolio).sort()).toEqual([GRONINGEN, UTRECHT].sort());
    const aldermanOf = await list(tokens.manager!, 'first: 10, filter: { myRole: ADMINISTRATIVE_LEAD }');
    expect(ids(aldermanOf)).toEqual([AMSTERDAM]);
  });

  it('combines with the other filters, the sort and the pages', async () => {
    const groningen = await list(
      tokens.manager!,
      'first: 10, filter: { myRole: PROGRAMME_MANAGER, province: "Groningen" }',
    );
    expect(ids(groningen)).toEqual([GRONINGEN]);
    const byName = 'orderBy: { field: MUNICIPALITY_NAME, direction: ASC }, filter: { myRole: PROGRAMME_MANAGER }';
    const first = await list(tokens.manager!, `first: 1, ${byName}`);
    expect(first.edges.map((e) => e.node.municipality.name)).toEqual(['Groningen']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(2);
    const second = await list(tokens.manager!, `first: 1, after: "${first.pageInfo.endCursor}", ${byName}`);
    expect(second.edges.map((e) => e.node.municipality.name)).toEqual(['Utrecht']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const desc = await list(
      tokens.manager!,
      'first: 10, orderBy: { field: MUNICIPALITY_NAME, direction: DESC }, filter: { myRole: PROGRAMME_MANAGER }',
    );
    expect(desc.edges.map((e) => e.node.municipality.name)).toEqual(['Utrecht', 'Groningen']);
    const none = await list(tokens.manager!, 'first: 10, filter: { myRole: PROGRAMME_MANAGER, phases: [AGENDA] }');
    expect(none.totalCount).toBe(0);
  });

  it('counts the programmes a programme manager’s sign-in assigns, and nothing for a kwartiermaker who sees all', async () => {
    const assigned = await list(tokens.assigned!, 'first: 10, filter: { myRole: PROGRAMME_MANAGER }');
    expect(ids(assigned)).toEqual([AMSTERDAM]);
    const national = await list(tokens.kwartiermaker!, 'first: 10, filter: { myRole: PROGRAMME_MANAGER }');
    expect(national.totalCount).toBe(0);
    expect((await list(tokens.kwartiermaker!, 'first: 10')).totalCount).toBe(3);
  });

  it('refuses a role that does not exist, in Dutch', async () => {
    const res = await graphql(
      launcher.apiUrl,
      '{ programmes(filter: { myRole: WETHOUDER }) { totalCount } }',
      undefined,
      {
        token: tokens.manager!,
      },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});
