import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type {
  DeliveryStatus,
  Escalation,
  EscalationKind,
  EscalationLevel,
  EscalationLevelName,
} from '../../../domain/src';

/**
 * Outbox row of one escalation, projected from its programme's workflow (which delivers it).
 * Read-only here: written only by `ProgrammeReadModel.upsert`.
 */
@Entity({ name: 'escalation_outbox' })
export class EscalationOutboxEntity {
  /** The escalation id, also the webhook's idempotency key: `<programmeId>/escalation-<n>`. */
  @PrimaryColumn({ type: 'varchar', length: 160 })
  id!: string;

  @Index('ix_escalation_outbox_programme')
  @Column({ name: 'programme_id', type: 'varchar', length: 64 })
  programmeId!: string;

  /** Version of the programme state that last wrote this row. */
  @Column({ name: 'programme_version', type: 'integer' })
  programmeVersion!: number;

  @Column({ type: 'integer' })
  level!: EscalationLevel;

  @Column({ name: 'level_name', type: 'varchar', length: 16 })
  levelName!: EscalationLevelName;

  @Column({ type: 'varchar', length: 24 })
  recipient!: Escalation['recipient'];

  @Column({ type: 'varchar', length: 32 })
  kind!: EscalationKind;

  @Column({ type: 'varchar', length: 80 })
  step!: string;

  @Column({ name: 'rule_id', type: 'varchar', length: 8, nullable: true })
  ruleId!: string | null;

  @Column({ type: 'text' })
  message!: string;

  /** ISO 8601, UTC, as the workflow recorded it. */
  @Column({ name: 'due_at', type: 'varchar', length: 40 })
  dueAt!: string;

  @Column({ name: 'raised_at', type: 'varchar', length: 40 })
  raisedAt!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: Escalation['status'];

  @Column({ name: 'resolved_at', type: 'varchar', length: 40, nullable: true })
  resolvedAt!: string | null;

  @Index('ix_escalation_outbox_delivery_status')
  @Column({ name: 'delivery_status', type: 'varchar', length: 16 })
  deliveryStatus!: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_attempt_at', type: 'varchar', length: 40, nullable: true })
  lastAttemptAt!: string | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'delivered_at', type: 'varchar', length: 40, nullable: true })
  deliveredAt!: string | null;

  /** Where the last attempt went (without credentials or query); null before the first attempt. */
  @Column({ type: 'varchar', length: 2048, nullable: true })
  target!: string | null;
}
