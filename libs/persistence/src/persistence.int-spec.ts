import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../../test/support/postgres';
import {
  ESCALATION_LEVEL_NAMES,
  ESCALATION_RECIPIENTS,
  startProgramme,
  type Escalation,
  type EscalationLevel,
  type ProgrammeState,
} from '../../domain/src';
import {
  EscalationOutboxEntity,
  MunicipalityEntity,
  migrate,
  openDataSource,
  ProgrammeEntity,
  ProgrammeReadModel,
} from './index';

const STARTED = Date.parse('2027-01-04T08:00:00.000Z');

/** A programme as its workflow holds it, built by the domain's own start; `over` sets any field. */
const programmeState = (over: Partial<ProgrammeState> = {}): ProgrammeState => {
  const { programmeId = 'programme-GM0363-1', municipalityCode = 'GM0363', sequence = 1 } = over;
  const started = startProgramme({ programmeId, municipalityCode, sequence }, STARTED);
  if (!started.ok) throw new Error(started.error.message);
  return { ...started.value, ...over };
};

const escalation = (programmeId: string, n: number, over: Partial<Escalation> = {}): Escalation => {
  const level: EscalationLevel = over.level ?? 1;
  return {
    id: `${programmeId}/escalation-${n}`,
    level,
    levelName: ESCALATION_LEVEL_NAMES[level],
    recipient: ESCALATION_RECIPIENTS[level],
    kind: 'STALL',
    step: 'COMMITMENT',
    message: 'De fase Commitment staat al 6 weken stil.',
    dueAt: '2027-02-15T08:00:00.000Z',
    raisedAt: '2027-02-15T08:00:00.000Z',
    status: 'OPEN',
    acknowledgements: [],
    delivery: { status: 'PENDING', attempts: 0 },
    ...over,
  };
};

const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-sqlite-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

describe.each([
  { kind: 'SQLite', url: async () => join(sqliteDir, 'read-model.sqlite') },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('read model on $kind', ({ url }) => {
  let dataSource: DataSource;
  let applied: string[];

  beforeAll(async () => {
    dataSource = await openDataSource({ url: await url() });
    applied = await migrate(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('applies every migration on an empty database, and none a second time', async () => {
    expect(applied).toEqual([
      'InitialSchema1763920000000',
      'SeedMunicipalities20251763920000001',
      'LifecycleReadModel1763920000002',
      'ProgrammeListing1763920000003',
      'NationalView1763920000004',
      'ProjectedAtStartedQuarter1763920000005',
      'MemberDirectory1763920000006',
      'MailOutbox1763920000007',
      'Sessions1763920000008',
      'EscalationMail1763920000009',
      'CalendarFeeds1763920000010',
      'NotificationPreferences1763920000011',
      'MailOutboxProgramme1763920000012',
      'ReminderOffsets1763920000014',
      'CollectiveMembers1763920000015',
      'PeerComparison1763920000016',
      'MunicipalityValidity1763920000017',
      'ScaleReadModel1763920000018',
      'NationalTally1763920000019',
    ]);
    expect(await migrate(dataSource)).toEqual([]);
  });

  it('holds the 342 municipalities of 2025 with their regions', async () => {
    const repo = dataSource.getRepository(MunicipalityEntity);
    expect(await repo.count()).toBe(342);
    const byRegion = await repo
      .createQueryBuilder('m')
      .select('m.school_holiday_region', 'region')
      .addSelect('COUNT(*)', 'n')
      .groupBy('m.school_holiday_region')
      .orderBy('region')
      .getRawMany<{ region: string; n: string | number }>();
    expect(byRegion.map((r) => [r.region, Number(r.n)])).toEqual([
      ['midden', 108],
      ['noord', 116],
      ['zuid', 118],
    ]);
    const heerlen = await repo.findOneByOrFail({ code: 'GM0917' });
    expect(heerlen).toMatchObject({
      name: 'Heerlen',
      province: 'Limburg',
      veiligThuisRegion: 'Zuid-Limburg',
      schoolHolidayRegion: 'zuid',
      referenceYear: 2025,
    });
    const amsterdam = await repo.findOneByOrFail({ code: 'GM0363' });
    expect(amsterdam).toMatchObject({ name: 'Amsterdam', province: 'Noord-Holland', schoolHolidayRegion: 'noord' });
    expect(amsterdam.labelLat).toBeCloseTo(52.37, 1);
  });

  it('projects a programme idempotently: a repeat or an older version changes nothing', async () => {
    const sut = new ProgrammeReadModel(dataSource);
    const programmes = dataSource.getRepository(ProgrammeEntity);

    await sut.upsert(programmeState());
    await sut.upsert(programmeState());
    expect(await programmes.countBy({ municipalityCode: 'GM0363' })).toBe(1);

    await sut.upsert(programmeState({ version: 3, phase: 'AGENDA', updatedAt: '2027-02-01T09:00:00.000Z' }));
    await sut.upsert(programmeState({ version: 2, phase: 'COMMITMENT', updatedAt: '2027-01-20T09:00:00.000Z' }));
    const row = await programmes.findOneByOrFail({ id: 'programme-GM0363-1' });
    expect(row).toMatchObject({ phase: 'AGENDA', version: 3, updatedAt: '2027-02-01T09:00:00.000Z' });
    expect(JSON.parse(row.state)).toMatchObject({ phase: 'AGENDA', version: 3 });
  });

  it('finds the latest programme of a municipality, with the municipality', async () => {
    const readModel = new ProgrammeReadModel(dataSource);
    await readModel.upsert(
      programmeState({
        programmeId: 'programme-GM0505-1',
        municipalityCode: 'GM0505',
        status: 'CLOSED',
        phase: 'CLOSED',
      }),
    );
    await readModel.upsert(
      programmeState({ programmeId: 'programme-GM0505-2', municipalityCode: 'GM0505', sequence: 2 }),
    );
    const latest = await readModel.findLatest('GM0505');
    expect(latest).toMatchObject({ id: 'programme-GM0505-2', sequence: 2, status: 'ACTIVE' });
    expect(latest?.municipality?.name).toBe('Dordrecht');
    expect(await readModel.findLatest('GM0014')).toBeNull();
    // The national map's list (issue 15): the latest programme of each municipality only.
    const page = await readModel.page({
      scope: 'ALL',
      filter: { latestPerMunicipality: true, municipalityCode: 'GM0505' },
      sort: 'STARTED_AT',
      direction: 'DESC',
      first: 10,
    });
    expect(page.rows.map((r) => r.id)).toEqual(['programme-GM0505-2']);
    expect(page.totalCount).toBe(1);
    const both = await readModel.page({
      scope: 'ALL',
      filter: { municipalityCode: 'GM0505' },
      sort: 'STARTED_AT',
      direction: 'DESC',
      first: 10,
    });
    expect(both.rows.map((r) => r.id).sort()).toEqual(['programme-GM0505-1', 'programme-GM0505-2']);
  });

  it('refuses a programme for a municipality that does not exist', async () => {
    const readModel = new ProgrammeReadModel(dataSource);
    await expect(
      readModel.upsert(programmeState({ programmeId: 'programme-GM9999-1', municipalityCode: 'GM9999' })),
    ).rejects.toThrow();
  });
  it('writes one outbox row per escalation with the programme', async () => {
    const sut = new ProgrammeReadModel(dataSource);
    const id = 'programme-GM0599-1';
    await sut.upsert(
      programmeState({
        programmeId: id,
        municipalityCode: 'GM0599',
        version: 4,
        escalations: [
          escalation(id, 1, { ruleId: 'R3.1', kind: 'TRAINING_NOT_STARTED', step: 'TRAINING' }),
          escalation(id, 2, {
            level: 2,
            raisedAt: '2027-03-15T08:00:00.000Z',
            dueAt: '2027-03-15T08:00:00.000Z',
            delivery: {
              status: 'DELIVERED',
              attempts: 2,
              lastAttemptAt: '2027-03-15T08:01:00.000Z',
              deliveredAt: '2027-03-15T08:01:00.000Z',
              target: 'https://hooks.example.org/olievlek',
            },
          }),
        ],
      }),
    );

    const rows = await sut.listOutbox(id);
    expect(rows.map((r) => r.id)).toEqual([`${id}/escalation-1`, `${id}/escalation-2`]);
    expect(rows[0]).toMatchObject({
      programmeId: id,
      programmeVersion: 4,
      level: 1,
      levelName: 'REMINDER',
      recipient: 'PROJECT_LEAD',
      kind: 'TRAINING_NOT_STARTED',
      step: 'TRAINING',
      ruleId: 'R3.1',
      status: 'OPEN',
      resolvedAt: null,
      deliveryStatus: 'PENDING',
      attempts: 0,
      lastAttemptAt: null,
      lastError: null,
      deliveredAt: null,
      target: null,
    });
    expect(rows[1]).toMatchObject({
      level: 2,
      levelName: 'ADMINISTRATIVE',
      recipient: 'ADMINISTRATIVE_LEAD',
      ruleId: null,
      deliveryStatus: 'DELIVERED',
      attempts: 2,
      deliveredAt: '2027-03-15T08:01:00.000Z',
      target: 'https://hooks.example.org/olievlek',
    });
    const undelivered = await sut.undeliveredEscalations();
    expect(undelivered.map((r) => r.id)).toContain(`${id}/escalation-1`);
    expect(undelivered.map((r) => r.id)).not.toContain(`${id}/escalation-2`);
  });

  it('never moves an outbox row back to an older version, and a repeat changes nothing', async () => {
    const sut = new ProgrammeReadModel(dataSource);
    const id = 'programme-GM0518-1';
    const state = (version: number, e: Partial<Escalation>) =>
      programmeState({ programmeId: id, municipalityCode: 'GM0518', version, escalations: [escalation(id, 1, e)] });
    const failing = state(5, {
      delivery: {
        status: 'FAILING',
        attempts: 1,
        lastAttemptAt: '2027-02-15T08:00:30.000Z',
        lastError: 'Webhook gaf HTTP 503.',
      },
    });
    const delivered = state(6, {
      delivery: {
        status: 'DELIVERED',
        attempts: 2,
        lastAttemptAt: '2027-02-15T08:01:30.000Z',
        deliveredAt: '2027-02-15T08:01:30.000Z',
        target: 'https://hooks.example.org/olievlek',
      },
    });

    // The newest state lands first and the older ones after it (a retried or reordered projection),
    // so only the version guard can keep the delivery.
    await sut.upsert(failing);
    await sut.upsert(delivered);
    await sut.upsert(delivered);
    await sut.upsert(failing);
    await sut.upsert(state(2, {}));

    const [row] = await sut.listOutbox(id);
    expect(row).toMatchObject({ programmeVersion: 6, deliveryStatus: 'DELIVERED', attempts: 2, lastError: null });
    expect(await dataSource.getRepository(EscalationOutboxEntity).countBy({ programmeId: id })).toBe(1);
    expect(await sut.undeliveredEscalations()).not.toContainEqual(expect.objectContaining({ id: row?.id }));
  });

  it('keeps the highest open escalation level on the programme, 0 once all are resolved', async () => {
    const sut = new ProgrammeReadModel(dataSource);
    const programmes = dataSource.getRepository(ProgrammeEntity);
    const id = 'programme-GM0344-1';
    const base = { programmeId: id, municipalityCode: 'GM0344' };

    await sut.upsert(programmeState({ ...base, version: 1 }));
    expect(await programmes.findOneByOrFail({ id })).toMatchObject({ openEscalationLevel: 0 });

    await sut.upsert(
      programmeState({
        ...base,
        version: 2,
        escalations: [
          escalation(id, 1, { status: 'ACKNOWLEDGED' }),
          escalation(id, 2, { level: 2 }),
          escalation(id, 3, { level: 3, status: 'RESOLVED' }),
        ],
      }),
    );
    expect(await programmes.findOneByOrFail({ id })).toMatchObject({ openEscalationLevel: 2 });

    const resolved = { status: 'RESOLVED' as const, resolvedAt: '2027-04-01T10:00:00.000Z' };
    await sut.upsert(
      programmeState({
        ...base,
        version: 3,
        escalations: [
          escalation(id, 1, resolved),
          escalation(id, 2, { level: 2, ...resolved }),
          escalation(id, 3, { level: 3, ...resolved }),
        ],
      }),
    );
    expect(await programmes.findOneByOrFail({ id })).toMatchObject({ openEscalationLevel: 0 });
    expect((await sut.listOutbox(id)).map((r) => [r.status, r.resolvedAt])).toEqual([
      ['RESOLVED', '2027-04-01T10:00:00.000Z'],
      ['RESOLVED', '2027-04-01T10:00:00.000Z'],
      ['RESOLVED', '2027-04-01T10:00:00.000Z'],
    ]);
  });

  it('writes the programme and its outbox together or not at all', async () => {
    const sut = new ProgrammeReadModel(dataSource);
    const id = 'programme-GM0153-1';
    const valid = programmeState({
      programmeId: id,
      municipalityCode: 'GM0153',
      version: 1,
      escalations: [escalation(id, 1)],
    });
    await sut.upsert(valid);
    // The second escalation breaks a NOT NULL after the programme row and the first were written.
    const broken = programmeState({
      ...valid,
      version: 2,
      phase: 'AGENDA',
      escalations: [escalation(id, 1, { status: 'RESOLVED' }), escalation(id, 2, { message: null as never })],
    });
    await expect(sut.upsert(broken)).rejects.toThrow();
    expect(await dataSource.getRepository(ProgrammeEntity).findOneByOrFail({ id })).toMatchObject({
      version: 1,
      phase: 'COMMITMENT',
    });
    expect((await sut.listOutbox(id)).map((r) => r.status)).toEqual(['OPEN']);
  });

  it('keeps concurrent projections apart: one that fails undoes only its own work', async () => {
    const sut = new ProgrammeReadModel(dataSource);
    const codes = ['GM0060', 'GM0072', 'GM0074', 'GM0080', 'GM0085'];
    const results = await Promise.allSettled([
      ...codes.map((code) => {
        const id = `programme-${code}-7`;
        return sut.upsert(
          programmeState({
            programmeId: id,
            municipalityCode: code,
            sequence: 7,
            escalations: [escalation(id, 1), escalation(id, 2)],
          }),
        );
      }),
      sut.upsert(programmeState({ programmeId: 'programme-GM9999-7', municipalityCode: 'GM9999', sequence: 7 })),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
    ]);
    for (const code of codes) {
      expect(await sut.listOutbox(`programme-${code}-7`)).toHaveLength(2);
    }
  });
});
