import { In, type DataSource, type EntityManager } from 'typeorm';
import { openEscalationLevel, type Escalation, type ProgrammeState } from '../../domain/src';
import { EscalationOutboxEntity } from './entities/escalation-outbox.entity';
import { ProgrammeEntity } from './entities/programme.entity';

// Insert, or update only when the incoming version is newer: a retried or reordered
// projection never moves the read model backwards. Both SQLite and PostgreSQL accept it.
const UPSERT_PROGRAMME = `
  INSERT INTO programme (id, municipality_code, sequence, phase, status, started_at, updated_at, version, state, open_escalation_level)
  VALUES (:id, :municipalityCode, :sequence, :phase, :status, :startedAt, :updatedAt, :version, :state, :openEscalationLevel)
  ON CONFLICT (id) DO UPDATE SET
    phase = excluded.phase,
    status = excluded.status,
    updated_at = excluded.updated_at,
    version = excluded.version,
    state = excluded.state,
    open_escalation_level = excluded.open_escalation_level
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

// TypeORM gives SQLite a single shared connection, so two transactions at once would interleave
// on it (the second becoming a savepoint of the first, a rollback undoing the wrong work).
// Writes through this class take turns per DataSource; PostgreSQL has a connection each.
const sqliteTurns = new WeakMap<DataSource, Promise<unknown>>();

export class ProgrammeReadModel {
  constructor(private readonly dataSource: DataSource) {}

  /** Projects the state: the programme row and one outbox row per escalation, in one transaction. */
  async upsert(s: ProgrammeState): Promise<void> {
    await this.inTurn(() =>
      this.dataSource.transaction(async (em) => {
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
        });
        for (const e of s.escalations) {
          await this.run(em, UPSERT_ESCALATION, outboxRow(s, e));
        }
      }),
    );
  }

  /** The municipality's latest programme, running or not. */
  async findLatest(municipalityCode: string): Promise<ProgrammeEntity | null> {
    return this.dataSource.getRepository(ProgrammeEntity).findOne({
      where: { municipalityCode },
      order: { sequence: 'DESC' },
      relations: { municipality: true },
    });
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
    const [query, params] = this.dataSource.driver.escapeQueryWithParameters(sql, values);
    await em.query(query, params);
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    if (this.dataSource.options.type !== 'better-sqlite3') return work();
    const previous = sqliteTurns.get(this.dataSource) ?? Promise.resolve();
    const turn = previous.then(work);
    sqliteTurns.set(this.dataSource, turn.catch(() => undefined));
    return turn;
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
