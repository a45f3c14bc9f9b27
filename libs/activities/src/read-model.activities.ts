import type { DataSource } from 'typeorm';
import type { ProgrammeSnapshot } from '../../domain/src';
import { ProgrammeReadModel } from '../../persistence/src/programme.read-model';

export interface ReadModelActivityDeps {
  dataSource: DataSource;
}

/** Activities that keep the read model in step with the workflows. All are idempotent. */
export function createReadModelActivities({ dataSource }: ReadModelActivityDeps) {
  const programmes = new ProgrammeReadModel(dataSource);
  return {
    /** Upserts the snapshot; an older or repeated version changes nothing. */
    async projectProgramme(snapshot: ProgrammeSnapshot): Promise<void> {
      await programmes.upsert(snapshot);
    },
  };
}
