import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { EscalationLevel, ProgrammePhase, ProgrammeStatus } from '../../../domain/src';
import { MunicipalityEntity } from './municipality.entity';

/** Read model of one programme, projected from its workflow. Never written by the API. */
@Entity({ name: 'programme' })
@Unique('uq_programme_municipality_sequence', ['municipalityCode', 'sequence'])
export class ProgrammeEntity {
  /** The workflow id, e.g. `programme-GM0363-1`. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode!: string;

  @ManyToOne(() => MunicipalityEntity, { nullable: false })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'integer' })
  sequence!: number;

  @Index('ix_programme_phase')
  @Column({ type: 'varchar', length: 16 })
  phase!: ProgrammePhase;

  @Index('ix_programme_status')
  @Column({ type: 'varchar', length: 16 })
  status!: ProgrammeStatus;

  /** ISO 8601, UTC. Strings keep the instant exact and portable across SQLite and PostgreSQL. */
  @Column({ name: 'started_at', type: 'varchar', length: 40 })
  startedAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 40 })
  updatedAt!: string;

  @Column({ type: 'integer' })
  version!: number;

  /** Highest level among the programme's unresolved escalations; 0 when none is open. */
  @Index('ix_programme_open_escalation_level')
  @Column({ name: 'open_escalation_level', type: 'integer', default: 0 })
  openEscalationLevel!: 0 | EscalationLevel;

  /** Risk flags as `,FLAG,FLAG,` (empty when none), for portable filtering. */
  @Column({ name: 'risk_flags', type: 'varchar', length: 200, default: '' })
  riskFlags!: string;

  /** School years the training track missed (R3.1). */
  @Column({ name: 'school_years_missed', type: 'integer', default: 0 })
  schoolYearsMissed!: number;

  /** The mentor's municipality, once a kwartiermaker paired the programme with a mentor. */
  @Column({ name: 'mentor_municipality_code', type: 'varchar', length: 6, nullable: true })
  mentorMunicipalityCode!: string | null;

  /** When this row was last written, by the writer's clock (ISO 8601, UTC); what the subscription feed follows. */
  @Column({ name: 'projected_at', type: 'varchar', length: 40, default: '' })
  projectedAt!: string;

  /** The quarter the programme started in, `YYYY-Qn` (UTC): the spread curve's key. */
  @Column({ name: 'started_quarter', type: 'varchar', length: 7, default: '' })
  startedQuarter!: string;

  /** The whole snapshot as JSON, for fields that have no column of their own. */
  @Column({ type: 'text' })
  state!: string;
}
