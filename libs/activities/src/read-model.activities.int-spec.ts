import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import type { DataSource } from 'typeorm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../../test/support/postgres';
import { projectedStatesOf } from '../../../test/support/projected-states';
import type { ProgrammeState } from '../../domain/src';
import { migrate, openDataSource } from '../../persistence/src';
import {
  fingerprintOf,
  PROJECTION_BASE_MISSING,
  projectionInput,
  type ProjectedFingerprint,
  type ProjectionInput,
} from '../../contracts/src';
import { createReadModelActivities } from './read-model.activities';

// Issue 18.2: the projection activity fed deltas (what the workflow now sends) converges to the
// same read model as fed whole states (what histories from before send), on SQLite and
// PostgreSQL — with every delta retried, a stale one arriving late, and a read model that lost
// its base (an older backup restored) answered by PROJECTION_BASE_MISSING and the whole state.

const FULL_LIFECYCLE = join(__dirname, '../../../test/workflows/histories/programme-full-lifecycle-v2.json');
const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-projection-delta-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

const TABLES: Array<[string, string]> = [
  ['programme', 'id'],
  ['escalation_outbox', 'id'],
  ['programme_phase_stay', 'phase, entered_at'],
  ['indicator_report', 'period'],
  ['practice_adoption', 'action_id'],
  ['programme_municipality', 'entry'],
];

/** What a reader of the read model sees of the programme: its rows, its state parsed, not when they were written. */
async function readModelOf(dataSource: DataSource, programmeId: string): Promise<Record<string, unknown[]>> {
  const seen: Record<string, unknown[]> = {};
  const p = dataSource.options.type === 'postgres' ? '$1' : '?';
  for (const [table, order] of TABLES) {
    const key = table === 'programme' ? 'id' : 'programme_id';
    const rows = (await dataSource.query(`SELECT * FROM ${table} WHERE ${key} = ${p} ORDER BY ${order}`, [
      programmeId,
    ])) as Array<Record<string, unknown>>;
    seen[table] = rows.map(({ projected_at: _at, state, ...row }) =>
      state === undefined ? row : { ...row, state: JSON.parse(state as string) as unknown },
    );
  }
  return seen;
}

describe.each([
  { kind: 'SQLite', url: async () => join(sqliteDir, `delta-${Date.now()}.sqlite`) },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('issue 18.2: projection deltas on $kind', ({ url }) => {
  const states = projectedStatesOf(FULL_LIFECYCLE);
  const programmeId = states[0]!.programmeId;

  it('converge to the read model the whole states give, through retries, a late delta and a lost base', async () => {
    const whole = await openDataSource({ url: await url() });
    const compact = await openDataSource({ url: await url() });
    try {
      await migrate(whole);
      await migrate(compact);
      const viaWhole = createReadModelActivities({ dataSource: whole });
      const viaDelta = createReadModelActivities({ dataSource: compact });
      for (const s of states) await viaWhole.projectProgramme(s);

      let fingerprint: ProjectedFingerprint | undefined;
      const sent: ProjectionInput[] = [];
      let bytesWhole = 0;
      let bytesSent = 0;
      for (const [i, s] of states.entries()) {
        const next = projectionInput(fingerprint, s);
        if (i === 30) {
          // An older backup restored: the read model's version is no longer the delta's base.
          const p = compact.options.type === 'postgres' ? ['$1', '$2'] : ['?', '?'];
          await compact.query(`UPDATE programme SET version = 1, state = ${p[0]} WHERE id = ${p[1]}`, [
            JSON.stringify(states[0]),
            programmeId,
          ]);
          const refusal = await viaDelta.projectProgramme(next.input).catch((e: unknown) => e);
          expect(refusal).toBeInstanceOf(ApplicationFailure);
          expect((refusal as ApplicationFailure).type).toBe(PROJECTION_BASE_MISSING);
          expect((refusal as ApplicationFailure).nonRetryable).toBe(true);
          await viaDelta.projectProgramme(s);
        } else {
          await viaDelta.projectProgramme(next.input);
          // A retried attempt (the first one's result lost) changes nothing.
          await viaDelta.projectProgramme(next.input);
        }
        // A timed-out attempt of an earlier projection that arrives after this one.
        if (i > 2) await viaDelta.projectProgramme(sent[i - 2]!);
        sent.push(next.input);
        fingerprint = next.fingerprint;
        bytesWhole += JSON.stringify(s).length;
        bytesSent += JSON.stringify(next.input).length;
      }
      expect(sent.filter((input) => 'projection' in input).length).toBe(states.length - 1);
      expect(bytesSent / bytesWhole).toBeLessThan(0.25);
      const expected = await readModelOf(whole, programmeId);
      expect(expected.programme).toHaveLength(1);
      expect(expected.escalation_outbox!.length).toBeGreaterThan(3);
      expect(await readModelOf(compact, programmeId)).toEqual(expected);
      expect((expected.programme![0] as { state: ProgrammeState }).state).toEqual(states.at(-1));
    } finally {
      await whole.destroy();
      await compact.destroy();
    }
  });

  it('takes a delta on a carried (continued-as-new) state like any other base', async () => {
    const ds = await openDataSource({ url: await url() });
    try {
      await migrate(ds);
      const activities = createReadModelActivities({ dataSource: ds });
      const carried = states[20]!;
      await activities.projectProgramme(carried);
      const next = projectionInput(fingerprintOf(carried), states[21]!);
      await activities.projectProgramme(next.input);
      expect((await readModelOf(ds, programmeId)).programme![0]).toMatchObject({
        version: states[21]!.version,
        state: states[21],
      });
    } finally {
      await ds.destroy();
    }
  });
});
