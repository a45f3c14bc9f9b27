import { Brackets, In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { openEscalationLevel, type Escalation, type ProgrammeState } from '../../domain/src';
import { EscalationOutboxEntity } from './entities/escalation-outbox.entity';
import { MunicipalityEntity } from './entities/municipality.entity';
import { ProgrammeEntity } from './entities/programme.entity';
import { PreparedSelect } from './prepared-select';
import {
  missedSchoolYears,
  startedQuarter,
  writeProgrammeDetails,
  writeProgrammeMunicipalities,
} from './programme-projection';
import { inTransaction } from './transaction';

// Insert, or update only when the incoming version is newer: a retried or reordered
// projection never moves the read model backwards. Both SQLite and PostgreSQL accept it. After a
// merger (herindeling) the municipality and its number follow the state; the id stays.
const UPSERT_PROGRAMME = `
  INSERT INTO programme (id, municipality_code, sequence, phase, status, started_at, updated_at, version, state, open_escalation_level, risk_flags,
    school_years_missed, mentor_municipality_code, projected_at, started_quarter)
  VALUES (:id, :municipalityCode, :sequence, :phase, :status, :startedAt, :updatedAt, :version, :state, :openEscalationLevel, :riskFlags,
    :schoolYearsMissed, :mentorMunicipalityCode, :projectedAt, :startedQuarter)
  ON CONFLICT (id) DO UPDATE SET
    municipality_code = excluded.municipality_code,
    sequence = excluded.sequence,
    phase = excluded.phase,
    status = excluded.status,
    updated_at = excluded.updated_at,
    version = excluded.version,
    state = excluded.state,
    open_escalation_level = excluded.open_escalation_level,
    risk_flags = excluded.risk_flags,
    school_years_missed = excluded.school_years_missed,
    mentor_municipality_code = excluded.mentor_municipality_code,
    projected_at = excluded.projected_at
  WHERE programme.version < excluded.version`;

// Same guard per outbox row, on the version of the state that wrote it. Each row is guarded on
// its own, so a late state cannot undo a delivery or resolution recorded by a newer one.
const UPSERT_ESCALATION = `
  INSERT INTO escalation_outbox (
    id, programme_id, programme_version, level, level_name, recipient, kind, step, rule_id, message,
    due_at, raised_at, status, resolved_at, delivery_status, attempts, last_attempt_at, last_error,
    delivered_at, target)
  VALUES (
    :id, :programmeId, :programmeVersion, :level, :levelName, :recipient, :kind, :step, :ruleId, :message,
    :dueAt, :raisedAt, :status, :resolvedAt, :deliveryStatus, :attempts, :lastAttemptAt, :lastError,
    :deliveredAt, :target)
  ON CONFLICT (id) DO UPDATE SET
    programme_version = excluded.programme_version,
    level = excluded.level,
    level_name = excluded.level_name,
    recipient = excluded.recipient,
    kind = excluded.kind,
    step = excluded.step,
    rule_id = excluded.rule_id,
    message = excluded.message,
    due_at = excluded.due_at,
    raised_at = excluded.raised_at,
    status = excluded.status,
    resolved_at = excluded.resolved_at,
    delivery_status = excluded.delivery_status,
    attempts = excluded.attempts,
    last_attempt_at = excluded.last_attempt_at,
    last_error = excluded.last_error,
    delivered_at = excluded.delivered_at,
    target = excluded.target
  WHERE escalation_outbox.programme_version < excluded.programme_version
    AND escalation_outbox.programme_id = excluded.programme_id`;

const MAX_TARGET = 2048;

/** A municipality taking part in a running programme (C1). */
export interface TakingPartRow {
  municipalityCode: string;
  programmeId: string;
  role: 'LEAD' | 'MEMBER';
  phase: string;
}

/** One entry of a programme's municipalities (C1, C4): the lead, or a member's stay in the collective. */
export interface ProgrammeMunicipality {
  municipalityCode: string;
  role: 'LEAD' | 'MEMBER';
  joinedOn: string;
  leftOn: string | null;
  confirmedOn: string | null;
}

const TAKING_PART = `
  SELECT pm.municipality_code AS "municipalityCode", pm.programme_id AS "programmeId", pm.role, p.phase
    FROM programme_municipality pm JOIN programme p ON p.id = pm.programme_id
   WHERE pm.municipality_code IN (:...codes) AND pm.left_on IS NULL AND p.status IN ('ACTIVE', 'PAUSED')
   ORDER BY pm.municipality_code, pm.programme_id`;

const MUNICIPALITIES_OF = `
  SELECT pm.municipality_code AS "municipalityCode", pm.role, pm.joined_on AS "joinedOn", pm.left_on AS "leftOn",
         pm.confirmed_on AS "confirmedOn"
    FROM programme_municipality pm WHERE pm.programme_id = :programmeId ORDER BY pm.entry`;

/** The columns of a programme row but its state JSON (as `p.<property>` of the query builder). */
/**
 * What the `programme` query reads of a row before its state (issue 18.1: only the columns it
 * needs). All are stored before the state JSON, so SQLite reads them without walking the state's
 * overflow pages; the columns added later (risk flags, …) lie behind it.
 */
const HEAD_COLUMNS = [
  'id',
  'municipalityCode',
  'sequence',
  'phase',
  'status',
  'startedAt',
  'updatedAt',
  'version',
] as const;

/** A programme row's identity, phase, status and version, with its municipality (no state JSON). */
export type ProgrammeHead = Pick<ProgrammeEntity, (typeof HEAD_COLUMNS)[number] | 'municipality'>;

const STATE_OF = `SELECT version, state FROM programme WHERE id = :id`;

export class ProgrammeReadModel {
  // One statement: a programme has one municipality, so LIMIT 1 over the join is exact (find
  // options with relations would first select the id in a DISTINCT subquery). Asked on every
  // `programme(municipalityCode)` read, so its SQL is built once.
  private readonly latest: PreparedSelect<ProgrammeEntity>;
  // Issue 18.1 (per-request cost): the `programme` query's reads, built once. The heads leave the
  // state JSON out (it is most of the row): the API reads it, by version, only when its cache of
  // parsed states does not hold that version (`stateAt`).
  // The heads are read without a join, and their municipality by its key: SQLite ran the join
  // several times slower than the two lookups together (CPU profile of `npm run bench -- http`).
  private readonly byId: PreparedSelect<ProgrammeEntity>;
  private readonly latestHead: PreparedSelect<ProgrammeEntity>;
  private readonly headById: PreparedSelect<ProgrammeEntity>;
  private readonly municipality: PreparedSelect<MunicipalityEntity>;

  constructor(private readonly dataSource: DataSource) {
    const programmes = () => dataSource.getRepository(ProgrammeEntity).createQueryBuilder('p');
    const head = () => programmes().select(HEAD_COLUMNS.map((c) => `p.${c}`));
    const latest = (from: () => SelectQueryBuilder<ProgrammeEntity>) => () =>
      from()
        .innerJoinAndSelect('p.municipality', 'm')
        .where('p.municipality_code = :municipalityCode')
        .orderBy('p.sequence', 'DESC')
        .limit(1);
    const byId = (from: () => SelectQueryBuilder<ProgrammeEntity>) => () =>
      from().leftJoinAndSelect('p.municipality', 'm').where('p.id = :id');
    this.latest = new PreparedSelect(dataSource, latest(programmes), ['municipalityCode'], { municipality: 'm' });
    this.latestHead = new PreparedSelect(
      dataSource,
      () => head().where('p.municipality_code = :municipalityCode').orderBy('p.sequence', 'DESC').limit(1),
      ['municipalityCode'],
    );
    this.byId = new PreparedSelect(dataSource, byId(programmes), ['id'], { municipality: 'm' });
    this.headById = new PreparedSelect(dataSource, () => head().where('p.id = :id'), ['id']);
    this.municipality = new PreparedSelect(
      dataSource,
      () => dataSource.getRepository(MunicipalityEntity).createQueryBuilder('m').where('m.code = :code'),
      ['code'],
    );
  }

  /** A head with its municipality (none when the reference data lacks it). */
  private async withMunicipality(head: ProgrammeEntity | null): Promise<ProgrammeHead | null> {
    if (!head) return null;
    const municipality = await this.municipality.one({ code: head.municipalityCode });
    if (municipality) head.municipality = municipality;
    return head;
  }

  /** Projects the state: the programme row and one outbox row per escalation, in one transaction. */
  async upsert(s: ProgrammeState): Promise<void> {
    // inTransaction: on SQLite (one shared connection) this takes its turn with every other
    // transaction of the process (the mail outbox the worker also writes), never inside one.
    await inTransaction(this.dataSource, async (em) => {
      await this.run(em, UPSERT_PROGRAMME, {
        id: s.programmeId,
        municipalityCode: s.municipalityCode,
        sequence: s.sequence,
        phase: s.phase,
        status: s.status,
        startedAt: s.startedAt,
        updatedAt: s.updatedAt,
        version: s.version,
        state: JSON.stringify(s),
        openEscalationLevel: openEscalationLevel(s),
        riskFlags: s.riskFlags?.length ? `,${s.riskFlags.join(',')},` : '',
        schoolYearsMissed: missedSchoolYears(s),
        mentorMunicipalityCode: s.mentor?.municipalityCode ?? null,
        projectedAt: new Date().toISOString(),
        startedQuarter: startedQuarter(s.startedAt),
      });
      // The details follow the programme row: rewritten only when this state is the one stored.
      const [stored] = (await this.query(em, `SELECT version FROM programme WHERE id = :id`, {
        id: s.programmeId,
      })) as Array<{ version: number | string }>;
      if (Number(stored?.version) === s.version) {
        await writeProgrammeDetails((sql, values) => this.query(em, sql, values), s);
        await writeProgrammeMunicipalities((sql, values) => this.run(em, sql, values), s);
      }
      for (const e of s.escalations) {
        await this.run(em, UPSERT_ESCALATION, outboxRow(s, e));
      }
    });
  }

  /** The municipality's latest programme, running or not. */
  async findLatest(municipalityCode: string): Promise<ProgrammeEntity | null> {
    return this.latest.one({ municipalityCode });
  }

  /**
   * C1: the running (ACTIVE or PAUSED) programmes these municipalities take part in now, as lead
   * (penvoerder) or as a member that has not left (programme_municipality, migration 0015).
   */
  async takingPart(codes: readonly string[]): Promise<TakingPartRow[]> {
    if (codes.length === 0) return [];
    const rows = (await this.query(this.dataSource.manager, TAKING_PART, { codes: [...codes] })) as TakingPartRow[];
    return rows.map((r) => ({ ...r }));
  }

  /** C1/C4: every municipality that takes or took part in the programme, lead first, in the order they joined. */
  async municipalitiesOf(programmeId: string): Promise<ProgrammeMunicipality[]> {
    return (await this.query(this.dataSource.manager, MUNICIPALITIES_OF, { programmeId })) as ProgrammeMunicipality[];
  }

  /** One programme by id, with its municipality. */
  async findById(id: string): Promise<ProgrammeEntity | null> {
    return this.byId.one({ id });
  }

  /** {@link findLatest} without the state JSON (the state is not read): read it with {@link stateAt}. */
  async findLatestHead(municipalityCode: string): Promise<ProgrammeHead | null> {
    const head = await this.withMunicipality(await this.latestHead.one({ municipalityCode }));
    // As findLatest's inner join: no programme without its municipality.
    return head?.municipality ? head : null;
  }

  /** {@link findById} without the state JSON (the state is not read): read it with {@link stateAt}. */
  async findHeadById(id: string): Promise<ProgrammeHead | null> {
    return this.withMunicipality(await this.headById.one({ id }));
  }

  /**
   * The stored state JSON of a programme and its version: that of a head read just before, or a
   * newer one if a projection came in between (never older: the row only moves forward).
   */
  async stateAt(id: string): Promise<{ version: number; state: string } | null> {
    const [row] = (await this.query(this.dataSource.manager, STATE_OF, { id })) as Array<{
      version: number | string;
      state: string;
    }>;
    return row ? { version: Number(row.version), state: row.state } : null;
  }

  /**
   * One page of programmes: filtered, scoped to what the caller may see, sorted with the id as
   * tie-breaker, and continued after a keyset cursor (stable while rows change). One query for
   * the page (+1 row to know whether more follow) and one for the total.
   */
  async page(q: ProgrammePageQuery): Promise<{ rows: ProgrammeEntity[]; hasNextPage: boolean; totalCount: number }> {
    const column = SORT_COLUMNS[q.sort];
    const dir = q.direction === 'ASC' ? 'ASC' : 'DESC';
    const base = this.dataSource
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('p')
      .innerJoin('p.municipality', 'm');
    const f = q.filter;
    const scope = q.scope;
    if (scope !== 'ALL') {
      base.andWhere(
        new Brackets((w) =>
          w
            .where('p.municipality_code IN (:...scopeCodes)', { scopeCodes: emptyGuard(scope.municipalityCodes) })
            .orWhere('p.id IN (:...scopeIds)', { scopeIds: emptyGuard(scope.programmeIds) }),
        ),
      );
    }
    if (f.phases?.length) base.andWhere('p.phase IN (:...phases)', { phases: f.phases });
    if (f.statuses?.length) base.andWhere('p.status IN (:...statuses)', { statuses: f.statuses });
    if (f.province) base.andWhere('m.province = :province', { province: f.province });
    if (f.schoolHolidayRegion) base.andWhere('m.school_holiday_region = :region', { region: f.schoolHolidayRegion });
    if (f.veiligThuisRegion) base.andWhere('m.veilig_thuis_region = :vt', { vt: f.veiligThuisRegion });
    if (f.municipalityCode) base.andWhere('p.municipality_code = :code', { code: f.municipalityCode });
    if (f.riskFlag) base.andWhere('p.risk_flags LIKE :flag', { flag: `%,${f.riskFlag},%` });
    if (f.minOpenEscalationLevel !== undefined)
      base.andWhere('p.open_escalation_level >= :minLevel', { minLevel: f.minOpenEscalationLevel });
    // The national map: one programme per municipality, its latest (the highest sequence).
    if (f.latestPerMunicipality)
      base.andWhere(
        'p.sequence = (SELECT MAX(latest.sequence) FROM programme latest WHERE latest.municipality_code = p.municipality_code)',
      );
    const totalCount = await base.clone().getCount();
    const pageQuery = base.clone().select('p');
    if (q.after) {
      const op = dir === 'ASC' ? '>' : '<';
      pageQuery.andWhere(`(${column} ${op} :afterValue OR (${column} = :afterValue AND p.id ${op} :afterId))`, {
        afterValue: q.after.value,
        afterId: q.after.id,
      });
    }
    const rows = await pageQuery
      .orderBy(column, dir)
      .addOrderBy('p.id', dir)
      .limit(q.first + 1)
      .getMany();
    return { rows: rows.slice(0, q.first), hasNextPage: rows.length > q.first, totalCount };
  }

  /** The value a row sorts by, for its cursor. */
  static sortValue(row: ProgrammeEntity, sort: ProgrammeSort, municipalityName?: string): string | number {
    switch (sort) {
      case 'STARTED_AT':
        return row.startedAt;
      case 'UPDATED_AT':
        return row.updatedAt;
      case 'OPEN_ESCALATION_LEVEL':
        return row.openEscalationLevel;
      case 'MUNICIPALITY_NAME':
        return municipalityName ?? row.municipality?.name ?? '';
      default: {
        const unreachable: never = sort;
        throw new Error(`unknown sort ${String(unreachable)}`);
      }
    }
  }

  /** The programme's escalations, oldest first. */
  async listOutbox(programmeId: string): Promise<EscalationOutboxEntity[]> {
    return this.dataSource.getRepository(EscalationOutboxEntity).find({
      where: { programmeId },
      order: { raisedAt: 'ASC', dueAt: 'ASC', id: 'ASC' },
    });
  }

  /** Escalations not yet delivered (pending or failing), oldest first, over all programmes. */
  async undeliveredEscalations(limit = 100): Promise<EscalationOutboxEntity[]> {
    return this.dataSource.getRepository(EscalationOutboxEntity).find({
      where: { deliveryStatus: In(['PENDING', 'FAILING']) },
      order: { raisedAt: 'ASC', dueAt: 'ASC', id: 'ASC' },
      take: limit,
    });
  }

  private async run(em: EntityManager, sql: string, values: Record<string, unknown>): Promise<void> {
    await this.query(em, sql, values);
  }

  private query(em: EntityManager, sql: string, values: Record<string, unknown>): Promise<unknown> {
    const [query, params] = this.dataSource.driver.escapeQueryWithParameters(sql, values);
    return em.query(query, params);
  }
}

function outboxRow(s: ProgrammeState, e: Escalation): Record<string, unknown> {
  const d = e.delivery;
  return {
    id: e.id,
    programmeId: s.programmeId,
    programmeVersion: s.version,
    level: e.level,
    levelName: e.levelName,
    recipient: e.recipient,
    kind: e.kind,
    step: e.step,
    ruleId: e.ruleId ?? null,
    message: e.message,
    dueAt: e.dueAt,
    raisedAt: e.raisedAt,
    status: e.status,
    resolvedAt: e.resolvedAt ?? null,
    deliveryStatus: d.status,
    attempts: d.attempts,
    lastAttemptAt: d.lastAttemptAt ?? null,
    lastError: d.lastError ?? null,
    deliveredAt: d.deliveredAt ?? null,
    // The column's limit; PostgreSQL would refuse a longer value and the projection would never pass.
    target: d.target?.slice(0, MAX_TARGET) ?? null,
  };
}

export type ProgrammeSort = 'STARTED_AT' | 'UPDATED_AT' | 'OPEN_ESCALATION_LEVEL' | 'MUNICIPALITY_NAME';
const SORT_COLUMNS: Record<ProgrammeSort, string> = {
  STARTED_AT: 'p.startedAt',
  UPDATED_AT: 'p.updatedAt',
  OPEN_ESCALATION_LEVEL: 'p.openEscalationLevel',
  MUNICIPALITY_NAME: 'm.name',
};

export interface ProgrammePageQuery {
  /** What the caller may see: everything, or programmes of these municipalities plus these programmes. */
  scope: 'ALL' | { municipalityCodes: string[]; programmeIds: string[] };
  filter: {
    phases?: string[];
    statuses?: string[];
    province?: string;
    schoolHolidayRegion?: string;
    veiligThuisRegion?: string;
    municipalityCode?: string;
    riskFlag?: string;
    minOpenEscalationLevel?: number;
    latestPerMunicipality?: boolean;
  };
  sort: ProgrammeSort;
  direction: 'ASC' | 'DESC';
  first: number;
  after?: { value: string | number; id: string };
}

/** `IN ()` is not valid SQL: an empty scope matches nothing instead. */
const emptyGuard = (values: string[]) => (values.length > 0 ? values : ['\u0000none']);
