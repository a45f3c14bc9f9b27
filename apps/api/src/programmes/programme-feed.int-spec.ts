import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HttpAdapterHost } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProgramme, decide, type ProgrammeState } from '../../../../libs/domain/src';
import { migrate, openDataSource, ProgrammeReadModel } from '../../../../libs/persistence/src';
import type { ApiConfig } from '../config';
import { FEED_LOOKBACK_MS, PROGRAMME_CHANGED, ProgrammeFeed } from './programme-feed.service';

// The subscription feed follows the read model by write time: a projection that commits after a
// newer one of another programme (two workers, a slow transaction) is still announced, once.

const dir = mkdtempSync(join(tmpdir(), 'olievlek-feed-'));
let dataSource: DataSource;
let readModel: ProgrammeReadModel;
const published: Array<{ topic: string; id: string; version: number }> = [];
let feed: ProgrammeFeed;

const pubsub = {
  publish: (
    { topic, payload }: { topic: string; payload: { programmeChanged?: { id: string; version: number } } },
    done: () => void,
  ) => {
    if (topic === PROGRAMME_CHANGED)
      published.push({ topic, id: payload.programmeChanged!.id, version: payload.programmeChanged!.version });
    done();
  },
};
const adapterHost = { httpAdapter: { getInstance: () => ({ graphql: { pubsub } }) } } as unknown as HttpAdapterHost;

const T0 = Date.parse('2026-11-23T10:00:00.000Z');
const started = (code: string): ProgrammeState => {
  const out = startProgramme({ programmeId: `programme-${code}-1`, municipalityCode: code, sequence: 1 }, T0);
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
};
const designated = (s: ProgrammeState, at: number): ProgrammeState => {
  const out = decide(s, { type: 'designateAdministrativeLead', actor: { role: 'PROJECT_LEAD' } }, at);
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
};
const setProjectedAt = (id: string, at: string) =>
  dataSource.query('UPDATE programme SET projected_at = ? WHERE id = ?', [at, id]);

beforeAll(async () => {
  dataSource = await openDataSource({ url: join(dir, 'feed.sqlite') });
  await migrate(dataSource);
  readModel = new ProgrammeReadModel(dataSource);
  await readModel.upsert(started('GM0363'));
  feed = new ProgrammeFeed(dataSource, adapterHost, { feedIntervalMs: 3_600_000 } as ApiConfig);
  await feed.poll(); // the baseline: what is there at start-up is no news
});
afterAll(async () => {
  await dataSource?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('programme feed (subscriptions)', () => {
  it('announces a change once, and nothing for what was there at start-up', async () => {
    await readModel.upsert(designated(started('GM0363'), T0 + 1000));
    await feed.poll();
    await feed.poll();
    expect(published).toEqual([{ topic: PROGRAMME_CHANGED, id: 'programme-GM0363-1', version: 2 }]);
  });

  it('announces a projection that committed after a newer write of another programme', async () => {
    published.length = 0;
    // Utrecht's change happened first (workflow time), but its projection commits last, with a
    // write time just before the newest one the feed has already seen.
    const utrecht = started('GM0344');
    await readModel.upsert(designated(started('GM0599'), T0 + 5000));
    await feed.poll();
    const [{ latest }] = (await dataSource.query('SELECT MAX(projected_at) AS latest FROM programme')) as Array<{
      latest: string;
    }>;
    await readModel.upsert(utrecht);
    await setProjectedAt(utrecht.programmeId, new Date(Date.parse(latest) - FEED_LOOKBACK_MS / 2).toISOString());
    await feed.poll();
    expect(published.map((p) => p.id)).toEqual(['programme-GM0599-1', 'programme-GM0344-1']);
  });
});
