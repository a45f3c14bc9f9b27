import { Module } from '@nestjs/common';
import { ProgrammeModule } from '../programmes/programme.module';
import { NationalActionsResolver } from './national-actions.resolver';
import { NationalResolver } from './national.resolver';
import { NationalService } from './national.service';
import { QueuedEscalationMessageResolver } from '../programmes/escalation-message.resolver';

@Module({
  imports: [ProgrammeModule],
  providers: [NationalService, NationalResolver, NationalActionsResolver, QueuedEscalationMessageResolver],
  exports: [NationalService],
})
export class NationalModule {}
