import type { DataSource } from 'typeorm';
import type { ProgrammeSnapshot } from '../../domain/src';
import { ProgrammeEntity } from './entities/programme.entity';

// Insert, or update only when the incoming version is newer: a retried or reordered
// projection never moves the read model backwards. Both SQLite and PostgreSQL accept it.
const UPSERT = `
  INSERT INTO programme (id, municipality_code, sequence, phase, status, started_at, updated_at, version, state)
  VALUES (:id, :municipalityCode, :sequence, :phase, :status, :startedAt, :updatedAt, :version, :state)
  ON CONFLICT (id) DO UPDATE SET
    phase = excluded.phase,
    status = excluded.status,
    updated_at = excluded.updated_at,
    version = excluded.version,
    state = excluded.state
  WHERE programme.version < excluded.version`;

export class ProgrammeReadModel {
  constructor(private readonly dataSource: DataSource) {}

  async upsert(s: ProgrammeSnapshot): Promise<void> {
    const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(
      UPSERT,
      {
        id: s.programmeId,
        municipalityCode: s.municipalityCode,
        sequence: s.sequence,
        phase: s.phase,
        status: s.status,
        startedAt: s.startedAt,
        updatedAt: s.updatedAt,
        version: s.version,
        state: JSON.stringify(s),
      },
    );
    await this.dataSource.query(sql, params);
  }

  /** The municipality's latest programme, running or not. */
  async findLatest(municipalityCode: string): Promise<ProgrammeEntity | null> {
    return this.dataSource.getRepository(ProgrammeEntity).findOne({
      where: { municipalityCode },
      order: { sequence: 'DESC' },
      relations: { municipality: true },
    });
  }
}
