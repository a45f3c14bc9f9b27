import { Module } from '@nestjs/common';
import { ProgrammeModule } from '../programmes/programme.module';
import { MyTasksResolver, ProgrammeNameResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';

/** "Mijn taken" (issue 15): Me.tasks, Me.invitations and Programme.name. */
@Module({ imports: [ProgrammeModule], providers: [TasksService, MyTasksResolver, ProgrammeNameResolver] })
export class TasksModule {}
