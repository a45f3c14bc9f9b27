import { Module } from '@nestjs/common';
import { ProgrammeModule } from '../programmes/programme.module';
import { ExportController } from './export.controller';

@Module({ imports: [ProgrammeModule], controllers: [ExportController] })
export class ExportModule {}
