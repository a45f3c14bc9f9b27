import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../../test/support/postgres';
import { decide, startProgramme, type Actor, type Command, type ProgrammeState } from '../../domain/src';
import { migrate, openDataSource, PeerComparisonReadModel, ProgrammeReadModel } from './index';

// Peer comparison (docs/rules.md "Peer comparison") read from the projected phase stays.
const LEAD: Actor = { role: 'PROJECT_LEAD' };
const ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD' };
const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2027-06-01T10:00:00.000Z');
const daysAgo = (days: number) => NOW - days * DAY_MS;

const start = (municipalityCode: string, at: number): ProgrammeState => {
  const out = startProgramme({ programmeId: `programme-${municipalityCode}-1`, municipalityCode, sequence: 1 }, at);
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
};
const run = (state: ProgrammeState, at: number, ...commands: Command[]): ProgrammeState =>
  commands.reduce((s, command) => {
    const out = decide(s, command, at);
    if (!out.ok) throw new Error(`${command.type}: ${out.error.message}`);
    return out.value;
  }, state);
const commit = (state: ProgrammeState, at: number): ProgrammeState =>
  run(
    state,
    at,
    { type: 'designateAdministrativeLead', actor: LEAD },
    { type: 'commitPartner', organisation: 'Veilig Thuis', domain: 'CARE', actor: LEAD },
    { type: 'commitPartner', organisation: 'Schoolbestuur', domain: 'EDUCATION', actor: LEAD },
    { type: 'commitPartner', organisation: 'Politie', domain: 'JUSTICE', actor: LEAD },
    { type: 'appointProjectLead', kind: 'INTERNAL', actor: LEAD },
    { type: 'confirmCommitment', actor: ALDERMAN },
  );

// Seven programmes left COMMITMENT after 10, 20, … 70 days (now in AGENDA, where no stay has completed).
const PEERS = ['GM0363', 'GM0599', 'GM0917', 'GM0202', 'GM0505', 'GM0080', 'GM0098'].map((code, i) =>
  commit(start(code, daysAgo(200)), daysAgo(200 - 10 * (i + 1))),
);
// Still in COMMITMENT: 100 days (slower than all 7), 65 days and paused (6 of 7 shorter: 85.7 %),
// exactly 40 days (3 shorter, 1 tie: 50 %), and an aborted one of 300 days (not running: not compared).
const SLOWEST = start('GM0344', daysAgo(100));
const PAUSED = run(start('GM0935', daysAgo(65)), daysAgo(10), {
  type: 'pauseProgramme',
  reason: 'Gemeenteraadsverkiezingen',
  actor: LEAD,
});
const TIED = start('GM0518', daysAgo(40));
const ABORTED = run(start('GM0772', daysAgo(300)), daysAgo(1), {
  type: 'abortProgramme',
  reason: 'Geen draagvlak',
  actor: ALDERMAN,
});

const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-peers-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

describe.each([
  { kind: 'SQLite', url: async () => join(sqliteDir, 'peers.sqlite') },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('peer comparison on $kind', ({ kind, url }) => {
  let dataSource: DataSource;
  let peers: PeerComparisonReadModel;

  beforeAll(async () => {
    dataSource = await openDataSource({ url: await url() });
    await migrate(dataSource);
    const programmes = new ProgrammeReadModel(dataSource);
    for (const state of [...PEERS, SLOWEST, PAUSED, TIED, ABORTED]) await programmes.upsert(state);
    peers = new PeerComparisonReadModel(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('lists running programmes slower than 80 % of the completed stays in their phase, slowest first', async () => {
    const page = await peers.slowerThanPeers(NOW, 10);
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => [r.programmeId, r.status, r.phase, r.comparison.percentile])).toEqual([
      ['programme-GM0344-1', 'ACTIVE', 'COMMITMENT', 100],
      ['programme-GM0935-1', 'PAUSED', 'COMMITMENT', 85.7],
    ]);
    expect(page.rows[0]).toMatchObject({
      municipalityCode: 'GM0344',
      phaseEnteredAt: new Date(daysAgo(100)).toISOString(),
      comparison: { daysInPhase: 100, completedStays: 7, slowerThanPeers: true },
    });
  });

  it('pages the list: total stays, the page moves on', async () => {
    const second = await peers.slowerThanPeers(NOW, 1, 1);
    expect(second.total).toBe(2);
    expect(second.rows.map((r) => r.programmeId)).toEqual(['programme-GM0935-1']);
    expect((await peers.slowerThanPeers(NOW, 5, 2)).rows).toEqual([]);
  });

  it('compares one programme with the same counts the list uses, a tie counting half', async () => {
    expect(await peers.compare('COMMITMENT', TIED.phaseEnteredAt, NOW)).toEqual({
      daysInPhase: 40,
      percentile: 50,
      slowerThanPeers: false,
      completedStays: 7,
    });
    expect(await peers.compare('COMMITMENT', SLOWEST.phaseEnteredAt, NOW)).toMatchObject({
      percentile: 100,
      slowerThanPeers: true,
    });
  });

  it('gives no percentile in a phase no stay has completed yet', async () => {
    expect(await peers.compare('AGENDA', PEERS[0]!.phaseEnteredAt, NOW)).toMatchObject({
      percentile: null,
      slowerThanPeers: false,
      completedStays: 0,
    });
  });

  it('the programme moving on takes it off the list, and its stay joins the peers', async () => {
    await new ProgrammeReadModel(dataSource).upsert(commit(SLOWEST, NOW - DAY_MS));
    const page = await peers.slowerThanPeers(NOW, 10);
    // 8 completed stays now (99 days the longest): the paused programme's 65 days beat 6 of them: 75 %.
    expect(page.rows).toEqual([]);
    expect(await peers.compare('COMMITMENT', PAUSED.phaseEnteredAt, NOW)).toMatchObject({
      percentile: 75,
      completedStays: 8,
    });
  });

  it.runIf(kind === 'SQLite')('reads the current stays off the partial index of migration 0016', async () => {
    const plan = (await dataSource.query(
      `EXPLAIN QUERY PLAN SELECT s.programme_id FROM programme_phase_stay s
        WHERE s.left_at IS NULL AND s.phase = 'COMMITMENT' AND s.entered_at <= '2027-01-01T00:00:00.000Z'`,
    )) as Array<{ detail: string }>;
    expect(plan.map((r) => r.detail).join(' ')).toContain('ix_programme_phase_stay_current (phase=? AND entered_at<?)');
  });
});
