import { randomBytes } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import { DirectoryEventEntity } from './entities/directory.entities';
import { ReminderOffsetsEntity } from './entities/reminder-offsets.entity';
import { inTransaction } from './transaction';

/** What a `reminderOffsetsChanged` directory event's `details` hold: the days chosen, and whether that is the default. */
export interface ReminderOffsetsChange {
  daysBefore: number[];
  isDefault: boolean;
}

const iso = (ms: number) => new Date(ms).toISOString();
// Like the directory's own event ids: they sort after the time they record.
const eventId = (ms: number) => `ev_${ms.toString(36).padStart(9, '0')}0000_${randomBytes(6).toString('base64url')}`;

function parseDays(json: string): number[] | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) && value.every((d) => typeof d === 'number') ? (value as number[]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Per-programme reminder offsets in the read-model database (migration 0014, issue 16). Only
 * stores: the caller checks them against national policy first (libs/domain checkReminderOffsets)
 * and decides who may set them. A programme without its own offsets follows the national default.
 */
export class ReminderOffsetsStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The programme's own offsets, or undefined when it follows the default. */
  async own(programmeId: string): Promise<number[] | undefined> {
    return (await this.ownOf([programmeId])).get(programmeId);
  }

  /** Own offsets of these programmes (absent: the default). */
  async ownOf(programmeIds: readonly string[]): Promise<Map<string, number[]>> {
    const unique = [...new Set(programmeIds)];
    const rows: ReminderOffsetsEntity[] = [];
    for (let i = 0; i < unique.length; i += 500)
      rows.push(
        ...(await this.dataSource.manager.findBy(ReminderOffsetsEntity, { programmeId: In(unique.slice(i, i + 500)) })),
      );
    return this.toMap(rows);
  }

  /** Every programme's own offsets (the worker's scan reads them once per scan: one row per programme that chose). */
  async all(): Promise<Map<string, number[]>> {
    return this.toMap(await this.dataSource.manager.find(ReminderOffsetsEntity));
  }

  /**
   * Sets a programme's offsets, or (`daysBefore: null`) returns it to the default, and records the
   * change in the directory's audit trail in the same transaction. Setting what is already in force
   * changes and records nothing. Answers whether anything changed.
   */
  async set(input: {
    programmeId: string;
    daysBefore: number[] | null;
    defaultDaysBefore: readonly number[];
    actorMemberId: string;
    actorRole: 'PROJECT_LEAD' | 'KWARTIERMAKER';
    at?: number;
  }): Promise<boolean> {
    const at = input.at ?? Date.now();
    return inTransaction(this.dataSource, async (manager) => {
      const row = await manager.findOneBy(ReminderOffsetsEntity, { programmeId: input.programmeId });
      const before = row ? row.daysBefore : null;
      const after = input.daysBefore === null ? null : JSON.stringify(input.daysBefore);
      if (before === after) return false;
      if (after === null) await manager.delete(ReminderOffsetsEntity, { programmeId: input.programmeId });
      else
        await manager.save(ReminderOffsetsEntity, {
          programmeId: input.programmeId,
          daysBefore: after,
          updatedAt: iso(at),
          updatedBy: input.actorMemberId,
          updatedByRole: input.actorRole,
        });
      const change: ReminderOffsetsChange = {
        daysBefore: input.daysBefore ?? [...input.defaultDaysBefore],
        isDefault: input.daysBefore === null,
      };
      await manager.insert(DirectoryEventEntity, {
        id: eventId(at),
        programmeId: input.programmeId,
        at: iso(at),
        event: 'reminderOffsetsChanged',
        actorMemberId: input.actorMemberId,
        actorRole: input.actorRole,
        subjectMemberId: null,
        role: null,
        partnerOrganisation: null,
        details: JSON.stringify(change),
      });
      return true;
    });
  }

  private toMap(rows: readonly ReminderOffsetsEntity[]): Map<string, number[]> {
    const map = new Map<string, number[]>();
    for (const r of rows) {
      const days = parseDays(r.daysBefore);
      if (days) map.set(r.programmeId, days);
    }
    return map;
  }
}

/** The change a `reminderOffsetsChanged` event records, or undefined for another event. */
export function reminderOffsetsChangeOf(
  e: Pick<DirectoryEventEntity, 'event' | 'details'>,
): ReminderOffsetsChange | undefined {
  if (e.event !== 'reminderOffsetsChanged' || !e.details) return undefined;
  try {
    const value = JSON.parse(e.details) as Partial<ReminderOffsetsChange>;
    return Array.isArray(value.daysBefore)
      ? { daysBefore: value.daysBefore.filter((d) => typeof d === 'number'), isDefault: value.isDefault === true }
      : undefined;
  } catch {
    return undefined;
  }
}
