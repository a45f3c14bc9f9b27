import type { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NationalOverviewReadModel, ProgrammeReadModel } from '../../../../libs/persistence/src';

/** The read models as Nest providers, one instance each per app, on the app's data source. */
export const READ_MODEL_PROVIDERS: Provider[] = [
  {
    provide: ProgrammeReadModel,
    useFactory: (dataSource: DataSource) => new ProgrammeReadModel(dataSource),
    inject: [getDataSourceToken()],
  },
  {
    provide: NationalOverviewReadModel,
    useFactory: (dataSource: DataSource) => new NationalOverviewReadModel(dataSource),
    inject: [getDataSourceToken()],
  },
];
