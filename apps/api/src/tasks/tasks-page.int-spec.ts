import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { advanceTime, decide, startProgramme, type Command, type ProgrammeState } from '../../../../libs/domain/src';
import { migrate, openDataSource, ProgrammeReadModel } from '../../../../libs/persistence/src';
import { createDatabase } from '../../../../test/support/postgres';
import { municipalityCodes } from '../../../../test/support/municipality-codes';
import type { Principal } from '../auth';
import { TasksService } from './tasks.service';

// Issue 18.3: a page of a kwartiermaker's "Mijn taken" (`first`) reads only the page's programmes,
// and holds exactly the first tasks of the whole list, in its order, on SQLite and PostgreSQL.
const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2027-03-01T09:00:00.000Z');
const KWARTIERMAKER: Principal = {
  subject: 'kwartiermaker',
  role: 'KWARTIERMAKER',
  municipalities: [],
  programmes: [],
};
const CODES = municipalityCodes(60);

const LEAD = { role: 'PROJECT_LEAD' } as const;
const COMMIT: Command[] = [
  { type: 'designateAdministrativeLead', actor: LEAD },
  { type: 'commitPartner', organisation: 'Veilig Thuis', domain: 'CARE', actor: LEAD },
  { type: 'commitPartner', organisation: 'Schoolbestuur', domain: 'EDUCATION', actor: LEAD },
  { type: 'commitPartner', organisation: 'Politie', domain: 'JUSTICE', actor: LEAD },
  { type: 'appointProjectLead', kind: 'INTERNAL', actor: LEAD },
  { type: 'confirmCommitment', actor: { role: 'ADMINISTRATIVE_LEAD' } },
];

const start = (code: string, at: number): ProgrammeState => {
  const out = startProgramme({ programmeId: `programme-${code}-1`, municipalityCode: code, sequence: 1 }, at);
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
};

// 30 programmes left in COMMITMENT for 150 days (the ladder reaches level 3, P3), a day apart, so
// their level-3 deadlines differ; two of them paused after it (still running), one whose level-3
// escalation a kwartiermaker extended (acknowledged: no task of its own), one aborted (no tasks);
// and 30 in AGENDA that started earlier, so the 25 longest waiting for a mentor are theirs.
function programmes(): ProgrammeState[] {
  const out: ProgrammeState[] = [];
  CODES.slice(0, 30).forEach((code, i) => {
    let s = advanceTime(start(code, NOW - (150 + i) * DAY_MS), NOW);
    const level3 = s.escalations.find((e) => e.level === 3 && e.status === 'OPEN');
    if (!level3) throw new Error(`${code}: no level-3 escalation`);
    const step = (command: Command) => {
      const next = decide(s, command, NOW - DAY_MS);
      if (!next.ok) throw new Error(`${command.type}: ${next.error.message}`);
      s = next.value;
    };
    if (i === 3 || i === 11) step({ type: 'pauseProgramme', reason: 'Verkiezingen', actor: { role: 'PROJECT_LEAD' } });
    if (i === 7)
      step({
        type: 'acknowledgeEscalation',
        escalationId: level3.id,
        decision: 'EXTEND',
        weeks: 8,
        note: 'Nieuwe wethouder',
        actor: { role: 'KWARTIERMAKER' },
      });
    if (i === 19) step({ type: 'abortProgramme', reason: 'Geen draagvlak', actor: { role: 'ADMINISTRATIVE_LEAD' } });
    out.push(s);
  });
  // Started longer ago but committed only now (no escalation): the 25 longest waiting for a mentor.
  CODES.slice(30).forEach((code, i) => {
    let s = start(code, NOW - (400 - i) * DAY_MS);
    for (const command of COMMIT) {
      const next = decide(s, command, NOW - 5 * DAY_MS);
      if (!next.ok) throw new Error(`${command.type}: ${next.error.message}`);
      s = next.value;
    }
    out.push(s);
  });
  return out;
}

const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-tasks-page-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

const shape = (records: Awaited<ReturnType<TasksService['tasks']>>) =>
  records.map((r) => `${r.task.programmeId} ${r.task.step} ${r.task.escalationId ?? ''} ${r.task.dueAt ?? ''}`);

describe.each([
  { kind: 'SQLite', url: async () => join(sqliteDir, 'tasks.sqlite') },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('a page of Mijn taken on $kind', ({ url }) => {
  let dataSource: DataSource;
  let service: TasksService;

  beforeAll(async () => {
    dataSource = await openDataSource({ url: await url() });
    await migrate(dataSource);
    const readModel = new ProgrammeReadModel(dataSource);
    for (const s of programmes()) await readModel.upsert(s);
    service = new TasksService(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('holds the first tasks of the whole list, in its order, for every page size', async () => {
    const all = shape(await service.tasks(KWARTIERMAKER, [], NOW));
    // 28 running programmes with an open level-3 escalation (not the aborted one, nor the extended
    // one), then the mentor pairings: those of the 27 stalled ones still ACTIVE (COMMITMENT; the
    // extended one too: its acknowledged escalation keeps it stalled), then the 25 longest waiting.
    const acknowledge = all.filter((t) => t.includes(' acknowledgeEscalation '));
    expect(acknowledge).toHaveLength(28);
    expect(all.slice(0, 28)).toEqual(acknowledge);
    expect(all).toHaveLength(28 + 25 + 27);
    for (const first of [1, 5, 27, 28, 29, 40, 60, 79, 80, 200]) {
      expect(shape(await service.tasks(KWARTIERMAKER, [], NOW, first)), `first: ${first}`).toEqual(all.slice(0, first));
    }
  });
});
