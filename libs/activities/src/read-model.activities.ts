import type { DataSource } from 'typeorm';
import type { ProgrammeState } from '../../domain/src';
import { ProgrammeReadModel } from '../../persistence/src';

export interface ReadModelActivityDeps {
  dataSource: DataSource;
}

/** Activities that keep the read model in step with the workflows. All are idempotent. */
export function createReadModelActivities({ dataSource }: ReadModelActivityDeps) {
  const programmes = new ProgrammeReadModel(dataSource);
  return {
    /** Upserts the programme and its escalation outbox; an older or repeated version changes nothing. */
    async projectProgramme(state: ProgrammeState): Promise<void> {
      await programmes.upsert(state);
    },
  };
}
