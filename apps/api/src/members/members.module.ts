import { Global, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MemberDirectory, NotificationPreferences, ProgrammeReadModel } from '../../../../libs/persistence/src';
import { API_CONFIG, type ApiConfig } from '../config';
import {
  ActorResolver,
  AdministrativeLeadNameResolver,
  EmbeddingOwnerNameResolver,
  MembersResolver,
  ProgrammeMembersResolver,
  ProjectLeadNameResolver,
} from './members.resolver';
import { MEMBERS_CONFIG, MembersService, type MembersConfig } from './members.service';

/** The member directory: people, roles per programme, invitations (issue 14). */
@Global()
@Module({
  providers: [
    {
      provide: MemberDirectory,
      inject: [getDataSourceToken()],
      useFactory: (ds: DataSource) => new MemberDirectory(ds),
    },
    {
      provide: NotificationPreferences,
      inject: [getDataSourceToken()],
      useFactory: (ds: DataSource) => new NotificationPreferences(ds),
    },
    {
      provide: MEMBERS_CONFIG,
      inject: [API_CONFIG],
      useFactory: (api: ApiConfig): MembersConfig => ({
        publicUrl: api.publicUrl,
        invitationValidDays: api.invitationValidDays,
      }),
    },
    {
      provide: ProgrammeReadModel,
      inject: [getDataSourceToken()],
      useFactory: (ds: DataSource) => new ProgrammeReadModel(ds),
    },
    MembersService,
    MembersResolver,
    ProgrammeMembersResolver,
    ActorResolver,
    AdministrativeLeadNameResolver,
    ProjectLeadNameResolver,
    EmbeddingOwnerNameResolver,
  ],
  exports: [MembersService, NotificationPreferences],
})
export class MembersModule {}
