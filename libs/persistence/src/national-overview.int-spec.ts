import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../../test/support/postgres';
import {
  advanceTime,
  decide,
  RISK_FLAGS,
  startOfAmsterdamDay,
  startProgramme,
  WEEK_MS,
  type Actor,
  type Command,
  type ProgrammeState,
} from '../../domain/src';
import { dataSourceOptions } from './data-source';
import { MIGRATIONS } from './migrations';
import {
  MunicipalityEntity,
  migrate,
  NationalOverviewReadModel,
  openDataSource,
  ProgrammeReadModel,
  type CountByKey,
  type NationalOverview,
} from './index';

const LEAD: Actor = { role: 'PROJECT_LEAD' };
const ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD' };
const DAY_MS = 24 * 60 * 60 * 1000;

// Small factories over the pure domain: each state is one a real workflow could hold.
const start = (municipalityCode: string, at: string | number, sequence = 1): ProgrammeState => {
  const out = startProgramme(
    { programmeId: `programme-${municipalityCode}-${sequence}`, municipalityCode, sequence },
    typeof at === 'number' ? at : Date.parse(at),
  );
  if (!out.ok) throw new Error(out.error.message);
  return out.value;
};

const run = (state: ProgrammeState, at: number, ...commands: Command[]): ProgrammeState =>
  commands.reduce((s, command) => {
    const out = decide(s, command, at);
    if (!out.ok) throw new Error(`${command.type}: ${out.error.message}`);
    return out.value;
  }, state);

const commit = (state: ProgrammeState, at: number, lead: 'INTERNAL' | 'EXTERNAL' = 'INTERNAL'): ProgrammeState =>
  run(
    state,
    at,
    { type: 'designateAdministrativeLead', actor: LEAD },
    { type: 'commitPartner', organisation: 'Veilig Thuis', domain: 'CARE', actor: LEAD },
    { type: 'commitPartner', organisation: 'Schoolbestuur', domain: 'EDUCATION', actor: LEAD },
    { type: 'commitPartner', organisation: 'Politie', domain: 'JUSTICE', actor: LEAD },
    { type: 'appointProjectLead', kind: lead, actor: LEAD },
    { type: 'confirmCommitment', actor: ALDERMAN },
  );

const adoptExpertiseAgenda = (state: ProgrammeState, at: number): ProgrammeState =>
  run(
    state,
    at,
    { type: 'recordBottleneck', description: 'Signalen worden niet gedeeld', domain: 'CARE', actor: LEAD },
    { type: 'recordBottleneck', description: 'Leraren missen kennis', domain: 'EDUCATION', actor: LEAD },
    { type: 'recordBottleneck', description: 'Geen vast aanspreekpunt', domain: 'JUSTICE', actor: LEAD },
    { type: 'selectTheme', theme: 'EXPERTISE', actor: LEAD },
    {
      type: 'addAction',
      title: 'Scholing',
      theme: 'EXPERTISE',
      ownerOrganisation: 'Schoolbestuur',
      practiceId: 'arnhem-heerlen-scholingstraject-basisonderwijs',
      actor: LEAD,
    },
    { type: 'confirmSupport', organisation: 'Schoolbestuur', level: 'PROFESSIONAL', actor: LEAD },
    { type: 'confirmSupport', organisation: 'Schoolbestuur', level: 'MANAGEMENT', actor: LEAD },
    { type: 'adoptAgenda', actor: ALDERMAN },
  );

/** Twelve programmes over ten municipalities, seven provinces, quarters from 2026 to 2027. */
function seedStates(): ProgrammeState[] {
  const t = (iso: string) => Date.parse(iso);

  // Amsterdam: committed with an external lead, now in AGENDA, where a new alderman was designated
  // (R1.6): re-confirmation due.
  const amsterdam = run(
    commit(start('GM0363', '2026-02-10T09:00:00.000Z'), t('2026-03-01T09:00:00.000Z'), 'EXTERNAL'),
    t('2026-04-01T09:00:00.000Z'),
    { type: 'designateAdministrativeLead', name: 'Nieuwe wethouder', actor: LEAD },
  );

  // Rotterdam: stalled in COMMITMENT up the whole ladder (levels 1, 2 and 3 open).
  const rotterdamStart = t('2026-05-04T08:00:00.000Z');
  const rotterdam = advanceTime(start('GM0599', rotterdamStart), rotterdamStart + 15 * WEEK_MS);

  // Heerlen: a level-1 stall, acknowledged by the alderman (still unresolved).
  const heerlenStart = t('2026-07-01T08:00:00.000Z');
  const heerlenRaised = advanceTime(start('GM0917', heerlenStart), heerlenStart + 6 * WEEK_MS + DAY_MS);
  const heerlen = run(heerlenRaised, heerlenStart + 7 * WEEK_MS, {
    type: 'acknowledgeEscalation',
    escalationId: heerlenRaised.escalations[0]!.id,
    decision: 'EXTEND',
    weeks: 4,
    actor: ALDERMAN,
  });

  // Arnhem: paused with an open level-1 escalation (paused programmes still count).
  const arnhemStart = t('2026-08-17T08:00:00.000Z');
  const arnhem = run(advanceTime(start('GM0202', arnhemStart), arnhemStart + 7 * WEEK_MS), arnhemStart + 7 * WEEK_MS, {
    type: 'pauseProgramme',
    reason: 'Gemeenteraadsverkiezingen',
    actor: LEAD,
  });

  // Dordrecht: a first programme aborted after a stall (its escalation resolved), and a second one running.
  const dordrechtStart = t('2026-09-30T22:30:00.000Z');
  const dordrecht1 = run(
    advanceTime(start('GM0505', dordrechtStart), dordrechtStart + 7 * WEEK_MS),
    dordrechtStart + 8 * WEEK_MS,
    {
      type: 'abortProgramme',
      reason: 'Geen draagvlak',
      actor: ALDERMAN,
    },
  );
  const dordrecht2 = start('GM0505', '2026-12-01T10:00:00.000Z', 2);

  // Leeuwarden: the internal lead left during AGENDA.
  const leeuwardenCommitted = commit(start('GM0080', '2026-10-05T08:00:00.000Z'), t('2026-11-02T08:00:00.000Z'));
  const leeuwarden = run(leeuwardenCommitted, t('2026-11-20T08:00:00.000Z'), {
    type: 'recordLeadDeparture',
    actor: LEAD,
  });

  // Weststellingwerf: EXPERTISE agenda adopted in January, the training calendar never fixed:
  // the school year is missed (and the training deadlines escalate).
  const adoptAt = startOfAmsterdamDay('2027-01-10');
  // It reports indicators for two quarters (one leaves figures out: they count as nothing).
  const westMissed = advanceTime(
    adoptExpertiseAgenda(commit(start('GM0098', '2026-11-16T08:00:00.000Z'), adoptAt), adoptAt),
    startOfAmsterdamDay('2027-03-10'),
  );
  const weststellingwerf = run(
    westMissed,
    startOfAmsterdamDay('2027-07-02'),
    { type: 'reportIndicators', period: '2027-Q1', repeatReports: 3, professionalsTrained: 40, actor: LEAD },
    {
      type: 'reportIndicators',
      period: '2027-Q2',
      repeatReports: 2,
      professionalsTrained: 15,
      schoolsReached: 6,
      actor: LEAD,
    },
  );

  // Utrecht and The Hague straddle New Year in UTC: 2026-Q4 and 2027-Q1.
  const utrecht = start('GM0344', '2026-12-31T23:30:00.000Z');
  const denHaag = start('GM0518', '2027-01-01T00:30:00.000Z');

  // Maastricht: same Veilig Thuis region and jeugdregio as Heerlen, freshly started.
  // Maastricht is paired with the Heerlen collective as its mentor.
  const maastricht = run(start('GM0935', '2027-04-01T00:00:00.000Z'), t('2027-04-02T09:00:00.000Z'), {
    type: 'recordMentorPairing',
    kind: 'PIONEER',
    municipalityCode: 'GM0917',
    name: 'Collectief Heerlen',
    actor: { role: 'KWARTIERMAKER' },
  });

  // Eindhoven: external lead, then stalled in AGENDA past its 12-week threshold.
  const eindhovenCommitted = commit(
    start('GM0772', '2027-05-03T08:00:00.000Z'),
    t('2027-05-10T08:00:00.000Z'),
    'EXTERNAL',
  );
  const eindhoven = advanceTime(eindhovenCommitted, t('2027-05-10T08:00:00.000Z') + 13 * WEEK_MS);

  return [
    amsterdam,
    rotterdam,
    heerlen,
    arnhem,
    dordrecht1,
    dordrecht2,
    leeuwarden,
    weststellingwerf,
    utrecht,
    denHaag,
    maastricht,
    eindhoven,
  ];
}

// The figures computed independently, in JavaScript, from the states themselves.
const countBy = (keys: string[]): CountByKey[] => {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
};

const quarterOf = (iso: string): string => {
  const d = new Date(iso);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
};

function expectedOverview(states: ProgrammeState[], municipalities: Map<string, MunicipalityEntity>): NationalOverview {
  const m = (s: ProgrammeState) => municipalities.get(s.municipalityCode)!;
  const running = states.filter((s) => s.status === 'ACTIVE' || s.status === 'PAUSED');
  const unresolved = running.flatMap((s) => s.escalations.filter((e) => e.status !== 'RESOLVED'));
  return {
    total: states.length,
    byPhase: countBy(states.map((s) => s.phase)),
    byStatus: countBy(states.map((s) => s.status)),
    byProvince: countBy(states.map((s) => m(s).province)),
    byVeiligThuisRegion: countBy(states.map((s) => m(s).veiligThuisRegion)),
    byJeugdregio: countBy(states.map((s) => m(s).jeugdregio)),
    startedPerQuarter: countBy(states.map((s) => quarterOf(s.startedAt))),
    openEscalationsByLevel: ([1, 2, 3] as const).map((level) => ({
      level,
      count: unresolved.filter((e) => e.level === level).length,
    })),
    riskFlags: RISK_FLAGS.map((flag) => ({ flag, count: states.filter((s) => s.riskFlags.includes(flag)).length })),
    stalled: states.filter((s) => s.escalations.some((e) => e.status !== 'RESOLVED')).length,
    medianDaysInPhase: (['COMMITMENT', 'AGENDA', 'EXECUTION', 'EMBEDDING', 'CONTINUATION'] as const).map((phase) => {
      const days = states
        .flatMap((s) => s.phaseHistory ?? [])
        .filter((stay) => stay.phase === phase && stay.leftAt)
        .map((stay) => (Date.parse(stay.leftAt!) - Date.parse(stay.enteredAt)) / DAY_MS)
        .sort((a, b) => a - b);
      const mid = days.length / 2;
      const median =
        days.length === 0 ? null : days.length % 2 ? days[Math.floor(mid)]! : (days[mid - 1]! + days[mid]!) / 2;
      return { phase, programmes: days.length, medianDays: median === null ? null : Math.round(median * 10) / 10 };
    }),
    schoolYearsMissed: states.reduce((n, s) => n + (s.training?.missedYears.length ?? 0), 0),
    programmesMissingSchoolYear: states.filter((s) => (s.training?.missedYears.length ?? 0) > 0).length,
    indicatorsPerQuarter: [...new Set(states.flatMap((s) => s.indicators.map((r) => r.period)))]
      .filter((period) => /^\d{4}-Q\d$/.test(period))
      .sort()
      .map((quarter) => {
        const reports = states.flatMap((s) => s.indicators.filter((r) => r.period === quarter));
        const sum = (pick: (r: (typeof reports)[number]) => number | undefined) =>
          reports.reduce((n, r) => n + (pick(r) ?? 0), 0);
        return {
          quarter,
          programmes: reports.length,
          repeatReports: sum((r) => r.repeatReports),
          professionalsTrained: sum((r) => r.professionalsTrained),
          schoolsReached: sum((r) => r.schoolsReached),
        };
      }),
    mentorPairings: states.filter((s) => s.mentor).length,
    // C4: leads and members that have not left, each once, in the quarter it was first reached.
    ...reachedOf(states),
  };
}

/** C4 computed from the states: every lead, and every member entry without `leftAt`, first join per municipality. */
function reachedOf(
  states: ProgrammeState[],
): Pick<NationalOverview, 'municipalitiesReached' | 'municipalitiesPerQuarter'> {
  const first = new Map<string, string>();
  const joined = (code: string, at: string) => {
    const known = first.get(code);
    if (known === undefined || at < known) first.set(code, at);
  };
  for (const s of states) {
    joined(s.municipalityCode, s.startedAt);
    for (const m of s.collectiveMembers ?? []) if (!m.leftAt) joined(m.municipalityCode, m.joinedAt);
  }
  return { municipalitiesReached: first.size, municipalitiesPerQuarter: countBy([...first.values()].map(quarterOf)) };
}

const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-sqlite-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));
let sqliteFiles = 0;

describe.each([
  // A new file (or database) on every call.
  { kind: 'SQLite', url: async () => join(sqliteDir, `national-overview-${++sqliteFiles}.sqlite`) },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('national overview on $kind', ({ url }) => {
  let dataSource: DataSource;
  let readModel: ProgrammeReadModel;
  let sut: NationalOverviewReadModel;
  const states = seedStates();

  const municipalities = async () =>
    new Map(
      (
        await dataSource.getRepository(MunicipalityEntity).findBy({ code: In(states.map((s) => s.municipalityCode)) })
      ).map((m) => [m.code, m]),
    );

  beforeAll(async () => {
    dataSource = await openDataSource({ url: await url() });
    await migrate(dataSource);
    readModel = new ProgrammeReadModel(dataSource);
    sut = new NationalOverviewReadModel(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('is all zeros on an empty read model', async () => {
    expect(await sut.overview()).toEqual({
      total: 0,
      byPhase: [],
      byStatus: [],
      byProvince: [],
      byVeiligThuisRegion: [],
      byJeugdregio: [],
      startedPerQuarter: [],
      openEscalationsByLevel: [
        { level: 1, count: 0 },
        { level: 2, count: 0 },
        { level: 3, count: 0 },
      ],
      riskFlags: [
        { flag: 'EXTERNAL_LEAD', count: 0 },
        { flag: 'LEAD_DEPARTED', count: 0 },
        { flag: 'SCHOOL_YEAR_MISSED', count: 0 },
        { flag: 'RECOMMITMENT_DUE', count: 0 },
      ],
      stalled: 0,
      medianDaysInPhase: ['COMMITMENT', 'AGENDA', 'EXECUTION', 'EMBEDDING', 'CONTINUATION'].map((phase) => ({
        phase,
        programmes: 0,
        medianDays: null,
      })),
      schoolYearsMissed: 0,
      programmesMissingSchoolYear: 0,
      indicatorsPerQuarter: [],
      mentorPairings: 0,
      municipalitiesReached: 0,
      municipalitiesPerQuarter: [],
    });
  });

  it('seeds states that exercise every figure', () => {
    // Guards the fixture, so the comparison below is not between two lists of zeros.
    const statuses = new Set(states.map((s) => s.status));
    expect([...statuses].sort()).toEqual(['ABORTED', 'ACTIVE', 'PAUSED']);
    expect(new Set(states.map((s) => s.phase)).size).toBeGreaterThanOrEqual(3);
    for (const flag of RISK_FLAGS) expect(states.some((s) => s.riskFlags.includes(flag))).toBe(true);
    for (const level of [1, 2, 3]) {
      expect(
        states.some(
          (s) => s.status !== 'ABORTED' && s.escalations.some((e) => e.level === level && e.status !== 'RESOLVED'),
        ),
      ).toBe(true);
    }
    expect(states.some((s) => s.escalations.some((e) => e.status === 'ACKNOWLEDGED'))).toBe(true);
    expect(states.find((s) => s.status === 'ABORTED')?.escalations.every((e) => e.status === 'RESOLVED')).toBe(true);
  });

  it('counts every figure as computed from the seeded states', async () => {
    for (const s of states) await readModel.upsert(s);
    const expected = expectedOverview(states, await municipalities());
    const overview = await sut.overview();
    expect(overview).toEqual(expected);
    // A few figures by hand, against the story of the seeds.
    expect(overview.total).toBe(12);
    expect(overview.startedPerQuarter).toContainEqual({ key: '2026-Q4', count: 4 });
    expect(overview.startedPerQuarter).toContainEqual({ key: '2027-Q1', count: 1 });
    expect(overview.byVeiligThuisRegion).toContainEqual({ key: 'Zuid-Limburg', count: 2 });
    expect(overview.byProvince.map((p) => p.key)).toEqual([
      'Fryslân',
      'Gelderland',
      'Limburg',
      'Noord-Brabant',
      'Noord-Holland',
      'Utrecht',
      'Zuid-Holland',
    ]);
    expect(overview.byJeugdregio.map((r) => r.key)).toEqual([...overview.byJeugdregio.map((r) => r.key)].sort());
    // Four programmes left COMMITMENT after 7 (Eindhoven), 19 (Amsterdam), 28 (Leeuwarden) and
    // 55 days (Weststellingwerf): the median is the mean of the middle two. Weststellingwerf left
    // AGENDA the moment it entered it.
    expect(overview.medianDaysInPhase.find((m) => m.phase === 'COMMITMENT')).toEqual({
      phase: 'COMMITMENT',
      programmes: 4,
      medianDays: 23.5,
    });
    expect(overview.medianDaysInPhase.find((m) => m.phase === 'AGENDA')).toEqual({
      phase: 'AGENDA',
      programmes: 1,
      medianDays: 0,
    });
    expect(overview.medianDaysInPhase.find((m) => m.phase === 'EMBEDDING')).toEqual({
      phase: 'EMBEDDING',
      programmes: 0,
      medianDays: null,
    });
    expect(overview.schoolYearsMissed).toBeGreaterThanOrEqual(1);
    expect(overview.programmesMissingSchoolYear).toBe(1);
    expect(overview.indicatorsPerQuarter).toEqual([
      { quarter: '2027-Q1', programmes: 1, repeatReports: 3, professionalsTrained: 40, schoolsReached: 0 },
      { quarter: '2027-Q2', programmes: 1, repeatReports: 2, professionalsTrained: 15, schoolsReached: 6 },
    ]);
    expect(overview.mentorPairings).toBe(1);
  });

  it('lists every practice adopted into an action, with the municipality and when', async () => {
    const adopted = states.flatMap((s) =>
      s.agenda.actions
        .filter((a) => a.practiceId)
        .map((a) => ({ practiceId: a.practiceId!, municipalityCode: s.municipalityCode, adoptedAt: a.addedAt })),
    );
    expect(adopted).toHaveLength(1);
    expect(await sut.practiceAdoptions()).toEqual(adopted);
  });

  it('follows newer versions: aborting a stalled programme drops its escalations and its stall', async () => {
    const before = await sut.overview();
    const rotterdam = states.find((s) => s.municipalityCode === 'GM0599')!;
    const aborted = run(rotterdam, Date.parse(rotterdam.updatedAt) + DAY_MS, {
      type: 'abortProgramme',
      reason: 'Gestopt',
      actor: ALDERMAN,
    });
    await readModel.upsert(aborted);
    const next = states.map((s) => (s.programmeId === aborted.programmeId ? aborted : s));
    const overview = await sut.overview();
    expect(overview).toEqual(expectedOverview(next, await municipalities()));
    expect(overview.stalled).toBe(before.stalled - 1);
    expect(overview.openEscalationsByLevel.find((l) => l.level === 3)!.count).toBeLessThan(
      before.openEscalationsByLevel.find((l) => l.level === 3)!.count,
    );
  });

  it('keeps the running totals of stays and reports equal to the rows they add up (issue 18.3)', async () => {
    // A report added, then the older state arriving late (ignored), then one more step.
    const active = states.find((s) => s.status === 'ACTIVE' && (s.indicators ?? []).length > 0)!;
    const reported = run(active, Date.parse(active.updatedAt) + DAY_MS, {
      type: 'reportIndicators',
      period: '2027-Q4',
      repeatReports: 4,
      schoolsReached: 2,
      actor: LEAD,
    });
    await readModel.upsert(reported);
    await readModel.upsert(active);
    await readModel.upsert(
      run(reported, Date.parse(reported.updatedAt) + DAY_MS, {
        type: 'pauseProgramme',
        reason: 'Verkiezingen',
        actor: LEAD,
      }),
    );
    const figures = (rows: Array<Record<string, unknown>>) =>
      rows
        .map((r) => [r.dim, r.k, ...['n', 'a', 'b', 'c'].map((f) => Number(r[f]))].join(' '))
        .filter((line) => !line.endsWith(' 0 0 0 0'))
        .sort();
    const tally = await dataSource.query(
      `SELECT dim, k, n, repeat_reports AS a, professionals_trained AS b, schools_reached AS c FROM national_tally`,
    );
    const recounted = await dataSource.query(`
      SELECT 'stays' AS dim, phase AS k, COUNT(*) AS n, 0 AS a, 0 AS b, 0 AS c FROM programme_phase_stay WHERE days IS NOT NULL GROUP BY phase
      UNION ALL
      SELECT 'indicators', period, COUNT(*), COALESCE(SUM(repeat_reports), 0), COALESCE(SUM(professionals_trained), 0),
             COALESCE(SUM(schools_reached), 0) FROM indicator_report GROUP BY period`);
    expect(figures(tally)).toEqual(figures(recounted));
    expect(figures(tally)).toContain('indicators 2027-Q4 1 4 0 2');
  });

  it('upgrading a read model that already holds programmes fills the national view from their stored states', async () => {
    // A database as the previous release left it: migrations up to 0003, programme rows written
    // by that release (no phase stays, indicator or mentor columns yet).
    const upgradeUrl = await url();
    const old = await new DataSource({
      ...dataSourceOptions({ url: upgradeUrl }),
      migrations: MIGRATIONS.slice(0, 4),
    }).initialize();
    const expected = states.filter((s) => s.municipalityCode === 'GM0098' || s.municipalityCode === 'GM0935');
    try {
      await old.runMigrations({ transaction: 'each' });
      for (const s of expected) {
        const [query, params] = old.driver.escapeQueryWithParameters(
          `INSERT INTO programme (id, municipality_code, sequence, phase, status, started_at, updated_at, version, state, open_escalation_level, risk_flags)
           VALUES (:id, :code, :sequence, :phase, :status, :startedAt, :updatedAt, :version, :state, 0, '')`,
          {
            id: s.programmeId,
            code: s.municipalityCode,
            sequence: s.sequence,
            phase: s.phase,
            status: s.status,
            startedAt: s.startedAt,
            updatedAt: s.updatedAt,
            version: s.version,
            state: JSON.stringify(s),
          },
        );
        await old.query(query, params);
      }
    } finally {
      await old.destroy();
    }
    const upgraded = await openDataSource({ url: upgradeUrl });
    try {
      // Everything from NationalView on, whatever later migrations add.
      const later = MIGRATIONS.map((m) => new m().name);
      expect(await migrate(upgraded)).toEqual(later.slice(later.indexOf('NationalView1763920000004')));
      const overview = await new NationalOverviewReadModel(upgraded).overview();
      const want = expectedOverview(expected, await municipalities());
      expect(overview.medianDaysInPhase).toEqual(want.medianDaysInPhase);
      expect(overview.indicatorsPerQuarter).toEqual(want.indicatorsPerQuarter);
      expect(overview.indicatorsPerQuarter).toHaveLength(2);
      expect(overview.schoolYearsMissed).toBe(want.schoolYearsMissed);
      expect(overview.programmesMissingSchoolYear).toBe(1);
      expect(overview.mentorPairings).toBe(1);
      expect(await new NationalOverviewReadModel(upgraded).practiceAdoptions()).toEqual([
        {
          practiceId: 'arnhem-heerlen-scholingstraject-basisonderwijs',
          municipalityCode: 'GM0098',
          adoptedAt: new Date(startOfAmsterdamDay('2027-01-10')).toISOString(),
        },
      ]);
    } finally {
      await upgraded.destroy();
    }
  });
});
