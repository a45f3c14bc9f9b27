import { Module } from '@nestjs/common';
import { ProgrammeModule } from '../programmes/programme.module';
import { NationalActionsResolver } from './national-actions.resolver';
import { NationalResolver } from './national.resolver';

@Module({ imports: [ProgrammeModule], providers: [NationalResolver, NationalActionsResolver] })
export class NationalModule {}
