import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import {
  DirectoryEventEntity,
  ErasedNameEntity,
  InvitationEntity,
  MemberEntity,
  MembershipEntity,
} from './entities/directory.entities';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';
import { EscalationOutboxEntity } from './entities/escalation-outbox.entity';
import { MailOutboxEntity } from './entities/mail-outbox.entity';
import { MunicipalityEntity } from './entities/municipality.entity';
import { ProgrammeEntity } from './entities/programme.entity';
import { ReminderOffsetsEntity } from './entities/reminder-offsets.entity';
import { SessionEntity } from './entities/session.entity';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [
  MemberEntity,
  MembershipEntity,
  InvitationEntity,
  DirectoryEventEntity,
  ErasedNameEntity,
  MunicipalityEntity,
  ProgrammeEntity,
  EscalationOutboxEntity,
  MailOutboxEntity,
  SessionEntity,
  CalendarFeedEntity,
  ReminderOffsetsEntity,
];

export interface DatabaseConfig {
  /** `postgres://…` selects PostgreSQL; anything else is the path of an SQLite file. */
  url: string;
}

export type DatabaseKind = 'postgres' | 'sqlite';

export function databaseKind(url: string): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** TypeORM options for either driver. Schema changes come only from migrations. */
export function dataSourceOptions({ url }: DatabaseConfig): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, synchronize: false, logging: false } as const;
  if (databaseKind(url) === 'postgres') {
    return { ...common, type: 'postgres', url, extra: { max: 10 } };
  }
  const file = url.replace(/^sqlite:(\/\/)?/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: file,
    // WAL lets the API read while the worker's projections write.
    enableWAL: true,
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
  };
}

export async function openDataSource(config: DatabaseConfig): Promise<DataSource> {
  return new DataSource(dataSourceOptions(config)).initialize();
}

/** Applies pending migrations; returns the names of those it ran. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  return ran.map((m) => m.name);
}
