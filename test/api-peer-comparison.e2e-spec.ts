import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../apps/seed/src/seed-demo';
import { graphql, Launcher } from './support/launcher';
import { launcherDatabase } from './support/scripted-roles';
import { launcherSecret, mintToken } from './support/tokens';

// docs/rules.md "Peer comparison" over HTTP against `npm start`'s launcher: programmes driven through
// the real workflows by the demo seed (with their past phase dates), the list and each programme's
// percentile checked against the read model's phase stays, counted here independently.

const PIONEERS = ['GM0363', 'GM0599', 'GM0917', 'GM0202', 'GM0505']; // every phase up to CONTINUATION completed
const LELYSTAD = 'GM0995'; // in COMMITMENT since October 2025: slower than all who left it (pioneers, Utrecht)
const GRONINGEN = 'GM0014'; // in COMMITMENT since September 2026
const UTRECHT = 'GM0344'; // in EXECUTION since 2023
const DAY_MS = 24 * 60 * 60 * 1000;

let launcher: Launcher;
let token: string;

beforeAll(async () => {
  launcher = await Launcher.onFreePorts();
  await launcher.start();
  token = await launcher.token();
  await seedDemo({
    graphqlUrl: `${launcher.apiUrl}/graphql`,
    token,
    municipalityTokens: { secret: launcherSecret(launcher.dataDir) },
    databaseUrl: launcherDatabase(launcher),
    only: [...PIONEERS, LELYSTAD, GRONINGEN, UTRECHT],
    log: () => {},
  });
}, 600_000);

afterAll(async () => {
  await launcher?.dispose();
});

interface Comparison {
  daysInPhase: number;
  percentile: number | null;
  slowerThanPeers: boolean;
  completedStays: number;
}
interface Entry {
  programme: { id: string; phase: string; status: string; municipality: { code: string; name: string } };
  peerComparison: Comparison;
}

const call = <T>(query: string, as = token) => graphql<T>(launcher.apiUrl, query, undefined, { token: as });
const ask = async <T>(query: string, as = token) => {
  const res = await call<T>(query, as);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
};
const LIST = (first: number, offset = 0) => `{ slowerThanPeers(first: ${first}, offset: ${offset}) { totalCount
  entries { programme { id phase status municipality { code name } } peerComparison { daysInPhase percentile slowerThanPeers completedStays } } } }`;

/** The expected comparison, counted here from the read model's stays at `nowMs` (ties half, > 80 with ≥ 5). */
function expected(nowMs: number) {
  const db = new Database(launcherDatabase(launcher), { readonly: true });
  try {
    const stays = db
      .prepare(
        `SELECT s.programme_id AS id, s.phase, s.entered_at AS enteredAt, s.left_at AS leftAt, p.status
           FROM programme_phase_stay s JOIN programme p ON p.id = s.programme_id`,
      )
      .all() as Array<{ id: string; phase: string; enteredAt: string; leftAt: string | null; status: string }>;
    const lengths = (phase: string) =>
      stays
        .filter((s) => s.phase === phase && s.leftAt)
        .map((s) => (Date.parse(s.leftAt!) - Date.parse(s.enteredAt)) / DAY_MS);
    return stays
      .filter((s) => !s.leftAt && s.phase !== 'CLOSED' && (s.status === 'ACTIVE' || s.status === 'PAUSED'))
      .map((s) => {
        const days = (nowMs - Date.parse(s.enteredAt)) / DAY_MS;
        const peers = lengths(s.phase);
        const shorter = peers.filter((d) => d < days).length + peers.filter((d) => d === days).length / 2;
        const percentile = peers.length ? Math.round((shorter / peers.length) * 1000) / 10 : null;
        return { id: s.id, days, completed: peers.length, percentile, flagged: peers.length >= 5 && percentile! > 80 };
      });
  } finally {
    db.close();
  }
}

describe('peer comparison over GraphQL (docs/rules.md "Peer comparison")', () => {
  it('lists the running programmes slower than 80 % of the completed stays in their phase, slowest first', async () => {
    const before = Date.now();
    const { slowerThanPeers: page } = await ask<{ slowerThanPeers: { totalCount: number; entries: Entry[] } }>(
      LIST(50),
    );
    const want = expected(before)
      .filter((e) => e.flagged)
      .sort((a, b) => b.percentile! - a.percentile! || b.days - a.days || (a.id < b.id ? -1 : 1));
    expect(page.totalCount).toBe(want.length);
    expect(page.entries.map((e) => e.programme.id)).toEqual(want.map((e) => e.id));
    expect(page.entries.map((e) => e.programme.id)).toContain(`programme-${LELYSTAD}-1`);
    for (const [i, entry] of page.entries.entries()) {
      expect(entry.peerComparison).toMatchObject({
        percentile: want[i]!.percentile,
        completedStays: want[i]!.completed,
        slowerThanPeers: true,
      });
      // A few milliseconds passed between the API's clock and ours.
      expect(entry.peerComparison.daysInPhase).toBeCloseTo(want[i]!.days, 3);
      expect(['ACTIVE', 'PAUSED']).toContain(entry.programme.status);
    }
    // Groningen is in COMMITMENT too, but for less long than most pioneers were: not on the list.
    expect(page.entries.map((e) => e.programme.municipality.code)).not.toContain(GRONINGEN);
  });

  it('pages the list', async () => {
    const all = (await ask<{ slowerThanPeers: { entries: Entry[] } }>(LIST(50))).slowerThanPeers.entries;
    const second = (await ask<{ slowerThanPeers: { totalCount: number; entries: Entry[] } }>(LIST(1, 1)))
      .slowerThanPeers;
    expect(second.totalCount).toBe(all.length);
    expect(second.entries.map((e) => e.programme.id)).toEqual(all.slice(1, 2).map((e) => e.programme.id));
  });

  it('each programme carries its own percentile; none for a phase no programme completed', async () => {
    const now = Date.now();
    const want = new Map(expected(now).map((e) => [e.id, e]));
    const { programme: groningen } = await ask<{ programme: { id: string; peerComparison: Comparison } }>(
      `{ programme(municipalityCode: "${GRONINGEN}") { id peerComparison { daysInPhase percentile slowerThanPeers completedStays } } }`,
    );
    const g = want.get(groningen.id)!;
    expect(groningen.peerComparison).toMatchObject({
      percentile: g.percentile,
      // The five pioneers and Utrecht (in EXECUTION) left COMMITMENT.
      completedStays: 6,
      slowerThanPeers: false,
    });
    // The pioneers are in CONTINUATION, which no programme has left: no peers.
    const { programme: amsterdam } = await ask<{ programme: { peerComparison: Comparison } }>(
      `{ programme(municipalityCode: "GM0363") { peerComparison { percentile slowerThanPeers completedStays } } }`,
    );
    expect(amsterdam.peerComparison).toEqual({ percentile: null, slowerThanPeers: false, completedStays: 0 });
  });

  it('only kwartiermakers see the list; a municipality sees its own programme’s percentile', async () => {
    const lelystad = await mintToken(launcherSecret(launcher.dataDir), {
      sub: 'gemeente-lelystad',
      role: 'MUNICIPALITY',
      municipalities: [LELYSTAD],
    });
    const refused = await call(LIST(10), lelystad);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain('Alleen kwartiermakers');
    expect(refused.errors?.[0]?.message).toContain('trager zijn dan 80 %');

    const own = await ask<{ programme: { peerComparison: Comparison } }>(
      `{ programme(municipalityCode: "${LELYSTAD}") { peerComparison { percentile slowerThanPeers completedStays } } }`,
      lelystad,
    );
    expect(own.programme.peerComparison).toEqual({ percentile: 100, slowerThanPeers: true, completedStays: 6 });
    // Another municipality's programme is not theirs to see, nor its percentile: as if it did not exist.
    const other = await call<{ programme: null }>(
      `{ programme(municipalityCode: "${GRONINGEN}") { peerComparison { percentile } } }`,
      lelystad,
    );
    expect(other.data?.programme ?? null).toBeNull();
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
