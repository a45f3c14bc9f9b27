import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../../test/support/postgres';
import { decide, startProgramme, type Actor, type Command, type ProgrammeState } from '../../domain/src';
import { migrate, NationalOverviewReadModel, openDataSource, ProgrammeReadModel } from './index';

// Regional collectives in the read model (docs/rules.md C1, C4; migration 0015): programme_municipality
// as the projection writes it, the C1 lookup the API makes, and the national figures in municipalities.

const LEAD: Actor = { role: 'PROJECT_LEAD' };
const ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD' };

function start(code: string, at: string, members: string[] = [], startedOn?: string): ProgrammeState {
  const out = startProgramme(
    {
      programmeId: `programme-${code}-1`,
      municipalityCode: code,
      sequence: 1,
      members,
      ...(startedOn ? { startedOn } : {}),
    },
    Date.parse(at),
  );
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
}
const run = (state: ProgrammeState, at: string, ...commands: Command[]): ProgrammeState =>
  commands.reduce((s, c) => {
    const out = decide(s, c, Date.parse(at));
    if (!out.ok) throw new Error(`${c.type}: ${out.error.message}`);
    return out.value;
  }, state);

// Amsterdam since 2015 with five members (one of them, Uithoorn, left in 2026; Aalsmeer joined in 2026);
// Leeuwarden with Weststellingwerf; Utrecht alone; Diemen's own earlier programme, aborted.
function states(): ProgrammeState[] {
  let amsterdam = start('GM0363', '2026-11-02T09:00:00Z', ['GM0362', 'GM0384', 'GM0437', 'GM0451'], '2015-03-01');
  amsterdam = run(
    amsterdam,
    '2026-11-03T09:00:00Z',
    { type: 'addCollectiveMember', municipalityCode: 'GM0358', actor: LEAD },
    { type: 'confirmMemberCommitment', municipalityCode: 'GM0362', actor: ALDERMAN },
    { type: 'removeCollectiveMember', municipalityCode: 'GM0451', actor: LEAD },
  );
  const leeuwarden = start('GM0080', '2026-11-02T09:00:00Z', ['GM0098'], '2016-01-15');
  const utrecht = start('GM0344', '2026-05-10T09:00:00Z');
  return [amsterdam, leeuwarden, utrecht];
}

const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-collectives-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

describe.each([
  { kind: 'SQLite', url: async () => join(sqliteDir, 'collectives.sqlite') },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('collectives in the read model on $kind (C1, C4)', ({ url }) => {
  let dataSource: DataSource;
  let readModel: ProgrammeReadModel;
  let national: NationalOverviewReadModel;
  const seeded = states();

  beforeAll(async () => {
    dataSource = await openDataSource({ url: await url() });
    await migrate(dataSource);
    readModel = new ProgrammeReadModel(dataSource);
    national = new NationalOverviewReadModel(dataSource);
    for (const s of seeded) await readModel.upsert(s);
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('projects the lead and every member entry, the one that left with its day', async () => {
    const rows = await readModel.municipalitiesOf('programme-GM0363-1');
    expect(rows.map((r) => [r.municipalityCode, r.role, r.leftOn !== null, r.confirmedOn !== null])).toEqual([
      ['GM0363', 'LEAD', false, false],
      ['GM0362', 'MEMBER', false, true],
      ['GM0384', 'MEMBER', false, false],
      ['GM0437', 'MEMBER', false, false],
      ['GM0451', 'MEMBER', true, false],
      ['GM0358', 'MEMBER', false, false],
    ]);
    expect(rows[0]!.joinedOn).toBe('2015-02-28T23:00:00.000Z');
  });

  it('C1: finds which running programme a municipality takes part in, as lead or member; not one that left', async () => {
    const found = await readModel.takingPart(['GM0363', 'GM0098', 'GM0451', 'GM0344', 'GM0014']);
    expect(found.map((r) => [r.municipalityCode, r.programmeId, r.role])).toEqual([
      ['GM0098', 'programme-GM0080-1', 'MEMBER'],
      ['GM0344', 'programme-GM0344-1', 'LEAD'],
      ['GM0363', 'programme-GM0363-1', 'LEAD'],
    ]);
    // An ended programme holds nobody.
    const aborted = run(seeded[2]!, '2026-11-04T09:00:00Z', {
      type: 'abortProgramme',
      reason: 'fusie',
      actor: ALDERMAN,
    });
    await readModel.upsert(aborted);
    expect(await readModel.takingPart(['GM0344'])).toEqual([]);
  });

  it('C4: counts municipalities reached (leads and members that have not left) and the curve in municipalities', async () => {
    const overview = await national.overview();
    expect(overview.total).toBe(3);
    // Amsterdam + 4 members still in (Uithoorn left), Leeuwarden + Weststellingwerf, Utrecht (ended, still reached).
    expect(overview.municipalitiesReached).toBe(8);
    expect(overview.municipalitiesPerQuarter).toEqual([
      { key: '2015-Q1', count: 4 },
      { key: '2016-Q1', count: 2 },
      { key: '2026-Q2', count: 1 },
      { key: '2026-Q4', count: 1 },
    ]);
    expect(overview.startedPerQuarter.reduce((n, q) => n + q.count, 0)).toBe(3);
  });

  it('a member that leaves no longer counts after the next projection', async () => {
    const [amsterdam] = seeded;
    const without = run(amsterdam!, '2026-11-05T09:00:00Z', {
      type: 'removeCollectiveMember',
      municipalityCode: 'GM0358',
      actor: LEAD,
    });
    await readModel.upsert(without);
    const overview = await national.overview();
    expect(overview.municipalitiesReached).toBe(7);
    expect(overview.municipalitiesPerQuarter).not.toContainEqual({ key: '2026-Q4', count: 1 });
  });
});
