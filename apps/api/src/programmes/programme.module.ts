import { Module } from '@nestjs/common';
import { LifecycleResolver } from './lifecycle.resolver';
import { ProgrammeResolver } from './programme.resolver';
import { ProgrammeService } from './programme.service';

@Module({ providers: [ProgrammeResolver, LifecycleResolver, ProgrammeService] })
export class ProgrammeModule {}
