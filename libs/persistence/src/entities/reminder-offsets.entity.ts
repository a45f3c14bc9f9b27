import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A programme's own reminder offsets (migration 1763920000014, issue 16): days before a deadline,
 * as a JSON array (`[14,3]`), checked against national policy before they are stored. No row: the
 * national default applies.
 */
@Entity({ name: 'reminder_offsets' })
export class ReminderOffsetsEntity {
  @PrimaryColumn({ name: 'programme_id', type: 'varchar', length: 64 }) programmeId!: string;
  @Column({ name: 'days_before', type: 'varchar', length: 64 }) daysBefore!: string;
  @Column({ name: 'updated_at', type: 'varchar', length: 40 }) updatedAt!: string;
  /** The member who chose them. */
  @Column({ name: 'updated_by', type: 'varchar', length: 40, nullable: true }) updatedBy!: string | null;
  /** The role they chose them in: PROJECT_LEAD or KWARTIERMAKER. */
  @Column({ name: 'updated_by_role', type: 'varchar', length: 24, nullable: true }) updatedByRole!: string | null;
}
