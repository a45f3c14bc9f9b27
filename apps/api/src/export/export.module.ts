import { Module } from '@nestjs/common';
import { NationalModule } from '../national/national.module';
import { ProgrammeModule } from '../programmes/programme.module';
import { ExportController } from './export.controller';

@Module({ imports: [ProgrammeModule, NationalModule], controllers: [ExportController] })
export class ExportModule {}
