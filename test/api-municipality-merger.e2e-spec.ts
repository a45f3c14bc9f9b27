import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMergers } from '../apps/api/src/reference/apply-mergers';
import { amsterdamDate } from '../libs/domain/src';
import { applyReferenceYear, openDataSource } from '../libs/persistence/src';
import { graphql, Launcher } from './support/launcher';
import { FIXTURE_YEAR_2099 } from './support/reference-year-fixture';
import { temporalDataConverter } from '../libs/platform/src';

// Herindeling end to end (issue 17.6): `npm start`'s product with the fixture merger loaded as this
// year's division (Ameland GM0060 + Schiermonnikoog GM0088 → Waddeneilanden-Oost GM9901, in effect
// since 1 January). A running programme moves to the successor by reference:apply-mergers' function;
// a new programme for a merged municipality is refused with a sentence naming the successor. The
// programme is a collective with Ameland as its member (C1): once the lead is under the successor,
// Ameland's own merger makes it leave the collective rather than take part twice.

let launcher: Launcher;
let dataSource: DataSource;
let connection: Connection;
let kwartiermaker: string;
const ID = 'programme-GM0088-1';

const ask = async <T>(token: string, query: string) => graphql<T>(launcher.apiUrl, query, undefined, { token });

beforeAll(async () => {
  launcher = await Launcher.onFreePorts();
  await launcher.start();
  kwartiermaker = await launcher.token();
  // Schiermonnikoog's programme runs before the year is loaded.
  const schiermonnikoog = await launcher.token({
    sub: 'gemeente-schiermonnikoog',
    role: 'MUNICIPALITY',
    municipalities: ['GM0088'],
  });
  // C1: with Ameland as the member of its collective, so that both partners of the merger take part.
  const started = await ask(
    schiermonnikoog,
    'mutation { startProgramme(municipalityCode: "GM0088", members: ["GM0060"]) { id } }',
  );
  expect(started.errors).toBeUndefined();

  dataSource = await openDataSource({ url: join(launcher.dataDir, 'olievlek.sqlite') });
  const q = dataSource.createQueryRunner();
  try {
    await q.startTransaction();
    await applyReferenceYear(q, { ...FIXTURE_YEAR_2099, year: Number(amsterdamDate(Date.now()).slice(0, 4)) });
    await q.commitTransaction();
  } finally {
    await q.release();
  }
  connection = await Connection.connect({ address: `127.0.0.1:${launcher.ports.temporal}` });
}, 180_000);

afterAll(async () => {
  await connection?.close();
  await dataSource?.destroy();
  await launcher?.dispose();
});

describe('herindeling through the API', () => {
  it('refuses a new programme for a merged municipality, naming its successor, and starts none', async () => {
    const ameland = await launcher.token({ sub: 'gemeente-ameland', role: 'MUNICIPALITY', municipalities: ['GM0060'] });
    const res = await ask(ameland, 'mutation { startProgramme(municipalityCode: "GM0060") { id } }');
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'VALIDATION_FAILED',
      details: { field: 'municipalityCode', municipalityCode: 'GM0060', successorCode: 'GM9901' },
    });
    expect(res.errors?.[0]?.message).toMatch(
      /^De gemeente Ameland bestaat sinds 1 januari \d{4} niet meer: zij is opgegaan in Waddeneilanden-Oost \(GM9901\)/,
    );
    const none = await ask<{ programme: unknown }>(kwartiermaker, '{ programme(id: "programme-GM0060-1") { id } }');
    expect(none.data?.programme ?? null).toBeNull();
  });

  it('moves the running programme to the successor: same id, successor shown, timeline line, once', async () => {
    const client = new Client({ connection, dataConverter: temporalDataConverter });
    // The lead first, then the member (C1).
    expect(await applyMergers(dataSource, client, Date.now())).toEqual([
      { programmeId: ID, formerCode: 'GM0088', successorCode: 'GM9901', result: 'MOVED' },
      { programmeId: ID, formerCode: 'GM0060', member: true, successorCode: 'GM9901', result: 'MOVED' },
    ]);
    const read = () =>
      ask<{
        programme: {
          id: string;
          municipality: { code: string; name: string };
          timeline: { event: string; summary: string; by: { role: string } }[];
          collective: { members: { municipality: { code: string }; leftOn: string | null }[] } | null;
        };
      }>(
        kwartiermaker,
        `{ programme(id: "${ID}") { id municipality { code name } timeline { event summary by { role } }
           collective { members { municipality { code } leftOn } } } }`,
      );
    await expect
      .poll(async () => (await read()).data?.programme.collective?.members.map((m) => m.leftOn !== null), {
        timeout: 15_000,
      })
      .toEqual([true]);
    const { data } = await read();
    expect(data?.programme).toMatchObject({ id: ID, municipality: { code: 'GM9901', name: 'Waddeneilanden-Oost' } });
    expect(data?.programme.timeline.filter((e) => e.event === 'municipalityMerged')).toEqual([
      {
        event: 'municipalityMerged',
        by: { role: 'SYSTEM' },
        summary: expect.stringMatching(
          /^Gemeente Schiermonnikoog is per 1 januari \d{4} opgegaan in Waddeneilanden-Oost\.$/,
        ),
      },
      {
        event: 'municipalityMerged',
        by: { role: 'SYSTEM' },
        summary: expect.stringMatching(/^Gemeente Ameland is per 1 januari \d{4} opgegaan in Waddeneilanden-Oost\.$/),
      },
    ]);
    // Ameland left the collective: the successor takes part once, as the lead (C1).
    expect(data?.programme.collective?.members).toEqual([
      { municipality: { code: 'GM0060' }, leftOn: expect.any(String) },
    ]);
    // The national list shows it under the successor.
    const list = await ask<{ programmes: { edges: { node: { id: string } }[] } }>(
      kwartiermaker,
      '{ programmes(first: 5, filter: { municipalityCode: "GM9901", latestPerMunicipality: true }) { edges { node { id } } } }',
    );
    expect(list.data?.programmes.edges.map((e) => e.node.id)).toEqual([ID]);
    // Running it again has nothing to do.
    expect(await applyMergers(dataSource, client, Date.now())).toEqual([]);
  });
});
