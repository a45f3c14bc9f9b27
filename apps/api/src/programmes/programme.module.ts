import { Module } from '@nestjs/common';
import { ProgrammeResolver } from './programme.resolver';
import { ProgrammeService } from './programme.service';

@Module({ providers: [ProgrammeResolver, ProgrammeService] })
export class ProgrammeModule {}
